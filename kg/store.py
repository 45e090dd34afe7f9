"""Opening stores, writing documents to them and querying them.

This is the only module that knows the kinds of store. A location is one of:

``PATH``
    An Oxigraph database on disk (a folder). The default is ``kg.db``, or the
    ``KG_STORE`` environment variable when it is set.
``:memory:``
    A fresh, empty Oxigraph store held in memory.
``memory`` or ``rdflib:memory``
    rdflib's own in-memory store (for comparisons and benchmarks).
``http://HOST:PORT`` or ``https://…``
    A SPARQL 1.1 server in the style of ``oxigraph serve``: queries go to
    ``URL/query`` and updates to ``URL/update``. A URL that already ends in
    ``/query`` is taken as the query endpoint, with updates sent to the
    ``/update`` beside it. Read-only opens use the query endpoint alone.

Every store is opened as an :class:`rdflib.Dataset` whose default graph is the
union of all graphs, so queries see every document without ``GRAPH``. On a
SPARQL server kg asks for the same with Oxigraph's ``union-default-graph``
query parameter (servers that do not know it usually ignore it);
kg's own reads name graphs explicitly (``GRAPH ?g``), so they work anywhere.

Each document is one named graph; the entities the documents name are
described once, in the shared graph :data:`kg.rdf.ENTITY_GRAPH`.
:func:`replace_documents` writes a batch of documents, with the descriptions
of their entities, in one transaction, so the content hash that marks a
document as done is never stored without its facts and entities.
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from kg import rdf
from kg.errors import KGError, QueryError, StoreError, StoreNotFoundError
from kg.facts import ENTITY_TYPES, Extraction

if TYPE_CHECKING:
    import pyoxigraph
    from rdflib import Dataset, Graph
    from rdflib.query import Result
    from rdflib.term import Node

    from kg.documents import Document

__all__ = [
    "DEFAULT_STORE",
    "STORE_ENV",
    "close_store",
    "copy_to_memory",
    "iter_quads",
    "open_store",
    "query",
    "remove_document",
    "replace_documents",
    "resolve_store_location",
    "store_stats",
    "stored_hash",
    "stored_hashes",
    "write_rdf",
]

DEFAULT_STORE = "kg.db"
"""The store used when no location is given and ``KG_STORE`` is not set."""

STORE_ENV = "KG_STORE"
"""The environment variable that names the default store."""

MEMORY = ":memory:"
RDFLIB_MEMORY = ("memory", "rdflib:memory")

_NETWORK_MESSAGE = "SERVICE and LOAD are not allowed: kg query does not reach the network"
_UPDATE_MESSAGE = "this is an update query; pass --update to change the store"


def resolve_store_location(location: str | None) -> str:
    """The store to use: ``location`` if given, else ``$KG_STORE``, else :data:`DEFAULT_STORE`."""
    if location:
        return location
    return os.environ.get(STORE_ENV) or DEFAULT_STORE


# --------------------------------------------------------------------------
# Opening and closing


@lru_cache(maxsize=1)
def _oxigraph_store_class() -> type[Any]:
    from oxrdflib import OxigraphStore

    class KGOxigraphStore(OxigraphStore):  # type: ignore[misc]
        """An Oxigraph store that knows where it lives and refuses writes when read-only."""

        def __init__(self, *, store: pyoxigraph.Store, location: str, read_only: bool) -> None:
            super().__init__(store=store)
            self.location = location
            self.read_only = read_only
            self.unflushed = 0  # quads written since the last flush, see _flush_now_and_then

        def _check_writable(self) -> None:
            if self.read_only:
                raise StoreError(f"the store at {self.location} is open read-only")

        def add(self, *args: Any, **kwargs: Any) -> None:
            self._check_writable()
            super().add(*args, **kwargs)

        def addN(self, *args: Any, **kwargs: Any) -> None:  # noqa: N802 (rdflib's name)
            self._check_writable()
            super().addN(*args, **kwargs)

        def remove(self, *args: Any, **kwargs: Any) -> None:
            self._check_writable()
            super().remove(*args, **kwargs)

        def add_graph(self, *args: Any, **kwargs: Any) -> None:
            self._check_writable()
            super().add_graph(*args, **kwargs)

        def remove_graph(self, *args: Any, **kwargs: Any) -> None:
            self._check_writable()
            super().remove_graph(*args, **kwargs)

        def update(self, *args: Any, **kwargs: Any) -> None:
            self._check_writable()
            super().update(*args, **kwargs)

        def close(self, commit_pending_transaction: bool = False) -> None:
            inner = getattr(self, "_store", None)
            if inner is None:
                return
            if not self.read_only:
                inner.flush()
            del inner
            super().close(commit_pending_transaction)
            if self.location != MEMORY:
                # RocksDB closes when the last reference to the pyoxigraph store goes. Query
                # results or frames caught in reference cycles (exception tracebacks) may
                # still hold one; collect them so the lock is released and the files are
                # quiescent before anyone reopens the folder.
                gc.collect()

    return KGOxigraphStore


def open_store(location: str | None = None, *, create: bool = False, read_only: bool = False) -> Dataset:
    """Open a store as an :class:`rdflib.Dataset` with the union of all graphs as default graph.

    Args:
        location: A path, ``":memory:"``, ``"memory"``, or an ``http(s)://`` URL
            (see the module docstring); ``None`` for :func:`resolve_store_location`.
        create: Create an on-disk store that does not exist yet.
        read_only: Open so that nothing can be written (an on-disk store is
            then opened with ``pyoxigraph.Store.read_only``; a URL uses the
            query endpoint only).

    Returns:
        The dataset, with kg's prefixes bound. Close it with :func:`close_store`.

    Raises:
        StoreNotFoundError: No store exists at the path and ``create`` is false.
        StoreError: The path is not an Oxigraph store, or it is in use by
            another process, or it cannot be opened.
    """
    from rdflib import Dataset

    location = resolve_store_location(location)
    if location == MEMORY:
        from pyoxigraph import Store

        store = _oxigraph_store_class()(store=Store(), location=MEMORY, read_only=False)
        dataset = Dataset(store=store, default_union=True)
    elif location in RDFLIB_MEMORY:
        dataset = Dataset(default_union=True)
    elif re.match(r"https?://", location, re.IGNORECASE):
        dataset = Dataset(store=_sparql_store(location, read_only=read_only), default_union=True)
    else:
        dataset = _open_disk_store(location, create=create, read_only=read_only)
    _bind(dataset)
    return dataset


def _bind(dataset: Dataset) -> None:
    from rdflib.namespace import NamespaceManager

    dataset.namespace_manager = NamespaceManager(dataset, bind_namespaces="core")
    rdf.bind_prefixes(dataset)


def _sparql_store(url: str, *, read_only: bool) -> Any:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore

    base = url.rstrip("/")
    if base.endswith("/query"):
        query_endpoint, base = base, base.removesuffix("/query")
    else:
        query_endpoint = base + "/query"
    # Oxigraph's server reads this as "the default graph is the union of all graphs"; others ignore it.
    params = {"union-default-graph": ""}
    if read_only:
        return SPARQLStore(query_endpoint=query_endpoint, params=params)
    return SPARQLUpdateStore(query_endpoint=query_endpoint, update_endpoint=base + "/update", params=params)


def _open_disk_store(location: str, *, create: bool, read_only: bool) -> Dataset:
    import pyoxigraph
    from rdflib import Dataset

    path = Path(location).expanduser()
    if path.exists():
        if not path.is_dir():
            raise StoreError(f"{location} is a file, not a kg store (an Oxigraph database folder)")
        if not any(path.iterdir()):
            if not create or read_only:
                raise StoreNotFoundError(f"no store at {location}; run `kg build` first or pass --store")
        elif not (path / "CURRENT").is_file():
            raise StoreError(
                f"{location} is not a kg store: the folder holds other files; pass another --store"
            )
    elif not create or read_only:
        raise StoreNotFoundError(f"no store at {location}; run `kg build` first or pass --store")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"cannot create store at {location}: {e.strerror or e}") from e
    try:
        inner = pyoxigraph.Store.read_only(str(path)) if read_only else pyoxigraph.Store(str(path))
    except OSError as e:
        message = _one_line(e)
        if "lock" in message.lower():
            raise StoreError(
                f"store at {location} is in use by another kg process (its lock is held); "
                "wait for it to finish or pass another --store"
            ) from e
        raise StoreError(f"cannot open store at {location}: {message}") from e
    store_class = _oxigraph_store_class()
    return Dataset(store=store_class(store=inner, location=location, read_only=read_only), default_union=True)


def close_store(dataset: Dataset) -> None:
    """Flush and close a store opened with :func:`open_store` (closing twice is harmless)."""
    try:
        dataset.close()
    except AttributeError:  # already closed
        pass
    except OSError as e:
        raise StoreError(f"cannot close store: {_one_line(e)}") from e


def _oxigraph(dataset: Dataset) -> pyoxigraph.Store | None:
    """The underlying pyoxigraph store, or None for other kinds of store."""
    store: Any = dataset.store
    if isinstance(store, _oxigraph_store_class()):
        inner: pyoxigraph.Store = store._inner
        return inner
    return None


def _is_sparql_store(dataset: Dataset) -> bool:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    return isinstance(dataset.store, SPARQLStore)


def _check_writable(dataset: Dataset) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore

    store: Any = dataset.store
    if getattr(store, "read_only", False):
        raise StoreError(f"the store at {store.location} is open read-only")
    if isinstance(store, SPARQLStore) and not isinstance(store, SPARQLUpdateStore):
        raise StoreError(f"the store at {store.query_endpoint} is open read-only")


# --------------------------------------------------------------------------
# Writing documents


def _select(dataset: Dataset, sparql: str) -> list[Any]:
    """Rows of one of kg's own SELECT queries; errors reading the store become StoreError."""
    try:
        return list(dataset.query(sparql, initNs={"kg": str(rdf.KG), "dcterms": "http://purl.org/dc/terms/"}))
    except KGError:
        raise
    except Exception as e:  # OSError, HTTP and connection errors of a SPARQL server, …
        raise StoreError(f"cannot read the store: {_one_line(e)}") from e


