"""kg.graph (networkx views and lookups) and kg.export (every format round-trips)."""

from __future__ import annotations

import csv
import io

import networkx as nx
import pytest
from rdflib import RDFS, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg import export, graph, store
from kg.documents import Document
from kg.errors import EntityNotFoundError, KGError, UnknownFormatError
from kg.facts import Entity, Extraction, Fact
from tests.kg_sample import batch

ID = "https://w3id.org/kg-news/id/"
HUAWEI, LG, HUAWEI_KOREA = ID + "entity/huawei", ID + "entity/lg-uplus", ID + "entity/huawei-korea"
XIAOMI, CN, KR = ID + "entity/xiaomi", ID + "country/CN", ID + "country/KR"


@pytest.fixture(params=[":memory:", "memory"])
def dataset(request):
    """The sample in an Oxigraph store and in rdflib's memory store."""
    opened = store.open_store(request.param)
    store.replace_documents(opened, batch())
    yield opened
    store.close_store(opened)


@pytest.fixture
def with_island(dataset):
    """The sample plus a document about two companies linked to nothing else."""
    document = Document(id="acme", text="Acme Corp sued Globex Inc. on Friday.")
    fact = Fact(
        doc="acme",
        subject="Acme",
        subject_type="Company",
        action="sues",
        object="Globex",
        object_type="Company",
        sentence=document.text,
        trigger="sued",
    )
    entities = [Entity("Acme", "Company", ["Acme Corp"]), Entity("Globex", "Company", ["Globex Inc."])]
    store.replace_documents(dataset, [(document, Extraction("acme", entities, [fact]))])
    return dataset


# --------------------------------------------------------------------------
# The networkx view


def test_to_networkx_nodes_and_edges(dataset):
    view = graph.to_networkx(dataset)
    assert view.number_of_nodes() == 7
    assert view.number_of_edges() == 8
    assert view.nodes[HUAWEI] == {
        "label": "Huawei",
        "type": "Company",
        "aliases": ["Huawei Technologies", "Huawei Technologies Co."],
    }
    assert view.nodes[KR]["label"] == "South Korea"
    supplies = view.edges[HUAWEI, LG, "supplies"]
    assert supplies == {
        "action": "supplies",
        "modality": "asserted",
        "documents": 2,
        "confidence": 0.9,
        "evidence": "Huawei Technologies Co. supplies 5G equipment to LG Uplus.",
        "doc": "huawei-lg",
    }


def test_negated_and_symmetric_edges(dataset):
    view = graph.to_networkx(dataset)
    negated = view.edges[XIAOMI, LG, "not acquires"]
    assert (negated["action"], negated["modality"], negated["documents"]) == ("acquires", "negated", 1)
    assert view.has_edge(HUAWEI_KOREA, LG, "partners_with")  # stated as "LG Uplus ... with Huawei Korea"
    assert not view.has_edge(LG, HUAWEI_KOREA)


# --------------------------------------------------------------------------
# Finding entities


@pytest.mark.parametrize(
    ("name", "iri"),
    [
        ("Huawei", HUAWEI),
        ("huawei", HUAWEI),
        ("Huawei Technologies Co.", HUAWEI),
        ("HUAWEI TECHNOLOGIES CO., LTD.", HUAWEI),
        ("LGU+", LG),
        ("LG Uplus Inc.", LG),
        ("the LG Uplus", LG),
        ("china", CN),
        ("Chinese", CN),
        ("KR", KR),
        ("South Korea", KR),
        ("Huawei Korea", HUAWEI_KOREA),
        (HUAWEI_KOREA, HUAWEI_KOREA),
    ],
)
def test_resolve_entity(dataset, name, iri):
    assert graph.resolve_entity(dataset, name) == iri


