"""Extraction on a Dask cluster: the ``dask`` engine of :func:`kg.build.build`.

Documents are streamed to the workers in batches, with a bounded number of
batches in flight, so a corpus of any size is never held in memory. Each
worker loads the spaCy pipeline once and keeps it for every batch it gets.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from kg.errors import KGError

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.documents import Document
    from kg.facts import Extraction

__all__ = ["extract_with_dask"]

_INSTALL_HINT = "the dask engine needs dask[distributed]; pip install 'kg[dask]'"

_PIPELINES: dict[str | None, Language] = {}
"""Pipelines loaded in this (worker) process, by model name."""


def _default_workers() -> int:
    """Workers of a local cluster: one single-threaded process per CPU."""
    return os.cpu_count() or 2


def _nlp(model: str | None) -> Language:
    """The worker's pipeline for ``model``, loaded and prepared once per process."""
    if model not in _PIPELINES:
        from kg.extract import load_nlp
        from kg.extract.extractor import prepare

        _PIPELINES[model] = prepare(load_nlp(model))
    return _PIPELINES[model]


def _extract_batch(documents: list[Document], model: str | None, batch_size: int) -> list[tuple[Document, Extraction]]:
    """The task run on a worker: every ``(document, extraction)`` of one batch."""
    from kg.build import PARSE_BATCH_SIZE
    from kg.extract import extract_documents

    return list(extract_documents(documents, _nlp(model), batch_size=min(batch_size, PARSE_BATCH_SIZE)))


def extract_with_dask(
    documents: Iterable[Document],
    *,
    model: str | None = None,
    scheduler: str | None = None,
    batch_size: int = 64,
) -> Iterator[tuple[Document, Extraction]]:
    """Extract ``documents`` on a Dask cluster, yielding ``(document, extraction)`` pairs.

    Args:
        documents: The documents; read lazily, ``batch_size`` at a time.
        model: The spaCy pipeline each worker loads (None for the default).
        scheduler: Address of a running Dask scheduler (``tcp://HOST:PORT``);
            None starts a local cluster of one single-threaded process per CPU,
            which is closed when the iteration ends.
        batch_size: Documents per task.

    Returns:
        An iterator of pairs, in the order batches complete (not input order);
        each document's extraction is the same as the local engine's.

    Raises:
        KGError: dask[distributed] is not installed, or the scheduler cannot be reached.
    """
    try:
        import distributed  # noqa: F401 (checked here, used by _run)
    except ImportError as e:
        raise KGError(_INSTALL_HINT) from e
    if batch_size < 1:
        raise KGError(f"batch size must be at least 1, not {batch_size}")
    return _run(documents, model=model, scheduler=scheduler, batch_size=batch_size)


def _connect(scheduler: str | None) -> tuple[Any, Any]:
    """A client for ``scheduler``, or for a local cluster started here (returned too, to close)."""
    import logging

    from distributed import Client, LocalCluster

    if scheduler is not None:
        try:
            return Client(scheduler, timeout="5s", set_as_default=False), None
        except (OSError, TimeoutError, ValueError) as e:
            raise KGError(f"cannot reach Dask scheduler at {scheduler}: {e}") from e
    cluster = LocalCluster(n_workers=_default_workers(), threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR)
    try:
        return Client(cluster, set_as_default=False), cluster
    except BaseException:
        cluster.close()
        raise


def _run(documents: Iterable[Document], *, model: str | None, scheduler: str | None,
         batch_size: int) -> Iterator[tuple[Document, Extraction]]:
    from distributed import as_completed

    client, cluster = _connect(scheduler)
    pending = as_completed(loop=client.loop)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        in_flight = 2 * workers
        from kg.build import _batches

        batches = _batches(documents, batch_size)

        def submit_next() -> None:
            batch = next(batches, None)
            if batch is not None:
                pending.add(client.submit(_extract_batch, batch, model, batch_size, pure=False))

        for _ in range(in_flight):
            submit_next()
        for future in pending:
            results = future.result()
            future.release()
            submit_next()
            yield from results
    finally:
        for future in list(getattr(pending, "futures", ())):
            future.cancel()
        client.close()
        if cluster is not None:
            cluster.close()
