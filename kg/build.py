"""Building and updating a graph from documents: read → extract → store, in batches."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.documents import Document, read_documents
from kg.errors import DocumentError, KGError
from kg.facts import Extraction, Fact

if TYPE_CHECKING:
    from rdflib import Dataset


@dataclass
class BuildSummary:
    """What a build did."""

    documents: int = 0  # documents read
    added: int = 0  # new documents stored
    replaced: int = 0  # changed documents whose facts were replaced
    unchanged: int = 0  # documents skipped because their content was already stored
    facts: int = 0  # facts extracted from added and replaced documents
    quads: int = 0  # quads written
    entities: int = 0  # entities in the store after the build
    total_facts: int = 0  # facts in the store after the build
    seconds: float = 0.0
    skipped: list[DocumentError] = field(default_factory=list)


PARSE_BATCH_SIZE = 16
"""Documents that spaCy parses at once (``nlp.pipe``'s batch), at most.

Most of a build's memory is spaCy's working set for one such batch: with the
bundled model and the sample articles, a build's peak RSS is about 600 MB
parsing 64 at a time and about 350 MB parsing 16, at the same speed. A
build's ``batch_size`` (documents per store transaction) can stay larger.
"""


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract(
    paths: Iterable[str | Path],
    *,
    model: str | None = None,
    on_error: Callable[[DocumentError], None] | None = None,
    batch_size: int = 32,
    jobs: int = 1,
) -> Iterator[Fact]:
    """Facts of every document under ``paths``, without storing them."""
    from kg.extract import extract_documents, load_nlp

    documents = read_documents(paths, on_error=on_error)
    nlp = load_nlp(model)
    for _, extraction in extract_documents(documents, nlp, batch_size=batch_size, n_process=jobs):
        yield from extraction.facts


def build(
    paths: Iterable[str | Path],
    store: Dataset | str | None = None,
    *,
    model: str | None = None,
    batch_size: int = 64,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    on_error: Callable[[DocumentError], None] | None = None,
    progress: Callable[[int], None] | None = None,
) -> BuildSummary:
    """Build or update the graph in ``store`` from documents under ``paths``.

    Unchanged documents (same content hash as stored) are skipped; a changed
    document's facts replace its old ones; bad documents are reported through
    ``on_error`` (or raised when it is None) and skipped. Each batch is written
    in one transaction, so an interrupted build leaves the store consistent
    and a rerun finishes the job.
    """
    from kg.store import close_store, open_store, replace_documents, store_stats, stored_hashes

    started = time.perf_counter()
    summary = BuildSummary()

    def record(error: DocumentError) -> None:
        summary.skipped.append(error)
        if on_error is not None:
            on_error(error)

    paths = list(paths)
    documents = read_documents(paths, on_error=record)  # a missing path raises here, before the store opens
    own = isinstance(store, str) or store is None
    dataset: Dataset = open_store(store, create=True) if isinstance(store, str) or store is None else store
    try:
        known = stored_hashes(dataset)

        def fresh() -> Iterator[Document]:
            for document in documents:
                summary.documents += 1
                if progress:
                    progress(1)
                if known.get(document.id) == document.content_hash:
                    summary.unchanged += 1
                    continue
                if document.id in known:
                    summary.replaced += 1
                else:
                    summary.added += 1
                yield document

        for batch in _batches(_extracted(fresh(), model=model, batch_size=batch_size, jobs=jobs,
                                         engine=engine, scheduler=scheduler), batch_size):
            summary.quads += replace_documents(dataset, batch)
            summary.facts += sum(len(extraction.facts) for _, extraction in batch)
        stats = store_stats(dataset)
        summary.entities = stats.get("entities", 0)
        summary.total_facts = stats.get("facts", 0)
    finally:
        if own:
            close_store(dataset)
    summary.seconds = time.perf_counter() - started
    if on_error is None and summary.skipped:
        raise summary.skipped[0]
    return summary


def _extracted(documents: Iterable[Document], *, model: str | None, batch_size: int, jobs: int, engine: str,
               scheduler: str | None) -> Iterator[tuple[Document, Extraction]]:
    if engine == "local":
        from kg.extract import extract_documents, load_nlp

        parse_batch = min(batch_size, PARSE_BATCH_SIZE)
        yield from extract_documents(documents, load_nlp(model), batch_size=parse_batch, n_process=jobs)
    elif engine == "dask":
        from kg.distributed import extract_with_dask

        yield from extract_with_dask(documents, model=model, scheduler=scheduler, batch_size=batch_size)
    else:
        raise KGError(f"unknown engine {engine!r}; choose local or dask")