def test_entity_not_found_suggests_close_names(dataset):
    with pytest.raises(EntityNotFoundError) as error:
        graph.resolve_entity(dataset, "Huawai")
    assert error.value.suggestions[0] == "Huawei"
    assert len(error.value.suggestions) <= 3
    assert str(error.value).startswith("no entity named 'Huawai' in the graph; did you mean 'Huawei'")
    with pytest.raises(EntityNotFoundError) as error:
        graph.lookup(dataset, "Zzyzx")
    assert str(error.value) == "no entity named 'Zzyzx' in the graph; try `kg entities` to list them"


# --------------------------------------------------------------------------
# Lookup


def test_lookup_both_directions(dataset):
    result = graph.lookup(dataset, "lgu+")
    assert (result.iri, result.label, result.type, result.aliases) == (LG, "LG Uplus", "Company", ["LGU+"])
    rows = [(f.direction, f.action, f.other, f.other_type, f.modality, f.documents) for f in result.facts]
    assert rows == [
        ("in", "supplies", "Huawei", "Company", "asserted", 2),
        ("out", "based_in", "South Korea", "Country", "asserted", 1),
        ("out", "partners_with", "Huawei Korea", "Company", "asserted", 1),
        ("in", "acquires", "Xiaomi", "Company", "negated", 1),
    ]
    first = result.facts[0]
    assert (first.confidence, first.doc) == (0.9, "huawei-lg")
    assert first.evidence == "Huawei Technologies Co. supplies 5G equipment to LG Uplus."


def test_lookup_filters(dataset):
    out = graph.lookup(dataset, "LG Uplus", direction="out")
    assert [(f.action, f.other) for f in out.facts] == [
        ("based_in", "South Korea"),
        ("partners_with", "Huawei Korea"),
    ]
    incoming = graph.lookup(dataset, "LG Uplus", direction="in")
    assert [(f.direction, f.action) for f in incoming.facts] == [
        ("in", "supplies"),
        ("in", "partners_with"),  # symmetric: read either way
        ("in", "acquires"),
    ]
    supplies = graph.lookup(dataset, "Huawei", action="supplies")
    assert [(f.direction, f.other, f.documents) for f in supplies.facts] == [("out", "LG Uplus", 2)]
    assert graph.lookup(dataset, "Huawei", action="based in").facts == []


def test_lookup_rejects_bad_options(dataset):
    with pytest.raises(KGError) as error:
        graph.lookup(dataset, "Huawei", direction="sideways")
    assert str(error.value) == "direction must be one of: both, in, out"
    with pytest.raises(KGError, match=r"^unknown action 'befriends'; choose one of: acquires, based_in, "):
        graph.lookup(dataset, "Huawei", action="befriends")


# --------------------------------------------------------------------------
# Paths and neighbours


def test_path(dataset):
    [hops] = graph.path(dataset, "Kelvin Ding", "KR")
    assert hops == [
        graph.Hop("Kelvin Ding", "leads", "Huawei Korea", forward=True),
        graph.Hop("Huawei Korea", "partners_with", "LG Uplus", forward=True),
        graph.Hop("LG Uplus", "based_in", "South Korea", forward=True),
    ]
    [back] = graph.path(dataset, "South Korea", "Huawei Korea")
    assert [(h.source, h.action, h.target, h.forward) for h in back] == [
        ("South Korea", "based_in", "LG Uplus", False),
        ("LG Uplus", "partners_with", "Huawei Korea", False),
    ]


def test_paths_leave_out_negated_facts(dataset):
    [hops] = graph.path(dataset, "Xiaomi", "LG Uplus")
    assert [h.action for h in hops] == ["based_in", "sanctions", "based_in"]


def test_path_errors(with_island):
    with pytest.raises(KGError) as error:
        graph.path(with_island, "Acme Corp", "Huawei")
    assert str(error.value) == "no connection between Acme and Huawei in the graph"
    with pytest.raises(KGError, match="are the same entity"):
        graph.path(with_island, "Huawei", "huawei technologies")
    with pytest.raises(EntityNotFoundError):
        graph.path(with_island, "Huawei", "Nobody")


