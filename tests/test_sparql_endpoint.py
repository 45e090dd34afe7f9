"""kg against a real SPARQL server: `oxigraph serve` on a local port, driven through the CLI."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.vocab import KG
from tests.conftest import DATA

pytestmark = pytest.mark.slow

COUNT_STATEMENTS = f"PREFIX kg: <{KG}> SELECT (COUNT(?s) AS ?n) WHERE {{ ?s a kg:Statement }}"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _answers(url: str) -> bool:
    query = urllib.parse.urlencode({"query": "ASK {}"})
    try:
        with urllib.request.urlopen(f"{url}/query?{query}", timeout=1) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a fresh `oxigraph serve` on 127.0.0.1, stopped after the module."""
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent))
    if binary is None:
        pytest.skip("the oxigraph server CLI is not installed (pip install oxigraph)")
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while not _answers(url):
            if server.poll() is not None:
                pytest.fail(f"oxigraph serve exited with {server.returncode}: {server.stderr.read().decode()}")
            if time.monotonic() > deadline:
                pytest.fail(f"oxigraph serve did not answer at {url}/query within 20 s")
            time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        if server.stderr is not None:
            server.stderr.close()


@pytest.fixture(scope="module")
def built(endpoint: str) -> str:
    """The endpoint after `kg build` of the test corpus into it."""
    result = CliRunner().invoke(app, ["build", str(DATA / "corpus"), "--store", endpoint, "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "2 documents read: 2 added" in result.output
    return endpoint


def test_build_is_idempotent(built: str) -> None:
    result = CliRunner().invoke(app, ["build", str(DATA / "corpus"), "--store", built, "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "2 documents read: 0 added, 0 replaced, 2 unchanged" in result.output


def test_build_summary_counts_the_store(endpoint: str) -> None:
    result = CliRunner().invoke(app, ["build", str(DATA / "corpus"), "--store", endpoint, "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "Store now holds 0 entities" not in result.output


def test_query_counts_statements(built: str) -> None:
    result = CliRunner().invoke(app, ["query", COUNT_STATEMENTS, "--format", "csv", "--store", built])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0] == "n"
    assert int(lines[1]) > 0


def test_lookup(built: str) -> None:
    result = CliRunner().invoke(app, ["lookup", "Globex", "--store", built])
    assert result.exit_code == 0, result.output
    assert "Globex" in result.output
    assert "no facts" not in result.output


def test_export_nt_parses_back(built: str) -> None:
    from rdflib import Graph

    result = CliRunner().invoke(app, ["export", "--format", "nt", "--store", built])
    assert result.exit_code == 0, result.output
    graph = Graph().parse(data=result.stdout, format="nt")
    assert len(graph) > 0


def test_entities_are_described_once_and_outlive_replaced_documents(built: str) -> None:
    """Rewrites through SPARQL updates keep one description per entity in the shared graph."""
    from rdflib.namespace import SKOS

    from kg import graph, rdf, store
    from tests.kg_sample import batch

    dataset = store.open_store(built)
    try:
        store.replace_documents(dataset, batch())

        def described() -> set[tuple[str, ...]]:
            rows = store.query(dataset, f"SELECT ?s ?p ?o WHERE {{ GRAPH <{rdf.ENTITY_GRAPH}> {{ ?s ?p ?o }} }}")
            assert rows is not None
            return {tuple(str(term) for term in row) for row in rows}

        before = described()
        assert (rdf.ID + "entity/huawei", str(SKOS.prefLabel), "Huawei") in before
        store.replace_documents(dataset, batch())  # the documents are in the store: DROP and INSERT DATA
        assert described() == before
        result = store.query(dataset, 'SELECT ?e WHERE { ?e skos:prefLabel "Huawei" }')
        assert result is not None
        assert [str(row[0]) for row in result] == [rdf.ID + "entity/huawei"]
        store.remove_document(dataset, "huawei-korea")
        assert "Kelvin Ding" not in {e.label for e in graph.entities(dataset)}
        assert graph.lookup(dataset, "LG Uplus").type == "Company"
    finally:
        store.close_store(dataset)
