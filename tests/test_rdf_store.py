"""kg.rdf (facts ↔ RDF, IRIs) and kg.store (opening, writing, querying stores).

No network: the SPARQL-server store is only constructed, never contacted.
"""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg import rdf, store
from kg.documents import Document
from kg.errors import EntityNotFoundError, KGError, QueryError, StoreError, StoreNotFoundError
from kg.facts import Entity, Extraction, Fact
from tests.kg_sample import DOCUMENTS, HUAWEI_KOREA, HUAWEI_LG, XIAOMI_KOREA, batch, extractions

ID = "https://w3id.org/kg-news/id/"
KG = rdf.KG
QUERIES = Path(__file__).parent / "queries"


@pytest.fixture
def memory_store():
    """A fresh Oxigraph in-memory store holding the three sample documents."""
    dataset = store.open_store(":memory:")
    store.replace_documents(dataset, batch())
    yield dataset
    store.close_store(dataset)


def quads_of(dataset) -> set:
    return set(store.iter_quads(dataset))


def graph_quads(dataset, doc_id: str) -> set:
    graph = rdf.document_iri(doc_id)
    return {quad for quad in store.iter_quads(dataset) if quad[3] == graph}


def entity_quads(dataset) -> set:
    return {quad for quad in store.iter_quads(dataset) if quad[3] == rdf.ENTITY_GRAPH}


def distinct_quads(pairs) -> set:
    """The quads of several documents, an entity description shared by two of them once."""
    return {quad for document, extraction in pairs for quad in rdf.document_quads(document, extraction)}


# --------------------------------------------------------------------------
# IRIs


def test_entity_iris_are_stable_and_type_free():
    assert rdf.entity_iri("Huawei", "Company") == URIRef(ID + "entity/huawei")
    assert rdf.entity_iri("Huawei", "Organization") == rdf.entity_iri("Huawei", "Company")
    assert rdf.entity_iri("Huawei Technologies Co., Ltd.", "Company") == URIRef(
        ID + "entity/huawei-technologies"
    )
    assert rdf.entity_iri("Société Générale SA", "Company") == URIRef(ID + "entity/societe-generale")
    assert rdf.entity_iri("LG Uplus", "Company") == URIRef(ID + "entity/lg-uplus")
    assert rdf.entity_iri("Kelvin Ding", "Person") == URIRef(ID + "entity/kelvin-ding")
    assert rdf.entity_iri("KR", "Country") == URIRef(ID + "country/KR")
    assert rdf.entity_iri("kr", "Country") == URIRef(ID + "country/KR")


def test_legal_suffixes_keep_at_least_one_word():
    assert rdf.slug("Co") == "co"
    assert rdf.slug("Apple Inc.") == "apple"
    assert rdf.slug("Siemens AG") == "siemens"
    assert rdf.slug("Eni S.p.A.") == "eni"
    assert rdf.slug("!!!").startswith("x-")


def test_document_and_fact_iris():
    assert rdf.document_iri("a b/c") == URIRef(ID + "doc/a%20b%2Fc")
    fact = extractions()["huawei-lg"].facts[0]
    assert rdf.fact_iri(fact) == rdf.fact_iri(dataclasses.replace(fact, confidence=0.1))
    assert rdf.fact_iri(fact) != rdf.fact_iri(dataclasses.replace(fact, start=fact.start + 1))
    assert re.fullmatch(ID + r"fact/[0-9a-f]{40}", str(rdf.fact_iri(fact)))


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40))
def test_slugs_make_valid_iris(name):
    value = rdf.slug(name)
    assert value and not value.startswith("-") and not value.endswith("-")
    assert not re.search(r'[\s<>"{}|^`\\/#?]', value)
    URIRef(ID + "entity/" + value).n3()  # raises if rdflib cannot serialise it


# --------------------------------------------------------------------------
# Facts to quads


