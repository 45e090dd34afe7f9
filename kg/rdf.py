"""Facts to RDF and back: the only module that knows IRIs and the vocabulary.

Every document becomes one named graph, named by :func:`document_iri`, that
holds everything read off that document:

* the document itself (``a kg:Document``, its identifier, title, source, date
  and ``kg:contentHash``), and ``<document> kg:mentions <entity>`` for each
  entity it names;
* each fact twice over: the plain triple ``<subject> kg:<action> <object>``
  (left out for a negated fact, which does not hold) and a ``kg:Statement``
  that reifies it with its modality, confidence and evidence.

What describes an entity (``a kg:<Type>``, ``skos:prefLabel``,
``skos:altLabel`` for aliases, ``skos:notation`` for a country's ISO code) is
not repeated in every document that names it: it goes once into the shared
named graph :data:`ENTITY_GRAPH`. A store is a set of quads, so writing a
description already there adds nothing, and the union of all graphs (what
queries see) holds each description once.

Entity IRIs do not contain the entity type, so the same company named in two
articles is one node of the graph; statements and documents have their own
IRIs under :data:`ID`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import urllib.parse
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from rdflib import OWL, RDF, RDFS, XSD, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg import vocab
from kg.errors import KGError
from kg.facts import ENTITY_TYPES, MODALITIES, Extraction, Fact
from kg.legal import COMMON_FORMS, is_legal_form

if TYPE_CHECKING:
    import pyoxigraph
    from rdflib import Graph
    from rdflib.term import Node

    from kg.documents import Document

__all__ = [
    "ENTITY_GRAPH",
    "ID",
    "KG",
    "DocumentTriples",
    "EntityRow",
    "StatementRow",
    "LEGAL_SUFFIXES",
    "PlainLiteral",
    "PlainTerm",
    "PlainTriple",
    "Quad",
    "bind_prefixes",
    "document_iri",
    "document_quads",
    "document_triples",
    "entity_iri",
    "entity_rows",
    "fact_iri",
    "facts_from_graph",
    "ntriples",
    "oxigraph_quads",
    "rdflib_quads",
    "slug",
    "statement_rows",
]

KG = Namespace(vocab.KG)
"""The ontology namespace: classes, actions and statement properties."""

ID = Namespace(vocab.ID)
"""The namespace of resources: ``entity/``, ``country/``, ``doc/``, ``fact/`` and ``graph/``."""

ENTITY_GRAPH = ID["graph/entities"]
"""The named graph that holds every entity's type, labels and notation, once for all documents."""

Quad = tuple["Node", "Node", "Node", URIRef]
"""A quad ``(subject, predicate, object, graph)`` of rdflib terms."""

LEGAL_SUFFIXES = COMMON_FORMS | {"company"}
"""Legal-form words dropped from the end of a name however written (compared without dots, lower-cased);
the other forms of cleanco's table are dropped when written in capitals, with dots or a slash
(:func:`kg.legal.is_legal_form`)."""

_TOKEN_SPLIT = re.compile(r"[\s,]+")
_COUNTRY_CODE = re.compile(r"[A-Za-z]{2}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")
_HTTP = re.compile(r"https?://[^\s<>\"{}|\\^`]+", re.IGNORECASE)  # an IRI; other URLs are kept as text


# --------------------------------------------------------------------------
# Names and IRIs


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents (NFKD, combining marks removed)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def strip_legal_suffixes(name: str) -> str:
    """``name`` without trailing legal-form words ("Huawei Technologies Co." → "Huawei Technologies").

    At least one word is always kept, so "Co" alone stays "Co".
    """
    tokens = [token for token in _TOKEN_SPLIT.split(name.strip()) if token]
    while len(tokens) > 1 and (fold(tokens[-1]).replace(".", "").strip("()") in LEGAL_SUFFIXES
                               or is_legal_form(tokens[-1])):
        tokens.pop()
    return " ".join(tokens)


def slug(name: str) -> str:
    """A stable IRI segment for a name: folded, legal suffixes dropped, non-alphanumerics as "-".

    >>> slug("Huawei Technologies Co., Ltd.")
    'huawei-technologies'
    >>> slug("Société Générale SA")
    'societe-generale'

    Names that leave nothing (all punctuation, or a script without Latin
    letters that folds away) get ``"x-"`` and a hash of the name instead.
    """
    folded = fold(strip_legal_suffixes(name))
    text = "".join(char if char.isalnum() else "-" for char in folded)
    text = re.sub(r"-+", "-", text).strip("-")
    if not text:
        return "x-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]
    return text


