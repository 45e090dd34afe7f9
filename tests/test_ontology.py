"""Checks on ontology/kg.ttl: the action vocabulary matches the annotation
guideline, every action is documented and typed, and the modality scheme
and entity classes are in place. No network access."""

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SKOS

KG = Namespace("https://w3id.org/kg-news/ontology#")
ONTOLOGY_IRI = URIRef("https://w3id.org/kg-news/ontology")

REPO = Path(__file__).resolve().parents[1]
TTL = REPO / "ontology" / "kg.ttl"
GUIDELINE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "GUIDELINE.md"

ACTIONS = {
    "supplies", "acquires", "invests_in", "partners_with", "competes_with",
    "sues", "subsidiary_of", "based_in", "operates_in", "sanctions",
    "investigates", "criticizes", "leads", "founded", "works_for", "visits",
}
SYMMETRIC = {"partners_with", "competes_with"}
ENTITY_TYPES = {"Company", "Organization", "Country", "Person", "Event"}
MODALITIES = {"asserted", "planned", "possible", "negated"}


@pytest.fixture(scope="module")
def g():
    graph = Graph()
    graph.parse(TTL, format="turtle")
    return graph


def local(term):
    s = str(term)
    assert s.startswith(str(KG)), f"{s} is not in the kg: namespace"
    return s[len(str(KG)):]


def expand(g, cls):
    """The set of named classes a domain/range denotes: the class itself, or
    the members of its owl:unionOf list when it is a blank-node union."""
    union = g.value(cls, OWL.unionOf)
    if union is None:
        return {cls}
    out = set()
    for member in Collection(g, union):
        out |= expand(g, member)
    return out


def declared_actions(g):
    return {
        p for p in g.subjects(RDFS.subPropertyOf, KG.relatedTo)
        if (p, RDF.type, OWL.ObjectProperty) in g
    }


def parse_guideline_actions(text):
    """{action: (symmetric, {subject types}, {object types})} from the
    table under '## Actions'; 'any' is returned as {'Entity'}."""
    section = re.search(r"^## Actions\s*$(.*?)^## ", text, re.M | re.S)
    assert section, "no '## Actions' section in GUIDELINE.md"
    actions = {}
    for line in section.group(1).splitlines():
        m = re.match(r"\|\s*`(\w+)`\s*(\(sym\))?\s*\|([^|]*)\|", line)
        if not m:
            continue
        name, sym, signature = m.group(1), bool(m.group(2)), m.group(3)
        subj, obj = (part.strip() for part in signature.split("→"))

        def types(s):
            return {"Entity"} if s == "any" else {t.strip() for t in s.split("/")}

        actions[name] = (sym, types(subj), types(obj))
    return actions


def test_parses_and_has_header(g):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in g
    assert str(g.value(ONTOLOGY_IRI, OWL.versionInfo)) == "0.1.0"
    dcterms = Namespace("http://purl.org/dc/terms/")
    assert g.value(ONTOLOGY_IRI, dcterms.title) is not None
    assert g.value(ONTOLOGY_IRI, dcterms.description) is not None
    assert g.value(ONTOLOGY_IRI, dcterms.license) == URIRef(
        "https://creativecommons.org/licenses/by/4.0/"
    )


def test_actions_hardcoded(g):
    assert {local(p) for p in declared_actions(g)} == ACTIONS


#: Where the ontology accepts more than the guideline's table, on the guideline's own gold data: the dev
#: gold records "United Auto Workers invests_in Chrysler" (a union holding a stake), so an Organization
#: may invest.
WIDER_DOMAINS = {"invests_in": {"Organization"}}


@pytest.mark.skipif(not GUIDELINE.exists(), reason=f"{GUIDELINE} not present")
def test_actions_match_guideline(g):
    spec = parse_guideline_actions(GUIDELINE.read_text(encoding="utf-8"))
    assert set(spec) == ACTIONS  # the guideline and the hard-coded list agree
    assert {local(p) for p in declared_actions(g)} == set(spec)
    for name, (sym, subj, obj) in spec.items():
        p = KG[name]
        assert ((p, RDF.type, OWL.SymmetricProperty) in g) == sym, name
        (dom,) = g.objects(p, RDFS.domain)
        (rng,) = g.objects(p, RDFS.range)
        assert {local(c) for c in expand(g, dom)} == subj | WIDER_DOMAINS.get(name, set()), f"domain of {name}"
        assert {local(c) for c in expand(g, rng)} == obj, f"range of {name}"