def test_document_quads_in_the_document_graph_and_entities_in_the_shared_graph():
    quads = rdf.document_quads(HUAWEI_LG, extractions()["huawei-lg"])
    graph = rdf.document_iri("huawei-lg")
    assert quads and {q[3] for q in quads} == {graph, rdf.ENTITY_GRAPH}
    assert len(quads) == len(set(quads))
    described = {q[0] for q in quads if q[3] == rdf.ENTITY_GRAPH}
    assert described == {URIRef(ID + "entity/huawei"), URIRef(ID + "entity/lg-uplus"), URIRef(ID + "country/KR")}
    assert {q[1] for q in quads if q[3] == rdf.ENTITY_GRAPH} <= {RDF.type, SKOS.prefLabel, SKOS.altLabel, SKOS.notation}
    assert {q[2] for q in quads if q[3] == graph and q[1] == KG.mentions} == described
    assert not any(q[0] in described and q[1] in (RDF.type, SKOS.prefLabel) for q in quads if q[3] == graph)
    triples = {q[:3] for q in quads}
    assert (graph, RDF.type, KG.Document) in triples
    assert (graph, DCTERMS.identifier, Literal("huawei-lg")) in triples
    assert (graph, DCTERMS.title, Literal("Huawei to supply LG Uplus")) in triples
    assert (graph, DCTERMS.source, URIRef("https://example.com/news/huawei-lg")) in triples
    assert (graph, DCTERMS.date, Literal("2024-03-01", datatype=XSD.date)) in triples
    assert (graph, KG.contentHash, Literal(HUAWEI_LG.content_hash)) in triples


def test_entities_are_typed_and_labelled():
    triples = {q[:3] for q in rdf.document_quads(HUAWEI_LG, extractions()["huawei-lg"])}
    huawei, kr = URIRef(ID + "entity/huawei"), URIRef(ID + "country/KR")
    assert (huawei, RDF.type, KG.Company) in triples
    assert (huawei, SKOS.prefLabel, Literal("Huawei")) in triples
    assert (huawei, SKOS.altLabel, Literal("Huawei Technologies Co.")) in triples
    assert (kr, RDF.type, KG.Country) in triples
    assert (kr, SKOS.prefLabel, Literal("South Korea")) in triples
    assert (kr, SKOS.notation, Literal("KR")) in triples
    assert (kr, SKOS.altLabel, Literal("South Korean")) in triples


def test_entities_only_named_by_facts_are_typed_from_the_fact():
    triples = {q[:3] for q in rdf.document_quads(HUAWEI_KOREA, extractions()["huawei-korea"])}
    huawei = URIRef(ID + "entity/huawei")
    assert (huawei, RDF.type, KG.Company) in triples
    assert (huawei, SKOS.prefLabel, Literal("Huawei")) in triples


def test_statements_carry_the_evidence():
    extraction = extractions()["huawei-lg"]
    fact = extraction.facts[0]
    when = datetime(2024, 3, 2, 12, 0, tzinfo=UTC)
    triples = {q[:3] for q in rdf.document_quads(HUAWEI_LG, extraction, generated=when)}
    statement = rdf.fact_iri(fact)
    expected = {
        (statement, RDF.type, KG.Statement),
        (statement, RDF.type, RDF.Statement),
        (statement, RDF.subject, URIRef(ID + "entity/huawei")),
        (statement, RDF.predicate, KG.supplies),
        (statement, RDF.object, URIRef(ID + "entity/lg-uplus")),
        (statement, KG.modality, KG.asserted),
        (statement, KG.confidence, Literal("0.9", datatype=XSD.decimal)),
        (statement, KG.sentence, Literal(fact.sentence)),
        (statement, KG.sentenceStart, Literal(fact.start, datatype=XSD.integer)),
        (statement, KG.sentenceEnd, Literal(fact.end, datatype=XSD.integer)),
        (statement, KG.trigger, Literal("supplies")),
        (statement, KG.subjectMention, Literal("Huawei Technologies Co.")),
        (statement, KG.objectMention, Literal("LG Uplus")),
        (statement, KG.subjectStart, Literal(fact.subject_span[0], datatype=XSD.integer)),
        (statement, KG.subjectEnd, Literal(fact.subject_span[1], datatype=XSD.integer)),
        (statement, KG.objectStart, Literal(fact.object_span[0], datatype=XSD.integer)),
        (statement, KG.objectEnd, Literal(fact.object_span[1], datatype=XSD.integer)),
        (statement, PROV.wasDerivedFrom, rdf.document_iri("huawei-lg")),
        (statement, DCTERMS.date, Literal("2024-03-01", datatype=XSD.date)),
        (statement, PROV.generatedAtTime, Literal(when, datatype=XSD.dateTime)),
    }
    assert expected <= triples
    assert (URIRef(ID + "entity/huawei"), KG.supplies, URIRef(ID + "entity/lg-uplus")) in triples