def stored_hash(dataset: Dataset, doc_id: str) -> str | None:
    """The ``kg:contentHash`` stored for a document, or None if it is not in the store."""
    graph = rdf.document_iri(doc_id)
    inner = _oxigraph(dataset)
    if inner is not None:
        from pyoxigraph import NamedNode

        node = NamedNode(str(graph))
        for quad in inner.quads_for_pattern(node, NamedNode(str(rdf.KG.contentHash)), None, node):
            value: Any = quad.object
            return str(value.value)
        return None
    iri = _nt(graph)
    rows = _select(dataset, f"SELECT ?hash WHERE {{ GRAPH {iri} {{ {iri} kg:contentHash ?hash }} }}")
    return str(rows[0][0]) if rows else None


def stored_hashes(dataset: Dataset) -> dict[str, str]:
    """Every stored document id with its ``kg:contentHash``, in one query."""
    rows = _select(
        dataset,
        """SELECT ?id ?hash WHERE { GRAPH ?g {
             ?g a kg:Document ; dcterms:identifier ?id ; kg:contentHash ?hash } }""",
    )
    return {str(row[0]): str(row[1]) for row in rows}


def replace_documents(
    dataset: Dataset,
    batch: Iterable[tuple[Document, Extraction]],
    *,
    generated: datetime | None = None,
) -> int:
    """Replace each document's named graph with what was read off it, in one transaction.

    The descriptions of the entities the documents name (types, labels,
    notations) are added to the shared graph :data:`kg.rdf.ENTITY_GRAPH` in
    the same transaction; a description already there is not stored twice.
    After an interruption either the whole batch is in, with its content
    hashes, or none of it is; writing a batch again adds nothing; a document's
    write replaces its own named graph only, and never removes anything from
    the shared graph (an entity keeps its labels when the documents naming it
    are replaced or removed). How, by kind of store:

    * Oxigraph (on disk or in memory): see :func:`_write_oxigraph`.
    * A SPARQL server: one SPARQL update, ``DROP SILENT GRAPH`` for every
      document then one ``INSERT DATA`` (documents and entities), which the
      server applies atomically.
    * rdflib's memory store: graph by graph (it has no transactions and does
      not outlive the process).

    A document given twice in one batch is written once, with its last extraction.

    Args:
        dataset: A store from :func:`open_store`.
        batch: ``(document, extraction)`` pairs.
        generated: Extraction time, recorded as ``prov:generatedAtTime``.

    Returns:
        The number of quads written: those of the documents' graphs, and the
        batch's distinct entity descriptions (counted even when the shared
        graph held them already).

    Raises:
        StoreError: The store is read-only or the write failed.
        KGError: An extraction uses terms the ontology does not define (nothing of the batch is written).
    """
    graphs: dict[str, rdf.DocumentTriples] = {}
    for document, extraction in batch:
        graphs[document.id] = rdf.document_triples(document, extraction, generated=generated)
    if not graphs:
        return 0
    _check_writable(dataset)
    documents = [(graph, triples) for graph, triples, _ in graphs.values()]
    entities = list(dict.fromkeys(triple for written in graphs.values() for triple in written.entities))
    count = sum(len(triples) for _, triples in documents) + len(entities)
    inner = _oxigraph(dataset)
    endpoint: Any = dataset.store
    try:
        if inner is not None:
            _write_oxigraph(inner, documents, entities)
            _flush_now_and_then(endpoint, count)
        elif hasattr(endpoint, "update_endpoint"):
            endpoint.update(_replace_update(documents, entities))
        else:
            from rdflib import URIRef

            for graph, _ in documents:
                dataset.remove_graph(URIRef(graph))
            quads: Iterable[Any] = (
                quad for written in [*documents, (_ENTITY_GRAPH, entities)] for quad in rdf.rdflib_quads(*written)
            )
            dataset.addN(quads)
    except (OSError, RuntimeError, ValueError, SyntaxError) as e:
        raise StoreError(f"cannot write to the store: {_one_line(e)}") from e
    except Exception as e:  # SPARQL endpoint errors (HTTP, connection)
        if isinstance(e, KGError):
            raise
        raise StoreError(f"cannot write to the store: {_one_line(e)}") from e
    return count


