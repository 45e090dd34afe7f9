"""Turning documents into facts: the public face of kg.extract."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from kg.errors import ExtractionError
from kg.extract import sentences
from kg.extract.entities import Entities
from kg.extract.lexicon import Lexicon, load_lexicon
from kg.extract.relations import Candidate, RelationFinder
from kg.facts import Entity, Extraction, Fact

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

    from kg.documents import Document

SENTENCE_BREAKS = "kg_sentence_breaks"
#: documents parsed in one spaCy memory zone (see :func:`extract_documents`)
MEMORY_ZONE_DOCS = 500
ENTITY_BREAKS = "kg_entity_breaks"


def _register() -> None:
    from spacy.language import Language

    if SENTENCE_BREAKS in Language.factories:
        return

    @Language.component(SENTENCE_BREAKS)
    def sentence_breaks(doc: Doc) -> Doc:
        """A line break ends a sentence (titles, one-sentence-per-line corpora), and so does a wire dateline
        ("PERTH, March 12 (Reuters) - ..."), which the parser would otherwise take for the lead sentence's
        subject."""
        for token in doc[1:]:
            prev = doc[token.i - 1]
            if "\n" in prev.whitespace_ or prev.is_space and "\n" in prev.text:
                token.is_sent_start = True
        for token in doc:
            if token.text in (",", ";", ":", ")") and token.is_sent_start is None:
                token.is_sent_start = False  # "Ubisoft, the French publisher, said": no sentence opens with a comma
            if token.i == 0 or token.is_sent_start and not token.is_space:
                after = _dateline_end(doc, token.i)
                if after is not None:
                    doc[after].is_sent_start = True
                elif token.i + 1 < len(doc) and token.tag_ in ("NNP", "NNPS") and \
                        (doc[token.i + 1].tag_ in ("NNP", "NNPS") or doc[token.i + 1].is_title) and \
                        doc[token.i + 1].is_sent_start is None:
                    # "Zhejiang Geely, the Chinese firm ...": a name opening a line is not cut after its first word
                    doc[token.i + 1].is_sent_start = False
        return doc


    @Language.component(ENTITY_BREAKS)
    def entity_breaks(doc: Doc) -> Doc:
        """No entity spans a line break ("Initech\\n\\nGlobex Inc." is two names)."""
        from spacy.tokens import Span

        spans = []
        for ent in doc.ents:
            start = ent.start
            for token in ent:
                if "\n" in token.text or "\n" in token.whitespace_:
                    end = token.i if token.is_space else token.i + 1
                    if end > start:
                        spans.append(Span(doc, start, end, label=ent.label_))
                    start = token.i + 1
            if start < ent.end:
                spans.append(Span(doc, start, ent.end, label=ent.label_))
        doc.ents = spans
        return doc


_DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014", "_"})


def _dateline_end(doc: Doc, start: int) -> int | None:
    """The first token after a dateline opening a paragraph at ``start``: capitalised places
    ("BUENOS AIRES", "TOKYO/BEIJING"), then maybe a comma and a date or region, maybe the agency in
    brackets, then a dash. None when the paragraph opens otherwise."""
    i, end = start, min(len(doc), start + 16)

    def capitals(token: Token) -> bool:
        word = token.text.replace("/", "").replace(".", "").replace("-", "")
        return word.isalpha() and token.text.isupper() and len(word) >= 2

    while i < end and i - start < 6 and (capitals(doc[i]) or doc[i].text == "/" and i > start):
        i += 1  # "BUENOS AIRES", "TOKYO/BEIJING" (one token or three)
    if i == start:
        return None
    if i < end and doc[i].text == ",":
        i += 1
        while i < end and doc[i].text not in _DATELINE_DASHES and doc[i].text != "(" and (
                doc[i].like_num or doc[i].is_title or doc[i].text in (",", ".")):
            i += 1
    if i < end and doc[i].text == "(":
        close = next((k for k in range(i + 1, min(end, i + 5)) if doc[k].text == ")"), None)
        if close is None:
            return None
        i = close + 1
    if i + 1 < len(doc) and doc[i].text in _DATELINE_DASHES:
        return i + 1
    return None


def prepare(nlp: Language) -> Language:
    """Add kg's components to a pipeline (once): line breaks end sentences and entities, and the lexicon's
    hyphenated titles stay one token."""
    _register()
    if SENTENCE_BREAKS not in nlp.pipe_names:
        _keep_titles(nlp)
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(SENTENCE_BREAKS, before=before)
    if ENTITY_BREAKS not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe(ENTITY_BREAKS, after="ner")
    return nlp


def _keep_titles(nlp: Language) -> None:
    """Hyphenated titles and company nouns of the lexicon ("co-founder", "vice-president", "start-up") stay one
    token: cut at the hyphen, the parser hangs "Ubisoft's" on "co" and the title is lost."""
    from spacy.pipeline import AttributeRuler
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a pipeline's own tokenizer is left alone
    lexicon = load_lexicon()
    words = {w for phrase, _ in lexicon.roles for w in phrase if "-" in w.strip("-")} | {
        w for w in lexicon.entity["company_nouns"] if "-" in w.strip("-")}  # ("a gene-editing start-up")
    for word in sorted(words):
        for form in (word, word.capitalize()):
            for plural in ("", "s"):
                tokenizer.add_special_case(form + plural, [{ORTH: form + plural}])
    # hyphenated verbs of the lexicon ("co-founded"): cut at the hyphen, "co" becomes the verb and "founded" is lost
    verbs = {lemma for lemma in lexicon.verbs if "-" in lemma.strip("-")}
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    for lemma in sorted(verbs):
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms = [cased for form in (lemma, lemma + "s", stem + "ed", stem + "ing")
                 for cased in (form, form.capitalize())]
        for form in forms:
            tokenizer.add_special_case(form, [{ORTH: form}])
        if isinstance(ruler, AttributeRuler):  # and the lemma the lexicon knows ("co-founde" otherwise)
            ruler.add([[{"ORTH": form}] for form in forms], {"LEMMA": lemma})


def _year(date: str | None) -> int | None:
    match = re.match(r"(\d{4})", date or "")
    return int(match.group(1)) if match else None


def _phrase(token: Token) -> tuple[int, int]:
    """Character span of a common noun with its determiner and modifiers ("the new company")."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod") and \
                all(t.dep_ != "punct" for t in token.doc[child.i: token.i]):
            start = min(start, child.left_edge.i if child.dep_ != "det" else child.i)
    first = token.doc[start]
    return first.idx, token.idx + len(token)