def test_negated_fact_is_only_a_statement():
    extraction = extractions()["xiaomi-korea"]
    negated = next(f for f in extraction.facts if f.modality == "negated")
    triples = {q[:3] for q in rdf.document_quads(XIAOMI_KOREA, extraction)}
    xiaomi, lg = URIRef(ID + "entity/xiaomi"), URIRef(ID + "entity/lg-uplus")
    assert (xiaomi, KG.acquires, lg) not in triples
    assert (rdf.fact_iri(negated), KG.modality, KG.negated) in triples


def test_symmetric_fact_is_asserted_once_in_a_fixed_order():
    triples = {q[:3] for q in rdf.document_quads(HUAWEI_KOREA, extractions()["huawei-korea"])}
    huawei_korea, lg = URIRef(ID + "entity/huawei-korea"), URIRef(ID + "entity/lg-uplus")
    assert (huawei_korea, KG.partners_with, lg) in triples  # the fact said "LG Uplus ... with Huawei Korea"
    assert (lg, KG.partners_with, huawei_korea) not in triples


def test_undated_document_and_plain_url():
    document = Document(id="x", text="Some text.", url="file.txt", date="March 2024")
    triples = {q[:3] for q in rdf.document_quads(document, Extraction("x", [], []))}
    graph = rdf.document_iri("x")
    assert (graph, DCTERMS.source, Literal("file.txt")) in triples
    assert (graph, DCTERMS.date, Literal("March 2024")) in triples


def test_url_that_is_not_an_iri_is_kept_as_text():
    document = Document(id="x", text="Some text.", url="https://example.com/a|b")
    triples = {q[:3] for q in rdf.document_quads(document, Extraction("x", [], []))}
    assert (rdf.document_iri("x"), DCTERMS.source, Literal("https://example.com/a|b")) in triples


def test_every_rendering_of_a_document_is_the_same_graph():
    import pyoxigraph
    from rdflib import Dataset

    for document, extraction in batch():
        graph, triples, entities = rdf.document_triples(document, extraction)
        graphs = [(graph, triples), (str(rdf.ENTITY_GRAPH), entities)]
        expected = set(rdf.document_quads(document, extraction))
        assert {quad for written in graphs for quad in rdf.rdflib_quads(*written)} == expected
        text = "".join(f"<{s}> <{p}> {rdf.ntriples(o)} <{g}> .\n" for g, ts in graphs for s, p, o in ts)
        parsed = Dataset().parse(data=text, format="nquads")
        assert {(s, p, o, g) for s, p, o, g in parsed.quads((None, None, None, None))} == expected
        dataset = store.open_store(":memory:")
        oxigraph = store._oxigraph(dataset)
        assert isinstance(oxigraph, pyoxigraph.Store)
        for written in graphs:
            oxigraph.extend(rdf.oxigraph_quads(*written))
        assert quads_of(dataset) == expected


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_ntriples_literals_parse_back(text):
    from rdflib import Graph

    line = f"<urn:s> <urn:p> {rdf.ntriples(rdf.PlainLiteral(text))} .\n"
    assert Graph().parse(data=line, format="nt").value(URIRef("urn:s"), URIRef("urn:p")) == Literal(text)


def test_unknown_action_is_an_error():
    fact = dataclasses.replace(extractions()["huawei-lg"].facts[0], action="befriends")
    with pytest.raises(
        KGError, match=r"^document huawei-lg: unknown action 'befriends'; the ontology defines: "
    ):
        rdf.document_quads(HUAWEI_LG, Extraction("huawei-lg", [], [fact]))


