"""Documentation tests: every command has help text and appears in the README; the lexicon fits the ontology."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from kg.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands if c.callback)


def test_commands_are_the_documented_set() -> None:
    assert COMMANDS == sorted(["build", "extract", "query", "export", "lookup", "path", "neighbors", "entities",
                               "stats", "eval"])


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_in_the_readme(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0
    info = next(c for c in app.registered_commands if (c.name or c.callback.__name__) == command)
    assert info.callback is not None and (info.callback.__doc__ or "").strip(), f"kg {command} has no help text"
    assert f"kg {command}" in README, f"kg {command} is not in the README"


def test_every_option_has_help() -> None:
    import typer.main

    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        for param in command.params:
            if param.param_type_name == "option" and param.name != "help":
                assert getattr(param, "help", None), f"kg {name} {param.opts[0]} has no help text"


def test_lexicon_actions_exist_in_the_ontology() -> None:
    from kg.extract.lexicon import load_lexicon, parse_lexicon
    from kg.vocab import actions

    lexicon = load_lexicon()
    used = {p.action for ps in (*lexicon.verbs.values(), *lexicon.nouns.values()) for p in ps}
    used |= {action for _, action in lexicon.roles}
    assert used <= set(actions())
    with pytest.raises(ValueError, match="not in the ontology: flies_to"):
        parse_lexicon({"verb": {"flies_to": [{"lemmas": ["fly"], "subject": ["subj"], "object": ["dobj"]}]}})
    with pytest.raises(ValueError, match="mood 'doubtful' is not one of asserted, planned, possible, negated"):
        parse_lexicon({"verb": {"supplies": [{"lemmas": ["sell"], "subject": ["subj"], "object": ["dobj"],
                                              "mood": "doubtful"}]}})


def test_typer_is_the_cli_framework() -> None:
    assert isinstance(app, typer.Typer)
