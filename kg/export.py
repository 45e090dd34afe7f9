"""Exporting the graph: a registry of formats by name.

RDF formats keep rdflib's own names (``turtle``, ``nt``, ``nquads``, ``trig``,
``json-ld``, ``xml``, ``pretty-xml``, ``n3``). Formats with named graphs
(``nquads``, ``trig``, ``json-ld``) keep one graph per document and the
shared graph of entity descriptions (:data:`kg.rdf.ENTITY_GRAPH`); the others
write the union of all graphs, entities, facts and provenance, as one graph. From an
Oxigraph store they are written as the store is read, without a copy in
memory, except ``pretty-xml`` (see :func:`kg.store.write_rdf`).
``graphml`` and ``gexf`` write the :func:`kg.graph.to_networkx` view for
Gephi or Cytoscape, and ``csv`` one row per edge of that view.

A new format is one entry in :data:`EXPORTERS`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

from kg.errors import KGError, UnknownFormatError

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Dataset

__all__ = ["CSV_COLUMNS", "EXPORTERS", "Exporter", "export_graph", "formats"]

CSV_COLUMNS = (
    "subject",
    "subject_type",
    "action",
    "object",
    "object_type",
    "modality",
    "documents",
    "confidence",
)
"""The columns of the ``csv`` export, one row per edge of the graph view."""


@dataclass(frozen=True)
class Exporter:
    """How to write one format: ``write(dataset, out)`` writes bytes to ``out``."""

    write: Callable[[Dataset, BinaryIO], None]
    description: str
    extension: str


def _rdf_exporter(rdflib_format: str, *, named_graphs: bool) -> Callable[[Dataset, BinaryIO], None]:
    def write(dataset: Dataset, out: BinaryIO) -> None:
        from kg.store import write_rdf

        write_rdf(dataset, out, format=rdflib_format, named_graphs=named_graphs)

    return write


def _plain_graph(dataset: Dataset) -> nx.MultiDiGraph:
    """The networkx view with list attributes joined, as GraphML and GEXF need plain values."""
    from kg.graph import to_networkx

    graph = to_networkx(dataset)
    for _, data in graph.nodes(data=True):
        data["aliases"] = "; ".join(data.get("aliases", []))
    return graph


def _write_graphml(dataset: Dataset, out: BinaryIO) -> None:
    import networkx as nx

    nx.write_graphml(_plain_graph(dataset), out, encoding="utf-8")


def _write_gexf(dataset: Dataset, out: BinaryIO) -> None:
    import networkx as nx

    nx.write_gexf(_plain_graph(dataset), out, encoding="utf-8")


def _write_csv(dataset: Dataset, out: BinaryIO) -> None:
    from kg.graph import to_networkx

    graph = to_networkx(dataset)
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)  # type: ignore[arg-type]
    try:
        writer = csv.writer(text)
        writer.writerow(CSV_COLUMNS)
        nodes = graph.nodes
        for subject, obj, data in graph.edges(data=True):
            writer.writerow(
                [
                    nodes[subject]["label"],
                    nodes[subject]["type"],
                    data["action"],
                    nodes[obj]["label"],
                    nodes[obj]["type"],
                    data["modality"],
                    data["documents"],
                    f"{data['confidence']:.3f}".rstrip("0").rstrip("."),
                ]
            )
        text.flush()
    finally:
        text.detach()


EXPORTERS: dict[str, Exporter] = {
    "turtle": Exporter(_rdf_exporter("turtle", named_graphs=False), "Turtle, all graphs merged", "ttl"),
    "nt": Exporter(_rdf_exporter("nt", named_graphs=False), "N-Triples, all graphs merged", "nt"),
    "ntriples": Exporter(_rdf_exporter("nt", named_graphs=False), "N-Triples (same as nt)", "nt"),
    "n3": Exporter(_rdf_exporter("n3", named_graphs=False), "Notation3, all graphs merged", "n3"),
    "xml": Exporter(_rdf_exporter("xml", named_graphs=False), "RDF/XML, all graphs merged", "rdf"),
    "pretty-xml": Exporter(
        _rdf_exporter("pretty-xml", named_graphs=False), "RDF/XML, nested, all graphs merged", "rdf"
    ),
    "nquads": Exporter(
        _rdf_exporter("nquads", named_graphs=True), "N-Quads, one graph per document and one of entities", "nq"
    ),
    "trig": Exporter(
        _rdf_exporter("trig", named_graphs=True), "TriG, one graph per document and one of entities", "trig"
    ),
    "json-ld": Exporter(
        _rdf_exporter("json-ld", named_graphs=True), "JSON-LD, one graph per document and one of entities", "jsonld"
    ),
    "graphml": Exporter(_write_graphml, "GraphML of the entity graph (Gephi, Cytoscape, yEd)", "graphml"),
    "gexf": Exporter(_write_gexf, "GEXF of the entity graph (Gephi)", "gexf"),
    "csv": Exporter(_write_csv, "CSV, one row per edge of the entity graph", "csv"),
}
"""Exporters by format name."""


def formats() -> list[str]:
    """The names of all export formats, sorted."""
    return sorted(EXPORTERS)


def export_graph(dataset: Dataset | None, format: str, out: BinaryIO) -> None:
    """Write the whole graph of a store to a binary stream in one format.

    The format is checked before the store is touched, so ``dataset`` may be
    None to validate a format name alone.

    Args:
        dataset: A store from :func:`kg.store.open_store`.
        format: A name from :data:`EXPORTERS` (see :func:`formats`).
        out: A binary stream, e.g. ``sys.stdout.buffer`` or a file opened with ``"wb"``.

    Raises:
        UnknownFormatError: ``format`` is not in :data:`EXPORTERS`.
    """
    exporter = EXPORTERS.get(format)
    if exporter is None:
        raise UnknownFormatError(
            f"unknown export format {format!r}; choose one of: {', '.join(sorted(EXPORTERS))}"
        )
    if dataset is None:
        raise KGError("no store to export")
    exporter.write(dataset, out)
