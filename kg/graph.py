"""networkx views of the store: lookup, paths, neighbours, entity lists and statistics.

Every function reads the store with two SPARQL queries (statements, and
entity types, labels and mentions) and works on the :func:`to_networkx` view built from
them. That view has one node per entity and one edge per distinct fact, that
is per ``(subject, action, object)`` and polarity: the statements that assert
a fact (as asserted, planned or possible) make one edge, those that deny it
another, with ``modality="negated"``. Symmetric actions are stored once, in
a fixed order of the two entities. Paths, neighbours and PageRank leave
negated edges out: a denied fact connects nothing.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from kg import rdf, vocab
from kg.errors import EntityNotFoundError, KGError, StoreError
from kg.facts import ENTITY_TYPES

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Dataset

__all__ = [
    "DIRECTIONS",
    "CentralEntity",
    "EntitySummary",
    "Hop",
    "LookupFact",
    "LookupResult",
    "Neighbor",
    "Stats",
    "entities",
    "lookup",
    "neighbors",
    "path",
    "resolve_entity",
    "stats",
    "to_networkx",
]

DIRECTIONS = ("both", "in", "out")

_Row = TypeVar("_Row")


# --------------------------------------------------------------------------
# Results


class EntitySummary(NamedTuple):
    """An entity with its number of edges (facts in and out, negated ones included)."""

    label: str
    type: str
    degree: int


class CentralEntity(NamedTuple):
    """An entity with its degree and PageRank score."""

    label: str
    type: str
    degree: int
    pagerank: float


@dataclass(frozen=True)
class LookupFact:
    """One fact about the looked-up entity, seen from it.

    ``direction`` is "out" when the entity is the subject, "in" when it is the
    object (a symmetric action reads as "out" unless only "in" was asked for).
    ``documents`` counts the documents that state the fact; ``evidence`` and
    ``doc`` are the sentence and document of its most confident statement.
    """

    direction: str
    action: str
    other: str
    other_type: str
    modality: str
    documents: int
    confidence: float
    evidence: str
    doc: str


@dataclass
class LookupResult:
    """An entity and its facts, most documented first."""

    iri: str
    label: str
    type: str
    aliases: list[str]
    facts: list[LookupFact] = field(default_factory=list)


@dataclass(frozen=True)
class Hop:
    """One step of a path: ``forward`` is True when the fact reads source → target."""

    source: str
    action: str
    target: str
    forward: bool


@dataclass(frozen=True)
class Neighbor:
    """An entity within reach: its distance and the fact by which it was first reached."""

    label: str
    type: str
    distance: int
    action: str
    via: str
    forward: bool


@dataclass
class Stats:
    """Counts over the graph and its most central entities.

    ``top_entities`` are the most connected entities (by degree, then
    PageRank); ``top_pagerank`` the highest by PageRank.
    """

    documents: int
    entities: int
    facts: int
    edges: int
    entities_by_type: dict[str, int]
    facts_by_action: dict[str, int]
    facts_by_modality: dict[str, int]
    top_entities: list[CentralEntity]
    top_pagerank: list[CentralEntity]


# --------------------------------------------------------------------------
# Reading the store


@dataclass
class _Entity:
    iri: str
    label: str
    type: str
    aliases: list[str]
    notation: str | None


def _load_entities(dataset: Dataset) -> dict[str, _Entity]:
    """Entities that a stored document names, by IRI.

    An entity's types and labels are read from the shared graph of entities,
    which holds each once however many documents give it. Where documents
    disagree on the type, the one most documents give wins (each document's
    graph says which it gave, with ``kg:typedAs``), then the ontology's order
    of types; where they disagree on the label ("Acme", "Acme Holdings"), A-Z
    decides. (In a store written before entities had a
    graph of their own, the type and label most documents give win.) An
    entity no stored document names any more (its documents were removed)
    is left out, though its description stays in the store.
    """
    types: dict[str, Counter[str]] = defaultdict(Counter)
    votes: dict[str, Counter[str]] = defaultdict(Counter)  # kg:typedAs, one per document graph
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    aliases: dict[str, set[str]] = defaultdict(set)
    notations: dict[str, str] = {}
    named: set[str] = set()
    shared = str(rdf.ENTITY_GRAPH)
    for row in _read(rdf.entity_rows, dataset):
        if row.field == "mention" or (row.graph != shared and row.field == "type"):
            named.add(row.entity)
        if row.field == "type":
            types[row.entity][row.value] += 1
        elif row.field == "typed":
            votes[row.entity][row.value] += 1
        elif row.field == "label":
            labels[row.entity][row.value] += 1
        elif row.field == "alias":
            aliases[row.entity].add(row.value)
        elif row.field == "notation":
            notations[row.entity] = row.value
    out: dict[str, _Entity] = {}
    for iri, counts in types.items():
        if iri not in named:
            continue
        # the type most documents give (kg:typedAs), else the most frequent stated type; ties by the ontology's order
        ballot = Counter({t: n for t, n in votes[iri].items() if t in counts}) or counts
        type_ = min(ballot, key=lambda t: (-ballot[t], ENTITY_TYPES.index(t)))
        names = labels.get(iri) or Counter({iri.rsplit("/", 1)[-1]: 1})
        label = min(names, key=lambda n: (-names[n], n))
        others = (aliases[iri] | set(names)) - {label}
        out[iri] = _Entity(iri, label, type_, sorted(others), notations.get(iri))
    return out


def _graph(dataset: Dataset, found: dict[str, _Entity]) -> nx.MultiDiGraph:
    import networkx as nx

    symmetric = vocab.symmetric_actions()
    groups: dict[tuple[str, str, str, bool], list[rdf.StatementRow]] = defaultdict(list)
    for row in _read(rdf.statement_rows, dataset):
        subject, obj = row.subject, row.object
        if row.action in symmetric and obj < subject:
            subject, obj = obj, subject
        groups[(subject, row.action, obj, row.modality == "negated")].append(row)

    graph = nx.MultiDiGraph()
    for iri, entity in sorted(found.items()):
        graph.add_node(iri, label=entity.label, type=entity.type, aliases=list(entity.aliases))
    for (subject, action, obj, negated), rows in sorted(groups.items()):
        best = max(rows, key=lambda r: (r.confidence, -_rank(r.modality), r.doc))
        for iri in (subject, obj):
            if iri not in graph:  # a statement about an untyped resource
                graph.add_node(iri, label=iri.rsplit("/", 1)[-1], type="", aliases=[])
        graph.add_edge(
            subject,
            obj,
            key=f"not {action}" if negated else action,
            action=action,
            modality=best.modality,
            documents=len({r.graph for r in rows}),
            confidence=max(r.confidence for r in rows),
            evidence=best.sentence,
            doc=best.doc,
        )
    return graph


def _read(reader: Callable[[Dataset], list[_Row]], dataset: Dataset) -> list[_Row]:
    """Rows from the store; errors of the store itself (disk, server) become StoreError."""
    try:
        return reader(dataset)
    except KGError:
        raise
    except Exception as e:
        reason = " ".join(str(e).split()) or type(e).__name__
        raise StoreError(f"cannot read the store: {reason}") from e


def _rank(modality: str) -> int:
    order = ("asserted", "planned", "possible", "negated")
    return order.index(modality) if modality in order else len(order)


def to_networkx(dataset: Dataset) -> nx.MultiDiGraph:
    """The store as a networkx multigraph.

    Nodes are entity IRIs with ``label``, ``type`` and ``aliases``. Edges are
    keyed by action (``"not ACTION"`` for a denied fact) and carry ``action``,
    ``modality`` (of the most confident statement), ``documents`` (distinct
    documents stating it), ``confidence`` (the highest), ``evidence`` (the
    sentence of the most confident statement) and ``doc`` (its document id).
    """
    return _graph(dataset, _load_entities(dataset))


class _View:
    """The entities and the networkx graph of one store, with name lookup."""

    def __init__(self, dataset: Dataset, *, with_graph: bool = True) -> None:
        self.entities = _load_entities(dataset)
        self.graph = _graph(dataset, self.entities) if with_graph else None

    def label(self, iri: str) -> str:
        entity = self.entities.get(iri)
        return entity.label if entity else iri.rsplit("/", 1)[-1]

    def type(self, iri: str) -> str:
        entity = self.entities.get(iri)
        return entity.type if entity else ""

    def degree(self, iri: str) -> int:
        return int(self.graph.degree(iri)) if self.graph is not None and iri in self.graph else 0

    def resolve(self, name: str) -> str:
        """The IRI of the entity best matching ``name``; EntityNotFoundError with suggestions if none."""
        query = name.strip()
        if query in self.entities:
            return query
        exact = query.casefold()
        key = _name_key(query)
        tiers: list[list[str]] = [[], [], []]
        for iri, entity in self.entities.items():
            names = [entity.label, *entity.aliases, *([entity.notation] if entity.notation else [])]
            if entity.label.casefold() == exact:
                tiers[0].append(iri)
            elif any(n.casefold() == exact for n in names):
                tiers[1].append(iri)
            elif key and any(_name_key(n) == key for n in names):
                tiers[2].append(iri)
        for tier in tiers:
            if tier:
                return min(tier, key=lambda iri: (-self.degree(iri), self.entities[iri].label))
        raise EntityNotFoundError(name, self.suggest(query))

    def suggest(self, name: str) -> list[str]:
        by_name: dict[str, str] = {}
        for entity in sorted(self.entities.values(), key=lambda e: (-self.degree(e.iri), e.label)):
            for alias in (entity.label, *entity.aliases):
                by_name.setdefault(alias.casefold(), entity.label)
        out: list[str] = []
        for match in difflib.get_close_matches(name.casefold(), list(by_name), n=10, cutoff=0.6):
            label = by_name[match]
            if label not in out:
                out.append(label)
        return out[:3]

    def simple_graph(self) -> Any:
        """The undirected view without negated edges; each pair keeps its best-documented fact."""
        import networkx as nx

        assert self.graph is not None
        simple = nx.Graph()
        simple.add_nodes_from(self.graph.nodes)
        for subject, obj, data in self.graph.edges(data=True):
            if data["modality"] == "negated" or subject == obj:
                continue
            rank = (data["documents"], data["confidence"], data["action"])
            current = simple.get_edge_data(subject, obj)
            if current is None or rank > current["rank"]:
                simple.add_edge(subject, obj, rank=rank, action=data["action"], subject=subject)
        return simple


_PUNCT = re.compile(r"[^\w]+")
_THE = re.compile(r"^the\s+")


def _name_key(name: str) -> str:
    """A loose key for names: folded, legal suffixes, punctuation and a leading "the" dropped."""
    stripped = rdf.strip_legal_suffixes(_PUNCT.sub(" ", name))
    folded = rdf.fold(stripped)
    return _THE.sub("", " ".join(_PUNCT.sub(" ", folded).split()))


# --------------------------------------------------------------------------
# Public functions


def resolve_entity(dataset: Dataset, name: str) -> str:
    """The IRI of the entity a person means by ``name``.

    Names match case-insensitively on labels, aliases and ISO codes, then
    also with accents, punctuation and legal suffixes dropped ("Huawei
    Technologies Co." finds an entity with alias "Huawei Technologies").
    Among several matches the most connected wins.

    Raises:
        EntityNotFoundError: Nothing matches; up to three close names are suggested.
    """
    return _View(dataset).resolve(name)


def lookup(
    dataset: Dataset, name: str, *, action: str | None = None, direction: str = "both"
) -> LookupResult:
    """Everything the graph says about one entity.

    Args:
        dataset: A store from :func:`kg.store.open_store`.
        name: A label, alias or ISO code (see :func:`resolve_entity`).
        action: Keep only facts with this action (e.g. "supplies").
        direction: "out" (entity is the subject), "in" (the object) or "both".

    Returns:
        The entity and its facts, sorted by documents, then confidence (both descending).

    Raises:
        KGError: ``direction`` or ``action`` is not known.
        EntityNotFoundError: No entity matches ``name``.
    """
    if direction not in DIRECTIONS:
        raise KGError("direction must be one of: " + ", ".join(DIRECTIONS))
    wanted = _check_action(action)
    view = _View(dataset)
    iri = view.resolve(name)
    entity = view.entities[iri]
    symmetric = vocab.symmetric_actions()
    assert view.graph is not None
    edges = list(view.graph.out_edges(iri, data=True))
    edges += [(s, o, d) for s, o, d in view.graph.in_edges(iri, data=True) if s != iri]
    facts: list[LookupFact] = []
    for subject, obj, data in edges:
        if wanted is not None and data["action"] != wanted:
            continue
        if data["action"] in symmetric:
            side = "in" if direction == "in" else "out"
        else:
            side = "out" if subject == iri else "in"
            if direction != "both" and side != direction:
                continue
        other = obj if subject == iri else subject
        facts.append(
            LookupFact(
                direction=side,
                action=data["action"],
                other=view.label(other),
                other_type=view.type(other),
                modality=data["modality"],
                documents=data["documents"],
                confidence=data["confidence"],
                evidence=data["evidence"],
                doc=data["doc"],
            )
        )
    facts.sort(key=lambda f: (-f.documents, -f.confidence, f.action, f.other, f.direction))
    return LookupResult(
        iri=iri, label=entity.label, type=entity.type, aliases=list(entity.aliases), facts=facts
    )


def _check_action(action: str | None) -> str | None:
    if action is None:
        return None
    name = action.strip().lower().replace(" ", "_").replace("-", "_")
    known = vocab.actions()
    if name not in known:
        raise KGError(f"unknown action {action!r}; choose one of: " + ", ".join(known))
    return name


def path(dataset: Dataset, source: str, target: str, *, max_paths: int = 3) -> list[list[Hop]]:
    """The shortest chains of facts linking two entities, in either direction.

    Args:
        dataset: A store from :func:`kg.store.open_store`.
        source: Name of the entity to start from.
        target: Name of the entity to reach.
        max_paths: At most this many paths (all of the same, shortest, length).

    Returns:
        Paths as lists of hops; a hop's ``forward`` tells whether its fact
        reads from ``source`` to ``target`` of the hop or the other way round.

    Raises:
        EntityNotFoundError: A name matches no entity.
        KGError: The two names are the same entity, or nothing connects them.
    """
    import networkx as nx

    if max_paths < 1:
        raise KGError("max_paths must be at least 1")
    view = _View(dataset)
    start, end = view.resolve(source), view.resolve(target)
    if start == end:
        raise KGError(f"{source!r} and {target!r} are the same entity ({view.label(start)})")
    simple = view.simple_graph()
    try:
        found = list(islice(nx.all_shortest_paths(simple, start, end), max_paths))
    except nx.NetworkXNoPath:
        found = []
    if not found:
        raise KGError(f"no connection between {view.label(start)} and {view.label(end)} in the graph")
    found.sort(key=lambda nodes: [view.label(n) for n in nodes])
    paths = []
    for nodes in found:
        hops = []
        for a, b in zip(nodes, nodes[1:], strict=False):
            data = simple.edges[a, b]
            hops.append(Hop(view.label(a), data["action"], view.label(b), forward=data["subject"] == a))
        paths.append(hops)
    return paths


def neighbors(dataset: Dataset, name: str, *, depth: int = 1) -> list[Neighbor]:
    """Entities within ``depth`` facts of one entity (negated facts left out).

    Returns:
        Neighbours sorted by distance, then label; each with the fact through
        which it was first reached (``via`` is the entity it was reached from).

    Raises:
        EntityNotFoundError: ``name`` matches no entity.
        KGError: ``depth`` is below 1.
    """
    if depth < 1:
        raise KGError("depth must be at least 1")
    view = _View(dataset)
    start = view.resolve(name)
    simple = view.simple_graph()
    distance = {start: 0}
    reached: list[Neighbor] = []
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if distance[node] >= depth:
            continue
        for other in sorted(simple.neighbors(node), key=view.label):
            if other in distance:
                continue
            distance[other] = distance[node] + 1
            data = simple.edges[node, other]
            reached.append(
                Neighbor(
                    label=view.label(other),
                    type=view.type(other),
                    distance=distance[other],
                    action=data["action"],
                    via=view.label(node),
                    forward=data["subject"] == node,
                )
            )
            queue.append(other)
    reached.sort(key=lambda n: (n.distance, n.label))
    return reached


def entities(dataset: Dataset, *, type: str | None = None) -> list[EntitySummary]:
    """Every entity (or those of one type) with its degree, most connected first.

    Raises:
        KGError: ``type`` is not one of the ontology's entity types.
    """
    wanted = None
    if type is not None:
        wanted = next((t for t in ENTITY_TYPES if t.lower() == type.strip().lower()), None)
        if wanted is None:
            raise KGError(f"unknown entity type {type!r}; choose one of: " + ", ".join(ENTITY_TYPES))
    view = _View(dataset)
    out = [
        EntitySummary(entity.label, entity.type, view.degree(iri))
        for iri, entity in view.entities.items()
        if wanted is None or entity.type == wanted
    ]
    out.sort(key=lambda e: (-e.degree, e.label.casefold(), e.label))
    return out


def stats(dataset: Dataset, *, top: int = 10) -> Stats:
    """Counts by entity type, action and modality, and the top entities by degree and PageRank.

    ``facts`` counts statements (one per extracted fact and document);
    ``edges`` counts distinct facts. PageRank runs on the graph collapsed to
    one directed edge per entity pair (both ways for symmetric actions),
    weighted by documents, without negated facts.
    """
    from kg.store import store_stats

    view = _View(dataset)
    assert view.graph is not None
    rows = _read(rdf.statement_rows, dataset)
    by_type = Counter(entity.type for entity in view.entities.values())
    by_action = Counter(row.action for row in rows)
    by_modality = Counter(row.modality for row in rows)
    scores = _pagerank(view.graph.nodes, _weighted_edges(view.graph))
    central = [
        CentralEntity(view.label(iri), view.type(iri), view.degree(iri), score)
        for iri, score in scores.items()
    ]
    by_degree = sorted(central, key=lambda e: (-e.degree, -e.pagerank, e.label))
    by_pagerank = sorted(central, key=lambda e: (-e.pagerank, -e.degree, e.label))
    return Stats(
        documents=store_stats(dataset)["documents"],
        entities=len(view.entities),
        facts=len(rows),
        edges=view.graph.number_of_edges(),
        entities_by_type={t: by_type[t] for t in ENTITY_TYPES if by_type[t]},
        facts_by_action=dict(sorted(by_action.items(), key=lambda kv: (-kv[1], kv[0]))),
        facts_by_modality={m: by_modality[m] for m in sorted(by_modality, key=_rank)},
        top_entities=by_degree[:top],
        top_pagerank=by_pagerank[:top],
    )


def _weighted_edges(graph: nx.MultiDiGraph) -> dict[tuple[str, str], float]:
    symmetric = vocab.symmetric_actions()
    weights: dict[tuple[str, str], float] = defaultdict(float)
    for subject, obj, data in graph.edges(data=True):
        if data["modality"] == "negated" or subject == obj:
            continue
        weights[(subject, obj)] += data["documents"]
        if data["action"] in symmetric:
            weights[(obj, subject)] += data["documents"]
    return weights


def _pagerank(
    nodes: Iterable[str],
    weights: dict[tuple[str, str], float],
    *,
    alpha: float = 0.85,
    tol: float = 1.0e-10,
    max_iter: int = 200,
) -> dict[str, float]:
    """Weighted PageRank by power iteration (networkx's own needs scipy, which kg does not require).

    Dangling nodes spread their rank evenly, as in ``networkx.pagerank``.
    """
    order = sorted(set(nodes) | {n for edge in weights for n in edge})
    if not order:
        return {}
    n = len(order)
    out_weight: dict[str, float] = defaultdict(float)
    incoming: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for (source, target), weight in weights.items():
        out_weight[source] += weight
        incoming[target].append((source, weight))
    rank = dict.fromkeys(order, 1.0 / n)
    for _ in range(max_iter):
        dangling = sum(rank[node] for node in order if not out_weight[node])
        base = (1.0 - alpha) / n + alpha * dangling / n
        new = {
            node: base + alpha * sum(rank[src] * w / out_weight[src] for src, w in incoming[node])
            for node in order
        }
        delta = sum(abs(new[node] - rank[node]) for node in order)
        rank = new
        if delta < n * tol:
            break
    return rank