_ENTITY_GRAPH = str(rdf.ENTITY_GRAPH)

_Graphs = list[tuple[str, list[rdf.PlainTriple]]]
"""Named graphs to write: ``(graph IRI, triples)``."""


def _write_oxigraph(store: pyoxigraph.Store, documents: _Graphs, entities: list[rdf.PlainTriple]) -> None:
    """Write documents' graphs, and their entities to the shared graph, to a pyoxigraph store in one transaction.

    A batch of documents none of which has a graph in the store yet (a
    build's usual case) is one :meth:`pyoxigraph.Store.extend` of quads made
    directly as pyoxigraph terms: a single transaction, with no SPARQL text
    to render and parse. The store is a set of quads, so entity descriptions
    it holds already are not added again. (The check and the write are two
    steps; kg writes from one thread, and the store's lock keeps other
    processes out.)

    A batch that replaces stored documents must drop their old graphs and add
    the new ones in the same transaction, which pyoxigraph offers only as a
    SPARQL update: such a batch is one ``DROP SILENT GRAPH …; INSERT DATA
    {…}`` update. It is slower (the update is rendered and parsed), but a
    build rewrites only changed documents, which are rare.

    ``Store.bulk_extend`` and ``Store.bulk_load`` would be faster still, but
    they are documented as not transactional: they write new files straight
    into the database, and an interrupted load can leave part of a batch
    behind, facts without the content hash that marks their document as
    done, which queries would see until a rerun replaced them. kg keeps the
    stronger guarantee; ``bench/run.py`` prints what it costs.
    """
    import pyoxigraph

    if any(store.contains_named_graph(pyoxigraph.NamedNode(graph)) for graph, _ in documents):
        store.update(_replace_update(documents, entities))
        return
    quads = [quad for graph, triples in documents for quad in rdf.oxigraph_quads(graph, triples)]
    quads += rdf.oxigraph_quads(_ENTITY_GRAPH, entities)
    store.extend(quads)


