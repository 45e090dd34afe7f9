"""A small hand-built news sample shared by the RDF, store, graph and export tests.

Three documents, built without spaCy:

* ``huawei-lg``: Huawei supplies LG Uplus; LG Uplus is based in KR.
* ``xiaomi-korea``: Xiaomi is based in CN; CN sanctions KR; Xiaomi did *not*
  buy LG Uplus (negated); Huawei supplies LG Uplus again.
* ``huawei-korea``: Kelvin Ding leads Huawei Korea; Huawei Korea is a
  subsidiary of Huawei; LG Uplus partners with Huawei Korea (symmetric).
"""

from __future__ import annotations

from kg.documents import Document
from kg.facts import Entity, Extraction, Fact


def _fact(doc: Document, sentence: str, subject: tuple[str, str, str], action: str,
          obj: tuple[str, str, str], *, trigger: str, modality: str = "asserted",
          confidence: float = 0.8) -> Fact:  # fmt: skip
    """A fact whose offsets point into ``doc.text``; subject/obj are (name, type, mention)."""
    start = doc.text.index(sentence)
    s_name, s_type, s_mention = subject
    o_name, o_type, o_mention = obj
    s_start = doc.text.index(s_mention, start)
    o_start = doc.text.index(o_mention, start)
    return Fact(
        doc=doc.id,
        subject=s_name,
        subject_type=s_type,
        action=action,
        object=o_name,
        object_type=o_type,
        modality=modality,
        confidence=confidence,
        sentence=sentence,
        start=start,
        end=start + len(sentence),
        trigger=trigger,
        subject_span=(s_start, s_start + len(s_mention)),
        object_span=(o_start, o_start + len(o_mention)),
        subject_mention=s_mention,
        object_mention=o_mention,
        date=doc.date,
    )


HUAWEI_LG = Document(
    id="huawei-lg",
    title="Huawei to supply LG Uplus",
    url="https://example.com/news/huawei-lg",
    date="2024-03-01",
    text="Huawei Technologies Co. supplies 5G equipment to LG Uplus. LG Uplus is a South Korean carrier.",
)

XIAOMI_KOREA = Document(
    id="xiaomi-korea",
    title="Xiaomi opens in Seoul",
    url="https://example.com/news/xiaomi-korea",
    date="2024-03-05",
    text=(
        "Chinese smartphone maker Xiaomi opened a store in Seoul. "
        "Beijing restricted Korean products last year. "
        "Xiaomi did not buy LG Uplus. "
        "Huawei also supplies LG Uplus."
    ),
)

HUAWEI_KOREA = Document(
    id="huawei-korea",
    title=None,
    url=None,
    date=None,
    text=(
        "Kelvin Ding, chief executive of Huawei Korea, spoke on Monday. "
        "Huawei Korea is a unit of Huawei. "
        "LG Uplus signed a deal with Huawei Korea."
    ),
)

DOCUMENTS = (HUAWEI_LG, XIAOMI_KOREA, HUAWEI_KOREA)


def extractions() -> dict[str, Extraction]:
    """The extraction of each sample document, by document id."""
    huawei = ("Huawei", "Company", "Huawei")
    lg = ("LG Uplus", "Company", "LG Uplus")
    d1, d2, d3 = HUAWEI_LG, XIAOMI_KOREA, HUAWEI_KOREA
    return {
        d1.id: Extraction(
            doc=d1.id,
            entities=[
                Entity("Huawei", "Company", ["Huawei Technologies Co.", "Huawei Technologies"]),
                Entity("LG Uplus", "Company", ["LGU+"]),
                Entity("KR", "Country", ["South Korean"]),
            ],
            facts=[
                _fact(d1, "Huawei Technologies Co. supplies 5G equipment to LG Uplus.",
                      ("Huawei", "Company", "Huawei Technologies Co."), "supplies", lg,
                      trigger="supplies", confidence=0.9),
                _fact(d1, "LG Uplus is a South Korean carrier.", lg, "based_in",
                      ("KR", "Country", "South Korean"), trigger="South Korean"),
            ],
        ),
        d2.id: Extraction(
            doc=d2.id,
            entities=[
                Entity("Xiaomi", "Company"),
                Entity("CN", "Country", ["Chinese", "Beijing"]),
                Entity("KR", "Country", ["Korean", "Seoul"]),
                Entity("LG Uplus", "Company"),
                Entity("Huawei", "Company"),
            ],
            facts=[
                _fact(d2, "Chinese smartphone maker Xiaomi opened a store in Seoul.",
                      ("Xiaomi", "Company", "Xiaomi"), "based_in", ("CN", "Country", "Chinese"),
                      trigger="Chinese", confidence=0.85),
                _fact(d2, "Beijing restricted Korean products last year.",
                      ("CN", "Country", "Beijing"), "sanctions", ("KR", "Country", "Korean"),
                      trigger="restricted", confidence=0.7),
                _fact(d2, "Xiaomi did not buy LG Uplus.", ("Xiaomi", "Company", "Xiaomi"), "acquires", lg,
                      trigger="buy", modality="negated", confidence=0.6),
                _fact(d2, "Huawei also supplies LG Uplus.", huawei, "supplies", lg,
                      trigger="supplies", confidence=0.75),
            ],
        ),
        d3.id: Extraction(
            doc=d3.id,
            entities=[
                Entity("Kelvin Ding", "Person"),
                Entity("Huawei Korea", "Company"),
                Entity("LG Uplus", "Company"),
            ],  # Huawei is left out on purpose: it is typed from the fact
            facts=[
                _fact(d3, "Kelvin Ding, chief executive of Huawei Korea, spoke on Monday.",
                      ("Kelvin Ding", "Person", "Kelvin Ding"), "leads",
                      ("Huawei Korea", "Company", "Huawei Korea"), trigger="chief executive", confidence=0.9),
                _fact(d3, "Huawei Korea is a unit of Huawei.", ("Huawei Korea", "Company", "Huawei Korea"),
                      "subsidiary_of", huawei, trigger="unit"),
                _fact(d3, "LG Uplus signed a deal with Huawei Korea.", lg, "partners_with",
                      ("Huawei Korea", "Company", "Huawei Korea"), trigger="signed a deal", confidence=0.7),
            ],
        ),
    }  # fmt: skip


def batch() -> list[tuple[Document, Extraction]]:
    """``(document, extraction)`` pairs for all three documents, ready for replace_documents()."""
    found = extractions()
    return [(document, found[document.id]) for document in DOCUMENTS]