def entity_iri(name: str, type: str) -> URIRef:
    """The IRI of an entity: ``country/CODE`` for a country's ISO code, else ``entity/SLUG``.

    The type is not part of the IRI (except to recognise a country code), so
    one company typed differently by two articles is still one node.
    """
    return URIRef(_entity_iri(name, type))


@lru_cache(maxsize=8192)
def _entity_iri(name: str, type: str) -> str:
    if type == "Country" and _COUNTRY_CODE.fullmatch(name.strip()):
        return vocab.ID + "country/" + name.strip().upper()
    return vocab.ID + "entity/" + slug(name)


def document_iri(doc_id: str) -> URIRef:
    """The IRI of a document; it also names the document's graph."""
    return ID["doc/" + urllib.parse.quote(doc_id, safe="")]


def fact_iri(fact: Fact) -> URIRef:
    """The IRI of a fact's statement: a hash of where and what it is, stable across runs."""
    parts = (fact.doc, fact.subject, fact.action, fact.object, str(fact.start), fact.trigger)
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return ID["fact/" + digest]


def bind_prefixes(graph: Graph) -> None:
    """Bind the prefixes kg uses (kg, kgid, prov, dcterms, skos, owl, rdfs, xsd) on ``graph``."""
    for prefix, namespace in (
        ("kg", KG),
        ("kgid", ID),
        ("prov", PROV),
        ("dcterms", DCTERMS),
        ("skos", SKOS),
        ("owl", OWL),
        ("rdfs", RDFS),
        ("xsd", XSD),
    ):
        graph.bind(prefix, namespace, override=True, replace=True)


# --------------------------------------------------------------------------
# Facts to quads


class PlainLiteral(NamedTuple):
    """A literal as its lexical form and datatype IRI (``""`` for a plain string)."""

    value: str
    datatype: str = ""


PlainTerm = str | PlainLiteral
"""A term of :func:`document_triples`: an IRI as a plain ``str``, or a :class:`PlainLiteral`."""

PlainTriple = tuple[str, str, PlainTerm]
"""``(subject IRI, predicate IRI, object)`` of :func:`document_triples`."""

# The IRIs document_triples writes, as plain strings: looking them up on rdflib's
# Namespace objects for every quad costs more than the rest of the work.
_TYPE, _STATEMENT = str(RDF.type), str(RDF.Statement)
_SUBJECT, _PREDICATE, _OBJECT = str(RDF.subject), str(RDF.predicate), str(RDF.object)
_PREF_LABEL, _ALT_LABEL, _NOTATION = str(SKOS.prefLabel), str(SKOS.altLabel), str(SKOS.notation)
_IDENTIFIER, _TITLE = str(DCTERMS.identifier), str(DCTERMS.title)
_SOURCE, _DATE = str(DCTERMS.source), str(DCTERMS.date)
_DERIVED_FROM, _GENERATED_AT = str(PROV.wasDerivedFrom), str(PROV.generatedAtTime)
_XSD_DATE, _XSD_DATETIME = str(XSD.date), str(XSD.dateTime)
_XSD_DECIMAL, _XSD_INTEGER = str(XSD.decimal), str(XSD.integer)
_KG, _COUNTRY = vocab.KG, vocab.ID + "country/"
_MENTIONS = _KG + "mentions"
_TYPED_AS = _KG + "typedAs"


class DocumentTriples(NamedTuple):
    """What :func:`document_triples` makes of one document: its own graph, and entity descriptions."""

    graph: str
    """The IRI of the document and of its named graph."""
    triples: list[PlainTriple]
    """The triples of the document's graph."""
    entities: list[PlainTriple]
    """The descriptions of the entities it names, for the shared graph :data:`ENTITY_GRAPH`."""