_FLUSH_QUADS = 10_000
"""Quads written to an on-disk Oxigraph store between two flushes of its write buffers."""


def _flush_now_and_then(store: Any, written: int) -> None:
    """Flush an on-disk store's write buffers once :data:`_FLUSH_QUADS` quads have been written.

    Oxigraph sizes RocksDB's in-memory write buffers (memtables) for large
    servers, so without a flush they hold everything a build writes, about
    0.8 KB per quad, until the store is closed: a build's memory would grow
    with the corpus. Flushing every few batches keeps it flat; measured, it
    makes writing no slower, as inserts into small memtables are cheaper.
    """
    if store.location == MEMORY:
        return
    store.unflushed += written
    if store.unflushed >= _FLUSH_QUADS:
        store._inner.flush()
        store.unflushed = 0


def _replace_update(documents: _Graphs, entities: list[rdf.PlainTriple]) -> str:
    """One SPARQL update that drops the documents' graphs and inserts their triples and entities.

    ``INSERT DATA`` adds only what a graph does not hold yet, so the shared
    graph of entities gains new descriptions alone; it is never dropped.
    """
    nt = rdf.ntriples
    parts: list[str] = []
    for graph, _ in documents:
        parts.append(f"DROP SILENT GRAPH <{graph}> ;\n")
    parts.append("INSERT DATA {\n")
    for graph, triples in [*documents, (_ENTITY_GRAPH, entities)]:
        if not triples:
            continue
        parts.append(f"GRAPH <{graph}> {{\n")
        parts.extend(f"<{s}> <{p}> {nt(o)} .\n" for s, p, o in triples)
        parts.append("}\n")
    parts.append("}\n")
    return "".join(parts)


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt(term: Node) -> str:
    """An N-Triples / SPARQL rendering of a URI or literal."""
    from rdflib import Literal, URIRef

    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        text = '"' + str(term).translate(_ESCAPES) + '"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype:
            return f"{text}^^<{term.datatype}>"
        return text
    raise ValueError(f"cannot write {term!r}: blank nodes are not used by kg")