def test_facts_round_trip_through_the_store(memory_store):
    expected = [fact for found in extractions().values() for fact in found.facts]
    key = lambda f: (f.doc, f.start, f.subject, f.action, f.object, f.trigger)  # noqa: E731
    assert sorted(rdf.facts_from_graph(memory_store), key=key) == sorted(expected, key=key)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30),
    sentence=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
    trigger=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=10),
)
def test_literals_survive_the_store(name, sentence, trigger):
    fact = Fact(
        doc="d", subject=name, subject_type="Company", action="sues", object="Globex",
        object_type="Company", sentence=sentence, trigger=trigger, confidence=0.123456,
    )  # fmt: skip
    document = Document(id="d", text=sentence or "x", title=name)
    dataset = store.open_store(":memory:")
    store.replace_documents(
        dataset, [(document, Extraction("d", [Entity(name, "Company", [trigger])], [fact]))]
    )
    [back] = list(rdf.facts_from_graph(dataset))
    assert back.subject == name and back.sentence == sentence and back.trigger == trigger
    assert back.confidence == 0.123
    assert store.stored_hash(dataset, "d") == document.content_hash


# --------------------------------------------------------------------------
# Writing and replacing documents


def test_same_entity_from_two_documents_is_one_node(memory_store):
    huawei = URIRef(ID + "entity/huawei")
    graphs = {q[3] for q in store.iter_quads(memory_store) if q[0] == huawei and q[1] == RDF.type}
    assert graphs == {rdf.ENTITY_GRAPH}
    mentioned_in = {q[3] for q in store.iter_quads(memory_store) if q[1] == KG.mentions and q[2] == huawei}
    assert mentioned_in == {rdf.document_iri(d.id) for d in DOCUMENTS}
    assert store.store_stats(memory_store)["entities"] == 7


@pytest.mark.parametrize("location", [":memory:", "rdflib:memory"])
def test_entity_descriptions_are_stored_once(location):
    """The union of all graphs holds one prefLabel triple for an entity two documents name."""
    dataset = store.open_store(location)
    store.replace_documents(dataset, batch())
    store.replace_documents(dataset, batch()[:1])
    result = store.query(dataset, 'SELECT ?e WHERE { ?e skos:prefLabel "Huawei" }')
    assert result is not None
    assert [str(row[0]) for row in result] == [ID + "entity/huawei"]
    store.close_store(dataset)


def test_store_stats(memory_store):
    stats = store.store_stats(memory_store)
    assert stats == {"documents": 3, "entities": 7, "facts": 9, "triples": len(distinct_quads(batch()))}


def test_replace_documents_returns_quads_written():
    dataset = store.open_store(":memory:")
    count = store.replace_documents(dataset, batch())
    assert count == len(distinct_quads(batch()))
    assert len(quads_of(dataset)) == count
    assert store.replace_documents(dataset, []) == 0


def test_replace_documents_replaces_only_that_document(memory_store):
    before = {doc.id: graph_quads(memory_store, doc.id) for doc in DOCUMENTS}
    old = extractions()["xiaomi-korea"]
    changed = Document(id="xiaomi-korea", text=XIAOMI_KOREA.text + " More.", date="2024-03-06")
    store.replace_documents(
        memory_store, [(changed, Extraction("xiaomi-korea", old.entities, old.facts[:1]))]
    )
    assert graph_quads(memory_store, "huawei-lg") == before["huawei-lg"]
    assert graph_quads(memory_store, "huawei-korea") == before["huawei-korea"]
    facts = [f for f in rdf.facts_from_graph(memory_store) if f.doc == "xiaomi-korea"]
    assert [(f.subject, f.action, f.object) for f in facts] == [("Xiaomi", "based_in", "CN")]
    assert store.stored_hash(memory_store, "xiaomi-korea") == changed.content_hash
    assert store.store_stats(memory_store)["facts"] == 6


def test_last_extraction_of_a_document_in_a_batch_wins():
    dataset = store.open_store(":memory:")
    empty = Extraction("huawei-lg", [], [])
    count = store.replace_documents(dataset, [(HUAWEI_LG, extractions()["huawei-lg"]), (HUAWEI_LG, empty)])
    assert count == len(rdf.document_quads(HUAWEI_LG, empty))
    assert store.store_stats(dataset)["facts"] == 0