def document_triples(
    document: Document, extraction: Extraction, *, generated: datetime | None = None
) -> DocumentTriples:
    """All triples describing one document and what was read off it, as plain terms.

    This is the one description of a document's graph and of the entity
    descriptions it contributes to :data:`ENTITY_GRAPH`;
    :func:`document_quads` (rdflib terms), :func:`oxigraph_quads` (pyoxigraph
    terms) and :func:`ntriples` (text) only render it.

    Args:
        document: The document (``id``, ``title``, ``url``, ``date``, ``content_hash``).
        extraction: Its entities and facts.
        generated: When the facts were extracted; recorded as
            ``prov:generatedAtTime`` on each statement when given.

    Returns:
        The IRI of the document's graph, its distinct triples and the distinct
        triples describing the entities it names, each in a stable order.

    Raises:
        KGError: A fact uses an action, entity type or modality the ontology does not define.
    """
    graph = str(document_iri(document.id))
    triples: dict[PlainTriple, None] = {}
    entities: dict[PlainTriple, None] = {}

    def add(s: str, p: str, o: PlainTerm) -> None:
        triples[(s, p, o)] = None

    def describe(iri: str, name: str, type_: str, aliases: Iterable[str]) -> None:
        add(graph, _MENTIONS, iri)
        # the type this document gives: the shared graph keeps every type once, so which type most documents
        # give is read from these
        add(iri, _TYPED_AS, _KG + type_)
        for triple in _entity_triples(iri, name, type_, aliases):
            entities[triple] = None

    doc_date = _date_literal(document.date)
    add(graph, _TYPE, _KG + "Document")
    add(graph, _IDENTIFIER, PlainLiteral(document.id))
    if document.title:
        add(graph, _TITLE, PlainLiteral(document.title))
    if document.url:
        url = document.url.strip()
        add(graph, _SOURCE, url if _HTTP.fullmatch(url) else PlainLiteral(url))
    if doc_date is not None:
        add(graph, _DATE, doc_date)
    add(graph, _KG + "contentHash", PlainLiteral(document.content_hash))

    described: set[str] = set()
    for entity in extraction.entities:
        _check_type(entity.type, document.id)
        iri = _entity_iri(entity.name, entity.type)
        described.add(iri)
        describe(iri, entity.name, entity.type, entity.aliases)

    actions = vocab.actions()
    symmetric = vocab.symmetric_actions()
    generated_literal = PlainLiteral(generated.isoformat(), _XSD_DATETIME) if generated is not None else None
    for fact in extraction.facts:
        _check_fact(fact, actions, document.id)
        subject = _entity_iri(fact.subject, fact.subject_type)
        obj = _entity_iri(fact.object, fact.object_type)
        ends = ((subject, fact.subject, fact.subject_type), (obj, fact.object, fact.object_type))
        for iri, name, type_ in ends:
            if iri not in described:
                described.add(iri)
                describe(iri, name, type_, ())
        predicate = _KG + fact.action
        if fact.modality != "negated":
            if fact.action in symmetric and obj < subject:
                add(obj, predicate, subject)
            else:
                add(subject, predicate, obj)
        statement = str(fact_iri(fact))
        add(statement, _TYPE, _KG + "Statement")
        add(statement, _TYPE, _STATEMENT)
        add(statement, _SUBJECT, subject)
        add(statement, _PREDICATE, predicate)
        add(statement, _OBJECT, obj)
        add(statement, _KG + "modality", _KG + fact.modality)
        add(statement, _KG + "confidence", _decimal(fact.confidence))
        if fact.sentence:
            add(statement, _KG + "sentence", PlainLiteral(fact.sentence))
        add(statement, _KG + "sentenceStart", _integer(fact.start))
        add(statement, _KG + "sentenceEnd", _integer(fact.end))
        if fact.trigger:
            add(statement, _KG + "trigger", PlainLiteral(fact.trigger))
        if fact.subject_mention:
            add(statement, _KG + "subjectMention", PlainLiteral(fact.subject_mention))
        if fact.object_mention:
            add(statement, _KG + "objectMention", PlainLiteral(fact.object_mention))
        add(statement, _KG + "subjectStart", _integer(fact.subject_span[0]))
        add(statement, _KG + "subjectEnd", _integer(fact.subject_span[1]))
        add(statement, _KG + "objectStart", _integer(fact.object_span[0]))
        add(statement, _KG + "objectEnd", _integer(fact.object_span[1]))
        add(statement, _DERIVED_FROM, graph)
        fact_date = doc_date if doc_date is not None else _date_literal(fact.date)
        if fact_date is not None:
            add(statement, _DATE, fact_date)
        if generated_literal is not None:
            add(statement, _GENERATED_AT, generated_literal)
    return DocumentTriples(graph, list(triples), list(entities))


