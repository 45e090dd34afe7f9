"""Scoring the extractor: gold files of the guideline, and CoNLL04.

Gold scoring follows ``shared/eval/score.py`` exactly (same name
normalisation, alias mapping, duplicate handling and figures), so the two
agree on the same output; on top of it this module reports the errors per
document and precision at confidence thresholds.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import GoldError
from kg.facts import Fact

_SUFFIX = re.compile(r"\b(inc|incorporated|co|corp|corporation|ltd|limited|llc|plc|sa|ag|nv|gmbh|bv|spa)\b\.?$")
THRESHOLDS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9)


def norm(name: str) -> str:
    """Name normalisation of the guideline's scorer."""
    s = unicodedata.normalize("NFKC", str(name)).lower().replace("’", "'")
    s = re.sub(r"^(the)\s+", "", s)
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"[^\w\s&-]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    for _ in range(2):
        s = _SUFFIX.sub("", s).strip(" ,")
    return s


def _country_names(code: str) -> list[str]:
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if not country:
        return []
    names = (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None),
             country.alpha_3)
    return [n for n in names if n]


@dataclass
class Gold:
    """One gold document: alias → entity name, and its triples."""

    doc: str
    alias: dict[str, str]
    triples: list[dict[str, Any]]
    text_path: Path


def load_gold(gold_dir: str | Path) -> dict[str, Gold]:
    """Read every ``NAME.gold.json`` that has a ``NAME.txt`` beside it."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise GoldError(f"no gold folder at {folder}")
    gold: dict[str, Gold] = {}
    for path in sorted(folder.glob("*.gold.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            alias: dict[str, str] = {}
            for entity in data["entities"]:
                names = [entity["name"], *entity.get("aliases", [])]
                if entity["type"] == "Country":
                    names += _country_names(entity["name"])
                for n in names:
                    alias.setdefault(norm(n), entity["name"])
            doc = data["doc"]
            triples = data["triples"]
        except (ValueError, KeyError, TypeError) as e:
            raise GoldError(f"{path}: not a gold file of the guideline ({e})") from e
        text = path.with_name(path.name.removesuffix(".gold.json") + ".txt")
        if text.exists():
            gold[doc] = Gold(doc, alias, triples, text)
    if not gold:
        raise GoldError(f"no NAME.gold.json with a NAME.txt beside it in {folder}")
    return gold


def _key(s: str, a: str, o: str, symmetric: frozenset[str]) -> tuple[str, str, str]:
    if a in symmetric and o < s:
        s, o = o, s
    return (s, a, o)


@dataclass
class Score:
    tp: int
    sys: int
    gold: int

    @property
    def p(self) -> float:
        return self.tp / self.sys if self.sys else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def to_dict(self) -> dict[str, float]:
        return {"tp": self.tp, "sys": self.sys, "gold": self.gold, "p": self.p, "r": self.r, "f1": self.f1}


@dataclass
class Report:
    """The guideline's figures for one run over a gold folder."""

    docs: int
    strict: Score
    pair: Score
    modality_accuracy: float
    per_action: dict[str, Score]
    thresholds: list[tuple[float, Score]]
    false_positives: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    misses: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    modality_errors: dict[str, list[tuple[tuple[str, str, str], str, str]]] = field(default_factory=dict)
    unmapped: Counter = field(default_factory=Counter)

    def to_dict(self) -> dict[str, Any]:
        return {
            "docs": self.docs, "strict": self.strict.to_dict(), "pair": self.pair.to_dict(),
            "modality_acc": self.modality_accuracy,
            "per_action": {a: s.to_dict() for a, s in self.per_action.items()},
            "precision_at_confidence": {str(t): s.to_dict() for t, s in self.thresholds},
        }