def test_a_bad_extraction_writes_nothing_of_its_batch(memory_store):
    before = quads_of(memory_store)
    bad = dataclasses.replace(extractions()["huawei-korea"].facts[0], action="befriends")
    changed = Document(id="huawei-lg", text="New text.")
    with pytest.raises(KGError, match="unknown action"):
        store.replace_documents(
            memory_store,
            [
                (changed, Extraction("huawei-lg", [], [])),
                (HUAWEI_KOREA, Extraction("huawei-korea", [], [bad])),
            ],
        )
    assert quads_of(memory_store) == before


def test_stored_hash(memory_store):
    for document in DOCUMENTS:
        assert store.stored_hash(memory_store, document.id) == document.content_hash
    assert store.stored_hash(memory_store, "nope") is None
    assert store.stored_hashes(memory_store) == {d.id: d.content_hash for d in DOCUMENTS}


def test_remove_document(memory_store):
    entities = entity_quads(memory_store)
    assert store.remove_document(memory_store, "huawei-lg") is True
    assert store.stored_hash(memory_store, "huawei-lg") is None
    assert graph_quads(memory_store, "huawei-lg") == set()
    assert store.remove_document(memory_store, "huawei-lg") is False
    assert entity_quads(memory_store) == entities
    assert store.store_stats(memory_store)["entities"] == 7
    assert store.store_stats(memory_store)["documents"] == 2


def test_entities_of_removed_documents_keep_their_descriptions_but_do_not_count(memory_store):
    from kg import graph

    entities = entity_quads(memory_store)
    store.remove_document(memory_store, "huawei-korea")  # the only one to name Kelvin Ding and Huawei Korea
    assert entity_quads(memory_store) == entities
    assert store.store_stats(memory_store)["entities"] == 5
    assert "Kelvin Ding" not in {e.label for e in graph.entities(memory_store)}
    with pytest.raises(EntityNotFoundError):
        graph.lookup(memory_store, "Kelvin Ding")
    store.replace_documents(memory_store, [batch()[2]])
    assert store.store_stats(memory_store)["entities"] == 7
    assert graph.lookup(memory_store, "Kelvin Ding").type == "Person"


def test_on_disk_store_rewrites_add_nothing_and_replace_only_their_documents(tmp_path):
    location = str(tmp_path / "kg.db")
    dataset = store.open_store(location, create=True)
    count = store.replace_documents(dataset, batch())
    before = {doc.id: graph_quads(dataset, doc.id) for doc in DOCUMENTS}
    assert store.replace_documents(dataset, batch()) == count
    entities = entity_quads(dataset)
    assert store.replace_documents(dataset, batch()[:1]) == len(rdf.document_quads(*batch()[0]))
    assert {doc.id: graph_quads(dataset, doc.id) for doc in DOCUMENTS} == before
    assert entity_quads(dataset) == entities
    assert len(quads_of(dataset)) == count == store.store_stats(dataset)["triples"]

    # A batch mixing a changed document with a new one.
    old = extractions()["xiaomi-korea"]
    changed = Document(id="xiaomi-korea", text=XIAOMI_KOREA.text + " More.", date="2024-03-06")
    new = Document(id="new", text="Huawei supplies LG Uplus.")
    store.replace_documents(
        dataset,
        [(changed, Extraction("xiaomi-korea", old.entities, old.facts[:1])), (new, Extraction("new", [], []))],
    )
    store.close_store(dataset)

    dataset = store.open_store(location, read_only=True)
    assert graph_quads(dataset, "huawei-lg") == before["huawei-lg"]
    assert graph_quads(dataset, "huawei-korea") == before["huawei-korea"]
    assert graph_quads(dataset, "xiaomi-korea") == {
        quad
        for quad in rdf.document_quads(changed, Extraction("xiaomi-korea", old.entities, old.facts[:1]))
        if quad[3] != rdf.ENTITY_GRAPH
    }
    assert entity_quads(dataset) == entities  # the changed document names no new entity
    assert store.stored_hashes(dataset) == {
        "huawei-lg": HUAWEI_LG.content_hash,
        "huawei-korea": HUAWEI_KOREA.content_hash,
        "xiaomi-korea": changed.content_hash,
        "new": new.content_hash,
    }
    store.close_store(dataset)