def document_quads(
    document: Document, extraction: Extraction, *, generated: datetime | None = None
) -> list[Quad]:
    """All quads describing one document and what was read off it.

    The quads of :func:`document_triples` as rdflib terms (string literals
    plain, ``"x"`` rather than ``"x"^^xsd:string``).

    Returns:
        Distinct quads, in a stable order: the document's in the graph
        ``document_iri(document.id)``, then the entity descriptions in :data:`ENTITY_GRAPH`.

    Raises:
        KGError: A fact uses an action, entity type or modality the ontology does not define.
    """
    graph, triples, entities = document_triples(document, extraction, generated=generated)
    return rdflib_quads(graph, triples) + rdflib_quads(str(ENTITY_GRAPH), entities)


def rdflib_quads(graph: str, triples: Iterable[PlainTriple]) -> list[Quad]:
    """Triples of :func:`document_triples` as rdflib quads in the named graph ``graph``."""
    context = URIRef(graph)
    return [(URIRef(s), URIRef(p), _rdflib_term(o), context) for s, p, o in triples]


def _rdflib_term(term: PlainTerm) -> Node:
    if isinstance(term, PlainLiteral):
        return Literal(term.value, datatype=URIRef(term.datatype)) if term.datatype else Literal(term.value)
    return URIRef(term)


def oxigraph_quads(graph: str, triples: Iterable[PlainTriple]) -> list[pyoxigraph.Quad]:
    """Triples of :func:`document_triples` as pyoxigraph quads in the named graph ``graph``."""
    import pyoxigraph

    quad, named_node, literal = pyoxigraph.Quad, _oxigraph_named_node, pyoxigraph.Literal
    context = named_node(graph)
    out = []
    value: pyoxigraph.NamedNode | pyoxigraph.Literal
    for s, p, o in triples:
        if isinstance(o, PlainLiteral):
            value = literal(o.value, datatype=named_node(o.datatype)) if o.datatype else literal(o.value)
        else:
            value = named_node(o)
        out.append(quad(named_node(s), named_node(p), value, context))
    return out


@lru_cache(maxsize=16384)
def _oxigraph_named_node(iri: str) -> pyoxigraph.NamedNode:
    """A pyoxigraph IRI; cached, as predicates, classes and entities recur in every document."""
    import pyoxigraph

    return pyoxigraph.NamedNode(iri)


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def ntriples(term: PlainTerm) -> str:
    """A term of :func:`document_triples` in N-Triples (and SPARQL) syntax."""
    if isinstance(term, PlainLiteral):
        text = '"' + term.value.translate(_NT_ESCAPES) + '"'
        return f"{text}^^<{term.datatype}>" if term.datatype else text
    return f"<{term}>"


def _entity_triples(iri: str, name: str, type_: str, aliases: Iterable[str]) -> Iterator[PlainTriple]:
    yield (iri, _TYPE, _KG + type_)
    if iri.startswith(_COUNTRY):
        code = name.strip().upper()
        label = _country_name(code)
        yield (iri, _PREF_LABEL, PlainLiteral(label))
        yield (iri, _NOTATION, PlainLiteral(code))
    else:
        label = name
        yield (iri, _PREF_LABEL, PlainLiteral(name))
    for alias in aliases:
        if alias and alias != label:
            yield (iri, _ALT_LABEL, PlainLiteral(alias))


@lru_cache(maxsize=512)
def _country_name(code: str) -> str:
    try:
        from kg.extract.places import country_name
    except ImportError:
        return code
    try:
        return country_name(code)
    except (KeyError, LookupError):
        return code


def _check_type(type_: str, doc_id: str) -> None:
    if type_ not in ENTITY_TYPES:
        raise KGError(
            f"document {doc_id}: unknown entity type {type_!r}; the ontology defines: "
            + ", ".join(ENTITY_TYPES)
        )