def remove_document(dataset: Dataset, doc_id: str) -> bool:
    """Drop a document's named graph; True if the document was in the store.

    The descriptions of its entities stay in the shared graph of entities,
    where other documents may need them; an entity no document names any
    more keeps its labels there, but no longer counts as one of the store's
    entities (see :func:`store_stats`).
    """
    _check_writable(dataset)
    present = stored_hash(dataset, doc_id) is not None
    graph = rdf.document_iri(doc_id)
    inner = _oxigraph(dataset)
    endpoint: Any = dataset.store
    try:
        if inner is not None:
            inner.update(f"DROP SILENT GRAPH {_nt(graph)}")
        elif hasattr(endpoint, "update_endpoint"):
            endpoint.update(f"DROP SILENT GRAPH {_nt(graph)}")
        else:
            dataset.remove_graph(graph)
    except (OSError, RuntimeError) as e:
        raise StoreError(f"cannot write to the store: {_one_line(e)}") from e
    return present


# --------------------------------------------------------------------------
# Reading everything


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def iter_quads(dataset: Dataset) -> Iterator[tuple[Node, Node, Node, Node | None]]:
    """Every stored quad as rdflib terms; the graph is None for the default graph.

    String literals come back as plain literals (``"x"``, not ``"x"^^xsd:string``),
    as :func:`kg.rdf.document_quads` makes them.
    """
    from rdflib import Graph, Literal, URIRef
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
    from rdflib.namespace import XSD

    inner = _oxigraph(dataset)
    if inner is not None:
        for quad in inner.quads_for_pattern(None, None, None, None):
            graph: Any = quad.graph_name
            yield (
                _from_ox(quad.subject),
                _from_ox(quad.predicate),
                _from_ox(quad.object),
                URIRef(graph.value) if hasattr(graph, "value") else None,
            )
        return
    if _is_sparql_store(dataset):  # kg writes named graphs only; a server's default graph may be their union
        rows = _select(dataset, "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        quads: Iterable[Any] = (tuple(row) for row in rows)
    else:
        quads = dataset.quads((None, None, None, None))
    for s, p, o, g in quads:
        if isinstance(o, Literal) and o.datatype == XSD.string:
            o = Literal(str(o))
        if isinstance(g, Graph):
            g = g.identifier
        yield s, p, o, (None if g is None or g == DATASET_DEFAULT_GRAPH_ID else g)


def _from_ox(term: Any) -> Node:
    import pyoxigraph
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    raise StoreError(f"cannot read {term!r} from the store: RDF-star terms are not used by kg")


def copy_to_memory(dataset: Dataset, *, named_graphs: bool = True) -> Graph:
    """A copy of the store in rdflib's memory store, with kg's prefixes bound.

    Args:
        dataset: A store from :func:`open_store`.
        named_graphs: Keep one graph per document and the graph of entities
            (an :class:`rdflib.Dataset`); if false, merge every graph into one
            :class:`rdflib.Graph`.
    """
    from rdflib import Dataset, Graph
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
    from rdflib.namespace import NamespaceManager

    copy: Graph
    try:
        if named_graphs:
            copy = Dataset()
            quads: Iterable[Any] = (
                (s, p, o, g if g is not None else DATASET_DEFAULT_GRAPH_ID)
                for s, p, o, g in iter_quads(dataset)
            )
            copy.addN(quads)
        else:
            copy = Graph()
            triples: Iterable[Any] = ((s, p, o, copy) for s, p, o, _ in iter_quads(dataset))
            copy.addN(triples)
    except (OSError, RuntimeError) as e:
        raise StoreError(f"cannot read the store: {_one_line(e)}") from e
    copy.namespace_manager = NamespaceManager(copy, bind_namespaces="core")
    rdf.bind_prefixes(copy)
    return copy


# RDF formats that pyoxigraph writes itself, by rdflib's name for them.
_OXIGRAPH_FORMATS = {
    "turtle": "TURTLE",
    "nt": "N_TRIPLES",
    "n3": "N3",
    "xml": "RDF_XML",
    "nquads": "N_QUADS",
    "trig": "TRIG",
    "json-ld": "JSON_LD",
}


def write_rdf(dataset: Dataset, out: BinaryIO, *, format: str, named_graphs: bool) -> None:
    """Write the whole store to a binary stream as RDF.

    An Oxigraph store writes the formats pyoxigraph knows (Turtle, N-Triples,
    N3, RDF/XML, N-Quads, TriG, JSON-LD) straight from the store as it reads
    it, with kg's prefixes: with named graphs, :meth:`pyoxigraph.Store.dump`
    of the whole dataset; without, the union of all graphs from
    :func:`_union_triples`. Other formats (``pretty-xml``) and other stores
    go through :func:`copy_to_memory` and rdflib's serialisers.

    Args:
        dataset: A store from :func:`open_store`.
        out: A binary stream.
        format: An rdflib format name (``turtle``, ``nt``, ``nquads``, ``trig``, ``json-ld``, …).
        named_graphs: Keep one graph per document, the graph of entities (and
            the default graph); if false, write the union of all graphs as one graph.

    Raises:
        StoreError: The store cannot be read.
    """
    inner = _oxigraph(dataset)
    if inner is None or format not in _OXIGRAPH_FORMATS:
        copy = copy_to_memory(dataset, named_graphs=named_graphs)
        copy.serialize(destination=out, format=format, encoding="utf-8")
        return
    import pyoxigraph

    rdf_format = getattr(pyoxigraph.RdfFormat, _OXIGRAPH_FORMATS[format])
    prefixes = {prefix: str(namespace) for prefix, namespace in dataset.namespaces() if prefix and prefix != "xml"}
    try:
        if named_graphs:
            inner.dump(out, rdf_format, prefixes=prefixes)
        else:
            pyoxigraph.serialize(_union_triples(inner), out, rdf_format, prefixes=prefixes)
    except (OSError, RuntimeError) as e:
        raise StoreError(f"cannot read the store: {_one_line(e)}") from e


def _union_triples(store: pyoxigraph.Store) -> Iterator[pyoxigraph.Triple]:
    """Every triple of every graph once, subject by subject.

    The same triple is often in several document graphs (a fact two articles
    state, in a store written before entities had a graph of their own their
    types and labels). Reading one subject's quads at a time
    finds the repeats with a set of that subject's triples only, so memory
    stays flat, where a ``CONSTRUCT`` over the union graph remembers every
    triple it wrote (a Turtle export of a 364k-quad store peaked at 227 MB
    that way, at 88 MB this way).
    """
    import pyoxigraph

    subjects: Any = store.query("SELECT DISTINCT ?s WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    for row in subjects:
        subject = row[0]
        seen = set()
        for quad in store.quads_for_pattern(subject, None, None, None):
            key = (quad.predicate, quad.object)
            if key not in seen:
                seen.add(key)
                yield pyoxigraph.Triple(subject, quad.predicate, quad.object)


# --------------------------------------------------------------------------
# Queries


def query(dataset: Dataset, sparql: str, *, allow_update: bool = False) -> Result | None:
    """Check and run a SPARQL query or update.

    The query is parsed with rdflib first. kg's prefixes (``kg:``, ``kgid:``,
    ``prov:``, ``dcterms:``, ``skos:``, ``owl:``, ``rdf:``, ``rdfs:``,
    ``xsd:``) are predeclared. Queries see the union of all documents as
    their default graph; updates act on the store's real default graph, so
    use ``GRAPH ?g { … }`` to reach document graphs.

    Args:
        dataset: A store from :func:`open_store`.
        sparql: The query text.
        allow_update: Allow SPARQL updates (INSERT, DELETE, DROP, …).

    Returns:
        The rdflib result (its bindings already fetched), or None for an update.

    Raises:
        QueryError: The query is invalid, is an update without ``allow_update``,
            uses SERVICE or LOAD, or fails when run.
        StoreError: An update on a read-only store.
    """
    namespaces = {prefix: str(namespace) for prefix, namespace in dataset.namespaces()}
    is_update = _check_query(sparql, namespaces)
    if is_update and not allow_update:
        raise QueryError(_UPDATE_MESSAGE)
    if is_update:
        _run_update(dataset, sparql, namespaces)
        return None
    try:
        result = dataset.query(sparql)
        if result.type == "SELECT":
            result.bindings  # noqa: B018 (fetch now, so errors surface here)
    except KGError:
        raise
    except Exception as e:
        raise QueryError(f"query failed: {_one_line(e)}") from e
    return result


def _run_update(dataset: Dataset, sparql: str, namespaces: dict[str, str]) -> None:
    """Run a checked update.

    Kept out of :func:`query` so that no pyoxigraph store is a local of a
    frame that the parser's exception tracebacks (reference cycles) may keep
    alive after :func:`query` returns.
    """
    _check_writable(dataset)
    inner = _oxigraph(dataset)
    try:
        if inner is not None:
            inner.update(sparql, prefixes=namespaces)
        else:
            dataset.update(sparql)
    except KGError:
        raise
    except Exception as e:
        raise QueryError(f"update failed: {_one_line(e)}") from e


def _check_query(sparql: str, namespaces: dict[str, str]) -> bool:
    """Parse ``sparql``; True for an update. Raises QueryError for invalid or networked queries."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql import algebra
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    if not sparql.strip():
        raise QueryError("invalid SPARQL query: the query is empty")
    try:
        tree: Any = parseQuery(sparql)
        is_update = False
    except ParseException as query_error:
        try:
            tree = parseUpdate(sparql)
        except ParseException as update_error:
            error = _update_error(sparql, update_error) if _looks_like_update(sparql) else query_error
            raise QueryError(f"invalid SPARQL query: {_parse_reason(error)}") from error
        if not tree.request:
            raise QueryError(f"invalid SPARQL query: {_parse_reason(query_error)}") from query_error
        is_update = True
    if _uses_network(tree):
        raise QueryError(_NETWORK_MESSAGE)
    try:
        if is_update:
            algebra.translateUpdate(tree, initNs=namespaces)
        else:
            algebra.translateQuery(tree, initNs=namespaces)
    except Exception as e:  # rdflib raises bare Exceptions (e.g. unknown prefixes)
        raise QueryError(f"invalid SPARQL query: {_one_line(e)}") from e
    return is_update


_PROLOGUE_ITEM = re.compile(
    r"\s*(?:#[^\n]*(?:\n|$)|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>)", re.IGNORECASE
)
_UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)


def _looks_like_update(sparql: str) -> bool:
    """True if the first keyword after comments and PREFIX/BASE declarations starts an update."""
    position = 0
    while (match := _PROLOGUE_ITEM.match(sparql, position)) and match.end() > position:
        position = match.end()
    word = re.match(r"\s*([A-Za-z]+)", sparql[position:])
    return word is not None and word.group(1).upper() in _UPDATE_KEYWORDS


def _update_error(sparql: str, error: Exception) -> Exception:
    """The more precise of rdflib's update error and that of parsing the first operation alone."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql import parser

    try:
        (parser.Prologue + parser.Update1).parse_string(sparql, parse_all=True)
    except ParseException as first:
        if first.loc > getattr(error, "loc", 0):
            return first
    return error


def _uses_network(tree: Any) -> bool:
    """True if the parse tree holds a SERVICE pattern or a LOAD operation."""
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name in ("ServiceGraphPattern", "Load"):
                return True
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            stack.extend(node)
        elif isinstance(node, dict):
            stack.extend(node.values())
    return False


def _parse_reason(error: Exception) -> str:
    """pyparsing's message as one line: "Expected X, found 'Y' (line L, column C)"."""
    message = " ".join(str(getattr(error, "msg", "") or error).split())
    found = getattr(error, "found", None)
    if found is None:  # pyparsing before 3.1
        line, col = getattr(error, "line", ""), getattr(error, "col", 1)
        word = line[col - 1 :].split(" ")[0] if line else ""
        found = repr(word) if word else "end of text"
    text = f"{message}, found {found}"
    lineno, col = getattr(error, "lineno", None), getattr(error, "col", None)
    if lineno is not None and col is not None:
        text += f" (line {lineno}, column {col})"
    return text


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text or type(error).__name__


# --------------------------------------------------------------------------
# Statistics


def store_stats(dataset: Dataset) -> dict[str, int]:
    """Counts of what the store holds.

    Returns:
        ``documents`` (kg:Document resources), ``entities`` (distinct
        resources of the five entity types that a stored document names),
        ``facts`` (kg:Statement resources, one per extracted fact) and
        ``triples`` (stored quads: a triple counts once per graph, an entity
        description once).
    """
    types = " ".join(f"<{rdf.KG[name]}>" for name in ENTITY_TYPES)
    # An entity counts if a document names it (kg:mentions), or, in a store written before entities had
    # a graph of their own, if a document's graph describes it.
    entities = f"""SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{
      VALUES ?t {{ {types} }} GRAPH ?g {{ ?e a ?t }}
      FILTER (?g != <{rdf.ENTITY_GRAPH}> || EXISTS {{ GRAPH ?h {{ ?d kg:mentions ?e }} }})
    }}"""
    queries = {
        "documents": "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?g { ?d a kg:Document } }",
        "entities": entities,
        "facts": "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a kg:Statement } }",
        "triples": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    }
    out: dict[str, int] = {}
    for key, text in queries.items():
        rows = _select(dataset, text)
        out[key] = int(rows[0][0]) if rows and rows[0][0] is not None else 0
    return out