def test_a_failing_batch_writes_nothing_to_a_disk_store(tmp_path, monkeypatch):
    dataset = store.open_store(str(tmp_path / "kg.db"), create=True)
    store.replace_documents(dataset, batch()[:1])
    before = quads_of(dataset)
    real = rdf.oxigraph_quads

    def failing(graph, triples):
        if graph == str(rdf.document_iri("huawei-korea")):
            raise ValueError("no such IRI")
        return real(graph, triples)

    monkeypatch.setattr(rdf, "oxigraph_quads", failing)
    with pytest.raises(StoreError, match="^cannot write to the store: no such IRI$"):
        store.replace_documents(dataset, batch()[1:])
    assert quads_of(dataset) == before
    store.close_store(dataset)


_INTERRUPTED_WRITER = """
import dataclasses, sys
from kg import store
from tests.kg_sample import batch

dataset = store.open_store(sys.argv[1], create=True)
for n in range(1000):
    pairs = []
    for document, extraction in batch() * 100:
        doc_id = f"{document.id}-{n}-{len(pairs)}"
        facts = [dataclasses.replace(fact, doc=doc_id) for fact in extraction.facts]
        extraction = dataclasses.replace(extraction, doc=doc_id, facts=facts)
        pairs.append((dataclasses.replace(document, id=doc_id), extraction))
    store.replace_documents(dataset, pairs)
    print(n, flush=True)
"""


def test_a_killed_writer_leaves_whole_batches_with_their_hashes(tmp_path):
    """SIGKILL a process writing batches of 300 documents: each batch is in whole, hashes and all, or not at all."""
    import random
    import signal
    import subprocess
    import sys
    import time

    location = tmp_path / "kg.db"
    root = Path(__file__).resolve().parents[1]
    child = subprocess.Popen(
        [sys.executable, "-c", _INTERRUPTED_WRITER, str(location)], cwd=root, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    for _ in range(2):  # let two batches through, then kill it, most likely in the middle of a write
        assert child.stdout.readline()
    time.sleep(random.uniform(0, 0.2))
    child.send_signal(signal.SIGKILL)
    child.wait()

    dataset = store.open_store(str(location), read_only=True)
    hashes = store.stored_hashes(dataset)
    assert len(hashes) >= 2 * 300 and len(hashes) % 300 == 0
    counts: dict[str, int] = {}
    for _, _, _, graph in store.iter_quads(dataset):
        counts[str(graph)] = counts.get(str(graph), 0) + 1
    assert len(counts) == len(hashes) + 1  # the documents' graphs and the shared graph of entities
    expected = {
        document.id: len(rdf.document_triples(document, extraction).triples)
        for document, extraction in batch()
    }
    for doc_id in hashes:
        original = doc_id.rsplit("-", 2)[0]
        assert counts[str(rdf.document_iri(doc_id))] == expected[original], doc_id
    # Every document's entities are described (the sample copies all name the same entities).
    assert entity_quads(dataset) == {q for q in distinct_quads(batch()) if q[3] == rdf.ENTITY_GRAPH}
    store.close_store(dataset)


@pytest.mark.parametrize("location", [":memory:", "memory", "rdflib:memory"])
def test_memory_stores_are_fresh_and_agree(location):
    dataset = store.open_store(location)
    assert store.store_stats(dataset)["triples"] == 0
    store.replace_documents(dataset, batch())
    reference = store.open_store(":memory:")
    store.replace_documents(reference, batch())
    assert quads_of(dataset) == quads_of(reference)
    store.replace_documents(dataset, [(HUAWEI_LG, Extraction("huawei-lg", [], []))])
    store.replace_documents(reference, [(HUAWEI_LG, Extraction("huawei-lg", [], []))])
    assert quads_of(dataset) == quads_of(reference)


# --------------------------------------------------------------------------
# Opening stores


def test_resolve_store_location(monkeypatch):
    monkeypatch.delenv("KG_STORE", raising=False)
    assert store.resolve_store_location(None) == "kg.db"
    monkeypatch.setenv("KG_STORE", "/data/news.db")
    assert store.resolve_store_location(None) == "/data/news.db"
    assert store.resolve_store_location("other.db") == "other.db"


def test_on_disk_store_persists_across_close_and_open(tmp_path):
    location = str(tmp_path / "sub" / "kg.db")
    dataset = store.open_store(location, create=True)
    store.replace_documents(dataset, batch())
    before = quads_of(dataset)
    store.close_store(dataset)
    store.close_store(dataset)  # closing twice is harmless

    dataset = store.open_store(location)
    assert quads_of(dataset) == before
    assert store.stored_hash(dataset, "huawei-lg") == HUAWEI_LG.content_hash
    store.close_store(dataset)


def test_missing_store(tmp_path):
    location = str(tmp_path / "nothing.db")
    with pytest.raises(StoreNotFoundError) as error:
        store.open_store(location)
    assert str(error.value) == f"no store at {location}; run `kg build` first or pass --store"
    with pytest.raises(StoreNotFoundError):
        store.open_store(location, create=True, read_only=True)
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreNotFoundError):
        store.open_store(str(tmp_path / "empty"))
    assert not (tmp_path / "nothing.db").exists()