def _check_fact(fact: Fact, actions: dict[str, Any], doc_id: str) -> None:
    if fact.action not in actions:
        raise KGError(
            f"document {doc_id}: unknown action {fact.action!r}; the ontology defines: " + ", ".join(actions)
        )
    if fact.modality not in MODALITIES:
        raise KGError(
            f"document {doc_id}: unknown modality {fact.modality!r}; choose one of: " + ", ".join(MODALITIES)
        )
    _check_type(fact.subject_type, doc_id)
    _check_type(fact.object_type, doc_id)


def _decimal(value: float) -> PlainLiteral:
    return PlainLiteral(str(Decimal(str(round(float(value), 3)))), _XSD_DECIMAL)


def _integer(value: int) -> PlainLiteral:
    return PlainLiteral(str(int(value)), _XSD_INTEGER)


def _date_literal(value: object) -> PlainLiteral | None:
    """xsd:date for an ISO date, xsd:dateTime for an ISO date-time, else a plain literal."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return PlainLiteral(value.isoformat(), _XSD_DATETIME)
    if isinstance(value, date):
        return PlainLiteral(value.isoformat(), _XSD_DATE)
    text = str(value).strip()
    if _ISO_DATE.fullmatch(text):
        try:
            date.fromisoformat(text)
        except ValueError:
            return PlainLiteral(text)
        return PlainLiteral(text, _XSD_DATE)
    if _ISO_DATETIME.fullmatch(text):
        return PlainLiteral(text.replace(" ", "T", 1), _XSD_DATETIME)
    return PlainLiteral(text)


# --------------------------------------------------------------------------
# Quads to facts


def facts_from_graph(graph: Graph) -> Iterator[Fact]:
    """Read the facts back from a graph or dataset (its ``kg:Statement`` resources).

    Subjects and objects are named as :mod:`kg.facts` names them: a country by
    its ISO code (``skos:notation``), anything else by its ``skos:prefLabel``.
    Facts come sorted by document, sentence offset, subject, action and object.
    """
    names: dict[Node, tuple[str, str]] = {}

    def entity(node: Node) -> tuple[str, str]:
        if node not in names:
            notation = graph.value(node, SKOS.notation)
            label = notation if notation is not None else graph.value(node, SKOS.prefLabel)
            type_ = next(
                (
                    str(t).removeprefix(str(KG))
                    for t in graph.objects(node, RDF.type)
                    if str(t).removeprefix(str(KG)) in ENTITY_TYPES
                ),
                "",
            )
            names[node] = (str(label) if label is not None else str(node).rsplit("/", 1)[-1], type_)
        return names[node]

    doc_ids: dict[Node, str] = {}
    facts: list[Fact] = []
    for statement in set(graph.subjects(RDF.type, KG.Statement)):
        values: dict[Node, Node] = {}
        for p, o in graph.predicate_objects(statement):
            values.setdefault(p, o)
        subject, obj = values.get(RDF.subject), values.get(RDF.object)
        predicate = values.get(RDF.predicate)
        if subject is None or obj is None or predicate is None:
            continue
        source = values.get(PROV.wasDerivedFrom)
        if source is not None and source not in doc_ids:
            identifier = graph.value(source, DCTERMS.identifier)
            doc_ids[source] = (
                str(identifier)
                if identifier is not None
                else urllib.parse.unquote(str(source).rsplit("/", 1)[-1])
            )
        subject_name, subject_type = entity(subject)
        object_name, object_type = entity(obj)
        date_value = values.get(DCTERMS.date)
        facts.append(
            Fact(
                doc=doc_ids.get(source, "") if source is not None else "",
                subject=subject_name,
                subject_type=subject_type,
                action=str(predicate).removeprefix(str(KG)),
                object=object_name,
                object_type=object_type,
                modality=str(values.get(KG.modality, KG.asserted)).removeprefix(str(KG)),
                confidence=float(_py(values.get(KG.confidence), 0.5)),
                sentence=str(values.get(KG.sentence, "")),
                start=int(_py(values.get(KG.sentenceStart), 0)),
                end=int(_py(values.get(KG.sentenceEnd), 0)),
                trigger=str(values.get(KG.trigger, "")),
                subject_span=(
                    int(_py(values.get(KG.subjectStart), 0)),
                    int(_py(values.get(KG.subjectEnd), 0)),
                ),
                object_span=(
                    int(_py(values.get(KG.objectStart), 0)),
                    int(_py(values.get(KG.objectEnd), 0)),
                ),
                subject_mention=str(values.get(KG.subjectMention, "")),
                object_mention=str(values.get(KG.objectMention, "")),
                date=str(date_value) if date_value is not None else None,
            )
        )
    facts.sort(key=lambda f: (f.doc, f.start, f.subject, f.action, f.object, f.trigger))
    yield from facts


def _py(node: Node | None, default: Any) -> Any:
    if node is None:
        return default
    if isinstance(node, Literal):
        value = node.toPython()
        return default if isinstance(value, Literal) else value
    return default


# --------------------------------------------------------------------------
# Reading a store in bulk (one query each), for graph views


@dataclass(frozen=True)
class StatementRow:
    """One ``kg:Statement`` as plain values: IRIs as strings, the action's local name."""

    statement: str
    subject: str
    action: str
    object: str
    modality: str
    confidence: float
    sentence: str
    doc: str
    graph: str


