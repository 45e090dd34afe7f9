"""The trigger lexicon (``ontology/lexicon.toml``) as Python data."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.facts import MODALITIES
from kg.vocab import actions, ontology_dir


@dataclass(frozen=True)
class Pattern:
    """One lexicon entry: trigger lemmas of one action and where its arguments are."""

    kind: str  # "verb" or "noun"
    action: str
    lemmas: frozenset[str]
    subject: tuple[str, ...]
    object: tuple[str, ...]
    confidence: float
    dobj: frozenset[str] = frozenset()
    dobj_not: frozenset[str] = frozenset()
    gov: frozenset[str] = frozenset()
    particle: str | None = None
    subject_types: frozenset[str] = frozenset()
    object_types: frozenset[str] = frozenset()
    object_not: frozenset[str] = frozenset()
    #: a noun trigger's modifiers: one of ``mod`` must be there, none of ``mod_not`` ("takeover bid")
    mod: frozenset[str] = frozenset()
    mod_not: frozenset[str] = frozenset()
    places: bool = False
    #: a modality the trigger states by itself ("pulled out of Russia": the presence ended)
    mood: str | None = None
    #: whether coordinated subjects with no object are the two ends ("X and Y partnered"); not for verbs that
    #: say nothing of a partnership without their "with" ("produced the films with Y")
    pair_subjects: bool = True
    #: words one of which must name where the trigger is done ("challenge the fine in court": a lawsuit)
    venue: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    """Patterns indexed by trigger lemma, role phrases, entity and modality cues."""

    verbs: dict[str, tuple[Pattern, ...]]
    nouns: dict[str, tuple[Pattern, ...]]
    roles: tuple[tuple[tuple[str, ...], str], ...]  # (phrase tokens, action), longest first
    role_confidence: float
    entity: dict[str, frozenset[str]]
    modality: dict[str, frozenset[str]]
    raw: dict = field(repr=False, default_factory=dict)
    #: groups of company nouns that may name the same kind of business ("airline", "carrier")
    company_noun_synonyms: tuple[frozenset[str], ...] = ()

    def pairs(self, key: str) -> dict[str, str]:
        """An entity list of "word=word" pairs as a mapping ("secretary=department")."""
        return dict(pair.split("=", 1) for pair in self.entity.get(key, ()))

    def body_headed(self, title: str) -> str | None:
        """The word for the body a title heads ("secretary" -> "department"), from the lexicon's title_bodies."""
        return self.pairs("title_bodies").get(title.lower())

    def named_body(self, title: str) -> str | None:
        """The word for the body a title's holder serves when none is written ("commissioner" -> "commission"),
        from the lexicon's title_named_bodies."""
        return self.pairs("title_named_bodies").get(title.lower())

    def noun_triggers(self, lemma: str, *actions: str) -> bool:
        """Whether a noun's lemma triggers one of ``actions`` ("ban" triggers sanctions)."""
        return any(p.action in actions for p in self.nouns.get(lemma, ()))


def _patterns(kind: str, section: dict) -> dict[str, tuple[Pattern, ...]]:
    base = float(section.get("confidence", 0.7))
    index: dict[str, list[Pattern]] = {}
    for action, entries in section.items():
        if not isinstance(entries, list):
            continue
        for entry in entries:
            pattern = Pattern(
                kind=kind,
                action=action,
                lemmas=frozenset(entry["lemmas"]),
                subject=tuple(entry["subject"]),
                object=tuple(entry["object"]),
                confidence=float(entry.get("confidence", base)),
                dobj=frozenset(entry.get("dobj", ())),
                dobj_not=frozenset(entry.get("dobj_not", ())),
                gov=frozenset(entry.get("gov", ())),
                particle=entry.get("particle"),
                subject_types=frozenset(entry.get("subject_types", ())),
                object_types=frozenset(entry.get("object_types", ())),
                object_not=frozenset(entry.get("object_not", ())),
                mod=frozenset(entry.get("mod", ())),
                mod_not=frozenset(entry.get("mod_not", ())),
                places=bool(entry.get("places", False)),
                mood=entry.get("mood"),
                pair_subjects=bool(entry.get("pair_subjects", True)),
                venue=frozenset(entry.get("venue", ())),
            )
            if pattern.mood is not None and pattern.mood not in MODALITIES:
                known = ", ".join(MODALITIES)
                raise ValueError(f"lexicon {kind}.{action}: mood {pattern.mood!r} is not one of {known}")
            for lemma in pattern.lemmas:
                index.setdefault(lemma, []).append(pattern)
    return {lemma: tuple(patterns) for lemma, patterns in index.items()}


def parse_lexicon(data: dict) -> Lexicon:
    """Build a :class:`Lexicon` from the parsed TOML, checking actions against the ontology."""
    known = set(actions())
    used = {
        action
        for part in ("verb", "noun", "role")
        for action, value in data.get(part, {}).items()
        if isinstance(value, (list, dict))
    }
    unknown = used - known
    if unknown:
        raise ValueError(f"lexicon names actions not in the ontology: {', '.join(sorted(unknown))}")
    roles = []
    for action, entry in data.get("role", {}).items():
        if isinstance(entry, dict):
            roles += [(tuple(p.lower().split()), action) for p in entry["phrases"]]
    roles.sort(key=lambda r: -len(r[0]))
    return Lexicon(
        verbs=_patterns("verb", data.get("verb", {})),
        nouns=_patterns("noun", data.get("noun", {})),
        roles=tuple(dict.fromkeys(roles)),
        role_confidence=float(data.get("role", {}).get("confidence", 0.75)),
        entity={k: frozenset(w.lower() for w in v) for k, v in data.get("entity", {}).items()
                if k != "company_noun_synonyms"},
        modality={k: frozenset(w.lower() for w in v) for k, v in data.get("modality", {}).items()},
        raw=data,
        company_noun_synonyms=tuple(frozenset(w.lower() for w in group)
                                    for group in data.get("entity", {}).get("company_noun_synonyms", ())),
    )


@lru_cache(maxsize=4)
def load_lexicon(path: Path | None = None) -> Lexicon:
    """Load ``lexicon.toml`` (the one beside the ontology unless a path is given)."""
    path = path or ontology_dir() / "lexicon.toml"
    with open(path, "rb") as f:
        return parse_lexicon(tomllib.load(f))
