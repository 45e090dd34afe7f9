"""The plain records that extraction produces and every later stage consumes.

A :class:`Fact` is one triple read off one sentence of one document, with its
evidence. Its :meth:`Fact.to_dict` form is the JSONL contract of
``kg extract --format jsonl``. An :class:`Entity` is one thing a document
names, with every alias the document uses for it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

ENTITY_TYPES = ("Company", "Organization", "Country", "Person", "Event")
MODALITIES = ("asserted", "planned", "possible", "negated")


@dataclass
class Entity:
    """An entity named in a document: canonical name, type and aliases seen."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Fact:
    """One extracted triple and the evidence for it.

    ``start``/``end`` are the character offsets of the sentence in the
    document text; ``subject_span``/``object_span`` those of the mentions
    (for a pronoun or nominal mention, the entity's name where the same
    sentence gives it, else the pronoun or nominal itself).
    """

    doc: str
    subject: str
    subject_type: str
    action: str
    object: str
    object_type: str
    modality: str = "asserted"
    confidence: float = 0.5
    sentence: str = ""
    start: int = 0
    end: int = 0
    trigger: str = ""
    subject_span: tuple[int, int] = (0, 0)
    object_span: tuple[int, int] = (0, 0)
    subject_mention: str = ""
    object_mention: str = ""
    date: str | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        """(subject, action, object), with symmetric actions in a fixed order."""
        from kg.vocab import symmetric_actions

        if self.action in symmetric_actions() and self.object < self.subject:
            return (self.object, self.action, self.subject)
        return (self.subject, self.action, self.object)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["subject_span"] = list(self.subject_span)
        data["object_span"] = list(self.object_span)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Fact:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        for name in ("subject_span", "object_span"):
            if name in known:
                known[name] = tuple(known[name])
        return cls(**known)


@dataclass
class Extraction:
    """Everything read off one document: its entities and its facts."""

    doc: str
    entities: list[Entity]
    facts: list[Fact]