@dataclass(frozen=True)
class EntityRow:
    """One fact about an entity, read from the named graph ``graph``.

    ``field`` is "type", "label", "alias" or "notation" (read from
    :data:`ENTITY_GRAPH`, or from a document's graph in a store written before
    kg kept entities there), or "mention", whose ``value`` is the IRI of a
    document that names the entity.
    """

    entity: str
    field: str
    value: str
    graph: str


_STATEMENTS_QUERY = """
SELECT ?st ?s ?p ?o ?mod ?conf ?sentence ?docid ?g WHERE {
  GRAPH ?g {
    ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    OPTIONAL { ?st kg:modality ?mod }
    OPTIONAL { ?st kg:confidence ?conf }
    OPTIONAL { ?st kg:sentence ?sentence }
    OPTIONAL { ?st prov:wasDerivedFrom ?doc . ?doc dcterms:identifier ?docid }
  }
}"""

_ENTITIES_QUERY = """
SELECT ?e ?p ?v ?g WHERE {
  {
    GRAPH ?g {
      VALUES ?p { rdf:type kg:typedAs skos:prefLabel skos:altLabel skos:notation }
      ?e ?p ?v .
      FILTER (?p NOT IN (rdf:type, kg:typedAs) || ?v IN (%s))
    }
  } UNION {
    GRAPH ?g { ?v kg:mentions ?e }
    BIND (kg:mentions AS ?p)
  }
}"""

_FIELDS = {
    RDF.type: "type",
    SKOS.prefLabel: "label",
    SKOS.altLabel: "alias",
    SKOS.notation: "notation",
    KG.mentions: "mention",
    KG.typedAs: "typed",
}


def _prefixes() -> dict[str, str]:
    return {"kg": str(KG), "rdf": str(RDF), "prov": str(PROV), "dcterms": str(DCTERMS), "skos": str(SKOS)}


def statement_rows(dataset: Graph) -> list[StatementRow]:
    """Every statement of a dataset, in one SPARQL query."""
    rows = []
    result: Iterable[Any] = dataset.query(_STATEMENTS_QUERY, initNs=_prefixes())
    for st, s, p, o, mod, conf, sentence, docid, g in result:
        rows.append(
            StatementRow(
                statement=str(st),
                subject=str(s),
                action=str(p).removeprefix(str(KG)),
                object=str(o),
                modality=str(mod).removeprefix(str(KG)) if mod is not None else "asserted",
                confidence=float(_py(conf, 0.5)),
                sentence=str(sentence) if sentence is not None else "",
                doc=str(docid) if docid is not None else urllib.parse.unquote(str(g).rsplit("/", 1)[-1]),
                graph=str(g),
            )
        )
    return rows


def entity_rows(dataset: Graph) -> list[EntityRow]:
    """Types, labels, aliases, notations and mentions of every entity, per graph, in one SPARQL query."""
    classes = ", ".join(f"<{KG[name]}>" for name in ENTITY_TYPES)
    rows = []
    result: Iterable[Any] = dataset.query(_ENTITIES_QUERY % classes, initNs=_prefixes())
    for e, p, v, g in result:
        field = _FIELDS.get(p)
        if field is None:
            continue
        value = str(v).removeprefix(str(KG)) if field in ("type", "typed") else str(v)
        rows.append(EntityRow(entity=str(e), field=field, value=value, graph=str(g)))
    return rows