def score_facts(gold: dict[str, Gold], rows: Iterable[dict[str, Any] | Fact]) -> Report:
    """Score system triples (facts or JSONL dicts) against gold, as ``score.py`` does."""
    from kg.vocab import symmetric_actions

    symmetric = symmetric_actions()
    g_strict: set[tuple] = set()
    g_pair: set[tuple] = set()
    g_mod: dict[tuple, str] = {}
    for doc, g in gold.items():
        for t in g.triples:
            k = (doc, *_key(t["subject"], t["action"], t["object"], symmetric))
            g_strict.add(k)
            g_mod[k] = t.get("modality", "asserted")
            g_pair.add((doc, frozenset((t["subject"], t["object"]))))
    s_strict: set[tuple] = set()
    s_pair: set[tuple] = set()
    s_mod: dict[tuple, str] = {}
    s_conf: dict[tuple, float] = {}
    unmapped: Counter = Counter()
    for row in rows:
        r = row.to_dict() if isinstance(row, Fact) else row
        doc = str(r.get("doc", ""))
        if doc not in gold:
            doc = Path(doc).stem.replace(".gold", "")
        if doc not in gold:
            continue
        alias = gold[doc].alias
        subj, obj = alias.get(norm(r["subject"])), alias.get(norm(r["object"]))
        for name, mapped in ((r["subject"], subj), (r["object"], obj)):
            if mapped is None:
                unmapped[name] += 1
        subj = subj or "?" + norm(r["subject"])
        obj = obj or "?" + norm(r["object"])
        if subj == obj:
            continue
        k = (doc, *_key(subj, r["action"], obj, symmetric))
        s_strict.add(k)
        s_mod.setdefault(k, r.get("modality", "asserted"))
        s_conf[k] = max(s_conf.get(k, 0.0), float(r.get("confidence", 1.0)))
        s_pair.add((doc, frozenset((subj, obj))))

    matched = g_strict & s_strict
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for k in g_strict:
        per[k[2]][1] += 1
    for k in s_strict:
        per[k[2]][2] += 1
    for k in matched:
        per[k[2]][0] += 1
    thresholds: list[tuple[float, Score]] = []
    for threshold in THRESHOLDS:
        kept = {k for k in s_strict if s_conf[k] >= threshold}
        thresholds.append((threshold, Score(len(kept & g_strict), len(kept), len(g_strict))))
    report = Report(
        docs=len(gold),
        strict=Score(len(matched), len(s_strict), len(g_strict)),
        pair=Score(len(g_pair & s_pair), len(s_pair), len(g_pair)),
        modality_accuracy=sum(g_mod[k] == s_mod[k] for k in matched) / len(matched) if matched else 0.0,
        per_action={a: Score(tp, s, g) for a, (tp, g, s) in sorted(per.items())},
        thresholds=thresholds,
        unmapped=unmapped,
    )
    for k in sorted(s_strict - g_strict):
        report.false_positives.setdefault(k[0], []).append(k[1:])
    for k in sorted(g_strict - s_strict):
        report.misses.setdefault(k[0], []).append(k[1:])
    for k in sorted(matched):
        if g_mod[k] != s_mod[k]:
            report.modality_errors.setdefault(k[0], []).append((k[1:], s_mod[k], g_mod[k]))
    return report


def evaluate(gold_dir: str | Path, *, nlp: Any = None) -> tuple[Report, list[Fact]]:
    """Run the extractor over every gold document of ``gold_dir`` and score it."""
    from kg.documents import read_documents
    from kg.extract import extract_documents

    gold = load_gold(gold_dir)
    paths = [g.text_path for g in gold.values()]
    facts = [f for _, extraction in extract_documents(read_documents(paths), nlp) for f in extraction.facts]
    return score_facts(gold, facts), facts


# -- CoNLL04 --------------------------------------------------------------------------------------

#: CoNLL04 relation → (our actions, allowed subject types)
CONLL04_MAP = {
    "OrgBased_In": ({"based_in", "operates_in"}, {"Company", "Organization"}),
    "Work_For": ({"leads", "works_for", "founded"}, {"Person"}),
}
#: CoNLL04 relation → allowed object types (Work_For's tail is an organisation, never a country)
CONLL04_OBJECTS = {
    "OrgBased_In": {"Country"},
    "Work_For": {"Company", "Organization"},
}


@dataclass
class Conll04Report:
    sentences: int
    per_type: dict[str, Score]
    micro: Score
    #: (sentence number, "false positive" | "missed", relation type, head as written, tail as written, sentence)
    errors: list[tuple[int, str, str, str, str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"sentences": self.sentences, "per_type": {k: v.to_dict() for k, v in self.per_type.items()},
                "micro": self.micro.to_dict()}


def _trim_period(text: str, span: tuple[int, ...]) -> tuple[int, ...]:
    """Spans compared without a final full stop: the corpus glues a sentence's closing period to its
    last token ("Cornell University."), which the parser splits off; and without a leading "The", which the
    corpus takes into a name now and then ("The Associated Press", "The Environmental Protection Agency" opening
    a sentence) and leaves out as often ("The U.S. Congress"), while kg never takes it in."""
    s1, e1, s2, e2 = span
    if e1 - s1 > 1 and text[e1 - 1] == ".":
        e1 -= 1
    if e2 - s2 > 1 and text[e2 - 1] == ".":
        e2 -= 1
    if text.startswith("The ", s1) and e1 - s1 > 4:
        s1 += 4
    if text.startswith("The ", s2) and e2 - s2 > 4:
        s2 += 4
    return (s1, e1, s2, e2)


_TOWN = r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}"
_AFTER = re.compile(rf"^ , ({_TOWN})(?= ,| ;| \(|\.?$| \.)")
_BEFORE = re.compile(rf"(?:^|\b(?:of|in|at|near|from) )({_TOWN}) , $")