def test_not_a_store(tmp_path):
    plain = tmp_path / "notes.txt"
    plain.write_text("hello")
    with pytest.raises(StoreError) as error:
        store.open_store(str(plain), create=True)
    assert str(error.value) == f"{plain} is a file, not a kg store (an Oxigraph database folder)"
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "cat.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(StoreError) as error:
        store.open_store(str(folder), create=True)
    assert (
        str(error.value) == f"{folder} is not a kg store: the folder holds other files; pass another --store"
    )
    assert sorted(p.name for p in folder.iterdir()) == ["cat.jpg"]


def test_store_in_use(tmp_path):
    location = str(tmp_path / "kg.db")
    first = store.open_store(location, create=True)
    try:
        with pytest.raises(StoreError, match=r"^store at .* is in use by another kg process"):
            store.open_store(location)
        reader = store.open_store(location, read_only=True)  # readers may open a store in use
        store.close_store(reader)
    finally:
        store.close_store(first)


def test_read_only_store_rejects_writes(tmp_path):
    location = str(tmp_path / "kg.db")
    dataset = store.open_store(location, create=True)
    store.replace_documents(dataset, batch())
    store.close_store(dataset)

    reader = store.open_store(location, read_only=True)
    before = quads_of(reader)
    message = f"the store at {location} is open read-only"
    with pytest.raises(StoreError) as error:
        store.replace_documents(reader, batch())
    assert str(error.value) == message
    with pytest.raises(StoreError, match="read-only"):
        reader.add((URIRef("urn:a"), URIRef("urn:b"), Literal("c")))
    with pytest.raises(StoreError, match="read-only"):
        store.remove_document(reader, "huawei-lg")
    with pytest.raises(StoreError, match="read-only"):
        store.query(reader, "CLEAR ALL", allow_update=True)
    assert quads_of(reader) == before
    assert store.store_stats(reader)["documents"] == 3
    store.close_store(reader)


def test_sparql_server_store_is_only_configured():
    from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore

    dataset = store.open_store("http://localhost:7878")
    assert isinstance(dataset.store, SPARQLUpdateStore)
    assert dataset.store.query_endpoint == "http://localhost:7878/query"
    assert dataset.store.update_endpoint == "http://localhost:7878/update"
    assert dataset.store.kwargs["params"] == {"union-default-graph": ""}  # Oxigraph: default graph = union
    dataset = store.open_store("https://example.org/db/query", read_only=True)
    assert type(dataset.store) is SPARQLStore
    assert dataset.store.query_endpoint == "https://example.org/db/query"


def test_unreachable_server_is_a_store_error():
    dataset = store.open_store("http://127.0.0.1:9")  # the discard port on this machine: refused at once
    with pytest.raises(StoreError, match=r"^cannot read the store: "):
        store.store_stats(dataset)
    with pytest.raises(StoreError, match=r"^cannot write to the store: "):
        store.replace_documents(dataset, batch())