def test_neighbors(dataset):
    near = graph.neighbors(dataset, "Huawei")
    assert [(n.label, n.type, n.distance, n.action, n.via, n.forward) for n in near] == [
        ("Huawei Korea", "Company", 1, "subsidiary_of", "Huawei", False),
        ("LG Uplus", "Company", 1, "supplies", "Huawei", True),
    ]
    far = graph.neighbors(dataset, "Huawei", depth=2)
    assert [(n.label, n.distance, n.via) for n in far] == [
        ("Huawei Korea", 1, "Huawei"),
        ("LG Uplus", 1, "Huawei"),
        ("Kelvin Ding", 2, "Huawei Korea"),
        ("South Korea", 2, "LG Uplus"),
    ]
    with pytest.raises(KGError, match="depth must be at least 1"):
        graph.neighbors(dataset, "Huawei", depth=0)


# --------------------------------------------------------------------------
# Entities and statistics


def test_entities(dataset):
    rows = graph.entities(dataset)
    assert rows[0] == ("LG Uplus", "Company", 4)
    assert len(rows) == 7
    assert graph.entities(dataset, type="country") == [("China", "Country", 2), ("South Korea", "Country", 2)]
    assert graph.entities(dataset, type="Person") == [("Kelvin Ding", "Person", 1)]
    with pytest.raises(KGError) as error:
        graph.entities(dataset, type="Planet")
    assert str(error.value) == (
        "unknown entity type 'Planet'; choose one of: Company, Organization, Country, Person, Event"
    )


def test_stats(dataset):
    result = graph.stats(dataset, top=3)
    assert (result.documents, result.entities, result.facts, result.edges) == (3, 7, 9, 8)
    assert result.entities_by_type == {"Company": 4, "Country": 2, "Person": 1}
    assert result.facts_by_action == {
        "based_in": 2, "supplies": 2, "acquires": 1, "leads": 1, "partners_with": 1, "sanctions": 1,
        "subsidiary_of": 1,
    }  # fmt: skip
    assert result.facts_by_modality == {"asserted": 8, "negated": 1}
    assert [(e.label, e.degree) for e in result.top_entities] == [
        ("LG Uplus", 4),
        ("Huawei Korea", 3),
        ("South Korea", 2),
    ]
    assert len(result.top_pagerank) == 3
    assert result.top_pagerank[0].label == "LG Uplus"
    scores = [e.pagerank for e in graph.stats(dataset, top=100).top_pagerank]
    assert scores == sorted(scores, reverse=True)
    assert sum(scores) == pytest.approx(1.0)


def test_pagerank_matches_networkx_on_a_small_graph():
    weights = {("a", "b"): 1.0, ("b", "c"): 2.0, ("c", "a"): 1.0, ("a", "c"): 1.0}
    ours = graph._pagerank(["a", "b", "c", "d"], weights)
    reference = nx.DiGraph()
    reference.add_nodes_from("abcd")
    reference.add_weighted_edges_from((s, t, w) for (s, t), w in weights.items())
    python_pagerank = getattr(nx.algorithms.link_analysis.pagerank_alg, "_pagerank_python", None)
    if python_pagerank is None:  # networkx's own pagerank needs scipy, which kg does not install
        pytest.skip("this networkx has no pure-Python pagerank to compare with")
    expected = python_pagerank(reference, weight="weight")
    assert ours == pytest.approx(expected, abs=1e-6)


def test_empty_store():
    empty = store.open_store(":memory:")
    assert graph.to_networkx(empty).number_of_nodes() == 0
    assert graph.entities(empty) == []
    result = graph.stats(empty)
    assert (result.documents, result.entities, result.facts, result.top_entities) == (0, 0, 0, [])


# --------------------------------------------------------------------------
# Exports


TRIPLE_FORMATS = {
    "turtle": "turtle",
    "nt": "nt",
    "ntriples": "nt",
    "n3": "n3",
    "xml": "xml",
    "pretty-xml": "xml",
}
QUAD_FORMATS = {"nquads": "nquads", "trig": "trig", "json-ld": "json-ld"}