@cache
def _regions(code: str) -> frozenset[str]:
    """The lowercased names of a country's states and provinces (pycountry's subdivisions)."""
    import pycountry

    return frozenset(s.name.lower() for s in pycountry.subdivisions.get(country_code=code) or ())


def _place_parts(text: str, span: tuple[int, int], code: str, states: frozenset[str]) -> list[tuple[int, int]]:
    """The place a fact's object was read from, as CoNLL04 splits it: "Toledo , Ohio" and "Franklin Lakes ,
    N.J." are two place mentions, a town and the state or country it is in, and what is based in the town is
    based in both."""
    from kg.extract.places import country_code

    def region(words: str) -> bool:
        """A state or province of the fact's country, or the country itself."""
        return words.lower() in states or words.lower() in _regions(code) or \
            country_code(words, allow_codes=False) == code

    parts = [span]
    written = text[span[0]:span[1]]
    after = _AFTER.match(text[span[1]:])
    if after is not None and region(after.group(1)) and not region(written):
        parts.append((span[1] + after.start(1), span[1] + after.end(1)))
    before = _BEFORE.search(text[:span[0]])
    if before is not None and region(written) and not region(before.group(1)):
        parts.append((before.start(1), before.end(1)))
    return parts


def evaluate_conll04(path: str | Path, *, nlp: Any = None, limit: int | None = None) -> Conll04Report:
    """Score OrgBased_In and Work_For on a CoNLL04 file in SpERT JSON.

    A prediction matches when its subject and object mention spans equal the
    gold entity spans (the place as written, not lifted to a country).
    """
    from kg.documents import Document
    from kg.extract import extract_documents
    from kg.extract.places import is_demonym

    try:
        sentences = json.loads(Path(path).read_text(encoding="utf-8"))
        if limit:
            sentences = sentences[:limit]
        documents, gold_rel = [], set()
        for n, sentence in enumerate(sentences):
            tokens = sentence["tokens"]
            offsets, pos = [], 0
            for token in tokens:
                offsets.append((pos, pos + len(token)))
                pos += len(token) + 1
            doc_id = f"conll04-{n}"
            documents.append(Document(id=doc_id, text=" ".join(tokens)))
            entities = sentence["entities"]
            for rel in sentence["relations"]:
                if rel["type"] not in CONLL04_MAP:
                    continue
                head, tail = entities[rel["head"]], entities[rel["tail"]]
                span = (offsets[head["start"]][0], offsets[head["end"] - 1][1],
                        offsets[tail["start"]][0], offsets[tail["end"] - 1][1])
                gold_rel.add((doc_id, rel["type"], _trim_period(documents[-1].text, span)))
    except FileNotFoundError as e:
        raise GoldError(f"no CoNLL04 file at {path}") from e
    except (ValueError, KeyError, TypeError, IndexError) as e:
        raise GoldError(f"{path}: not a CoNLL04 file in SpERT JSON ({e})") from e
    from kg.extract.lexicon import load_lexicon

    states = load_lexicon().entity.get("us_state_abbreviations", frozenset())
    predicted = set()
    for document, extraction in extract_documents(documents, nlp):
        for fact in extraction.facts:
            for rel_type, (actions, subject_types) in CONLL04_MAP.items():
                if fact.action in actions and fact.subject_type in subject_types and \
                        fact.object_type in CONLL04_OBJECTS[rel_type]:
                    if fact.object_type == "Country" and is_demonym(document.text[slice(*fact.object_span)]):
                        continue  # "the Chilean company": no place is written, so no CoNLL04 pair
                    for place in _place_parts(document.text, fact.object_span, fact.object, states):
                        span = (*fact.subject_span, *place)
                        predicted.add((document.id, rel_type, _trim_period(document.text, span)))
    per_type = {}
    for rel_type in CONLL04_MAP:
        g = {x for x in gold_rel if x[1] == rel_type}
        s = {x for x in predicted if x[1] == rel_type}
        per_type[rel_type] = Score(len(g & s), len(s), len(g))
    micro = Score(len(gold_rel & predicted), len(predicted), len(gold_rel))
    errors = []
    texts = {d.id: d.text for d in documents}
    for kind, wrong in (("false positive", predicted - gold_rel), ("missed", gold_rel - predicted)):
        for doc_id, rel_type, ends in wrong:
            text = texts[doc_id]
            errors.append((int(doc_id.rsplit("-", 1)[1]), kind, rel_type, text[ends[0]:ends[1]],
                           text[ends[2]:ends[3]], text))
    errors.sort()
    return Conll04Report(len(sentences), per_type, micro, errors)