def test_top_property(g):
    assert (KG.relatedTo, RDF.type, OWL.ObjectProperty) in g
    assert g.value(KG.relatedTo, RDFS.domain) == KG.Entity
    assert g.value(KG.relatedTo, RDFS.range) == KG.Entity


@pytest.mark.parametrize("name", sorted(ACTIONS))
def test_action_documented(g, name):
    p = KG[name]
    label = g.value(p, RDFS.label)
    assert label is not None and str(label) == name.replace("_", " ")
    assert g.value(p, RDFS.comment) is not None
    assert len(list(g.objects(p, RDFS.domain))) == 1
    assert len(list(g.objects(p, RDFS.range))) == 1
    for term in (g.value(p, RDFS.domain), g.value(p, RDFS.range)):
        for cls in expand(g, term):
            assert local(cls) in ENTITY_TYPES | {"Entity"}


def test_symmetric_actions(g):
    sym = {local(p) for p in g.subjects(RDF.type, OWL.SymmetricProperty)}
    assert sym == SYMMETRIC


def test_modality_individuals(g):
    assert (KG.ModalityScheme, RDF.type, SKOS.ConceptScheme) in g
    assert (KG.Modality, RDFS.subClassOf, SKOS.Concept) in g
    found = {local(m) for m in g.subjects(RDF.type, KG.Modality)}
    assert found == MODALITIES
    for name in MODALITIES:
        m = KG[name]
        assert (m, SKOS.inScheme, KG.ModalityScheme) in g
        assert str(g.value(m, SKOS.prefLabel)) == name
        assert g.value(m, SKOS.definition) is not None


@pytest.mark.parametrize("name", sorted(ENTITY_TYPES))
def test_entity_classes(g, name):
    cls = KG[name]
    assert (cls, RDF.type, OWL.Class) in g
    assert (cls, RDFS.subClassOf, KG.Entity) in g
    assert g.value(cls, RDFS.label) is not None
    assert g.value(cls, RDFS.comment) is not None
    # and of at least one standard class outside kg:
    assert any(not str(s).startswith(str(KG)) for s in g.objects(cls, RDFS.subClassOf))


def test_leads_domain_and_range(g):
    assert expand(g, g.value(KG.leads, RDFS.domain)) == {KG.Person}
    assert expand(g, g.value(KG.leads, RDFS.range)) == {
        KG.Company, KG.Organization, KG.Country,
    }


def test_statement_and_document_classes(g):
    rdf_statement = RDF.Statement
    prov = Namespace("http://www.w3.org/ns/prov#")
    assert (KG.Statement, RDFS.subClassOf, rdf_statement) in g
    assert (KG.Statement, RDFS.subClassOf, prov.Entity) in g
    assert (KG.Document, RDFS.subClassOf, prov.Entity) in g


@pytest.mark.parametrize("name", [
    "modality", "confidence", "sentence", "sentenceStart", "sentenceEnd",
    "trigger", "subjectMention", "objectMention", "subjectStart", "subjectEnd",
    "objectStart", "objectEnd", "contentHash",
])
def test_provenance_properties(g, name):
    p = KG[name]
    types = set(g.objects(p, RDF.type))
    assert types & {OWL.ObjectProperty, OWL.DatatypeProperty}, name
    assert g.value(p, RDFS.label) is not None
    assert g.value(p, RDFS.comment) is not None
    expected_domain = KG.Document if name == "contentHash" else KG.Statement
    assert g.value(p, RDFS.domain) == expected_domain
    assert g.value(p, RDFS.range) is not None


def test_no_standard_terms_redeclared(g):
    """Standard vocabularies are referenced, not redefined: every subject with
    an rdf:type or rdfs: definition here is in kg: (or the ontology IRI)."""
    for s in set(g.subjects(RDF.type, None)):
        if isinstance(s, URIRef):
            assert str(s).startswith(str(KG)) or s == ONTOLOGY_IRI, s