def test_formats():
    assert export.formats() == sorted([*TRIPLE_FORMATS, *QUAD_FORMATS, "graphml", "gexf", "csv"])
    assert export.formats() == sorted(export.EXPORTERS)


def _export(dataset, name: str) -> bytes:
    out = io.BytesIO()
    export.export_graph(dataset, name, out)
    return out.getvalue()


@pytest.mark.parametrize("name", sorted(TRIPLE_FORMATS))
def test_triple_formats_round_trip(dataset, name):
    back = Graph().parse(data=_export(dataset, name), format=TRIPLE_FORMATS[name])
    union = store.copy_to_memory(dataset, named_graphs=False)
    assert len(back) == len(union) > 0
    assert isomorphic(back, union)


@pytest.mark.parametrize("name", sorted(QUAD_FORMATS))
def test_quad_formats_round_trip(dataset, name):
    back = Dataset().parse(data=_export(dataset, name), format=QUAD_FORMATS[name])
    original = store.copy_to_memory(dataset, named_graphs=True)

    def named(ds: Dataset) -> dict:
        return {g.identifier: g for g in ds.graphs() if len(g)}

    documents = {store.rdf.document_iri(d.id) for d, _ in batch()}
    assert set(named(back)) == set(named(original)) == documents | {store.rdf.ENTITY_GRAPH}
    for identifier, graph_ in named(original).items():
        assert isomorphic(named(back)[identifier], graph_), identifier


def test_union_exports_write_each_triple_once(dataset):
    """Entities and facts that several documents state are written once."""
    lines = [line for line in _export(dataset, "nt").decode("utf-8").splitlines() if line.strip()]
    assert len(lines) == len(set(lines)) == len(store.copy_to_memory(dataset, named_graphs=False))


@pytest.mark.parametrize("name", sorted([*TRIPLE_FORMATS, *QUAD_FORMATS]))
def test_on_disk_store_exports_round_trip_with_the_default_graph(tmp_path, name):
    """A read-only on-disk store, with a triple a user put in the real default graph."""
    location = str(tmp_path / "kg.db")
    dataset = store.open_store(location, create=True)
    store.replace_documents(dataset, batch())
    store.query(dataset, 'INSERT DATA { kgid:note rdfs:comment "by hand" }', allow_update=True)
    store.close_store(dataset)
    dataset = store.open_store(location, read_only=True)
    data = _export(dataset, name)
    if name in TRIPLE_FORMATS:
        expected = store.copy_to_memory(dataset, named_graphs=False)
        back = Graph().parse(data=data, format=TRIPLE_FORMATS[name])
        assert len(back) == len(expected) and isomorphic(back, expected)
        assert (URIRef(ID + "note"), RDFS.comment, Literal("by hand")) in back
    else:
        original = store.copy_to_memory(dataset, named_graphs=True)
        parsed = Dataset().parse(data=data, format=QUAD_FORMATS[name])
        graphs = {g.identifier: g for g in parsed.graphs() if len(g)}
        assert set(graphs) == {g.identifier for g in original.graphs() if len(g)}
        for graph_ in original.graphs():
            if len(graph_):
                assert isomorphic(graphs[graph_.identifier], graph_), graph_.identifier
        assert (URIRef(ID + "note"), RDFS.comment, Literal("by hand")) in parsed.default_graph
    store.close_store(dataset)


@pytest.mark.parametrize("name", ["turtle", "nt", "n3", "xml", "nquads", "trig", "json-ld"])
def test_oxigraph_stores_export_without_a_copy_in_memory(monkeypatch, name):
    dataset = store.open_store(":memory:")
    store.replace_documents(dataset, batch())

    def copy(*args, **kwargs):
        raise AssertionError("copied the store into memory")

    monkeypatch.setattr(store, "copy_to_memory", copy)
    assert _export(dataset, name)
    with pytest.raises(AssertionError, match="copied"):  # rdflib's nested RDF/XML needs the copy
        _export(dataset, "pretty-xml")