def _merge(doc_id: str, doc: Doc, candidates: list[Candidate], date: str | None) -> list[Fact]:
    """One fact per (subject, action, object): the first mention's modality, combined confidence."""
    from kg.vocab import symmetric_actions

    symmetric = symmetric_actions()
    text = doc.text  # Doc.text joins every token: read it once
    facts: dict[tuple[str, str, str], Fact] = {}
    for c in sorted(candidates, key=lambda c: c.trigger.i):
        s, o = c.subject.name, c.object.name
        key = (s, c.action, o)
        if c.action in symmetric and o < s:
            key = (o, c.action, s)
        sent = sentences.sentence(c.trigger)
        s_span = (c.subject_mention.char_start, c.subject_mention.char_end) if c.subject_mention else \
            _phrase(c.subject_token)
        o_span = (c.object_mention.char_start, c.object_mention.char_end) if c.object_mention else \
            _phrase(c.object_token)
        if key in facts:
            old = facts[key]
            old.confidence = round(min(0.99, 1 - (1 - old.confidence) * (1 - c.confidence * 0.5)), 3)
            continue
        facts[key] = Fact(
            doc=doc_id, subject=s, subject_type=c.subject.type, action=c.action, object=o,
            object_type=c.object.type, modality=c.modality, confidence=c.confidence,
            sentence=sent.text.strip(), start=sent.start_char, end=sent.end_char, trigger=c.trigger.text,
            subject_span=s_span, object_span=o_span,
            subject_mention=text[s_span[0]:s_span[1]], object_mention=text[o_span[0]:o_span[1]],
            date=date,
        )
    return list(facts.values())


def extract_doc(doc: Doc, doc_id: str, *, date: str | None = None, lexicon: Lexicon | None = None) -> Extraction:
    """Entities and facts of one parsed spaCy ``Doc``."""
    lexicon = lexicon or load_lexicon()
    entities = Entities(doc, lexicon)
    finder = RelationFinder(entities, lexicon, year=_year(date))
    facts = _merge(doc_id, doc, finder.run(), date)
    used = {f.subject for f in facts} | {f.object for f in facts}
    found = [Entity(c.name, c.type, c.aliases) for c in entities.clusters if c.names or c.code]
    found.sort(key=lambda e: (e.name not in used, e.name))
    return Extraction(doc=doc_id, entities=found, facts=facts)


def extract_documents(documents: Iterable[Document], nlp: Language | None = None, *, batch_size: int = 32,
                      n_process: int = 1) -> Iterator[tuple[Document, Extraction]]:
    """Extract every document, streaming through ``nlp.pipe`` in batches."""
    from kg.extract.pipeline import load_nlp

    nlp = prepare(nlp or load_nlp())
    lexicon = load_lexicon()
    # spaCy's string store keeps every new word it sees; inside a memory zone the strings of a chunk of
    # documents are freed when it is done, so a long build does not grow. Extractions hold plain strings only.
    # With several processes each chunk starts a new pool, so chunks are large.
    chunk = MEMORY_ZONE_DOCS * (1 if n_process == 1 else 4)
    iterator = iter(documents)
    while True:
        part = list(islice(iterator, chunk))
        if not part:
            return
        with nlp.memory_zone():
            stream = ((d.text, d) for d in part)
            for doc, document in nlp.pipe(stream, as_tuples=True, batch_size=batch_size, n_process=n_process):
                try:
                    extraction = extract_doc(doc, document.id, date=document.date, lexicon=lexicon)
                except Exception as e:  # a bug of ours: say which document, without a traceback
                    raise ExtractionError(
                        f"cannot extract facts from {document.id}: {type(e).__name__}: {e} "
                        "(a bug in kg; please report it with this document)") from e
                yield document, extraction


def extract_document(document: Document | str, nlp: Language | None = None) -> Extraction:
    """Extract one document (or a plain string, given the id ``text``)."""
    from kg.documents import Document

    if isinstance(document, str):
        document = Document(id="text", text=document)
    return next(extract_documents([document], nlp))[1]
