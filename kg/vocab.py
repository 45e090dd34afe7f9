"""The ontology as Python data: actions, their directions and types.

Everything here is read from ``ontology/kg.ttl`` so the extractor, the RDF
layer and the ontology cannot drift apart. A new action is a change to the
ontology (and its trigger lexicon) alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

KG = "https://w3id.org/kg-news/ontology#"
ID = "https://w3id.org/kg-news/id/"


def ontology_dir() -> Path:
    """The folder holding ``kg.ttl`` and ``lexicon.toml`` (installed or source tree)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "ontology", here.parent / "ontology"):
        if (candidate / "kg.ttl").exists():
            return candidate
    raise FileNotFoundError("ontology/kg.ttl not found beside the kg package; reinstall kg")


@dataclass(frozen=True)
class Action:
    """One action of the guideline: a property of the ontology."""

    name: str
    label: str
    comment: str
    symmetric: bool
    domain: frozenset[str]
    range: frozenset[str]


def _classes(graph, node) -> frozenset[str]:  # type: ignore[no-untyped-def]
    from rdflib import OWL, URIRef
    from rdflib.collection import Collection

    if isinstance(node, URIRef):
        name = str(node).removeprefix(KG)
        if name == "Entity":
            return frozenset({"Company", "Organization", "Country", "Person", "Event"})
        return frozenset({name})
    members = graph.value(node, OWL.unionOf)
    if members is None:
        return frozenset()
    out: set[str] = set()
    for member in Collection(graph, members):
        out |= _classes(graph, member)
    return frozenset(out)


@lru_cache(maxsize=1)
def actions() -> dict[str, Action]:
    """All actions of the ontology by name."""
    from rdflib import OWL, RDF, RDFS, Graph, URIRef

    graph = Graph()
    graph.parse(ontology_dir() / "kg.ttl", format="turtle")
    top = URIRef(KG + "relatedTo")
    out: dict[str, Action] = {}
    for prop in graph.subjects(RDFS.subPropertyOf, top):
        name = str(prop).removeprefix(KG)
        out[name] = Action(
            name=name,
            label=str(graph.value(prop, RDFS.label) or name),
            comment=str(graph.value(prop, RDFS.comment) or ""),
            symmetric=(prop, RDF.type, OWL.SymmetricProperty) in graph,
            domain=_classes(graph, graph.value(prop, RDFS.domain)),
            range=_classes(graph, graph.value(prop, RDFS.range)),
        )
    return dict(sorted(out.items()))


@lru_cache(maxsize=1)
def symmetric_actions() -> frozenset[str]:
    """Names of the symmetric actions (recorded once, either order)."""
    return frozenset(name for name, action in actions().items() if action.symmetric)