@pytest.mark.parametrize(("name", "reader"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_formats_round_trip(dataset, name, reader):
    back = reader(io.BytesIO(_export(dataset, name)))
    view = graph.to_networkx(dataset)
    assert back.number_of_nodes() == view.number_of_nodes()
    assert back.number_of_edges() == view.number_of_edges()
    assert back.nodes[HUAWEI]["label"] == "Huawei"
    assert back.nodes[HUAWEI]["type"] == "Company"
    assert back.nodes[HUAWEI]["aliases"] == "Huawei Technologies; Huawei Technologies Co."
    [edge] = [d for s, o, d in back.edges(data=True) if (s, o) == (HUAWEI, LG)]
    assert edge["action"] == "supplies"
    assert edge["modality"] == "asserted"
    assert int(edge["documents"]) == 2
    assert float(edge["confidence"]) == pytest.approx(0.9)
    modalities = sorted(d["modality"] for _, _, d in back.edges(data=True))
    assert modalities == ["asserted"] * 7 + ["negated"]


def test_csv_round_trip(dataset):
    text = _export(dataset, "csv").decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(export.CSV_COLUMNS)
    assert len(rows) == graph.to_networkx(dataset).number_of_edges()
    assert {
        "subject": "Huawei", "subject_type": "Company", "action": "supplies", "object": "LG Uplus",
        "object_type": "Company", "modality": "asserted", "documents": "2", "confidence": "0.9",
    } in rows  # fmt: skip
    assert any(row["modality"] == "negated" and row["action"] == "acquires" for row in rows)


def test_export_to_a_file_leaves_it_open(dataset, tmp_path):
    with open(tmp_path / "graph.csv", "wb") as out:
        export.export_graph(dataset, "csv", out)
        assert not out.closed
        out.write(b"")
    assert (tmp_path / "graph.csv").read_text(encoding="utf-8").startswith("subject,subject_type,action")


def test_unknown_format():
    with pytest.raises(UnknownFormatError) as error:
        export.export_graph(None, "yaml", io.BytesIO())
    assert str(error.value) == (
        "unknown export format 'yaml'; choose one of: "
        "csv, gexf, graphml, json-ld, n3, nquads, nt, ntriples, pretty-xml, trig, turtle, xml"
    )


def test_empty_store_exports(tmp_path):
    empty = store.open_store(":memory:")
    for name in export.formats():
        assert isinstance(_export(empty, name), bytes)


@pytest.mark.parametrize("location", [":memory:", "memory"])
def test_entity_type_is_the_one_most_documents_give(location):
    # the tagger types a name differently in different articles: the majority wins, not the ontology's order
    opened = store.open_store(location)
    batch_ = []
    for n, type_ in enumerate(["Person", "Person", "Company"]):
        document = Document(id=f"d{n}", text=f"Jordan Lee visited Norway. ({n})")
        fact = Fact(doc=document.id, subject="Jordan Lee", subject_type=type_, action="visits", object="NO",
                    object_type="Country", sentence=document.text, trigger="visited")
        if type_ == "Company":
            fact = Fact(doc=document.id, subject="Jordan Lee", subject_type=type_, action="operates_in",
                        object="NO", object_type="Country", sentence=document.text, trigger="visited")
        batch_.append((document, Extraction(document.id, [Entity("Jordan Lee", type_, [])], [fact])))
    store.replace_documents(opened, batch_)
    assert [e for e in graph.entities(opened) if e.label == "Jordan Lee"] == [("Jordan Lee", "Person", 2)]
    # replace the two Person documents by Company ones: the majority, and so the type, changes
    store.replace_documents(opened, [
        (Document(id=d.id, text=d.text + " "), Extraction(d.id, [Entity("Jordan Lee", "Company", [])], []))
        for d, _ in batch_[:2]])
    assert [e.type for e in graph.entities(opened) if e.label == "Jordan Lee"] == ["Company"]
    store.close_store(opened)
