"""Tests for ``kg eval``: the guideline's figures (agreeing with ../shared/eval/score.py) and CoNLL04.

The small gold set and CoNLL04 file under tests/data were written for these tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import DATA

SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
SCORE_PY = SHARED_EVAL / "score.py"
GOLD = DATA / "gold"
WRITTEN = DATA / "articles" / "written"
HELDOUT = DATA / "articles" / "heldout"
CONLL04 = DATA / "conll04_small.json"


def test_eval_prints_the_guideline_figures_and_errors(runner: CliRunner) -> None:
    result = runner.invoke(app, ["eval", str(GOLD), "--errors"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "  false positive  Brisco based_in ?ca" in lines
    assert "  missed          Halvorsen based_in US" in lines
    assert lines[-3:] == [
        "pair   P 0.667 R 0.667 F1 0.667  (2/3 sys, 3 gold)",
        "modality accuracy on strict matches 1.000",
        "strict P 0.667 R 0.667 F1 0.667  (2/3 sys, 3 gold)",
    ]


def test_eval_json(runner: CliRunner) -> None:
    result = runner.invoke(app, ["eval", str(GOLD), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["strict"]["tp"] == 2 and report["strict"]["sys"] == 3 and report["strict"]["gold"] == 3
    assert report["per_action"]["acquires"]["tp"] == 1
    assert report["modality_acc"] == 1.0


def _score_py(gold: Path, system: Path) -> dict:
    done = subprocess.run([sys.executable, str(SCORE_PY), str(gold), str(system), "--json"],
                          capture_output=True, text=True, timeout=300, check=True)
    return json.loads(done.stdout)


@pytest.mark.skipif(not SCORE_PY.exists(), reason="../shared/eval/score.py not present")
@pytest.mark.parametrize("gold", [GOLD, WRITTEN, HELDOUT, SHARED_EVAL / "dev"],
                         ids=["tests-gold", "written", "heldout", "shared-dev"])
def test_eval_agrees_with_score_py(runner: CliRunner, tmp_path: Path, gold: Path) -> None:
    if not gold.exists():
        pytest.skip(f"{gold} not present")
    output = tmp_path / "system.jsonl"
    result = runner.invoke(app, ["eval", str(gold), "--json", "--output", str(output)])
    assert result.exit_code == 0, result.output
    ours = json.loads(result.output)
    theirs = _score_py(gold, output)
    for level in ("strict", "pair"):
        assert {k: ours[level][k] for k in ("tp", "sys", "gold")} == \
            {k: theirs[level][k] for k in ("tp", "sys", "gold")}, level
        assert ours[level]["f1"] == pytest.approx(theirs[level]["f1"])
    assert ours["modality_acc"] == pytest.approx(theirs["modality_acc"])
    for action, counts in theirs["per_action"].items():
        assert (ours["per_action"][action]["tp"], ours["per_action"][action]["gold"],
                ours["per_action"][action]["sys"]) == (counts["tp"], counts["gold"], counts["sys"]), action


@pytest.mark.parametrize(("gold", "floor"), [(WRITTEN, 0.76), (HELDOUT, 0.66), (SHARED_EVAL / "dev", 0.85)],
                         ids=["written", "heldout", "shared-dev"])
def test_extraction_quality_floor(runner: CliRunner, gold: Path, floor: float) -> None:
    # a floor a little under the figures measured when the rules last changed (README, "Measured"): a rule that
    # helps one article and hurts others shows here
    if not gold.exists():
        pytest.skip(f"{gold} not present")
    result = runner.invoke(app, ["eval", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["strict"]["f1"] >= floor


def test_eval_conll04_scores_spans_and_lists_errors(runner: CliRunner) -> None:
    result = runner.invoke(app, ["eval", "--conll04", str(CONLL04), "--errors"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "#2 Tom Ridley met Brisco officials in Ohio ." in lines
    assert "  missed          Work_For Tom Ridley -> Brisco" in lines
    assert lines[-4:] == [
        "type          tp  sys gold     P     R    F1",
        "OrgBased_In    0    0    1 0.000 0.000 0.000",
        "Work_For       1    1    2 1.000 0.500 0.667",
        "micro          1    1    3 1.000 0.333 0.500",
    ]


def test_eval_conll04_json(runner: CliRunner) -> None:
    result = runner.invoke(app, ["eval", "--conll04", str(CONLL04), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["sentences"] == 3
    assert report["micro"]["tp"] == 1 and report["micro"]["gold"] == 3


def test_eval_conll04_pairs_need_a_place_written(runner: CliRunner, tmp_path: Path) -> None:
    # "the Chilean miner Kestrel Mining": kg reads based_in CL off the demonym, but no place is written,
    # so there is no CoNLL04 pair to predict (the corpus never tags a demonym as a location)
    tokens = "The Chilean copper miner Kestrel Mining said output rose in March .".split()
    data = [{"tokens": tokens, "entities": [{"type": "Org", "start": 4, "end": 6}], "relations": []}]
    path = tmp_path / "demonym.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = runner.invoke(app, ["eval", "--conll04", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["micro"]["sys"] == 0
    result = runner.invoke(app, ["extract", "-"], input=" ".join(tokens))
    assert "Kestrel Mining" in result.output and "based_in" in result.output


@pytest.mark.parametrize("sentence, town, state", [
    ("Halvorsen Corp. , based in Toledo , Ohio , makes glass fibre .", (5, 6), (7, 8)),
    ("They sued the Halvorsen Co. of Franklin Lakes , N.J. , on Monday .", (6, 8), (9, 10)),
])
def test_eval_conll04_town_and_state_are_two_places(runner: CliRunner, tmp_path: Path, sentence: str,
                                                    town: tuple[int, int], state: tuple[int, int]) -> None:
    # "Toledo , Ohio": one place to kg (in the US), two mentions to CoNLL04, and the company is based in both
    tokens = sentence.split()
    start = tokens.index("Halvorsen")
    entities = [{"type": "Org", "start": start, "end": start + 2}, {"type": "Loc", "start": town[0], "end": town[1]},
                {"type": "Loc", "start": state[0], "end": state[1]}]
    relations = [{"type": "OrgBased_In", "head": 0, "tail": 1}, {"type": "OrgBased_In", "head": 0, "tail": 2}]
    path = tmp_path / "town.json"
    path.write_text(json.dumps([{"tokens": tokens, "entities": entities, "relations": relations}]), encoding="utf-8")
    result = runner.invoke(app, ["eval", "--conll04", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["micro"] == {"tp": 2, "sys": 2, "gold": 2, "p": 1.0, "r": 1.0, "f1": 1.0}


@pytest.mark.parametrize("head", [(0, 4), (1, 4)])
def test_eval_conll04_compares_names_without_a_leading_the(runner: CliRunner, tmp_path: Path,
                                                           head: tuple[int, int]) -> None:
    # the corpus takes a capitalised "The" into a name now and then ("The Associated Press") and leaves it out as
    # often; kg never takes it in: spans are compared without it, on either side
    tokens = "The Halvorsen Research Institute , based in Toledo , makes glass fibre .".split()
    entities = [{"type": "Org", "start": head[0], "end": head[1]}, {"type": "Loc", "start": 7, "end": 8}]
    path = tmp_path / "the.json"
    path.write_text(json.dumps([{"tokens": tokens, "entities": entities,
                                 "relations": [{"type": "OrgBased_In", "head": 0, "tail": 1}]}]), encoding="utf-8")
    result = runner.invoke(app, ["eval", "--conll04", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["micro"] == {"tp": 1, "sys": 1, "gold": 1, "p": 1.0, "r": 1.0, "f1": 1.0}


@pytest.mark.parametrize("args, message", [
    (["eval"], "Error: give a gold folder or --conll04 FILE (one of them)"),
    (["eval", "--conll04", "no-such-file.json"], "Error: no CoNLL04 file at no-such-file.json"),
])
def test_eval_bad_input_is_one_line(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == message


def test_eval_rejects_a_file_that_is_not_conll04(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"not": "a list"}', encoding="utf-8")
    result = runner.invoke(app, ["eval", "--conll04", str(bad)])
    assert result.exit_code == 1
    assert result.output.strip().startswith(f"Error: {bad}: not a CoNLL04 file in SpERT JSON")
