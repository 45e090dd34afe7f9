"""kg: build a knowledge graph of who does what to whom from business news, and ask it questions.

The public API; the ``kg`` command line is a thin layer over these functions.
Names are imported on first use, so ``import kg`` (and ``kg --help``) stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_API = {
    "BuildSummary": "kg.build",
    "build": "kg.build",
    "extract": "kg.build",
    "Document": "kg.documents",
    "read_documents": "kg.documents",
    "KGError": "kg.errors",
    "evaluate": "kg.evaluate",
    "evaluate_conll04": "kg.evaluate",
    "export_graph": "kg.export",
    "extract_document": "kg.extract",
    "extract_documents": "kg.extract",
    "load_nlp": "kg.extract",
    "Entity": "kg.facts",
    "Extraction": "kg.facts",
    "Fact": "kg.facts",
    "entities": "kg.graph",
    "lookup": "kg.graph",
    "neighbors": "kg.graph",
    "path": "kg.graph",
    "stats": "kg.graph",
    "run_query": "kg.query",
    "open_store": "kg.store",
    "query": "kg.store",
}

__all__ = sorted(_API)


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(import_module(_API[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
