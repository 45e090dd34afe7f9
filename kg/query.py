"""Running SPARQL over the store and formatting the results."""

from __future__ import annotations

import json
from typing import Any

from kg.errors import UnknownFormatError

TABULAR = ("table", "csv", "tsv", "json")


def format_result(result: Any, format: str = "table") -> str:
    """Render an rdflib query result: SELECT/ASK as a table, CSV, TSV or JSON; graphs as any RDF format."""
    if result is None:
        return "update applied"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        fmt = "turtle" if format == "table" else format
        try:
            return result.graph.serialize(format=fmt)
        except Exception as e:  # rdflib raises PluginException for unknown formats
            raise UnknownFormatError(f"unknown RDF format {format!r} for a CONSTRUCT/DESCRIBE result") from e
    if format not in TABULAR:
        raise UnknownFormatError(f"unknown result format {format!r}; choose one of: {', '.join(TABULAR)}")
    if result.type == "ASK":
        if format == "json":
            return json.dumps({"head": {}, "boolean": bool(result.askAnswer)})
        return str(bool(result.askAnswer)).lower()
    if format in ("csv", "tsv", "json"):
        return result.serialize(format=format).decode("utf-8")
    names = [str(v) for v in result.vars]
    rows = [["" if row[i] is None else str(row[i]) for i in range(len(names))] for row in result]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def run_query(sparql: str, *, store: str | None = None, format: str = "table", allow_update: bool = False) -> str:
    """Open the store (read-only unless ``allow_update``), run ``sparql`` and format the result."""
    from kg.store import close_store, open_store, query

    if format not in TABULAR:
        # Graph formats are checked once the result type is known; catch plain typos early.
        from rdflib.plugin import PluginException, get
        from rdflib.serializer import Serializer

        try:
            get(format, Serializer)
        except PluginException as e:
            raise UnknownFormatError(
                f"unknown output format {format!r}; use table, csv, tsv, json, or an RDF format such as turtle"
            ) from e
    dataset = open_store(store, read_only=not allow_update)
    try:
        return format_result(query(dataset, sparql, allow_update=allow_update), format)
    finally:
        close_store(dataset)