# --------------------------------------------------------------------------
# Queries


@pytest.mark.parametrize(
    ("sparql", "message"),
    [
        (
            "SELEC ?x WHERE { ?x ?p ?o }",
            "invalid SPARQL query: Expected {SelectQuery | ConstructQuery | DescribeQuery | AskQuery}, "
            "found 'SELEC' (line 1, column 1)",
        ),
        (
            "SELECT ?x WHERE { ?x ?p ?o ",
            "invalid SPARQL query: Expected SelectQuery, found end of text (line 1, column 28)",
        ),
        (
            "DELETE WHERE { ?s ?p ?o",
            "invalid SPARQL query: Expected DeleteWhere, found end of text (line 1, column 24)",
        ),
        ("SELECT * WHERE { ?s nope:p ?o }", "invalid SPARQL query: Unknown namespace prefix : nope"),
        ("  \n", "invalid SPARQL query: the query is empty"),
        (
            "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
            "this is an update query; pass --update to change the store",
        ),
        ("DROP ALL", "this is an update query; pass --update to change the store"),
        (
            "PREFIX kg: <https://w3id.org/kg-news/ontology#>\n"
            "DELETE { ?s ?p ?o } WHERE { ?s kg:supplies ?o }",
            "this is an update query; pass --update to change the store",
        ),
        (
            "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
            "SERVICE and LOAD are not allowed: kg query does not reach the network",
        ),
        (
            "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://x.org/q> { ?o ?q ?r } } }",
            "SERVICE and LOAD are not allowed: kg query does not reach the network",
        ),
        (
            "LOAD <http://example.org/data.ttl>",
            "SERVICE and LOAD are not allowed: kg query does not reach the network",
        ),
    ],
)
def test_query_validation(memory_store, sparql, message):
    before = quads_of(memory_store)
    with pytest.raises(QueryError) as error:
        store.query(memory_store, sparql)
    assert str(error.value) == message
    assert quads_of(memory_store) == before


def test_network_is_refused_even_with_update(memory_store):
    with pytest.raises(QueryError, match="^SERVICE and LOAD are not allowed"):
        store.query(memory_store, "LOAD <http://example.org/data.ttl> INTO GRAPH <urn:g>", allow_update=True)


def test_comments_and_strings_do_not_fool_the_checks(memory_store):
    sparql = '# INSERT DATA { } SERVICE\nSELECT ?s WHERE { ?s ?p "SERVICE <http://x> { }" }'
    assert list(store.query(memory_store, sparql)) == []


def test_update_with_flag(memory_store):
    update = "DROP GRAPH <https://w3id.org/kg-news/id/doc/huawei-lg>"
    assert store.query(memory_store, update, allow_update=True) is None
    assert store.stored_hash(memory_store, "huawei-lg") is None
    store.query(
        memory_store, "INSERT DATA { GRAPH <urn:g> { <urn:a> kg:supplies <urn:b> } }", allow_update=True
    )
    assert (URIRef("urn:a"), KG.supplies, URIRef("urn:b"), URIRef("urn:g")) in quads_of(memory_store)


def test_kg_prefixes_are_predeclared(memory_store):
    rows = list(store.query(memory_store, "SELECT DISTINCT ?s WHERE { ?s kg:supplies ?o }"))
    assert [str(row[0]) for row in rows] == [ID + "entity/huawei"]


def _query_files() -> list[Path]:
    return sorted(QUERIES.glob("*.rq"))


@pytest.mark.parametrize("location", [":memory:", "memory"])
@pytest.mark.parametrize("path", _query_files(), ids=lambda p: p.stem)
def test_query_files(path, location):
    dataset = store.open_store(location)
    store.replace_documents(dataset, batch())
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    result = store.query(dataset, path.read_text(encoding="utf-8"))
    if "boolean" in expected:
        assert result.askAnswer is expected["boolean"]
    else:
        names = [str(v) for v in result.vars]
        rows = [{n: str(row[i]) for i, n in enumerate(names) if row[i] is not None} for row in result]
        assert rows == expected["rows"]


def test_there_are_query_files():
    assert len(_query_files()) >= 4
