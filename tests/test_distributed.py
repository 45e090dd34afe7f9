"""The dask engine builds the same graph as the local one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA

pytestmark = pytest.mark.slow

PLAIN = """
SELECT ?s ?p ?o WHERE {
  ?s ?p ?o .
  FILTER (STRSTARTS(STR(?p), STR(kg:)) && isIRI(?s) && isIRI(?o) && ?p != kg:modality)
  FILTER NOT EXISTS { ?s a kg:Statement }
}"""

STATEMENTS = """
SELECT ?s ?p ?o ?modality ?sentence WHERE {
  ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:modality ?modality .
  OPTIONAL { ?st kg:sentence ?sentence }
}"""


def _rows(store: Path, sparql: str) -> set[tuple[str, ...]]:
    from kg.store import close_store, open_store

    dataset = open_store(str(store), read_only=True)
    try:
        return {tuple(str(term) for term in row) for row in dataset.query(sparql)}
    finally:
        close_store(dataset)


def test_dask_engine_builds_the_same_statements(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    import kg.distributed
    from kg.build import build

    monkeypatch.setattr(kg.distributed, "_default_workers", lambda: 2)  # a LocalCluster of 2 workers
    paths = [DATA / "corpus", DATA / "corpus.jsonl"]
    local, dask = tmp_path / "local.db", tmp_path / "dask.db"

    local_summary = build(paths, str(local), engine="local")
    dask_summary = build(paths, str(dask), engine="dask", batch_size=1)  # one task per document

    assert dask_summary.documents == local_summary.documents == 4
    assert dask_summary.facts == local_summary.facts > 0
    plain = _rows(local, PLAIN)
    assert plain
    assert _rows(dask, PLAIN) == plain
    statements = _rows(local, STATEMENTS)
    assert len(statements) == local_summary.total_facts
    assert _rows(dask, STATEMENTS) == statements


def test_unreachable_scheduler_is_one_clear_error(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from kg.build import build
    from kg.errors import KGError

    with pytest.raises(KGError, match=r"^cannot reach Dask scheduler at tcp://127\.0\.0\.1:1: "):
        build([DATA / "corpus"], str(tmp_path / "kg.db"), engine="dask", scheduler="tcp://127.0.0.1:1")
