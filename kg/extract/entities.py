"""Entity mentions: typing, normalisation, aliases and coreference inside one document.

spaCy's NER proposes spans; this module decides what each one is (the five
types of the guideline, or a place), gives countries their ISO codes, groups
the names a document uses for one thing into one entity, and resolves
nominal ("the Chinese firm"), pronoun ("its", "We") and government
("their government", "Beijing") mentions to the entity they stand for.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, cast

from kg.extract import places
from kg.extract import sentences as sentence_index
from kg.extract.lexicon import Lexicon
from kg.legal import COMMON_FORMS, is_legal_form

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LEGAL_SUFFIXES = COMMON_FORMS | {"crop"}  # "Crop.": a typo seen in wire copy
#: nouns that call a company a part of another ("X, a unit of Y", "Y's reinsurance arm X")
UNIT_NOUNS = frozenset({"unit", "subsidiary", "arm", "division", "affiliate"})
#: words that may follow a company's name and still name the same company
SAME_COMPANY_WORDS = LEGAL_SUFFIXES | {"technologies", "technology", "group", "company", "international", "&", "and",
                                       "the"}
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
#: a company named by its web address: "JD.com", "Booking.com"
_DOMAIN_NAME = re.compile(r"^[A-Z][\w-]*\.(?:com|net|co)$")
_PERSON_PRONOUNS = {"he", "him", "his", "she", "her"}
_THING_PRONOUNS = {"it", "its"}
# what is said of a business, never of a person ("the state-owned trader", "a listed company")
_PROPERTY_WORDS = frozenset({"owned", "listed", "controlled", "backed"})
# the lowercase words inside a person's name ("Dolf van den Brink", "Anna de la Cruz")
_NAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "del", "della", "du", "dos", "das", "la",
                             "le", "ter", "ten", "zu"})
_PLURAL_PRONOUNS = {"they", "them", "their"}
_FIRST_PERSON = {"we", "our", "us", "ours"}
_GROUP_WORDS = {"group", "holding", "holdings", "conglomerate"}
#: company nouns said of any company, whichever the text called so before ("the company", "the group")
_BARE_NOUNS = frozenset({"company", "firm", "group", "business", "corporation", "giant"})
# nouns that, after a name, stand for it ("the Rollei company", "the SkyTeam alliance")
_BODY_WORDS = {"company", "firm", "corporation", "alliance", "consortium"}
_COMMON_ABBREVIATIONS = {"US", "USA", "UK", "UAE", "PRC", "ROK", "DPRK", "USSR"}


def _acronym(token: Token) -> bool:
    """A word in capitals that is no country's common abbreviation: a company's or a body's acronym ("EE",
    "CADE", "TAP"), never an ISO code."""
    return token.is_upper and token.is_alpha and len(token) > 1 and token.text not in _COMMON_ABBREVIATIONS


#: number words that count companies ("the three companies")
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
SPEECH_VERBS = {"say", "tell", "add", "state", "explain", "note", "reply", "respond", "comment", "announce",
                 "insist", "claim", "argue", "write", "declare", "confirm", "continue", "quote"}


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Lower-case, accent- and punctuation-free form of a name, without legal suffixes or 'the'."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'")
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    text = _POSSESSIVE.sub("", text)
    written = text.split()
    while len(written) > 1 and is_legal_form(written[-1]):
        written.pop()  # "Nordvik Pharma A/S", "Fiat S.p.A.": a form written with dots or a slash
    text = " ".join(written).lower()
    text = re.sub(r"[^\w\s&-]", " ", text)
    words = text.split()
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def without_country(name: str) -> tuple[str | None, str | None]:
    """The country written before a body's name and the key of the rest: "US Commerce Department" -> ("US",
    "commerce department"), "China's Ministry of Commerce" -> ("CN", "ministry of commerce"); (None, None)
    without one."""
    words = clean_name(name).split()
    for n in (1, 2):
        if len(words) >= n + 2 and (code := places.country_code(_POSSESSIVE.sub("", " ".join(words[:n])))):
            return code, normalise(" ".join(words[n:]))
    return None, None


def clean_name(text: str) -> str:
    """A name as a person would write it: no leading 'the', possessive or trailing punctuation."""
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    text = _POSSESSIVE.sub("", text).strip(" ,;:-\"“”'")
    return re.sub(r"\s+", " ", text)


def canonical_company_name(text: str) -> str:
    """Drop legal suffixes: 'Huawei Technologies Co.' -> 'Huawei Technologies'."""
    words = clean_name(text).split()
    while len(words) > 1 and (words[-1].lower().strip(".,") in LEGAL_SUFFIXES or is_legal_form(words[-1].strip(","))
                              or words[-1] in ("&", "and")):
        words.pop()  # "Sears, Roebuck & Co." -> "Sears, Roebuck"
    return " ".join(words).rstrip(",")


def coordination(token: Token) -> list[Token]:
    """Every conjunct of the coordination a token is part of ("A, B and C"), first to last."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    out, todo = [], [first]
    while todo:
        t = todo.pop(0)
        out.append(t)
        todo += [c for c in t.children if c.dep_ == "conj"]
    return out


def comma_appositive(noun: Token) -> Token | None:
    """The name before "NAME, the/a NOUN ...", when the parser did not attach the noun phrase
    as an apposition ("GMAC, the financing arm of GM, ..." parsed as an object of a verb)."""
    left = noun.left_edge
    doc = noun.doc
    owner = left.head if left.dep_ == "compound" and left.pos_ == "PROPN" else left  # "Hyundai" of "Hyundai Rotem's"
    if owner.dep_ == "poss" and noun.i <= owner.i:
        return None  # the possessor's own words are not what it possesses
    if left.i < 2 or left.lower_ not in ("the", "a", "an", "another") and left.tag_ != "POS" and not (
            owner.dep_ == "poss" and owner.pos_ == "PROPN") or doc[left.i - 1].text != ",":
        return None
    name = doc[left.i - 2]
    if name.text == ")":  # "the Financial Conduct Authority (FCA), Britain's markets regulator"
        opening = next((t for t in doc[max(0, name.i - 6): name.i] if t.text == "("), None)
        if opening is None or opening.i == 0:
            return None
        name = doc[opening.i - 1]
    if name.pos_ != "PROPN" and not name.ent_type_ or noun.dep_ == "appos" and noun.head.i == name.i:
        return None
    return name


def missed_appositions(name: Token) -> list[Token]:
    """Nouns in apposition to ``name`` that the parser attached elsewhere: "by Hon Hai, the Taiwanese contract
    manufacturer ...", or as an apposition of a name further back ("X said ... from Avolon, the Dublin-based
    lessor") (a subject only when the name opens the sentence: "Unlike X, the company ..." is no apposition)."""
    doc = name.doc
    comma = name.i + 1
    if comma < len(doc) and doc[comma].text == "(":  # "X (ACR), the ..."
        comma = next((t.i + 1 for t in doc[comma: min(len(doc), comma + 6)] if t.text == ")"), comma)
    if comma + 2 >= len(doc) or doc[comma].text != ",":
        return []
    opening = all(t.dep_ == "compound" and t.pos_ == "PROPN" or t.ent_type_ and t.ent_type_ == name.ent_type_
                  for t in doc[name.sent.start: name.i])
    return [t for t in doc[comma + 2: min(len(doc), comma + 8)]
            if t.tag_ == "NN" and (opening or t.dep_ not in ("nsubj", "nsubjpass") or closed_by_comma(t))
            and (n := comma_appositive(t)) is not None and n.i == name.i]


def closed_by_comma(noun: Token) -> bool:
    """"talks with X, the mining group chaired by Y, collapsed": a noun phrase the parser made a subject
    is still an apposition when a comma closes it (in "Unlike X, the company said ..." none does)."""
    last = noun.right_edge
    after = last.i if last.text == "," else last.i + 1
    return after < len(noun.doc) and noun.doc[after].text == "," and noun.head.i > after


def unit_suffix(words: list[str], lexicon: Lexicon) -> bool:
    """Words after a parent's name that make a national or regional unit: "Korea", "Europe"."""
    units = lexicon.entity.get("unit_suffix_words", frozenset())
    rest = [w for w in words if w not in SAME_COMPANY_WORDS]
    if not rest:
        return False
    if places.country_code(" ".join(rest), allow_codes=False):
        return True
    return all(w in units or places.country_code(w, allow_codes=False) for w in rest)


@lru_cache(maxsize=16384)
def _canonical(type_: str, names: tuple[str, ...]) -> str:
    proper = [canonical_company_name(n) if type_ in ("Company", "Organization") else clean_name(n) for n in names]
    proper = [n for n in proper if n]
    if type_ == "Person":
        return max(proper, key=len)
    if type_ == "Organization":
        # "Commerce" of "Commerce Secretary X" is a portfolio, not the department's name
        proper = [n for n in proper if not any(
            f" {other.lower()}".endswith((f" {n.lower()} {body}", f" {body} of {n.lower()}"))
            for other in proper for body in ("department", "ministry"))] or proper
    # a short form that is also a place's name does not stand for the company ("Sakhalin" of "Sakhalin Energy")
    unplaced = [n for n in proper if not places.place_country(n, min_population=100_000)]
    return min(unplaced or proper, key=lambda n: (len(n), n)) if proper else names[0]


def _initials(name: str, joiners: frozenset[str]) -> str:
    """"Australian Competition and Consumer Commission" -> "ACCC": the first letters of a name's words."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in joiners]
    return "".join(w[0] for w in words).upper() if len(words) >= 3 else ""


def _state_described(noun: Token) -> bool:
    """"state-owned producer", "the state miner", "state-run carrier": a noun said to be a state's."""
    return any(t.lower_ == "state" for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i
               for t in c.subtree)


@dataclass
class Cluster:
    """One entity of the document: the names used for it and its type."""

    id: int
    type: str
    names: list[str] = field(default_factory=list)
    code: str | None = None  # ISO code of a Country
    country: str | None = None  # based_in country learnt from descriptors, for coreference
    nouns: set[str] = field(default_factory=set)  # what the text calls it ("carrier", "lessor"), for coreference
    described: set[str] = field(default_factory=set)  # those of ``nouns`` said of it, not in its name ("Airlines")
    state: bool = False  # described as a state's ("Chile's state-owned producer X"), for "the state miner"

    @property
    def name(self) -> str:
        """Canonical name: the ISO code of a country, else the shortest proper name."""
        if self.code:
            return self.code
        return _canonical(self.type, tuple(self.names))

    @property
    def aliases(self) -> list[str]:
        seen = {self.name}
        out = []
        for n in self.names:
            if n not in seen:
                seen.add(n)
                out.append(n)
        return out


@dataclass
class Mention:
    """A span of tokens that refers to a cluster."""

    start: int
    end: int
    cluster: Cluster
    kind: str = "name"  # name | place | nominal | pronoun | government | demonym
    char_start: int = 0
    char_end: int = 0
    text: str = ""


class Entities:
    """All entity mentions of one parsed document, with on-demand coreference."""

    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        # one Token object per position, reused by every pass below
        self.doc = cast("Doc", sentence_index.CachedDoc(doc))
        self.lexicon = lexicon
        self.clusters: list[Cluster] = []
        self.mention_at: list[Mention | None] = [None] * len(doc)
        self.mentions: list[Mention] = []
        self._by_key: dict[str, Cluster] = {}
        self._bare_country: dict[str, str] = {}  # key of a body's name written with a country -> that country
        self._countries: dict[str, Cluster] = {}
        self.seats = {normalise(k): v for k, v in lexicon.raw.get("seats_of_government", {}).items()}
        self._product_words: list[tuple[int, str]] = []
        self._named_products: dict[str, Token | None] = {}
        # filled by _named_nominals; resolve() may run before it (a product's maker in _products)
        self.named_at: dict[int, Cluster] = {}
        self._bindings: list[tuple[int, tuple[str, frozenset[str]], Cluster]] = []
        self.datelines: list[tuple[Mention, list[Mention]]] = []
        self.prefixes = lexicon.entity.get("name_prefix_words", frozenset())
        self.role_words = frozenset(phrase[-1:] for phrase, _ in lexicon.roles)
        self._find()

    # -- building ---------------------------------------------------------

    def country(self, code: str) -> Cluster:
        if code not in self._countries:
            cluster = Cluster(len(self.clusters), "Country", [code], code=code)
            self.clusters.append(cluster)
            self._countries[code] = cluster
        return self._countries[code]

    def _add(self, start: int, end: int, cluster: Cluster, kind: str) -> Mention | None:
        if start >= end or any(self.mention_at[i] is not None for i in range(start, end)):
            return None
        span = self.doc[start:end]
        first = start
        if kind == "name" and cluster.type == "Person" and start > 0 and \
                self.doc[start - 1].lower_.rstrip(".") in self.lexicon.entity.get("honorifics", ()):
            first = start - 1  # "Mrs. Higgins": the honorific is part of the mention as written, not of the name
        mention = Mention(start, end, cluster, kind, self.doc[first].idx, span.end_char,
                          self.doc[first:end].text)
        for i in range(start, end):
            self.mention_at[i] = mention
        self.mentions.append(mention)
        return mention

    def _trim(self, span: Span) -> tuple[int, int]:
        start, end = span.start, span.end
        if span.label_ == "ORG":
            # "Boeing Executive Vice President Scott Carson": a title is not part of the name.
            titles = self.lexicon.entity.get("title_words", frozenset())
            while end - start > 1 and (self.doc[end - 1].lower_ in titles or (self.doc[end - 1].lower_,) in
                                       self.role_words and end < len(self.doc) and self.doc[end].ent_type_ == "PERSON"):
                end -= 1  # ("FAA Administrator Allan McArtor": a role before a person's name)
        while start < end and (self.doc[start].lower_ == "the" or self.doc[start].is_punct
                               or self.doc[start].pos_ in ("ADV", "SCONJ", "CCONJ") and self.doc[start].dep_ in (
                                   "advmod", "mark", "cc")):
            start += 1  # "Later Acme Foods accused ...": the tagger took the sentence's adverb along
        if span.label_ == "PERSON":
            # "Spokeswoman Anna Berg" at the start of a sentence: the capitalised title is no part of the name
            titles = self.lexicon.entity.get("title_words", frozenset())
            while end - start > 1 and self.doc[start].lower_ in titles and self.doc[start + 1].pos_ == "PROPN":
                start += 1
        # "Institute for Nuclear Research (Ipen": a bracketed acronym is a name of its own.
        end = next((i for i in range(start + 1, end) if self.doc[i].text == "("), end)
        while end > start and (self.doc[end - 1].dep_ == "case" or self.doc[end - 1].is_punct
                               and self.doc[end - 1].text not in (".",)
                               or self.doc[end - 1].is_lower and self.doc[end - 1].pos_ in ("ADP", "CCONJ", "DET",
                                                                                            "PART", "SCONJ")):
            end -= 1  # "Occidental Petroleum to": the tagger took the next function word along
        while end - start > 1 and self.doc[end - 1].is_lower and self.doc[end - 1].lemma_ in self.body_nouns:
            end -= 1  # "the small Marlin Optics company": the common noun describes the name
        # "Boeing 787", "Airbus A320": a model designation after a maker's name (but "Subsea 7", "Channel 4": a
        # short number the name never goes without is part of it)
        for i in range(start + 1, end):
            if self._numbered_name(start, i + 1):
                end = i + 1
                break
            if any(ch.isdigit() for ch in self.doc[i].text) and self.doc[start].pos_ == "PROPN":
                self._product_words += [(start, t.lower_[:-1] if t.lower_.endswith("s") else t.lower_)
                                        for t in self.doc[i + 1: end] if t.is_alpha and t.is_title and len(t) > 3]
                end = i
                break
        return start, end

    def _numbered_name(self, start: int, end: int) -> bool:
        """Whether a name ends in a number of one or two digits that follows its words wherever the text writes
        them, and no noun follows it as the thing numbered ("Subsea 7", not "Falcon 9 rockets")."""
        doc = self.doc
        last = doc[end - 1]
        if end - start < 2 or not last.text.isdigit() or len(last.text) > 2 or \
                not all(t.is_title and t.is_alpha for t in doc[start:end - 1]) or \
                end < len(doc) and doc[end].pos_ == "NOUN":
            return False
        words = [t.text for t in doc[start:end - 1]]
        n = len(words)
        return all(i + n < len(doc) and doc[i + n].text == last.text for i in self._occurrences(words))

    @cached_property
    def _words(self) -> list[str]:
        return [t.text for t in self.doc]

    def _occurrences(self, words: list[str]) -> list[int]:
        """Where the document writes ``words``, token for token (the index of each first word)."""
        n = len(words)
        return [i for i in range(len(self._words) - n + 1) if self._words[i:i + n] == words]

    def example_of(self, token: Token, *, customers: bool = False) -> Token | None:
        """The plural company noun a name is a named example of: "14 Chinese companies, including A and B",
        "carriers such as A" (with ``customers``, also "Iranian clients, including A")."""
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        prep = token.head
        if token.dep_ != "pobj" or not (prep.lower_ in ("including", "like") or prep.lower_ == "as" and prep.i > 0
                                        and self.doc[prep.i - 1].lower_ == "such"):
            return None
        noun = prep.head if prep.head.pos_ == "NOUN" else prep.head.head  # "such" may hang in between
        if noun.tag_ == "NNS" and (noun.lemma_.lower() in self.lexicon.entity["company_nouns"] or
                                   customers and noun.lemma_.lower() in self.lexicon.entity["customer_nouns"]):
            return noun
        return None

    def _aged(self, end: int) -> bool:
        """A name followed by an age between commas: "Warner, 70, who owned ..."."""
        doc = self.doc
        return end + 2 < len(doc) and doc[end].text == "," and doc[end + 2].text == "," and \
            doc[end + 1].text.isdigit() and 16 <= int(doc[end + 1].text) <= 110

    def _politically_targeted(self, token: Token) -> bool:
        """The object of a verb that criticises or sanctions ("accused Tokyo of", "sanctioned Moscow"):
        a capital there stands for its government."""
        if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ == "NOUN":
            # "lodged a protest with New Delhi", "sanctions against Moscow": the phrase of such a noun
            noun = token.head.head.lemma_.lower()
            return self.lexicon.noun_triggers(noun, "criticizes", "sanctions")
        if token.dep_ != "dobj" or token.head.pos_ != "VERB":
            return False
        patterns = self.lexicon.verbs.get(token.head.lemma_.lower(), ())
        return any(p.action in ("criticizes", "sanctions") for p in patterns)

    def _split_at_prepositions(self) -> list[Span]:
        """The tagger's entities, with two names it ran together over a preposition or the verb of the clause
        split apart: "sold its stake in [Brannic Oil to Lindqvist AG]" (not "Bank of America", whose "of" is the
        name's), "[Commission for Protection of Competition ordered Uber]"."""
        doc = self.doc
        out: list[Span] = []
        for ent in doc.ents:
            cut = next((t for t in ent[1:-1] if (t.pos_ == "ADP" and t.lower_ in ("to", "from", "by", "with")
                                                 and not ent.start <= t.head.i < ent.end
                                                 or t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP"))
                        and t.is_lower and doc[t.i - 1].is_title
                        and (doc[t.i + 1].is_title or doc[t.i + 1].is_upper)), None)
            if cut is None and ent.label_ in ("ORG", "PERSON") and len(ent) > 1 and ent[-1].is_lower and \
                    ent[-1].tag_ in ("VBD", "VBZ") and ent[-2].is_title:
                trimmed = doc[ent.start: ent.end - 1]  # "[Roshen challenges] Russian import ban": the verb is out
                trimmed.label_ = ent.label_
                out.append(trimmed)
                continue
            if cut is None and ent.label_ == "ORG" and sum(1 for t in ent if t.text == ",") == 1 and \
                    ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("and", "or") and \
                    doc[ent.end + 1].ent_type_ == "ORG" and doc[ent.end + 1].ent_iob_ == "B":
                # "rivals such as [Holcim, Lafarge] and HeidelbergCement": two names of a list run together (but
                # "China National Cereals, Oils" + "and Foodstuffs Corporation" is one name, joined later)
                after = next(e for e in doc.ents if e.start == ent.end + 1)
                comma = next(t for t in ent if t.text == ",")
                if normalise(after[-1].text) not in self.lexicon.entity["company_words"] and \
                        comma.i > ent.start and comma.i + 1 < ent.end and doc[comma.i + 1].is_title:
                    for piece in (doc[ent.start: comma.i], doc[comma.i + 1: ent.end]):
                        piece.label_ = ent.label_
                        out.append(piece)
                    continue
            if cut is None and ent.label_ == "ORG" and len(ent) == 3 and ent[1].lower_ == "and" and \
                    ent[0].is_title and ent[2].is_title and ent.start > 1 and doc[ent.start - 1].text == "," and \
                    doc[ent.start - 2].ent_type_ == "ORG" and \
                    normalise(ent[2].text) not in self.lexicon.entity["company_words"]:
                # "with Tata Consultancy Services, [Wipro and Accenture]": the last two names of a list run
                # together (a name such as "Hunan Valin Iron and Steel" has more than one word before its "and")
                for piece in (doc[ent.start: ent.start + 1], doc[ent.end - 1: ent.end]):
                    piece.label_ = ent.label_
                    out.append(piece)
                continue
            if cut is None or ent.label_ not in ("ORG", "PERSON"):
                out.append(ent)
                continue
            for piece in (doc[ent.start: cut.i], doc[cut.i + 1: ent.end]):
                piece.label_ = ent.label_
                out.append(piece)
        return out

    def _joined_names(self) -> list[Span]:
        """The tagger's entities, with an organisation's name it cut at "and" or "of" joined again: "The
        Australian Competition and" + "Consumer Commission"."""
        out: list[Span] = []
        org_words = self.lexicon.entity["organization_words"]
        for ent in self._split_at_prepositions():
            if ent.label_ == "PERSON" and len(ent) >= 3 and ent[0].is_title and \
                    (ent[0].lower_.rstrip("."),) in self._titles and all(t.is_title for t in ent[1:3]):
                ent = self.doc[ent.start + 1: ent.end]  # "[Treasurer] Wayne Swan": a title is no part of a name
                ent.label_ = "PERSON"
            if len(ent) > 1 and ent[-1].text == "-" and not ent[-1].whitespace_ and ent.end < len(self.doc) and \
                    (self.doc[ent.end].is_title or self.doc[ent.end].is_upper) and not self.doc[ent.end].ent_type_:
                label = ent.label_
                ent = self.doc[ent.start: ent.end + 1]  # "[JBS-]Friboi": the name goes on after its hyphen
                ent.label_ = label
            if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ in ("and", "of", "&"):
                # "[The Australian Competition and] Consumer Commission" with the rest untagged: the name goes
                # on over its capitalised words to the word that ends a body's or company's name
                end = ent.end
                while end < len(self.doc) and self.doc[end].is_title and not self.doc[end].ent_type_:
                    end += 1
                if end > ent.end and (self.doc[end - 1].lower_ in org_words or normalise(
                        self.doc[end - 1].text) in self.lexicon.entity["company_words"]):
                    ent = self.doc[ent.start: end]
                    ent.label_ = "ORG"
            if out and out[-1].label_ == "PERSON" and out[-1][-1].lower_ in _NAME_PARTICLES and \
                    out[-1][-1].is_lower and ent.start >= out[-1].end and len(ent) <= 2 and ent[0].is_title and \
                    all(t.is_lower and t.lower_ in _NAME_PARTICLES for t in self.doc[out[-1].end:ent.start]):
                out[-1] = self.doc[out[-1].start: ent.end]  # "Dolf van" + "den" + "Brink": one person's name
                out[-1].label_ = "PERSON"
                continue
            hyphen = self.doc[ent.start - 1] if ent.start > 0 else None
            if out and hyphen is not None and hyphen.text == "-" and out[-1].end == hyphen.i and \
                    not hyphen.whitespace_ and not self.doc[hyphen.i - 1].whitespace_ and \
                    {out[-1].label_, ent.label_} <= {"ORG", "PERSON"} and "ORG" in {out[-1].label_, ent.label_}:
                out[-1] = self.doc[out[-1].start: ent.end]  # "JBS" + "-" + "Friboi": one company's name
                out[-1].label_ = "ORG"
                continue
            cut = out and ent.label_ == "ORG" and (
                # (the first piece may carry any label: "The Australian Competition and" as a law)
                out[-1].end == ent.start and self.doc[out[-1].end - 1].lower_ in ("and", "of", "&", "for", "on")
                # "the Carnegie Foundation" + "for" + "the Advancement of Teaching": a body's name goes on
                # over a preposition
                or out[-1].end + 1 == ent.start and self.doc[out[-1].end].lower_ in ("for", "on", "of")
                and out[-1].label_ == "ORG" and out[-1][-1].lower_ in org_words
                # "The Australian Competition" + "and" + "Consumer Commission": one body's name
                or out[-1].end + 1 == ent.start and self.doc[out[-1].end].lower_ == "and"
                and out[-1].label_ == "ORG" and ent[-1].lower_ in org_words and ent[0].lower_ != "the"
                and not any(w.lower_ in org_words for w in out[-1])
                # "China National Cereals, Oils" + "and" + "Foodstuffs Corporation": a name listing its trades
                or out[-1].end + 1 == ent.start and self.doc[out[-1].end].lower_ == "and"
                and out[-1].label_ == "ORG" and any(t.text == "," for t in out[-1][1:-1]) and ent[0].is_title
                and normalise(ent[-1].text) in self.lexicon.entity["company_words"])
            # "The Communications Authority" + "of" + "Kenya": a body's name ending in its country
            if out and not cut and ent.label_ == "GPE" and out[-1].end + 1 == ent.start and \
                    self.doc[out[-1].end].lower_ == "of" and out[-1].label_ == "ORG" and len(out[-1]) > 1 and \
                    out[-1][-1].lower_ in org_words and places.country_code(ent.text) is not None and \
                    not (ent.end < len(self.doc) and self.doc[ent.end].tag_ == "POS"):
                cut = True
            # "Lockheed" + "Martin" (as a person): one compound name the tagger split
            if out and not cut and ent.label_ == "PERSON" and len(ent) == 1 and out[-1].end == ent.start and \
                    out[-1].label_ == "ORG" and self.doc[ent.start - 1].dep_ == "compound" and \
                    self.doc[ent.start - 1].head.i == ent.start:
                cut = True
            # "Concha" + "y" + "Toro": a Spanish or Portuguese name joined by "y"/"e" that the tagger split (or
            # whose first part it missed)
            joint = ent.start - 1
            if not cut and joint > 0 and self.doc[joint].text in ("y", "e") and ent[0].is_title and \
                    ent.label_ != "GPE" and self.doc[joint - 1].is_title and self.doc[joint - 1].pos_ == "PROPN":
                if out and out[-1].end == joint:
                    cut = True
                elif not out or out[-1].end < joint - 1:
                    begin = joint - 1
                    while begin > 0 and self.doc[begin - 1].is_title and self.doc[begin - 1].pos_ == "PROPN" and \
                            self.doc[begin - 1].dep_ == "compound" and (not out or begin - 1 >= out[-1].end):
                        begin -= 1
                    out.append(self.doc[begin:ent.end])
                    out[-1].label_ = "ORG"
                    continue
            if cut:
                out[-1] = self.doc[out[-1].start: ent.end]  # a span of the document, labelled below
                out[-1].label_ = "ORG"
            elif ent.label_ == "ORG" and ent.end < len(self.doc) and self._numbered_name(ent.start, ent.end + 1):
                out.append(self.doc[ent.start: ent.end + 1])  # "Subsea" + "7"
                out[-1].label_ = "ORG"
            else:
                out.append(ent)
        return self._paired_names(out)

    def _paired_names(self, spans: list[Span]) -> list[Span]:
        """"Delta" + "and" + "Pine Land": two names the tagger cut at an "and", which the article never writes
        apart (at least twice "X and Y", and never "X" or "Y" alone), are one company's name."""
        doc = self.doc

        def count(seq: list[str]) -> int:
            return len(self._occurrences(seq))

        whole = {ent.text for ent in spans}  # (a name the tagger also found whole is mended by _rescan)
        out: list[Span] = []
        for ent in spans:
            if out and out[-1].end + 1 == ent.start and doc[out[-1].end].lower_ == "and" and ent.label_ == "ORG" \
                    and out[-1].label_ in ("ORG", "LOC", "GPE", "PERSON") and out[-1][0].is_title and ent[0].is_title:
                first = [t.text for t in out[-1] if t.lower_ != "the"]
                second = [t.text for t in ent if t.tag_ != "POS"]
                together = count(first + ["and"] + second)
                if first and together >= 2 and count(first) == together and count(second) == together and \
                        doc[out[-1].start: ent.end].text not in whole:
                    out[-1] = doc[out[-1].start: ent.end]
                    out[-1].label_ = "ORG"
                    continue
            out.append(ent)
        return out

    def _legal_form_end(self, end: int) -> int:
        """The end of a name with the legal form written right after it that the tagger left out:
        "Nordvik Pharma" + "A/S" (three tokens), "Fiat" + "S.p.A."."""
        doc = self.doc
        if end >= len(doc) or doc[end].is_lower or doc[end].is_sent_start or doc[end].is_space:
            return end
        text = ""
        found = end
        for i in range(end, min(end + 3, len(doc))):
            if i > end and (doc[i - 1].whitespace_ or doc[i].is_sent_start):
                break
            text += doc[i].text
            if is_legal_form(text):
                found = i + 1  # the longest form: "A/S" over "A"
        return found

    def _government_of(self, start: int, end: int) -> str | None:
        """"the Canadian Government", "the United States Government": a country's government is the country."""
        words = self.doc[start:end]
        if len(words) < 2 or words[-1].lower_ not in self.lexicon.entity["government_nouns"]:
            return None
        return places.country_code(words[:-1].text)

    _BUSINESS_ACTIONS = frozenset({"acquires", "supplies", "partners_with", "invests_in", "competes_with", "sues"})
    _OWNED_ACTIONS = frozenset({"acquires", "invests_in"})  # what is bought or invested in

    def _called_company(self, token: Token) -> bool:
        """"Swiss food group Nestlé", "Maersk, the Danish group": a name with a company noun before it in its
        compound or in apposition."""
        nouns = self.lexicon.entity["company_nouns"]
        return any(c.pos_ == "NOUN" and c.lemma_.lower() in nouns and (
            c.dep_ == "appos" or c.dep_ == "compound" and c.i < token.i) for c in token.children) or \
            token.dep_ == "appos" and token.head.pos_ == "NOUN" and token.head.lemma_.lower() in nouns

    def _placed(self, token: Token) -> bool:
        """"the plant in Itu": a name where a facility is, a place wherever the facility is bought."""
        return token.dep_ == "pobj" and token.head.lower_ in ("in", "at", "near") and \
            token.head.head.lemma_.lower() in self.lexicon.entity.get("facility_nouns", ())

    def _business_argument(self, token: Token, actions: frozenset[str] = _BUSINESS_ACTIONS) -> bool:
        """Whether a token is the subject, object or prepositional object of a verb or noun that triggers a
        company-to-company action in the lexicon ("buy", "merger with", "order from")."""
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head  # "competes with LATAM and Gol": the first conjunct's place in the clause
        if token.dep_ == "pobj":
            node = token.head.head  # the word the preposition hangs on
            if token.head.lower_ == "from" and node.dep_ == "pobj" and node.head.lower_ == "for":
                node = node.head.head  # "an order for 20 jets from Embraer": the goods' trigger
        elif token.dep_ in ("nsubj", "nsubjpass", "dobj", "compound", "poss"):
            node = token.head
        else:
            return False
        if token.dep_ in ("poss", "compound") and node.pos_ == "NOUN" and node.dep_ in ("dobj", "nsubjpass") \
                and node.head.pos_ == "VERB" and node.head.lemma_.lower() not in self.lexicon.nouns:
            node = node.head  # "Nvidia's chips are made by TSMC": the owner of goods bought, made or sold
        if token.dep_ == "nsubj" and node.pos_ == "VERB" and node.lemma_.lower() not in self.lexicon.verbs:
            # "Aramco agreed to buy a stake in X": the verb the subject controls
            node = next((c for c in node.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), node)
        lemma = node.lemma_.lower()
        found = list(self.lexicon.verbs.get(lemma, ()) if node.pos_ == "VERB" else self.lexicon.nouns.get(lemma, ()))
        if node.pos_ == "VERB" and token.dep_ in ("nsubj", "nsubjpass"):
            # "Etihad cancelled its order": the verb's object is a deal of the lexicon
            found += [p for c in node.children if c.dep_ == "dobj"
                      for p in self.lexicon.nouns.get(c.lemma_.lower(), ())]
        return any(p.action in actions for p in found)

    def _untagged_companies(self) -> None:
        """"Emirates ordered 50 jets", "Etihad cancelled its order": a capitalised name the tagger missed, acting
        in a company-to-company action (a buyer, seller, partner or target), is a company."""
        doc = self.doc
        cues = self.lexicon.entity
        common = cues["company_nouns"] | cues["generic_nouns"] | cues["government_nouns"] | cues["organization_words"] \
            | cues.get("unit_suffix_words", frozenset()) | cues.get("place_words", frozenset())
        as_subject = self._BUSINESS_ACTIONS | {"operates_in"}
        as_object = self._BUSINESS_ACTIONS | {"founded"}  # "Zuckerberg founded Facebook"
        for token in doc:
            # (a name in camel case is a name too: "IndiGo", "SpiceJet"; so is an acronym the tagger took for a
            # common noun after a country's possessive, "China's CRRC", or for a date, "railway group PKP")
            acronym_like = token.is_upper and token.is_alpha and len(token) >= 3 and token.lower_ not in self._MONTHS
            name_like = token.pos_ == "PROPN" and token.text[:1].isupper() or token.pos_ == "NOUN" and acronym_like \
                and any(c.dep_ == "poss" and places.country_code(c.text) for c in token.children)
            if not name_like or self.mention_at[token.i] is not None \
                    or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "npadvmod") \
                    or len(token) < (2 if token.is_upper else 3) \
                    or token.dep_ == "conj" and not self._company_at(token.head) \
                    or token.ent_type_ not in ("", "ORG", "PRODUCT") and not (
                        token.ent_type_ == "DATE" and acronym_like) and not (
                        token.ent_type_ == "NORP" and not places.is_demonym(token.text)
                        and not any(n.split()[0] == token.text for c in self.clusters for n in c.names)) \
                    or token.dep_ == "pobj" and token.head.lower_ not in ("from", "to", "with", "by", "for", "of"):
                continue  # "on Tuesday" (a date), "in Barueri": not a party to a deal
            start = self._compound_start(token)
            text = doc[start: token.i + 1].text
            actions = as_subject if token.dep_ == "nsubj" else as_object if token.dep_ == "dobj" else \
                self._BUSINESS_ACTIONS
            hiring = token.dep_ == "nsubj" and token.head.lemma_.lower() in ("hire", "appoint", "recruit") or \
                token.dep_ == "npadvmod" and token.head.lower_ in ("owned", "backed", "controlled")  # "Meta-owned"
            described = any(c.dep_ in ("compound", "appos") and c.lemma_.lower() in self._apposed_company_nouns
                            and c.pos_ == "NOUN" for c in token.children)  # "equipment maker ASML"
            # "Baidu, Alibaba and Tencent": a name in a list after a company's
            first = token
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            described = described or first is not token and any(t.text == "," for t in doc[first.i + 1: token.i])
            # "Lingxin, which is based in Hefei": what is based or headquartered somewhere is an organisation
            described = described or token.dep_ == "nsubj" and any(
                c.dep_ in ("relcl", "acl") and c.lower_ in ("based", "headquartered") for c in token.children)
            described = described or self._based_description(token)  # "X, the Stockholm-based publisher"
            if any(ch.isdigit() for ch in text) or start > 0 and any(ch.isdigit() for ch in doc[start - 1].text):
                continue  # "delivered the first A350 to X", "737 MAX jets": a model designation, not a company
            if any(m.text == text and m.cluster.type == "Country" for m in self.mentions) and not any(
                    c.type == "Company" and any(n.split()[0] == text for n in c.names) for c in self.clusters):
                continue  # "its factory in Burnaston, England" ... "Burnaston would remain": the place again
            if token.ent_type_ == "PRODUCT" and not any(c.dep_ == "appos" and c.lemma_.lower() in cues["company_nouns"]
                                                        for c in token.children):
                continue  # ("Maersk, the Danish group": a "product" the text calls a company is one)
            acronym = start == token.i and _acronym(token)
            # a town's name is a company's when it acts as one, a city's only when the text calls it a company
            # ("Rio Tinto agreed to buy Alcan", "telecoms group Orange")
            if token.lower_ in common or "." in text and not (described and _DOMAIN_NAME.match(text)) \
                    or places.country_code(text, allow_codes=not acronym) \
                    or places.place_country(text, allow_codes=not acronym, min_population=100_000) and not described \
                    or not (described or hiring or self._business_argument(token, actions=actions)
                            or self._business_clause(token, as_subject)):
                # ("telecoms group Orange": a town's name the text calls a company is the company's)
                continue  # "the Company", "Europe", "Detik.com quoted": not a company's own name
            end = token.i + 1
            if end < len(doc) and self._numbered_name(start, end + 1):
                end += 1  # "Subsea 7"
                text = doc[start:end].text
            cluster = self._cluster_for(text, "Company")
            if self._add(start, end, cluster, "name"):
                cluster.names.append(clean_name(text))

    @cached_property
    def _apposed_company_nouns(self) -> frozenset[str]:
        """Nouns that, in apposition or compounded with a name, make it a company's: the company nouns and those
        that name no company when alone ("Petroquiriquire, a PDVSA-led venture", but "the venture will export")."""
        cues = self.lexicon.entity
        return cues["company_nouns"] | cues.get("apposed_company_nouns", frozenset())

    def _visited(self, token: Token) -> bool:
        """Whether a token is where a verb of travel goes: "visited Bangalore", "flew to Mumbai"."""
        if token.dep_ == "dobj":
            verb = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "to":
            verb = token.head.head
        else:
            return False
        return verb.pos_ == "VERB" and any(
            p.action == "visits" for p in self.lexicon.verbs.get(verb.lemma_.lower(), ()))

    def _sited(self, token: Token, *, near: bool = False) -> bool:
        """Whether a token is where a facility is: "its plant in Aguascalientes" (with ``near``, "near X" too)."""
        return token.dep_ == "pobj" and token.head.lower_ in (("in", "near") if near else ("in",)) and \
            token.head.head.lemma_.lower() in self.lexicon.entity.get("facility_nouns", frozenset())

    def _based_description(self, name: Token) -> bool:
        """"Paradox Interactive, the Stockholm-based publisher": a name in apposition with a noun said to be based
        somewhere is an organisation's (not "Jan Roe, the London-based analyst": a role only people hold)."""
        shared = self.lexicon.entity.get("shared_roles", frozenset())
        return any(c.dep_ == "appos" and c.i > name.i and c.pos_ == "NOUN" and (
            (c.lower_,) not in self.role_words or c.lower_ in shared) and any(
            g.dep_ == "amod" and g.lower_ in ("based", "headquartered") for g in c.children) for c in name.children)

    def _untagged_bodies(self) -> None:
        """"the Delhi High Court banned ...": capitalised words the tagger missed that a word for a public body ends
        ("Court", "Commission", "Ministry") name that body, when "the" opens them."""
        doc = self.doc
        bodies = self.lexicon.entity["organization_words"]
        for token in doc:
            if token.pos_ != "PROPN" or not token.is_title or token.lower_ not in bodies \
                    or self.mention_at[token.i] is not None or token.ent_type_:
                continue
            start = token.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and \
                    doc[start - 1].dep_ == "compound" and self.mention_at[start - 1] is None and \
                    not doc[start - 1].ent_type_ and doc[start - 1].head.i == token.i:
                start -= 1
            if start == token.i or start == 0 or doc[start - 1].lower_ != "the":
                continue  # (one word alone, "the Court", is no name; nor a headline's capitals)
            text = doc[start:token.i + 1].text
            cluster = self._cluster_for(text, "Organization")
            if self._add(start, token.i + 1, cluster, "name"):
                cluster.names.append(clean_name(text))
        # "the RMT rail union", "the NBTC regulator": an acronym the tagger missed before a word for a body
        nominals = self.lexicon.entity.get("organization_nominals", frozenset())
        for token in doc[1:]:
            head = token.head
            while head.dep_ == "compound" and head.is_lower and head.head.i > head.i:
                head = head.head  # an acronym the parser hung on a compound ("the ABVV trade union": "trade")
            if not _acronym(token) or token.ent_type_ or token.dep_ not in ("compound", "amod") \
                    or self.mention_at[token.i] is not None or doc[token.i - 1].lower_ != "the" \
                    or head.i <= token.i or head.pos_ != "NOUN" or head.lemma_.lower() not in nominals \
                    or not all(t.dep_ == "compound" and t.is_lower for t in doc[token.i + 1:head.i]):
                continue
            cluster = self._cluster_for(token.text, "Organization")
            if self._add(token.i, token.i + 1, cluster, "name"):
                cluster.names.append(token.text)

    def _given_role(self, verb: Token) -> bool:
        """"chose Anna Berg as chief executive": a verb that gives its object a role (a person, not a supplier)."""
        return any(c.dep_ == "prep" and c.lower_ == "as" and any(
            (g.lower_,) in self.role_words or (g.lemma_.lower(),) in self.role_words
            for p in c.children if p.dep_ == "pobj" for g in p.subtree) for c in verb.children)

    def _business_clause(self, name: Token, actions: frozenset[str]) -> bool:
        """"Uralkali, which supplies potash to Yara, ...": a name a "which" clause says does business; "Pringles,
        which Kellogg bought from P&G": one it says was bought or invested in (not "Windows, which Microsoft sells")."""
        for clause in (c for c in name.children if c.dep_ == "relcl" and c.pos_ == "VERB"):
            relative = [w for w in clause.children if w.dep_ in ("nsubj", "dobj") and w.lower_ in ("which", "that")]
            if any(w.dep_ == "nsubj" and self._business_argument(w, actions=actions) for w in relative):
                return True
            if any(w.dep_ == "dobj" for w in relative) and any(
                    p.action in self._OWNED_ACTIONS and "subj" in p.subject and "dobj" in p.object
                    for p in self.lexicon.verbs.get(clause.lemma_.lower(), ())):
                return True  # (the clause's subject the buyer: not "sold to Dell", said of goods as often)
        return False

    def _apposed_acronyms(self) -> None:
        """"Brazil's competition authority, CADE, fined ...", "its Stockholm studio DICE": an acronym the tagger
        missed, in apposition to what the text calls a company or a public body or named by it, is one's name."""
        cues = self.lexicon.entity
        nouns = cues["company_nouns"]
        bodies = (cues["organization_words"] | cues.get("organization_nominals", frozenset())) - nouns
        for token in self.doc:
            if self.mention_at[token.i] is not None or not _acronym(token) or token.ent_type_ not in ("", "ORG") \
                    or is_legal_form(token.text):
                continue
            noun = token.head if token.dep_ == "appos" else next(
                (c for c in token.children if c.dep_ in ("appos", "compound") and c.pos_ == "NOUN"), None)
            if noun is None or noun.pos_ != "NOUN" or self.mention_at[noun.i] is not None:
                continue
            lemma = noun.lemma_.lower()
            type_ = "Organization" if lemma in bodies else "Company" if lemma in nouns else None
            if type_ is None:
                continue
            cluster = self._cluster_for(token.text, type_)
            if self._add(token.i, token.i + 1, cluster, "name"):
                cluster.names.append(token.text)

    def _alliance_names(self) -> None:
        """"the SkyTeam alliance": a name the tagger missed (or called a product) before an alliance's noun is the
        alliance's, a body of its members."""
        groupings = self.lexicon.entity.get("grouping_nouns", frozenset())
        for token in self.doc:
            if self.mention_at[token.i] is None and token.pos_ == "PROPN" and token.ent_type_ in ("", "PRODUCT") \
                    and token.dep_ == "compound" and token.head.lemma_.lower() in groupings \
                    and token.head.i == token.i + 1 and not token.is_lower and token.is_alpha \
                    and not places.country_code(token.text):
                start = self._compound_start(token)
                cluster = self._cluster_for(self.doc[start:token.i + 1].text, "Organization")
                if self._add(start, token.i + 1, cluster, "name"):
                    cluster.names.append(self.doc[start:token.i + 1].text)

    def _compound_start(self, token: Token, *, limit: int | None = None, titled: bool = False) -> int:
        """Where a name ends by ``token`` begins: its proper-noun compounds not yet in a mention ("Lachlan" of
        "Lachlan Wray"), at most ``limit`` of them, capitalised if ``titled``."""
        doc = self.doc
        start = token.i
        while start > 0 and (limit is None or token.i - start < limit) and doc[start - 1].dep_ == "compound" and \
                start <= doc[start - 1].head.i <= token.i and (
                doc[start - 1].pos_ == "PROPN" or doc[start - 1].pos_ == "ADJ" and doc[start - 1].is_title
                and not places.country_code(doc[start - 1].text)) and \
                (doc[start - 1].is_title or not titled) and self.mention_at[start - 1] is None:
            start -= 1  # ("Electronic Arts": a capitalised adjective the parser made part of the name)
        start = self._hyphen_start(start, token.i + 1)
        while start < token.i and doc[start].is_sent_start and (
                doc[start].lower_ in self.lexicon.entity["company_nouns"] or doc[start].lower_ in self.lexicon.nouns):
            start += 1  # "Rival Glencore, which ...": a common noun capitalised to open the sentence
        return start

    def _organization_before(self, start: int, end: int) -> int | None:
        """Where a name tagged as an organisation begins when it runs, through capitalised compounds, into the
        country at ``start:end`` ("Toyota Motor" + "Manufacturing" + "Indonesia"), else None."""
        doc = self.doc
        i = start - 1
        while i >= 0 and doc[i].dep_ == "compound" and doc[i].head.i == end - 1 and doc[i].is_title \
                and doc[i].pos_ == "PROPN" and doc[i].ent_type_ != "ORG" and start - i < 4:
            i -= 1
        between = start - 1 - i  # the capitalised words between the organisation's name and the country
        if i < 0 or doc[i].ent_type_ != "ORG" or doc[i].dep_ != "compound" or \
                not between and doc[i].head.i != end - 1:
            return None
        ent = next((e for e in doc.ents if e.start <= i < e.end), None)
        if ent is None or ent.end != i + 1 or any(t.dep_ != "compound" or t.head.i < i for t in ent):
            return None
        return ent.start

    def _hyphen_start(self, start: int, end: int) -> int:
        """"Mota-Engil", "S-Oil": where a name begins when the tokenizer split it at a hyphen (not "R-Texas", a
        party and state label)."""
        doc = self.doc
        if start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and \
                not doc[start - 2].whitespace_ and doc[start - 2].is_title and doc[start - 2].pos_ == "PROPN" and \
                doc[start - 2].is_alpha and doc[start].is_alpha and not (
                    doc[start - 2].text in ("R", "D", "I") and self._place_code(doc[start].text) == "US") and \
                self.mention_at[start - 2] is None and start <= doc[start - 2].head.i < end:
            return start - 2
        return start

    def _untagged_people(self) -> None:
        """"Lachlan Wray, the Greens' resources spokesman, accused ...": a two- or three-word capitalised name
        the tagger missed, with a role only people hold in apposition, is a person."""
        doc = self.doc
        for token in doc:
            if token.pos_ != "PROPN" or not token.is_title or self.mention_at[token.i] is not None:
                continue
            start = self._compound_start(token, limit=2, titled=True)
            if start == token.i or not self._has_person_role(start, token.i + 1):
                continue
            cluster = self._cluster_for(doc[start: token.i + 1].text, "Person")
            if self._add(start, token.i + 1, cluster, "name"):
                cluster.names.append(clean_name(doc[start: token.i + 1].text))

    def _role_compound_names(self) -> None:
        """"Healy president George Malina", "ITAR-TASS correspondent Mikhail Shevtsov": a name the tagger saw but
        found no entity for, or an acronym it missed, before a role and a person's name, names the body the person
        holds the role in (not a portfolio: "Defence Minister X", "US Trade Representative Y"; not a country)."""
        doc = self.doc
        titles = self.lexicon.entity.get("title_words", frozenset())
        portfolios = self.lexicon.entity.get("minister_words", frozenset())
        for m in list(self.mentions):
            if m.kind != "name" or m.cluster.type != "Person" or m.start < 2:
                continue
            words = tuple(t.lower_ for t in doc[max(0, m.start - 3): m.start])
            phrase = next((p for p, _ in self.lexicon.roles if p == words[len(words) - len(p):]), None)
            if phrase is None or phrase[-1] in portfolios:
                continue
            end = m.start - len(phrase)
            start = end
            while start > 0 and end - start < 5 and self.mention_at[start - 1] is None:
                word = doc[start - 1]
                if word.text == "-" and start > 1 and not word.whitespace_ and not doc[start - 2].whitespace_:
                    start -= 1  # "ITAR-TASS"
                    continue
                if word.pos_ != "PROPN" or not (word.ent_type_ or word.is_upper and len(word) > 1) or \
                        word.lower_.rstrip(".") in titles or normalise(word.text) in self.seats or \
                        places.country_code(word.text) or places.is_demonym(word.text):
                    break
                start -= 1
            if doc[start].text == "-":
                start += 1
            if start == end or doc[end - 1].dep_ != "compound":
                continue
            text = doc[start:end].text
            cluster = self._cluster_for(text, self._org_type(text, "ORG"))
            if self._add(start, end, cluster, "name"):
                cluster.names.append(clean_name(text))

    def _legal_form_names(self) -> None:
        """"Hedegaard Foods A/S", "Bremer Mühlen S.p.A.": capitalised words the tagger missed, followed by a
        legal form, are a company's name."""
        doc = self.doc
        for i in range(1, len(doc)):
            if doc[i - 1].pos_ != "PROPN" or not doc[i - 1].is_title or self.mention_at[i] is not None \
                    or self.mention_at[i - 1] is not None:
                continue
            end = self._legal_form_end(i)
            if end == i:
                continue
            start = i
            while start > 0 and i - start < 4 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and self.mention_at[start - 1] is None and not doc[start].is_sent_start:
                start -= 1
            if start == i:
                continue
            cluster = self._cluster_for(doc[start:end].text, "Company")
            if self._add(start, end, cluster, "name"):
                cluster.names.append(clean_name(doc[start:end].text))

    def _known_unit_name(self, i: int, country: int, org_words: set[str] | frozenset[str]) -> bool:
        """"its subsidiary easyJet Switzerland": a company's name tagged elsewhere, whatever the parser made of
        it, hung with the country after it on one word."""
        word, place = self.doc[i], self.doc[country]
        return not word.is_lower and not word.ent_type_ and normalise(word.text) in org_words and word.is_alpha and (
            word.dep_ == "compound" and word.head.i == country
            or word.dep_ == place.dep_ == "appos" and word.head.i == place.head.i)

    def _company_at(self, token: Token) -> bool:
        mention = self.mention_at[token.i]
        return mention is not None and mention.cluster.type == "Company"

    def body_name(self, name: str) -> bool:
        """Whether a name has a word only companies and organisations have: "the European Space Agency",
        "Acme Corp."."""
        return any(w.strip(".,") in self.lexicon.entity["company_words"] | self.lexicon.entity["organization_words"]
                   for w in name.lower().split())

    @cached_property
    def body_nouns(self) -> frozenset[str]:
        """Common nouns of companies and organisations ("company", "carrier", "agency")."""
        return self.lexicon.entity["company_nouns"] | self.lexicon.entity["organization_words"]

    def _titled(self, start: int, end: int) -> bool:
        """A two- to four-word name right after a personal title, capitalised or in the name's compound:
        "Chancellor Olaf Scholz", "CADE president Vinicius Marques de Carvalho"."""
        if not 2 <= end - start <= 4 or start == 0:
            return False
        title = self.doc[start - 1]
        if self.body_name(self.doc[start:end].text):
            return False
        shared = self.lexicon.entity.get("shared_roles", frozenset())
        return (title.is_title and end - start <= 3 or title.dep_ == "compound" and start <= title.head.i < end) \
            and (title.lower_,) in self.role_words and title.lower_ not in shared

    def _relative_pronoun(self, end: int) -> str | None:
        """The pronoun a relative clause takes a name up with, right after its comma: "Mason, who headed the
        agency" -> "who", "Barrick Gold, which has cut 1,000 jobs" -> "which"."""
        if end >= len(self.doc) or self.doc[end].text != ",":
            return None
        return next((w.lower_ for c in self.doc[end - 1].children if c.dep_ == "relcl" and c.i > end
                     for w in c.children if w.dep_ in ("nsubj", "nsubjpass") and w.i == end + 1), None)

    def _who_clause(self, end: int) -> bool:
        """A name taken up with "who" is a person's (a company's takes "which")."""
        return self._relative_pronoun(end) == "who"

    def _which_clause(self, end: int) -> bool:
        """A name taken up with "which" is no person's."""
        return self._relative_pronoun(end) == "which"

    def _chair_or_head(self, end: int) -> bool:
        """"the local unit headed by Amit Agarwal", "a board chaired by X": who heads or chairs is a person."""
        name = self.doc[end - 1]
        return end - 1 > 0 and name.dep_ == "pobj" and name.head.dep_ == "agent" and \
            name.head.head.lemma_.lower() in ("head", "chair") and not _acronym(name)

    def _has_person_role(self, start: int, end: int) -> bool:
        """A name followed by a role only people hold: "Jane Roe, chief executive of Acme"."""
        words = [w.lower() for w in self.doc[start:end].text.split()]
        if any(w.strip(".,") in self.lexicon.entity["company_words"] for w in words[1:]) or \
                words[-1] in self.lexicon.entity["organization_words"]:
            return False
        shared = self.lexicon.entity.get("shared_roles", frozenset())
        for child in self.doc[end - 1].children:
            if child.dep_ == "appos" and child.i >= end and (child.lower_,) in self.role_words \
                    and child.lower_ not in shared and child.tag_ == "NN" and not any(
                    g.dep_ == "amod" and g.lower_ in _PROPERTY_WORDS for g in child.children):
                return True  # (not "X, the state-owned food trader": people are not owned or listed)
        # "Its chief executive, Stéphane Israël, said": a name apposed to a role only people hold
        name, role = self.doc[end - 1], self.doc[end - 1].head
        return name.dep_ == "appos" and role.i < start and role.tag_ == "NN" and (role.lower_,) in self.role_words \
            and role.lower_ not in shared and not _acronym(name)

    def _org_type(self, text: str, label: str) -> str:
        words = [w.strip(".,").lower() for w in text.split()]
        cues = self.lexicon.entity
        if text in cues.get("organization_names", ()) or text.lower() in cues.get("organization_names", ()):
            return "Organization"
        if len(words) == 2 and words[-1] in cues["organization_words"] and words[-1] in cues["event_words"] and \
                places.country_code(_POSSESSIVE.sub("", text.split()[0])):
            return "Organization"  # "the U.S. Congress", "Brazil's Congress": a country's body, not a gathering
        if words and words[-1] in cues["event_words"] and not (
                words[-1] in cues.get("qualified_event_words", ()) and
                not any(w in cues.get("event_qualifiers", ()) for w in words[:-1])) and not (
                len(words) == 1 and words[0] in cues["organization_words"]) or label == "EVENT":
            return "Event"  # "Olympic Games", "Paris Air Show"; not "Epic Games" nor plain "Congress"
        heads = [w for w, nxt, after in zip(words, words[1:], [*words[2:], ""], strict=False)
                 if nxt in ("of", "for") or nxt == "general" and after in ("of", "for")]
        if any(w in cues["organization_words"] for w in heads):
            # "Ministry of Energy", "U.S. Department of Transportation", "Directorate General of Civil Aviation"
            return "Organization"
        if any(w in cues["company_words"] for w in words[1:]) and words[-1] not in cues["organization_words"]:
            return "Company"  # (but "Korea Communications Commission", "Financial Services Agency" are bodies)
        if any(w in cues["organization_words"] for w in words):
            return "Organization"
        return "Company"

    def _cluster_for(self, name: str, type_: str, title: str = "") -> Cluster:
        """The cluster of a name: one already seen under this or a longer or shorter form, else a new one.
        ``title`` is the word after the name ("Commerce" + "Secretary"), to tell which body a portfolio names."""
        key = normalise(name) or " ".join(name.lower().split()) or "?"  # "**": no word left after normalising
        if key in self._by_key:
            return self._by_key[key]
        # A longer or shorter form of a name already seen: "Huawei" / "Huawei Technologies Co.".
        words = key.split()
        ministry_words = self.lexicon.entity.get("ministry_words", ())
        portfolio: list[tuple[str, Cluster]] = []  # bodies a portfolio's words name: (their head word, cluster)
        for other_key, cluster in self._by_key.items():
            if cluster.type == "Country":
                continue
            other = other_key.split()
            if not other or not words:
                continue
            short, long_ = (words, other) if len(words) <= len(other) else (other, words)
            if long_[: len(short)] == short and all(w in SAME_COMPANY_WORDS for w in long_[len(short):]):
                if cluster.type != "Person" or type_ == "Person":
                    self._by_key[key] = cluster
                    return cluster
            if type_ != "Person" and cluster.type == "Organization" and len(other) > 2 and \
                    other[0] in ministry_words and other[1] in ("of", "for") and \
                    [w for w in other[2:] if w != "and"] == [w for w in words if w != "and"]:
                portfolio.append((other[0], cluster))  # "Economy, Trade and Industry (Minister)": the ministry's words
            if type_ != "Person" and cluster.type == "Organization" and len(other) == len(words) + 1 and \
                    other[-1] in ministry_words and other[:-1] == words:
                portfolio.append((other[-1], cluster))  # "Commerce (Secretary)": "the Commerce Department"
            if type_ == "Person" and cluster.type == "Person" and len(words) == 1 and words[0] == other[-1]:
                self._by_key[key] = cluster
                return cluster
        if portfolio:
            # the body the title heads ("Secretary": a department), else the first named
            body = self.lexicon.body_headed(title)
            chosen = next((c for word, c in portfolio if word == body), portfolio[0][1])
            self._by_key[key] = chosen
            return chosen
        code, bare = without_country(name) if type_ == "Organization" else (None, None)
        same = self._by_key.get(bare) if bare is not None else None
        if bare is not None and same is not None and same.type == "Organization" and \
                self._bare_country.get(bare, code) == code:
            # "the US Commerce Department" after "the Commerce Department" (not "the UAE Air Force" after "the
            # United States Air Force")
            self._by_key[key] = same
            return same
        cluster = Cluster(len(self.clusters), type_, [])
        self.clusters.append(cluster)
        self._by_key[key] = cluster
        if bare is not None and code is not None and bare not in self._by_key:
            self._by_key[bare] = cluster  # "the Commerce Department" after "the US Commerce Department"
            self._bare_country[bare] = code
        return cluster

    def _unit_described(self, mention: Mention) -> Cluster | None:
        """The company a name is written as the parent of: "Tesco Lotus, a unit of Tesco" -> Tesco Lotus."""
        head = self.doc[mention.end - 1]
        units = UNIT_NOUNS
        if head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.lower_ in ("owned", "controlled"):
            # "Nokia Siemens Networks, which became wholly owned by Finland's Nokia": the owned company
            verb = head.head.head
            owned = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ not in ("which", "that")] or (
                [verb.head] if verb.dep_ in ("relcl", "acl") else [])
            found = self.mention_at[owned[0].i] if owned else None
            return found.cluster if found is not None and found.cluster is not mention.cluster else None
        if head.dep_ == "pobj" and head.head.lower_ == "of":
            noun = head.head.head
        elif head.dep_ == "poss":
            noun = head.head
        else:
            return None
        if noun.lemma_.lower() not in units:
            return None
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head  # "X, Y's main competitor and a unit of Z"
        named = noun.head if noun.dep_ == "appos" else comma_appositive(noun)
        found = self.mention_at[named.i] if named is not None else None
        return found.cluster if found is not None and found.cluster is not mention.cluster else None

    def _name_rest(self, end: int, *, nouns: bool = False) -> int:
        """Where a name cut short before ``end`` really ends: the capitalised words it modifies as a compound
        ("Volvo" + "Cars", "Big C" + "Supercenter"), not a title ("Apple CEO")."""
        doc = self.doc
        titles = self.lexicon.entity.get("title_words", frozenset())
        portfolios = self.lexicon.entity.get("portfolio_titles", frozenset())
        while end < len(doc) and (doc[end].pos_ == "PROPN" or nouns and doc[end].pos_ == "NOUN") \
                and doc[end].is_title and not doc[end].ent_type_ and self.mention_at[end] is None \
                and not (end + 1 < len(doc) and doc[end + 1].lower_ in portfolios) \
                and doc[end - 1].dep_ == "compound" and (doc[end - 1].head.i == end or doc[end].dep_ == "compound"
                                                         and doc[end].head.i == doc[end - 1].head.i > end) \
                and doc[end].lower_ not in titles and (doc[end].lower_,) not in self.role_words:
            end += 1
        return end

    def _body_rest(self, end: int) -> int:
        """Where a body's name cut short after its organisation word really ends: "the Netherlands Authority" +
        "for the Financial Markets", capitalised words the tagger left out."""
        doc = self.doc
        if end + 2 >= len(doc) or doc[end - 1].lower_ not in self.lexicon.entity["organization_words"] or \
                doc[end].lower_ not in ("for", "of") or doc[end].head.i != end - 1:
            return end
        first = end + 2 if doc[end + 1].lower_ == "the" else end + 1
        rest = first
        while rest < len(doc) and doc[rest].pos_ == "PROPN" and doc[rest].is_title and not doc[rest].ent_type_ \
                and self.mention_at[rest] is None:
            rest += 1
        return rest if rest > first else end

    def _find(self) -> None:
        doc = self.doc
        self._datelines()
        org_words: set[str] = set()
        # "at its factory in Burnaston, England": a name "in" a place with its country after it is a place, here
        # and wherever the tagger calls it something else
        towns: dict[str, str] = {}
        for ent in doc.ents:
            # ("**" or "|" tagged ORG normalises to nothing; a capital tagged ORG is the city: "Buenos Aires'")
            # ("food group Nestlé": a "product" the text calls a company is one)
            if (ent.label_ == "ORG" or ent.label_ == "PRODUCT" and self._called_company(ent[-1])) and \
                    normalise(ent.text) and not places.capital_country(ent.text.rstrip("'’")):
                org_words.add(normalise(ent.text))
                if " " not in ent.text and ent.text.count("-") == 1 and all(ent.text.split("-")):
                    org_words.add(normalise(ent.text.split("-")[0]))  # "Freeport" of "Freeport-McMoRan"
            after = ent.end + 1
            if ent.label_ in ("ORG", "GPE", "FAC", "PERSON") and ent.start > 0 and \
                    doc[ent.start - 1].lower_ in ("in", "near") and after < len(doc) and doc[ent.end].text == "," \
                    and (doc[ent.start - 1].head.lemma_.lower() in self.lexicon.entity.get("facility_nouns", ())
                         or doc[ent.start - 1].head.lower_ in ("based", "headquartered", "located")) \
                    and (after + 1 >= len(doc) or doc[after + 1].tag_ != "POS") and doc[after].ent_type_ == "GPE" \
                    and not places.country_code(ent.text, allow_codes=False):  # "in Denmark, France and Italy"
                code = places.country_code(doc[after].text, allow_codes=False) or self._state_country(
                    doc[after].text) or places.region_country(doc[after].text)  # "in Montgomery, Alabama"
                if code:
                    towns[ent.text] = code
        org_words -= {normalise(t) for t in towns}
        pending: list[tuple[int, int, str, str]] = []
        # "its diabetes injection Glytara", "the drug Glytara": a product's name, here and wherever it recurs
        product_nouns = self.lexicon.entity.get("product_nouns", frozenset())
        products: dict[str, Token | None] = {}  # name -> the token naming its maker ("its", "Nordvik's")
        for ent in doc.ents:
            described = [c for c in ent[-1].children if c.dep_ in ("compound", "appos")]
            if ent[-1].dep_ == "appos":
                described.append(ent[-1].head)  # "its diabetes injection, Glytara" (not "Airbus jets": a maker)
            for c in described:
                if c.pos_ == "NOUN" and c.lemma_.lower() in product_nouns and not ent.start <= c.i < ent.end:
                    owner = next((p for p in c.children if p.dep_ == "poss"), None) or next(
                        (p for p in ent[-1].children if p.dep_ == "poss"), None)  # "its injection Glytara"
                    products.setdefault(normalise(ent.text), owner)
        # "its next iPhone and iPad", "Apple's latest iPad": a name in its maker's next or latest edition
        editions = self.lexicon.entity.get("edition_words", frozenset())
        for ent in doc.ents:
            head = ent[-1]
            owner = next((p for p in head.children if p.dep_ == "poss"), None)
            if owner is not None and any(c.dep_ == "amod" and c.lower_ in editions for c in head.children):
                for t in [head] + [c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"]:
                    edition = next((e for e in doc.ents if e.start <= t.i < e.end), None)
                    products.setdefault(normalise(edition.text if edition is not None else t.text), owner)
        self._named_products = products
        taken: set[int] = set()  # entities read as part of a longer name before them
        def named_as_company(name: Token) -> bool:
            """"SpaceX, the US rocket company" (a one-word name the text calls a company), "US rival SpaceX",
            "SpaceX, founded by Elon Musk in 2002": a company's name, wherever the tagger took it for a person's."""
            children = list(name.children)
            return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in self._apposed_company_nouns
                       for c in children) and not any(c.dep_ == "compound" for c in children) or any(
                c.dep_ == "compound" and c.lemma_.lower() in ("rival", "competitor") or
                c.dep_ == "acl" and c.lower_ == "founded" and any(a.dep_ == "agent" for a in c.children)
                for c in children)

        companies_called = {t.text for t in doc if t.pos_ == "PROPN" and named_as_company(t)}
        company_nouns = self.lexicon.entity["company_nouns"]

        def company_noun(noun: Token, name: Span) -> bool:
            """The noun before a name, or before a hyphenated name the tagger split ("Mota" + "-" + "Engil")."""
            return noun.pos_ == "NOUN" and noun.i < name.start and noun.lemma_.lower() in company_nouns and all(
                t.text == "-" or not t.whitespace_ for t in doc[noun.i + 1: name.start])

        # "telecoms group Orange", "fashion retailer Mango" (the name in apposition): a place's name the text calls a
        # company is the company's, there and wherever it recurs
        called_companies = {normalise(e.text) for e in doc.ents if e.label_ in ("GPE", "LOC") and (
            any(c.dep_ == "compound" and company_noun(c, e) for c in e[-1].children)
            or e[-1].dep_ == "appos" and company_noun(e[-1].head, e))}
        # names that end in a company word, however tagged ("Louis Dreyfus Commodities")
        company_named = {key for e in doc.ents if e.label_ in ("ORG", "PERSON") and (key := normalise(e.text))
                         and key.split()[-1] in self.lexicon.entity["company_words"]}
        ents_at = {e.start: e for e in doc.ents}
        for ent in self._joined_names():
            if normalise(ent.text) in products or ent.start in taken:
                continue
            if ent.label_ not in ("ORG", "PERSON", "GPE", "NORP", "LOC", "EVENT", "FAC", "PRODUCT"):
                continue
            start, end = self._trim(ent)
            if start >= end:
                continue
            if ent.label_ == "ORG" and all(t.is_lower for t in doc[start:end]):
                continue  # "Brazil's defence ministry": a common noun phrase, resolved as a nominal
            if ent.label_ in ("ORG", "PERSON") and start == ent.start:
                start = self._name_start(start, end, person=ent.label_ == "PERSON")
            if ent.label_ in ("ORG", "GPE", "NORP", "PRODUCT") and start == ent.start:
                start = self._hyphen_start(start, end)  # ("Mota-" + "Engil" tagged a place)
            label = ent.label_
            if ent.label_ == "ORG":
                end = self._body_rest(end)  # "the Netherlands Authority" + "for the Financial Markets"
            if ent.label_ == "ORG" and end - start == 2 and end < len(doc) and \
                    doc[end].lower_ in self.lexicon.entity.get("portfolio_titles", frozenset()) and \
                    (places.is_demonym(doc[start].text) or places.country_code(doc[start].text, allow_codes=False)):
                # "[Ukrainian Energy] Minister X": a country's word and a portfolio, not a body's name
                end, label = start + 1, "NORP" if places.is_demonym(doc[start].text) else "GPE"
                ent = doc[start:end]
                ent.label_ = label
            if ent.label_ in ("ORG", "PERSON"):
                end = self._name_rest(end)  # "Volvo" + "Cars": the rest of a name the tagger cut short
                if ent.label_ == "PERSON" and end + 1 < len(doc) and doc[end].text == "-" and \
                        not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_lower and \
                        doc[end + 1].is_alpha and len(doc[end + 1]) <= 4:
                    end += 2  # "Moon Jae" + "-in": a given name's hyphenated second part the tagger left out
            elif ent.label_ in ("GPE", "LOC") and (rest := self._name_rest(end)) > end and \
                    normalise(doc[start:rest].text) in org_words:
                end, label = rest, "ORG"  # "Asia" + "Optical spokeswoman": a company's name tagged whole elsewhere
            aged = self._aged(end) and not places.country_code(doc[start:end].text)
            if label in ("GPE", "ORG", "LOC", "FAC") and aged:
                label = "PERSON"  # "Claudia Ritter, 52, has run ...": things and places have no age
            elif label == "PERSON" and end - start == 1 and doc[start].is_upper and doc[start].is_alpha \
                    and 2 <= len(doc[start]) <= 6:
                label = "ORG"  # "ACCC commissioner X": an acronym is not a person's name
            elif label == "PERSON" and any(t.is_title and t.lower_ in self.lexicon.entity["organization_words"]
                                           for t in doc[start + 1:end]):
                label = "ORG"  # "the John F. Kennedy School of Government": a body named after a person
            elif label == "PERSON" and end - start == 1 and doc[start].text in companies_called:
                label = "ORG"
            if label == "PERSON" and end < len(doc) and doc[end].is_title and not doc[end].is_sent_start and \
                    doc[end].lower_ in self.lexicon.entity["company_words"] and not doc[end].ent_type_:
                # "Kinoshita" + "Pharmaceutical": a company word the tagger left out makes a company's name
                pending.append((start, end + 1, doc[start:end + 1].text, "Company"))
                continue
            if label == "ORG" and start >= 2 and any(ch.isdigit() for ch in doc[start - 1].text) and \
                    doc[start - 2].ent_type_ == "ORG":
                continue  # "Boeing 737 MAX": the rest of a model's designation after its maker's name
            with_form = self._legal_form_end(end) if label in ("ORG", "PERSON") else end
            if with_form > end:  # "Novo Nordisk A/S": a legal form makes a company, whatever the tag
                pending.append((start, with_form, doc[start:with_form].text, "Company"))
                continue
            if end - start == 1 and doc[start].is_upper and is_legal_form(doc[start].text) and end < len(doc) \
                    and doc[end].is_title and doc[end].pos_ == "PROPN" \
                    and doc[start].lower_ not in self.lexicon.entity.get("organization_names", ()):  # ("EU Trade ...")
                # a legal form written before the name: "PT Freeport Indonesia" (not Portugal), "OOO Gazprom Export"
                rest = end
                while rest < len(doc) and rest - end < 4 and doc[rest].is_title and doc[rest].pos_ == "PROPN":
                    rest += 1
                pending.append((start, rest, doc[start:rest].text, "Company"))
                taken.update(range(end, rest))
                continue
            if label in ("GPE", "LOC", "PERSON") and doc[end - 1].lower_ in self.lexicon.entity["company_words"] \
                    and start > 0 and doc[start - 1].pos_ in ("PROPN", "NOUN") and doc[start - 1].dep_ == "compound" \
                    and not doc[start - 1].ent_type_ and (doc[start - 1].is_title or doc[start - 1].is_upper) \
                    and doc[start - 1].is_alpha and len(doc[start - 1]) > 1:
                # "COSCO" + "Shipping" tagged a place: a company word ends a company's name begun before it
                begin = self._compound_start(doc[start - 1])
                pending.append((begin, end, doc[begin:end].text, "Company"))
                continue
            if label == "PERSON" and end - start == 2 and doc[start].pos_ == "ADJ" and end < len(doc) and \
                    doc[end].pos_ == "NOUN" and places.is_demonym(doc[end - 1].text):
                start, label = end - 1, "NORP"  # "Smaller Faroese producer X": an adjective and a nationality
            text = doc[start:end].text
            if text in towns:
                self._add(start, end, self.country(towns[text]), "place")
                continue
            code = places.country_code(text) if label in ("GPE", "NORP", "LOC") else None
            if label == "NORP" and code is None and end - start == 1:
                code = places.leading_demonym(text)  # "the Saudi company": a nationality the tagger knows
            if label == "PERSON" and (named := places.country_code(text, allow_codes=False)) and \
                    not places.is_demonym(text) and not any(
                    x.label_ == "PERSON" and len(x) > len(text.split()) and x.text.endswith(" " + text)
                    for x in doc.ents):
                code = named  # "Chile said": a country's name tagged a person, unless a person's surname here
            if label == "ORG":
                # An organisation's acronym is not an ISO code ("GM" is not Gambia), but "U.S." is a country.
                code = places.country_code(text, allow_codes=False) or (
                    places.country_code(text) if text.replace(".", "") in _COMMON_ABBREVIATIONS else None)
            seat = self.seats.get(normalise(text)) or self._government_of(start, end)
            if seat and label in ("GPE", "ORG", "LOC", "FAC", "PERSON"):
                self._add(start, end, self.country(seat), "name")
            elif (label == "ORG" or label == "PERSON" and end - start > 1) and (
                    capital := places.capital_country(text)) and (
                    doc[end - 1].dep_ in ("nsubj", "poss") or end < len(doc) and doc[end].dep_ == "case"):
                # "Buenos Aires' decision" tagged ORG or PERSON ("Victoria said" may well be a person)
                self._add(start, end, self.country(capital), "name")
            elif text in self.lexicon.entity.get("organization_names", ()):
                pending.append((start, end, text, "Organization"))
            elif code and label == "GPE" and doc[end - 1].dep_ == "compound" and \
                    (nxt := ents_at.get(end)) is not None and nxt.label_ in ("PERSON", "ORG") and \
                    doc[end - 1].head.i in range(nxt.start, nxt.end) and not places.country_code(nxt.text) and \
                    all(t.is_title or t.is_upper for t in nxt) and \
                    not any(t.lower_ in self.lexicon.entity.get("title_words", ()) for t in nxt):
                # "France Médias Monde", "China Eastern": a country's name opening a name the tagger split off
                whole = doc[start:nxt.end].text
                pending.append((start, nxt.end, whole, self._org_type(whole, "ORG")))
                taken.add(nxt.start)
            elif code and label != "NORP" and start > 0 and doc[start - 1].lower_ in self.prefixes \
                    and doc[start - 1].is_title and self.mention_at[start - 1] is None:
                pending.append((start - 1, end, doc[start - 1: end].text, "Company"))  # "Air China"
            elif code and label == "GPE" and start > 0 and (
                    doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound"
                    and doc[start - 1].head.i == end - 1 and (not doc[start - 1].ent_type_ or (
                        doc[start - 1].ent_type_ in ("NORP", "ORG") and doc[start - 1].ent_iob_ == "B"
                        and not places.is_demonym(doc[start - 1].text)))
                    and (doc[start - 1].is_title or _acronym(doc[start - 1]))  # ("TAP Portugal")
                    and (normalise(doc[start - 1].text) in org_words or normalise(doc[start - 1: end].text) in org_words
                         or (doc[start - 1].lower_,) not in self._titles and self._business_argument(doc[end - 1]))
                    or self._known_unit_name(start - 1, end - 1, org_words)):
                # "Telenor India has chosen ...": a company's name (or the unit's), tagged elsewhere, before a
                # country the tagger took alone is the company's unit there; so is an unknown word with the
                # country, when it does business ("Star India competes with Zee"), "T-Mobile Austria" whole
                begin = self._hyphen_start(start - 1, end)
                pending.append((begin, end, doc[begin: end].text, "Company"))
            elif code and label == "GPE" and (org_start := self._organization_before(start, end)) is not None:
                # "Toyota Motor Manufacturing Indonesia": an organisation's name the tagger cut before the country
                # that ends it
                pending.append((org_start, end, doc[org_start: end].text, "Company"))
            elif code:
                self._add(start, end, self.country(code), "demonym" if label == "NORP" else "name")
            elif label in ("GPE", "LOC", "FAC") and self._has_person_role(start, end) and not places.country_code(text):
                pending.append((start, end, text, "Person"))  # "Goyal, India's commerce minister": not the town
            elif label in ("GPE", "LOC", "FAC"):
                place = self._place_code(text)
                if not place and end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].dep_ != "poss" \
                        and (end + 2 >= len(doc) or doc[end + 2].tag_ != "POS"):
                    # "West Point, Ga.": a small place known by the state or country after it (not "X,
                    # Kazakhstan's state oil company")
                    place = self._state_country(doc[end + 1].text) or next(
                        (places.place_country(e.text) for e in doc.ents if e.start == end + 1
                         and e.label_ in ("GPE", "LOC")), None)
                if not place and doc[end - 1].lower_ in self.lexicon.entity.get("place_words", frozenset()):
                    # "Zambia's Copperbelt Province": a region a country owns is in that country
                    place = next((code for c in doc[end - 1].children if c.dep_ == "poss" and c.i < start
                                  and (code := places.country_code(c.text))), None)
                first = normalise(doc[start].text)
                following = ents_at.get(end)
                if following is not None and not (following.label_ == "GPE" and places.country_code(following.text)):
                    following = None
                if not place and label == "GPE" and following is not None and not org_words & {first} and \
                        doc[end - 1].dep_ == "compound":
                    # "Garuda Indonesia", "Telkom Indonesia": an unknown name and a country, read as one compound,
                    # are a company's name (a known company's name and a country make a unit: "Huawei Korea")
                    pending.append((start, following.end, doc[start:following.end].text, "Company"))
                    taken.add(following.start)
                elif label in ("GPE", "LOC") and not places.country_code(text) and normalise(text) in called_companies:
                    begin = start
                    while begin >= 2 and doc[begin - 1].text == "-" and not doc[begin - 2].whitespace_ \
                            and doc[begin - 2].pos_ == "PROPN":
                        begin -= 2  # "Mota" + "-" + "Engil"
                    pending.append((begin, end, doc[begin:end].text, "Company"))  # "telecoms group Orange": no town
                elif place and label == "GPE" and not places.place_country(text, min_population=100_000) and \
                        not self._state_country(text) and not self._placed(doc[end - 1]) and not (
                        end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "GPE") and \
                        self._business_argument(doc[end - 1], actions=self._BUSINESS_ACTIONS):
                    # "Rio Tinto has bought a stake in X": a small town's name that buys, sells or is bought is a
                    # company's (not "Wimborne, UK's Cobham will make ...")
                    pending.append((start, end, text, "Company"))
                elif place and normalise(text) not in org_words:
                    capital = places.capital_country(text)
                    acting = capital and (doc[end - 1].dep_ in ("nsubj", "poss") or self._politically_targeted(
                        doc[end - 1]) or (doc[end].dep_ == "case" if end < len(doc) else False))
                    self._add(start, end, self.country(place), "name" if acting else "place")
                elif label == "GPE" and start >= 2 and doc[start - 1].lower_ in ("of", "at", "for") and \
                        (doc[start - 2].lower_,) in self.role_words and not doc[start - 2].is_title:
                    # "the chief executive of Alphabet", "co-founder of Alibaba": the tagger's unknown place is
                    # the organisation of a role
                    pending.append((start, end, text, "Company"))
                elif label in ("GPE", "FAC") and not self._placed(doc[end - 1]) and self._business_argument(
                        doc[end - 1], actions=self._BUSINESS_ACTIONS | {"sanctions", "investigates"}):
                    # (but "the plant in Itu" is a place wherever the plant is bought)
                    # "Apple may buy Netflix", "an order from Emirates": an unknown "place" that buys, sells,
                    # merges or is bought is a company
                    pending.append((start, end, text, "Company"))
                elif (label == "GPE" or end - start == 1) and any(k.split()[0] == first for k in org_words if k):
                    pending.append((start, end, text, "Company"))  # "Huawei Korea"; "Vale" of "Vale Indonesia"
                elif not place and self._based_description(doc[end - 1]):
                    pending.append((start, end, text, "Company"))  # "Eros International, the Mumbai-based studio"
                elif not place and label == "GPE" and end - start == 1 and self._speaks_as_it(doc[end - 1]):
                    pending.append((start, end, text, "Company"))  # "Halliburton said it had filed suit": no town
                elif not place and (label in ("GPE", "FAC") or end - start == 1) and (any(
                        c.dep_ == "appos" and c.lemma_.lower() in self._apposed_company_nouns
                        or c.dep_ == "poss" and places.country_code(c.text) for c in doc[end - 1].children)
                        or any(c.lemma_.lower() in self._apposed_company_nouns  # (the parser's "attr")
                               for c in missed_appositions(doc[end - 1]))
                        or start > 0 and doc[start - 1].pos_ in ("NOUN", "ADJ")
                        and doc[start - 1].lemma_.lower() in self.lexicon.entity["company_nouns"]):
                    # "Nestle, the Swiss food giant", "Russia's Gazprom", "Dubai-based rival Emirates",
                    # "Juan Valdez Café, the Colombian coffee chain": not a place, a company
                    pending.append((start, end, text, "Company"))
            elif (label == "ORG" or label in ("NORP", "PERSON") and not places.is_demonym(text)) and \
                    self._sited(doc[end - 1], near=label == "ORG") and \
                    (place := places.place_country(text, min_population=100_000)):
                # "its plant in Changwon", "Nissan's plant in Aguascalientes": a city, however tagged, where a
                # facility is
                self._add(start, end, self.country(place), "place")
            elif label == "NORP":
                if end - start > 1 and all(t.is_title for t in doc[start:end]) and not places.is_demonym(text) \
                        and self._business_argument(doc[end - 1]):
                    pending.append((start, end, text, "Company"))  # "a bid for Anglo American": no people's name
                continue
            elif label == "PERSON" and (place := places.place_country(text, min_population=100_000)) and \
                    self._visited(doc[end - 1]):
                self._add(start, end, self.country(place), "place")  # "visited Bangalore": a city, however tagged
            elif label == "PERSON" and start >= 2 and doc[start - 1].lower_ == "of" and \
                    doc[start - 2].lemma_.lower() in self.lexicon.entity.get("place_words", frozenset()) and \
                    doc[end - 1].head.i == start - 1 and (place := places.place_country(text)):
                self._add(start, end, self.country(place), "place")  # "the Croatian port of Rijeka": a place
            elif label == "PERSON":
                key = normalise(text)
                words = key.split()
                # ("Louis Dreyfus" of "Louis Dreyfus Commodities": a company's name before its company word)
                prefix_of = [k for k in org_words if k.split()[0] == key and k != key] if len(words) == 1 else [
                    k for k in org_words | company_named if k.split()[:len(words)] == words
                    and len(k.split()) > len(words) and k.split()[-1] in self.lexicon.entity["company_words"]] if not (
                    self._titled(start, end) or self._who_clause(end) or self._has_person_role(start, end)) else []
                # "Tencent Cloud" beside "Tencent": a name that begins with an organisation's whole name is its unit's
                unit_named = len(words) > 1 and any(" ".join(words[:k]) in org_words for k in range(1, len(words))) \
                    and not (self._titled(start, end) or self._who_clause(end) or self._has_person_role(start, end))
                business = (self.lexicon.entity["company_nouns"] | self.lexicon.entity["generic_nouns"]) - \
                    self.lexicon.entity.get("act_nouns", frozenset())
                described = [c for c in doc[end - 1].children if c.dep_ in ("compound", "appos")
                             and not start <= c.i < end] + missed_appositions(doc[end - 1])
                business_head = doc[end - 1].dep_ in ("nmod", "compound", "poss") and \
                    doc[end - 1].head.lemma_.lower() in business or doc[end - 1].dep_ == "appos" and \
                    doc[end - 1].head.lemma_.lower() in self.lexicon.entity["company_nouns"] or any(
                        c.lemma_.lower() in self._apposed_company_nouns for c in described) and not any(
                        (c.lower_,) in self.role_words for c in described)  # "carrier Garuda Indonesia"
                # "Cerberus" beside "Cerberus Capital Management"; "Lotte retail businesses"
                company_word = len(key.split()) > 1 and key.split()[-1] in self.lexicon.entity["company_words"]
                # "Microsoft agreed to acquire Activision Blizzard": what is bought or invested in is a company
                # "an order from Embraer": a supplier too; but "acquired by X" may well be a person's buy
                bought = doc[end - 1].dep_ in ("dobj", "nsubjpass", "pobj") and \
                    doc[end - 1].head.lower_ != "by" and self._business_argument(
                    doc[end - 1], actions=frozenset({"acquires", "invests_in", "supplies"})) and not (
                    doc[end - 1].dep_ == "dobj" and self._given_role(doc[end - 1].head)) and not any(
                    c.dep_ == "xcomp" and c.lemma_ in self.lexicon.entity["role_copulas"]
                    for c in doc[end - 1].head.children)  # "Jane Roe was selected to serve as vice chairman"
                # "an analyst at Bankhaus Weber", "Frankfurt-based Bankhaus Weber": where people work, or what is
                # based somewhere, is an organisation
                name_head = doc[end - 1]
                # ("Paradox Interactive, the Stockholm-based publisher": a based description, not a person's role)
                workplace = name_head.dep_ == "pobj" and name_head.head.lower_ in ("at", "with") and \
                    (name_head.head.head.lower_,) in self.role_words or any(
                        c.dep_ == "amod" and c.lower_ in ("based", "headquartered") for c in name_head.children) or \
                    self._based_description(name_head)
                # "Embraer and Saab agreed to cooperate": coordinated with an organisation's name in a business deal
                # ("from Tianqi Lithium, Ganfeng Lithium and ...": or, of more words, one ending in the same word)
                orgs = [t for t in coordination(name_head) if t.i != name_head.i and t.ent_type_ == "ORG"]
                allied = len(key.split()) == 1 and bool(orgs) and self._business_argument(name_head) or \
                    len(key.split()) > 1 and any(t.lower_ == name_head.lower_ for t in orgs)
                # "Ilyushin said it would not appeal": a one-word name that speaks of itself as "it"
                itself = len(key.split()) == 1 and self._speaks_as_it(name_head) and not any(
                    x.label_ == "PERSON" and len(x) > 1 and normalise(x[-1].text) == key for x in doc.ents)
                # "APM Terminals, the port unit of Denmark's A.P. Moller-Maersk": what owns a unit is a company
                parent = name_head.dep_ == "pobj" and name_head.head.lower_ == "of" and self._business_argument(
                    name_head, actions=frozenset({"subsidiary_of"}))
                # "Sweden's Ericsson sued it": one word a country owns is a company, unless it is the surname of a
                # person named in full ("Germany's Merkel" after "Angela Merkel")
                by_country = any(c.dep_ == "poss" and places.country_code(c.text) for c in name_head.children)
                owned = by_country and end - start == 1 and not any(
                    x.label_ == "PERSON" and len(x) > 1 and normalise(x[-1].text) == key for x in doc.ents)
                # "Mexico's América Movil, which built up a stake in ...": a country's name a "which" clause says
                # does business
                owned = owned or by_country and self._business_clause(name_head, self._BUSINESS_ACTIONS)
                # "Wisco chairman Deng Qilin": a name before a company's head's title and a person's name
                heads = self.lexicon.entity.get("company_head_titles", frozenset())
                chaired = len(key.split()) == 1 and any(
                    tuple(t.lower_ for t in doc[end:end + len(p)]) == p and p[-1] in heads
                    and end + len(p) < len(doc) and doc[end + len(p)].ent_type_ == "PERSON"
                    for p, action in self.lexicon.roles if action == "leads")
                owned = owned or chaired or self._which_clause(end)
                # "Japanese carmakers Nissan and Suzuki": a name listed right after a plural company noun
                lead = name_head
                while lead.dep_ == "conj" and lead.head.i < lead.i:
                    lead = lead.head
                lead_start = lead.left_edge.i if lead.i != name_head.i else start
                listed = lead_start > 0 and doc[lead_start - 1].tag_ == "NNS" and \
                    doc[lead_start - 1].lemma_.lower() in self.lexicon.entity["company_nouns"]
                type_ = "Company" if not aged and (key in org_words or len(prefix_of) == 1 or owned or business_head
                                                    or company_word or bought or workplace or allied or itself or parent
                                                    or listed or unit_named or self.example_of(name_head) is not None) \
                    else "Person"
                pending.append((start, end, text, type_))
            elif label == "ORG" and doc[end - 1].dep_ == "compound" and start > 0 and doc[start - 1].lower_ == "the" \
                    and doc[end - 1].head.lemma_.lower() in self.lexicon.entity["company_nouns"] \
                    and places.place_country(text, min_population=100_000) and not any(
                        normalise(e.text) == normalise(text) for e in doc.ents if e.label_ == "ORG" and e.start != start
                        and not (e.end < len(doc) and doc[e.end - 1].dep_ == "compound")):
                # "the Abu Dhabi carrier": a place the company is from, however tagged
                self._add(start, end, self.country(places.place_country(text) or ""), "place")
            elif label == "ORG" and doc[end - 1].head.lower_ in ("based", "headquartered") and \
                    doc[end - 1].dep_ in ("npadvmod", "compound") and places.place_country(text):
                self._add(start, end, self.country(places.place_country(text) or ""), "place")  # "Perth-based"
            elif label in ("ORG", "EVENT"):
                type_ = self._org_type(text, label)
                if type_ == "Company" and (self._has_person_role(start, end) or self._titled(start, end)
                                           or self._who_clause(end) or self._chair_or_head(end)):
                    type_ = "Person"  # "Epps, president of Epps Aviation": the tagger's ORG is a person
                pending.append((start, end, text, type_))
            elif label == "PRODUCT" and self._called_company(doc[end - 1]):
                pending.append((start, end, text, "Company"))
            elif label == "PRODUCT" and normalise(doc[start].text) in org_words:
                pending.append((start, start + 1, doc[start].text, "Company"))
        # Longer names first so that "Huawei Technologies Co." and "Huawei" meet as one.
        for start, end, text, type_ in sorted(pending, key=lambda p: -(p[1] - p[0])):
            if any(self.mention_at[i] is not None for i in range(start, end)) or not normalise(text):
                continue  # taken, or no name at all ("**", "|" tagged as an organisation)
            cluster = self._cluster_for(text, type_, title=doc[end].text if end < len(doc) else "")
            if type_ != cluster.type and cluster.type == "Person":
                cluster.type = type_
            if self._add(start, end, cluster, "name"):
                cluster.names.append(clean_name(text))
        self._legal_form_names()
        self._untagged_people()
        self._role_compound_names()
        self._untagged_companies()
        self._untagged_bodies()
        self._alliance_names()
        self._apposed_acronyms()
        self._short_forms()
        self._spelled_out()
        self._acronyms()
        self._initialisms()
        self._known_as()
        self._rescan()
        self._first_words()
        self._portfolio_titles()
        self._country_words()
        self._based_places()
        self._company_towns()
        self._longer_country_names()
        self._maker_products()
        self._products()
        self._named_nominals()
        self._descriptor_nouns()
        self._surnames()

    def _named_nominals(self) -> None:
        """"The new company, which is to be called Sears Holdings" / "a venture named X": the noun phrase is
        a name given to the company, and a later "the new company" means it."""
        for token in self.doc:
            if token.lemma_.lower() not in ("call", "name", "dub", "rename", "know", "brand") or token.tag_ != "VBN":
                continue
            named = [c for c in token.children if c.dep_ == "oprd"] + [
                g for c in token.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                if g.dep_ == "pobj"]
            clusters = [m.cluster for t in named if (m := self.mention_at[t.i]) is not None
                        and m.kind == "name" and m.cluster.type in ("Company", "Organization")]
            if len(clusters) != 1:
                continue
            noun = token
            for _ in range(3):  # called <- xcomp is <- relcl company; called <- acl company
                if noun.dep_ in ("xcomp", "relcl", "acl", "conj") and noun.head.i != noun.i:
                    noun = noun.head
                if noun.pos_ == "NOUN":
                    break
            passive_subject = [c for c in token.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"]
            if noun.pos_ != "NOUN" and passive_subject:
                noun = passive_subject[0]
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.lexicon.entity["company_nouns"] \
                    or self.mention_at[noun.i] is not None:
                continue
            self.named_at[noun.i] = clusters[0]
            self._bindings.append((noun.i, self._nominal_key(noun), clusters[0]))
        for noun in self.doc:
            # "51 percent of the new company, ASOS Turkey": the phrase in apposition to a name means it later too
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.lexicon.entity["company_nouns"] \
                    or self.mention_at[noun.i] is not None or not any(
                    c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
                continue
            clusters = [m.cluster for c in noun.children if c.dep_ == "appos"
                        and (m := self.mention_at[c.i]) is not None and m.kind == "name"
                        and m.cluster.type in ("Company", "Organization")]
            if len(clusters) == 1 and self._nominal_key(noun)[1]:
                self._bindings.append((noun.i, self._nominal_key(noun), clusters[0]))

    def _descriptor_nouns(self) -> None:
        """What the text calls each company: "Irish lessor Avolon", "Pampa, Argentina's second-largest
        carrier", "Pampa Airlines" (a company noun in the name itself)."""
        nouns = self.lexicon.entity["company_nouns"]
        bodies = self.lexicon.entity.get("organization_nominals", frozenset()) - nouns
        bodies_named: list[Cluster] = []
        for m in self.mentions:
            if m.kind != "name" or m.cluster.type not in ("Company", "Organization"):
                continue
            head = self.phrase_head(m)
            apposed = [c for c in head.children if c.dep_ == "appos"] + missed_appositions(head)
            if head.dep_ == "appos" and head.head.pos_ == "NOUN":
                apposed.append(head.head)  # "Brazil's competition authority, Conselho Nacional,"
            # "Belgium's food safety agency AFSCA": the noun before the name
            apposed += [c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < m.start]
            if head.dep_ in ("compound", "amod") and head.head.i > head.i and head.head.lemma_.lower() in \
                    self.lexicon.entity.get("generic_organization_nominals", frozenset()):
                apposed.append(head.head)  # "the KCC regulator" (not "the Hyundai union": the workers')
            # (not another's name the parser hung on this one: "by Posco, the Canada Border Services Agency said")
            # (nor a headline's next clause: "to buy 12 percent of Commerzbank, German regulator to review")
            body = next((c.lemma_.lower() for c in apposed if c.lemma_.lower() in bodies
                         and self.mention_at[c.i] is None and not (
                             c.i + 2 < len(self.doc) and self.doc[c.i + 1].lower_ == "to"
                             and self.doc[c.i + 2].tag_ == "VB")), None)
            if body is not None:
                # "Unionen, the Swedish union": what the text calls a union, a regulator ... is no company
                m.cluster.nouns.add(body)
                # (a company word of the name's head, not of its phrase: "the Roundtable on Sustainable Palm Oil")
                if m.cluster.type == "Company" and not any(
                        w in self.lexicon.entity["company_words"] for n in m.cluster.names
                        for w in re.split(r"\b(?:of|for|on)\b", n.lower())[0].split()):
                    bodies_named.append(m.cluster)
            words = [t for t in self.doc[m.start:m.end]] + [
                c for c in head.children if c.dep_ in ("compound", "appos") and not m.start <= c.i < m.end]
            if (root := self.head(m)).i != head.i:
                # "American jeweller Tiffany & Co.": the noun hung on the name's first word, the rest coordinated
                words += [c for c in root.children if c.dep_ == "compound" and c.i < m.start]
            if head.dep_ == "appos" and head.head.pos_ == "NOUN":
                words.append(head.head)  # "the Irish lessor, Avolon"
            first = head
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            if first.dep_ in ("compound", "nmod") and first.head.pos_ == "NOUN" and first.head.i > head.i:
                words.append(first.head)  # "its Audi and Porsche units"
            for t in words:  # a name's own words are not lemmatised: "Airlines"
                word = t.lemma_.lower() if t.pos_ == "NOUN" else t.lower_.removesuffix("s")
                if word in nouns:
                    m.cluster.nouns.add(word)
                    if not m.start <= t.i < m.end:
                        m.cluster.described.add(word)
                        m.cluster.state = m.cluster.state or _state_described(t)
        for cluster in bodies_named:
            # (unless the text also calls it a kind of company: "Dutch insurer Aegon" and "Vereniging Aegon, the
            # association", the tagger having cut the second name short)
            if not cluster.described:
                cluster.type = "Organization"

    def _surnames(self) -> None:
        """"Claudia Ritter was named ..." then "Ritter told reporters", the tagger calling the second an
        organisation: a one-word "company" first met after a person of that surname, never described as a
        company, is the person. ("Skovby, the Danish retailer" before its founder "Henrik Skovby" stays a
        company.)"""
        first: dict[int, int] = {}
        for m in self.mentions:
            first.setdefault(m.cluster.id, m.start)
        for cluster in list(self.clusters):
            keys = {normalise(n) for n in cluster.names}
            if cluster.type != "Company" or len(keys) != 1 or " " in next(iter(keys)) or cluster.nouns \
                    or cluster.country:
                continue
            word = next(iter(keys))
            person = next((c for c in self.clusters if c.type == "Person" and any(
                len(n.split()) > 1 and normalise(n).split()[-1] == word for n in c.names)), None)
            # (or the surname after a role's title, before the person is named in full: "Aegon chief executive
            # Wynaendts resigns" in a headline)
            titled = any(m.cluster is cluster and m.start > 0 and (self.doc[m.start - 1].lower_,) in self.role_words
                         for m in self.mentions)
            if person is not None and (first.get(person.id, len(self.doc)) < first.get(cluster.id, -1) or titled):
                self._merge(cluster, person)

    def _same_kind(self, noun: str, cluster: Cluster) -> bool | None:
        """Whether a company called ``noun`` can be ``cluster``: True when the text called it so (or a synonym),
        False when it called it something else, None when nothing tells (a generic noun, or none known)."""
        cues = self.lexicon.entity
        generic = cues.get("generic_company_nouns", frozenset())
        known = cluster.nouns - generic
        if noun in generic or not known:
            return None
        if noun in known:
            return True
        return any(noun in group and known & group for group in self.lexicon.company_noun_synonyms)

    @staticmethod
    def _nominal_key(noun: Token) -> tuple[str, frozenset[str]]:
        return noun.lemma_.lower(), frozenset(c.lower_ for c in noun.children if c.dep_ in ("amod", "compound"))

    _MONTHS = frozenset("jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
                        "july august september october november december".split())

    def _dateline_place(self, start: int, end: int) -> str | None:
        text = self.doc[start:end].text
        if not all(t.is_alpha or t.text in ("-", ".") or t.text.endswith(".") for t in self.doc[start:end]):
            return None
        return self._state_country(text) or places.place_country(text) or places.place_country(
            " ".join(w.capitalize() if w.isupper() else w for w in text.split()))

    def _datelines(self) -> None:
        """A wire story's dateline: "BANGKOK, Thailand (AP) --", "Moscow March 5 (ITAR-TASS) --".

        The places open the sentence and are followed by the news agency in brackets.
        """
        doc = self.doc
        for sent in doc.sents:
            i, end = sent.start, sent.end
            if i + 3 < end and doc[i].text == "(" and doc[i + 2].text == ")":
                i += 3  # "(Text) Sofia, ..."
            groups: list[tuple[int, int]] = []
            while i < end and len(groups) < 3:
                j = i
                while j < end and j - i < 4 and doc[j].text not in (",", "(") and doc[j].lower_ not in self._MONTHS \
                        and not doc[j].like_num:
                    j += 1
                if j == i or self._dateline_place(i, j) is None:
                    break
                groups.append((i, j))
                i = j + 1 if j < end and doc[j].text == "," else j
                if j < end and doc[j].text != ",":
                    break
            while i < end and (doc[i].lower_.rstrip(".") in self._MONTHS or doc[i].like_num or doc[i].text == ","):
                i += 1
            if groups and i < end and doc[i].text in ("--", "-", "_", "\u2014", "\u2013") and \
                    all(doc[k].is_upper or not doc[k].is_alpha for k in range(groups[0][0], groups[0][1])):
                for a, b in groups:  # "PERTH, March 12 - ": a dateline without an agency
                    self._add(a, b, self.country(self._dateline_place(a, b) or ""), "place")
                continue
            if not groups or i >= end or doc[i].text != "(":
                self._credit_line(sent.start, end)
                continue
            close = next((k for k in range(i + 1, min(end, i + 5)) if doc[k].text == ")"), None)
            if close is None or close == i + 1 or not all(t.is_upper or t.is_title or t.text == "-"
                                                          for t in doc[i + 1: close]):  # "(AP)", "(Reuters)"
                continue
            if close + 1 < end and doc[close + 1].text not in ("--", "-", "_", "\u2014", "\u2013"):
                continue
            org = self._cluster_for(doc[i + 1: close].text, "Company")
            mention = self._add(i + 1, close, org, "name")
            if mention is None:
                continue
            org.names.append(clean_name(mention.text))
            found = []
            for a, b in reversed(groups):  # "PERUGIA, Italy (AP)": the country or state, then the city
                place = self._add(a, b, self.country(self._dateline_place(a, b) or ""), "place")
                if place is not None:
                    found.append(place)
            self.datelines.append((mention, found))

    def _credit_line(self, start: int, end: int) -> None:
        """A wire service's credit line: "Moscow IZVESTIYA in Russian 23 Mar 94", "Tokyo MAINICHI SHIMBUN",
        "Havana Radio Rebelde Network".

        At the start of the line or after a reference code: a place, then a publication's name in
        capitals or a broadcaster's name; then the language ("in Russian") or the end of the line.
        """
        doc = self.doc
        media = self.lexicon.entity.get("media_words", frozenset())
        lefts = [start] + [t.i + 1 for t in doc[start:end - 1]
                           if any(ch.isdigit() for ch in t.text) and any(ch.isalpha() for ch in t.text)]
        for a in lefts:
            for n in (3, 2, 1):
                i = a + n
                if i >= end or not all(t.is_title or t.lower_ == "the" and t.i == a for t in doc[a:i]):
                    continue
                if doc[i].is_upper and doc[i].is_alpha and len(doc[i]) > 1:
                    j = i
                    while j < end and (doc[j].is_upper and (len(doc[j]) > 1 or j + 1 < end and doc[j + 1].is_upper)
                                       or doc[j].text == "-"):
                        j += 1
                    k = j
                    while k < end and doc[k].is_title and k - j < 3:
                        k += 1
                    if any(t.lower_ in media for t in doc[j:k]):
                        j = k  # "ENTV Television Network"
                elif doc[i].is_title:
                    j = i
                    while j < end and doc[j].is_title and j - i < 4:
                        j += 1
                    k = j
                    if not any(t.lower_ in media for t in doc[i:j]):
                        continue
                else:
                    continue
                tail_ok = k == end or (k + 1 < end and doc[k].lower_ == "in" and doc[k + 1].is_title
                                       and (a > start or doc[k + 1].ent_type_ in ("NORP", "LANGUAGE")))
                if not tail_ok or any(self.mention_at[t] is not None for t in range(a, j)):
                    continue
                code = self._dateline_place(a, i)
                if code is None:
                    continue
                org = self._cluster_for(doc[i:j].text, "Company")
                mention = self._add(i, j, org, "name")
                if mention is None:
                    return
                org.names.append(clean_name(mention.text))
                place = self._add(a, i, self.country(code), "place")
                self.datelines.append((mention, [place] if place else []))
                return

    def _short_forms(self) -> None:
        """A one-word name that begins exactly one longer company name is that company:
        "Cerberus" after "Cerberus Capital Management" (but "Apple" stays apart when both
        "Apple Corps" and "Apple Computer" are named)."""
        for cluster in list(self.clusters):
            if cluster.type not in ("Company", "Organization", "Person") or cluster.code:
                continue
            keys = {normalise(n) for n in cluster.names}
            if not keys or any(" " in k for k in keys):
                continue
            if cluster.type == "Company" and any(len(clean_name(n).split()) > 1 for n in cluster.names):
                continue  # "Sony Corporation" is a full name with its legal form, not a short form of "Sony Music"
            if cluster.type == "Person" and (any("-" in k for k in keys) or any(
                    (self.doc[m.start - 1].lower_.rstrip("."),) in self._titles
                    for m in self.mentions if m.cluster is cluster and m.start > 0)):
                continue  # (a lone "person" is one only when no title names it: "Mr Freeport", "President X")
            (word,) = keys if len(keys) == 1 else (None,)
            if word is None or places.country_code(word, allow_codes=False):
                continue
            if any(c.type == "Person" and c is not cluster and any(normalise(n).split()[-1:] == [word] for n in c.names)
                   for c in self.clusters):
                continue  # "Henrik Fisker ... Fisker Automotive ... Fisker said": the founder's surname
            own = [m for m in self.mentions if m.cluster is cluster]
            if own and all(m.start > 0 and self.doc[m.start - 1].lower_ == "the" for m in own):
                continue  # "in the Pilbara (region)": a name always with "the" is a place's, not a company's
            # "Tesco Lotus, a unit of Britain's Tesco": the parent, not a short form of its unit
            units = {c.id for m in own if (c := self._unit_described(m)) is not None}
            # "Tata Advanced Systems, the defence arm of the Tata group": a group is the parent, not a short form
            if any(m.end < len(self.doc) and self.doc[m.end].lower_ in _GROUP_WORDS
                   or any(w.lower() in _GROUP_WORDS for w in m.text.split()[1:]) for m in own):
                continue
            longer = {c.id: c for c in self.clusters if c is not cluster and c.type == "Company" and c.id not in units
                      and any(self._longer_form(n, word) for n in c.names) and not self._called_unit(c)}
            # "Toyota Motor Europe" is a longer form of "Toyota Motor", not another candidate for "Toyota"
            shortest = {k: c for k, c in longer.items() if not any(
                o is not c and any(normalise(n).startswith(normalise(s) + " ") for n in c.names for s in o.names)
                for o in longer.values())}
            longer = shortest or longer
            if len(longer) == 1:
                self._merge(cluster, next(iter(longer.values())))
        company_words = self.lexicon.entity["company_words"]
        for cluster in list(self.clusters):
            keys = {normalise(n) for n in cluster.names}
            if cluster not in self.clusters or cluster.type != "Company" or len(keys) != 1 or \
                    " " not in (key := next(iter(keys))):
                continue
            # "Louis Dreyfus" after "Louis Dreyfus Commodities": a company's name of several words, without the
            # company words that end exactly one longer name
            fuller = {c.id: c for c in self.clusters if c is not cluster and c.type == "Company" and any(
                (k := normalise(n)).startswith(key + " ") and all(w in company_words for w in k[len(key):].split())
                for n in c.names)}
            if len(fuller) == 1:
                self._merge(cluster, next(iter(fuller.values())))
        organization_words = self.lexicon.entity["organization_words"]
        for cluster in list(self.clusters):
            keys = {normalise(n) for n in cluster.names}
            if cluster not in self.clusters or cluster.type != "Organization" or len(keys) != 1 or \
                    (word := next(iter(keys))) not in organization_words:
                continue
            # "the Commission" after "the European Commission": a body called by its organisation word alone is
            # the one body the text named with that word (which is no name of its own to call it by)
            fuller = {c.id: c for c in self.clusters if c is not cluster and c.type == "Organization" and any(
                len(parts := normalise(n).split()) > 1 and parts[-1] == word for n in c.names)}
            if len(fuller) == 1:
                body = next(iter(fuller.values()))
                self._merge(cluster, body)
                body.names = [n for n in body.names if normalise(n) != word]

    def _called_unit(self, cluster: Cluster) -> bool:
        """"Allianz Re, its reinsurance arm": a name the text calls a unit is not a longer form of its parent's."""
        for m in self.mentions:
            if m.cluster is cluster:
                head = self.doc[m.end - 1]
                if any(c.lemma_.lower() in UNIT_NOUNS for c in head.children if c.dep_ == "appos") or any(
                        t.lemma_.lower() in UNIT_NOUNS for t in missed_appositions(head)):
                    return True
                if head.dep_ == "appos" and head.head.lemma_.lower() in UNIT_NOUNS:
                    return True  # "Renault's Korean subsidiary, Renault Samsung Motors"
        return False

    def _name_start(self, start: int, end: int, *, person: bool) -> int:
        """"said Vu Ta Tung", "Multi Screen Media": capitalised words the tagger left out before a name, which
        the parser attached to it, are part of it (but not a title, a form of address or another entity, nor
        the capitalised first word of a sentence, unless the longer name recurs in the text: "Anatomist Jeffrey
        Laitman", "Later Acme Foods")."""
        doc = self.doc
        addresses = self.lexicon.entity.get("honorifics", frozenset())
        while start > 0:
            t = doc[start - 1]
            # (an organisation's may open with an acronym: "GDF" of "GDF Suez")
            if t.pos_ != "PROPN" or t.dep_ != "compound" or t.head.i not in range(start, end) \
                    or not (t.is_title or not person and t.is_upper and len(t) >= 2) \
                    or not t.is_alpha or t.ent_type_ or (t.lower_,) in self._titles or t.lower_ in addresses \
                    or t.lower_ in self.lexicon.entity.get("title_words", frozenset()):
                break
            if (t.is_sent_start or doc[t.i - 1].is_punct and doc[t.i - 1].is_sent_start) and (
                    person or self._text.count(doc[t.i:end].text) < 2):
                break
            start -= 1
        return start

    @cached_property
    def _text(self) -> str:
        """The document's text, joined once (``Doc.text`` joins every token on each call)."""
        return self.doc.text

    @cached_property
    def _titles(self) -> frozenset[tuple[str, ...]]:
        """Words that put a person's name after them: roles ("President") and honorifics ("Mr")."""
        return frozenset(phrase for phrase, _ in self.lexicon.roles) | {("mr",), ("mrs",), ("ms",), ("dr",)}

    def _longer_form(self, name: str, word: str) -> bool:
        """Whether ``name`` is a longer form of the one-word name ``word`` ("Cerberus Capital Management"), not a
        unit named for its region ("Apple Korea", "Toyota Motor Europe")."""
        words = normalise(name).replace("-", " ").split()  # "Freeport" of "Freeport-McMoRan"
        if len(words) > 1 and words[0] in self.lexicon.entity.get("group_prefix_words", frozenset()):
            # "Peñaflor" of "Grupo Peñaflor": "group" in another language, before the name
            return words[1] == word
        return len(words) > 1 and words[0] == word and not any(
            unit_suffix(words[k:], self.lexicon) for k in range(1, len(words)))

    def _maker_products(self) -> None:
        """"a unit of the iPhone maker": a name that describes a maker is a product's; with its maker named
        as its possessor ("Apple's iPhone"), every mention of it is a product of that company."""
        doc = self.doc
        makers = self.lexicon.entity.get("maker_nouns", frozenset())
        for token in doc:
            if token.lemma_.lower() not in makers or self.mention_at[token.i] is not None:
                continue
            for child in token.children:
                m = self.mention_at[child.i]
                if child.dep_ != "compound" or m is None or m.kind != "name" or m.cluster.type != "Company" \
                        or m.end != token.i:
                    continue
                product = m.cluster
                # the product's name wherever it is written, tagged or not ("Apple's iPhone")
                heads = [t for t in doc if t.text in product.names]
                owners = {o.cluster.id: o.cluster for t in heads for c in t.children if c.dep_ == "poss"
                          and (o := self.mention_at[c.i]) is not None and o.cluster.type == "Company"
                          and o.cluster is not product}
                if len(owners) != 1:
                    continue
                owner = next(iter(owners.values()))
                # "Apple's iPhone and iPad": what is coordinated with the product under its maker is one too
                products = {product.id: product} | {
                    o.cluster.id: o.cluster for t in heads for c in t.children if c.dep_ == "conj"
                    and (o := self.mention_at[c.i]) is not None and o.kind == "name" and o.cluster.type == "Company"
                    and o.cluster is not owner}
                for x in self.mentions:
                    if x.cluster.id in products and x.cluster in self.clusters:
                        x.cluster, x.kind = owner, "product"
                for key, cluster in list(self._by_key.items()):
                    if cluster.id in products and cluster is not owner:
                        del self._by_key[key]
                for cluster in products.values():
                    if cluster in self.clusters:
                        self.clusters.remove(cluster)

    def _products(self) -> None:
        """"Boeing 787 Dreamliner" names a product of Boeing; later "the Dreamliners" are its products.
        "its diabetes injection Glytara": every "Glytara" is a product of the company "its" stands for."""
        doc = self.doc
        for name, owner in self._named_products.items():
            # (a maker named or meant by a pronoun; "the carmaker's" is not resolved this early)
            makers = [c for c, _, how in self.resolve(owner) if how in ("name", "pronoun")] if owner is not None else []
            if len(makers) != 1 or makers[0].type != "Company":
                continue
            for ent in doc.ents:
                if normalise(ent.text) == name:
                    self._add(ent.start, ent.end, makers[0], "product")
        names: dict[str, Cluster] = {}
        for start, word in self._product_words:
            m = self.mention_at[start]
            if m is not None and m.cluster.type == "Company":
                names.setdefault(word, m.cluster)
        for m in self.mentions:
            # "Boeing 787 Dreamliner", "Airbus A380": the model and product names after a maker
            if m.cluster.type != "Company" or m.kind != "name" or m.end >= len(doc):
                continue
            if not any(ch.isdigit() for ch in doc[m.end].text) or not doc[m.end].text[:1].isalnum():
                continue
            model = doc[m.end].text.lower()
            if any(ch.isalpha() for ch in model) and len(model) > 2:
                names.setdefault(re.sub(r"'?s$", "", model), m.cluster)
            after = m.end + 1
            while after < min(len(doc), m.end + 4) and (doc[after].text in ("-", "\u2013") or any(
                    ch.isdigit() for ch in doc[after].text)):
                after += 1  # (a model written "787-9": the tokenizer cut it at the hyphen)
            for t in doc[after: after + 2]:
                if not (t.is_alpha and t.is_title and len(t) > 3 and t.pos_ in ("PROPN", "NOUN")):
                    break
                names.setdefault(t.lower_[:-1] if t.lower_.endswith("s") else t.lower_, m.cluster)
        if not names:
            return
        for token in doc:
            if self.mention_at[token.i] is not None:
                continue
            word = token.lower_
            cluster = names.get(word) or (names.get(word[:-1]) if word.endswith("s") else None)
            if cluster is not None:
                self._add(token.i, token.i + 1, cluster, "product")
        # "25 Boeing 787-9 Dreamliners ... The Dreamliners will be powered by": a one-word "company" the tagger
        # made of a product name is the product
        for cluster in list(self.clusters):
            words = {normalise(n) for n in cluster.names}
            if cluster.type != "Company" or len(words) != 1:
                continue
            (word,) = words
            maker = names.get(word) or (names.get(word[:-1]) if word.endswith("s") else None)
            if maker is None or maker is cluster or " " in word:
                continue
            for m in self.mentions:
                if m.cluster is cluster:
                    m.cluster, m.kind = maker, "product"
            for key in [k for k, c in self._by_key.items() if c is cluster]:
                del self._by_key[key]
            self.clusters.remove(cluster)

    _NAME_JOINERS = frozenset({"of", "and", "for", "the", "y", "de", "del", "la", "des", "du", "et", "&"})

    #: words an organisation's spelled-out name may have that its acronym leaves out
    _SPELLED_JOINERS = _NAME_JOINERS | {"on", "in"}  # "Roundtable on Sustainable Palm Oil (RSPO)"

    def _spells(self, span: Span, acronym: str) -> bool:
        """Whether a run of words is what an acronym stands for: the initials of its words but the joiners, with or
        without a country before them ("US Customs and Border Protection (CBP)")."""
        words = [t for t in span if t.lower_ not in self._SPELLED_JOINERS]
        if len(words) > 2 and places.country_code(words[0].text) and \
                "".join(t.text[0] for t in words[1:]).upper() == acronym.upper():
            return True
        return len(words) >= 2 and "".join(t.text[0] for t in words).upper() == acronym.upper()

    def _spelled_out(self) -> None:
        """"the Comisión Nacional Bancaria y de Valores (CNBV)": capitalised words the tagger left out whose
        initials are the bracketed acronym after them are an organisation's name."""
        doc = self.doc
        for token in doc:
            i = token.i
            if token.text != "(" or i < 2 or i + 2 >= len(doc) or doc[i + 2].text != ")":
                continue
            acronym = doc[i + 1].text
            if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 8):
                continue
            # the words before the bracket, back over names found in them ("US Customs" + "and Border Protection")
            starts, start = [], i
            while start > 0 and i - start < 12:
                tagged = self.mention_at[start - 1]
                if tagged is not None and tagged.kind == "name" and tagged.cluster.type in ("Company", "Organization"):
                    start = tagged.start
                elif tagged is None and (doc[start - 1].is_title or doc[start - 1].lower_ in self._SPELLED_JOINERS):
                    start -= 1
                else:
                    break
                if doc[start].lower_ not in self._SPELLED_JOINERS:
                    starts.append(start)
            start = next((s for s in reversed(starts) if self._spells(doc[s:i], acronym)), i)
            if start == i or (whole := self.mention_at[start]) is not None and whole.end == i:
                continue  # (or found whole already)
            self._unsplit(start, i)
            text = doc[start:i].text
            cluster = self._cluster_for(text, self._org_type(text, "ORG"))
            if self._add(start, i, cluster, "name"):
                cluster.names.append(clean_name(text))

    def _acronyms(self) -> None:
        """'European Aeronautic Defence & Space NV (EADS)': the bracketed acronym is the same entity."""
        doc = self.doc
        for mention in list(self.mentions):
            end = mention.end
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                inner = self.mention_at[end + 1]
                token = doc[end + 1]
                if mention.cluster.type == "Country" and inner is not None and inner.cluster.type != "Country":
                    continue  # "BANGKOK, Thailand (AP)": a dateline's agency, not the country's acronym
                if token.text.isupper() and (inner is None or inner.cluster is not mention.cluster):
                    if inner is not None:
                        self._merge(inner.cluster, mention.cluster)
                    else:
                        self._add(end + 1, end + 2, mention.cluster, "name")
                        mention.cluster.names.append(token.text)
                        earlier = self._by_key.get(normalise(token.text))
                        self._by_key[normalise(token.text)] = mention.cluster
                        if earlier is not None and earlier is not mention.cluster and earlier in self.clusters:
                            # "OOCL" written alone elsewhere, found before the bracket said whose acronym it is
                            self._merge(earlier, mention.cluster)

    def _initialisms(self) -> None:
        """"the Australian Competition and Consumer Commission ... the ACCC": an acronym written alone, never
        bracketed after a name, is the one organisation or company named before whose initials it is."""
        for cluster in list(self.clusters):
            if cluster.type not in ("Company", "Organization", "Person") or len(set(cluster.names)) != 1:
                continue
            acronym = cluster.names[0]
            if not (acronym.isupper() and acronym.isalpha() and 3 <= len(acronym) <= 8):
                continue
            first = min(m.start for m in self.mentions if m.cluster is cluster)
            spelled = {c.id: c for m in self.mentions if m.start < first and m.kind == "name"
                       and (c := m.cluster) is not cluster and c.type in ("Company", "Organization")
                       and _initials(m.text, self._NAME_JOINERS) == acronym}
            if len(spelled) == 1:
                self._merge(cluster, next(iter(spelled.values())))

    @staticmethod
    def _speaks_as_it(name: Token) -> bool:
        """"X said it would ...": the subject of a reporting verb whose reported clause has "it" as subject."""
        if name.dep_ != "nsubj" or name.head.lemma_ not in SPEECH_VERBS:
            return False
        return any(c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "it" and g.i > name.i
                                             for g in c.children) for c in name.head.children)

    def _known_as(self) -> None:
        """"Hon Hai, the contract manufacturer better known as Foxconn": the other name is the same entity."""
        doc = self.doc
        for token in doc:
            if token.lower_ != "as" or token.dep_ != "prep" or token.head.lemma_ not in ("know", "call") \
                    or token.head.tag_ != "VBN":
                continue
            described = token.head.head if token.head.dep_ in ("acl", "relcl") else None
            if described is None:
                continue
            owner = self.mention_at[described.i]
            if owner is None and (name := comma_appositive(described)) is not None:
                owner = self.mention_at[name.i]
            if owner is None or owner.kind != "name" or owner.cluster.type not in ("Company", "Organization"):
                continue
            for g in token.children:
                if g.dep_ != "pobj" or g.pos_ != "PROPN":
                    continue
                start = self._compound_start(g)
                other = self.mention_at[g.i]
                if other is None:
                    if self._add(start, g.i + 1, owner.cluster, "name") is not None:
                        owner.cluster.names.append(doc[start: g.i + 1].text)
                        self._by_key.setdefault(normalise(doc[start: g.i + 1].text), owner.cluster)
                elif other.cluster.type == "Company" and other.kind == "name":
                    self._merge(other.cluster, owner.cluster)

    def _merge(self, source: Cluster, target: Cluster) -> None:
        if source is target or source.type == "Country":
            return
        for m in self.mentions:
            if m.cluster is source:
                m.cluster = target
        target.names += source.names
        target.nouns |= source.nouns
        target.described |= source.described
        target.country = target.country or source.country
        for key, cluster in list(self._by_key.items()):
            if cluster is source:
                self._by_key[key] = target
        self.clusters.remove(source)

    def _rescan(self) -> None:
        """Find further mentions of known names that the tagger missed."""
        doc = self.doc
        lowered = [t.text for t in doc]
        # where each word stands, its first letter folded: the only places a name can start
        starts: dict[str, list[int]] = {}
        for i, text in enumerate(lowered):
            starts.setdefault(text[:1].lower() + text[1:], []).append(i)
        for _key, cluster in list(self._by_key.items()):
            if cluster.type == "Country" or not any(c is cluster for c in self.clusters):
                continue  # (a piece of a name dropped by _unsplit)
            # longest first, and in a fixed order: a set's order would vary with the interpreter's string hashing
            for name in sorted(set(cluster.names), key=lambda n: (-len(n), n)):
                words = [t for t in re.findall(r"\w+(?:[-.&']\w+)*\.?|\S", name)]
                n = len(words)
                if not n or (n == 1 and len(words[0]) < 3):
                    continue
                for i in starts.get(words[0][:1].lower() + words[0][1:], ()):
                    # (the index matched the first word but for its first letter's case: "easyJet" of "EasyJet"
                    # opening a sentence, but not "apple" of "Apple")
                    if i > len(doc) - n or lowered[i:i + n] != words and not (
                            n == 1 and any(ch.isupper() for ch in lowered[i])):
                        continue
                    if n >= 3 and any(w.lower() in ("and", "&") for w in words[1:-1]):
                        self._unsplit(i, i + n)  # "Nokia Solutions" + "Networks" cut at the "and" of the name
                    pieces = [m for j in range(i, i + n) if (m := self.mention_at[j]) is not None]
                    if n >= 2 and pieces and all(m.cluster is not cluster for m in pieces):
                        # "Samsung" + "SDI", "Anglo" + "American": pieces, here, of a name the tagger (or a cue)
                        # found whole elsewhere
                        self._unsplit(i, i + n, demonyms=True)
                    if all(self.mention_at[j] is None for j in range(i, i + n)):
                        if doc[i].is_title or doc[i].is_upper or not doc[i].is_alpha or n == 1 and any(
                                ch.isupper() for ch in doc[i].text[1:]):
                            # "Big C Supercenter": the known name and the rest of a longer form of it
                            self._add(i, self._name_rest(i + n, nouns=True), cluster, "name")

    def _first_words(self) -> None:
        """"Trian" after "Trian Fund Management": the first word of a company's name that a company word makes
        one, written alone where the tagger found nothing (or a nationality), is that company, when no other
        name begins with it and it is not a place's or a country's name."""
        doc = self.doc
        company_words = self.lexicon.entity["company_words"]
        firsts: dict[str, list[Cluster]] = {}
        for cluster in self.clusters:
            if cluster.type in ("Company", "Organization", "Person") or cluster.code:
                for name in set(cluster.names):
                    words = clean_name(name).split()
                    if words:
                        firsts.setdefault(words[0], []).append(cluster)
        for word, clusters in firsts.items():
            owners = {c.id: c for c in clusters}
            if len(owners) != 1:
                continue
            (cluster,) = owners.values()
            names = [clean_name(n).split() for n in cluster.names]
            if cluster.type != "Company" or any(len(n) == 1 for n in names) or not any(
                    w.lower() in company_words for n in names for w in n[1:]):
                continue
            # (a country's code is a name's word too: "ARM" of "ARM Holdings", not Armenia)
            if len(word) < 3 or not word.isalpha() or not word[0].isupper() or word.lower() in company_words \
                    or places.country_code(word, allow_codes=False) or places.is_demonym(word) \
                    or places.place_country(word, allow_codes=False):
                continue
            for token in doc:
                if token.text != word or self.mention_at[token.i] is not None or \
                        token.ent_type_ not in ("", "NORP", "ORG", "PERSON") or \
                        token.i + 1 < len(doc) and doc[token.i + 1].is_title and doc[token.i + 1].pos_ == "PROPN":
                    continue  # (not "Trian Partners", another name beginning with the word)
                self._add(token.i, token.i + 1, cluster, "name")

    def _unsplit(self, start: int, end: int, *, demonyms: bool = False) -> None:
        """Drop the names found inside ``start:end`` (and nowhere else) so that the longer name there can be
        added: pieces of a name with "and" in it that the tagger cut apart (with ``demonyms``, nationalities
        too: "Anglo" + "American")."""
        inside = {id(m): m for j in range(start, end) if (m := self.mention_at[j]) is not None}
        if not inside or any(m.start < start or m.end > end or (m.start, m.end) == (start, end) or not (
                m.kind == "name" and m.cluster.type != "Country" or demonyms and m.kind == "demonym")
                for m in inside.values()):
            return  # (nothing to mend where the whole name is found already)
        for m in inside.values():
            self._drop(m)

    def _drop(self, m: Mention) -> None:
        """Take back a mention, and its cluster if it has no other."""
        for j in range(m.start, m.end):
            self.mention_at[j] = None
        self.mentions.remove(m)
        if not any(other.cluster is m.cluster for other in self.mentions):
            self.clusters.remove(m.cluster)
            for key in [k for k, c in self._by_key.items() if c is m.cluster]:
                del self._by_key[key]

    def _portfolio_titles(self) -> None:
        """"India's Home Secretary X", "Trade Minister Y": a portfolio the tagger took for an organisation is part
        of the title, unless it names a ministry the text names ("the Ministry of Economy, Trade and Industry")."""
        ministers = self.lexicon.entity.get("minister_words", frozenset()) | \
            set(self.lexicon.pairs("title_named_bodies"))
        for m in list(self.mentions):
            if m.kind == "name" and m.cluster.type in ("Company", "Organization") and m.start >= 2 and \
                    self.doc[m.start - 1].lower_ == "of" and self.doc[m.start - 2].lower_ in ministers and \
                    self.doc[m.start - 2].is_title and m.end - m.start == 1 and self.doc[m.start].is_title and \
                    not any(other is not m and other.cluster is m.cluster for other in self.mentions):
                self._drop(m)  # "US Secretary of State X": the portfolio after the title
                continue
            if m.kind != "name" or m.cluster.type not in ("Company", "Organization") or m.end >= len(self.doc) \
                    or self.doc[m.end].lower_ not in ministers or m.end - m.start > 2:
                continue
            if any(other is not m and other.cluster is m.cluster for other in self.mentions):
                continue
            named = self.lexicon.entity["company_words"] | self.lexicon.entity["organization_words"]
            # (not "U.N. Secretary-General X", "Arab League Secretary X"; but a company word alone is a portfolio:
            # "Finance Minister X")
            if all(t.is_title and t.is_alpha and not t.is_upper and (t.lower_ not in named or m.end - m.start == 1)
                   for t in self.doc[m.start:m.end]):
                self._drop(m)

    def _country_words(self) -> None:
        """Demonyms and country names the tagger did not mark ("Korean", "U.S.")."""
        for token in self.doc:
            if self.mention_at[token.i] is not None or not (token.is_title or token.is_upper):
                continue
            if token.pos_ not in ("PROPN", "ADJ", "NOUN"):
                continue
            if _acronym(token):
                continue  # an untagged acronym is not an ISO code ("EE", "BT" are carriers, not Estonia, Bhutan)
            if token.is_upper and is_legal_form(token.text) and token.i + 1 < len(self.doc) and \
                    self.doc[token.i + 1].is_title and token.dep_ == "compound":
                continue  # a legal form before a name: "PT Freeport Indonesia" (not Portugal)
            before = self.doc[token.i - 1] if token.i > 0 else None
            if before is not None and before.is_title and before.head.i == token.i and \
                    before.dep_ in ("compound", "amod") and not places.country_code(f"{before.text} {token.text}"):
                continue  # "North America", "Latin America's": a region's name, not the country "America"
            code = places.country_code(token.text)
            if code:
                self._add(token.i, token.i + 1, self.country(code),
                          "demonym" if places.is_demonym(token.text) else "name")

    def _place_code(self, text: str) -> str | None:
        """The country of a place named in the text: any place :func:`places.place_country` knows, or a US state
        by its abbreviation ("Ga.")."""
        return places.place_country(text) or self._state_country(text)

    def _based_places(self) -> None:
        """"Toulouse-based Airbus", "the Santa Monica, California-based studio": the place before "-based" or
        "-headquartered" that the tagger did not mark (the words before the hyphen, or after the comma)."""
        doc = self.doc
        for token in doc:
            if token.lower_ not in ("based", "headquartered") or token.i < 2 or doc[token.i - 1].text != "-" \
                    or doc[token.i - 1].whitespace_ or doc[token.i - 2].whitespace_:
                continue
            end = token.i - 1
            tagged = self.mention_at[end - 1]
            if tagged is not None and tagged.end == end and tagged.cluster.type in ("Person", "Company") and \
                    places.place_country(tagged.text):
                self._drop(tagged)  # "Toulouse-based" tagged as a person's name: the town
            start = end
            while start > 0 and end - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                    and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ") and self.mention_at[start - 1] is None:
                start -= 1
            if start == end:
                self._town_before(end)
                continue
            for begin in range(start, end):  # the longest known place ("Santa Monica", not "Monica")
                code = self._place_code(doc[begin:end].text)
                if code:
                    self._add(begin, end, self.country(code), "place")
                    break
            self._town_before(end)

    def _town_before(self, end: int) -> None:
        """"the Battle Creek, Michigan-based company": a name the tagger made a company or a person, before a
        comma and the place before "-based", is a town there (unless the text names it elsewhere)."""
        doc = self.doc
        place = self.mention_at[end - 1]
        if place is None or place.cluster.type != "Country" or place.start < 2 or doc[place.start - 1].text != ",":
            return
        town = self.mention_at[place.start - 2]
        if town is not None and town.end == place.start - 1 and town.kind == "name" and \
                town.cluster.type in ("Person", "Company") and \
                not any(o is not town and o.cluster is town.cluster for o in self.mentions):
            self._drop(town)
            self._add(town.start, town.end, place.cluster, "place")

    def _company_towns(self) -> None:
        """"Avis Bourg Co. of Folsom": a known town after a company's legal form and "of", which the tagger took
        for another name (a town's name is often a surname), is the town."""
        doc = self.doc
        for m in list(self.mentions):
            if m.kind != "name" or m.cluster.type != "Company" or m.end + 1 >= len(doc) or \
                    not is_legal_form(doc[m.end - 1].text) or doc[m.end].lower_ != "of":
                continue
            town = self.mention_at[m.end + 1]
            if town is None or town.kind != "name" or town.start != m.end + 1 or \
                    town.cluster.type == "Country" or any(o is not town and o.cluster is town.cluster
                                                          for o in self.mentions):
                continue
            code = places.place_country(town.text)
            if code:
                self._drop(town)
                self._add(town.start, town.end, self.country(code), "place")

    def _longer_country_names(self) -> None:
        """"the Democratic Republic of Congo" ... "Congo's state miner", "Congolese": a country's short name
        that ends the longer name of another country named in the text means that one, unless the two are
        named side by side ("Sudan and South Sudan")."""
        countries = [c for c in self.clusters if c.type == "Country"]
        written: dict[int, set[str]] = {c.id: set() for c in countries}
        for m in self.mentions:
            if m.cluster.type == "Country" and m.kind != "demonym":
                written[m.cluster.id].add(normalise(m.text))
        for short in countries:
            own = [m for m in self.mentions if m.cluster is short]
            words = written[short.id]
            longer = [c for c in countries if c is not short and any(
                text.endswith(" " + w) for text in written[c.id] for w in words)]
            if len(longer) != 1 or not own:
                continue
            target = longer[0]
            sentences_of = {sentence_index.sentence(self.doc[m.start]).start for m in self.mentions
                            if m.cluster is target}
            if any(sentence_index.sentence(self.doc[m.start]).start in sentences_of for m in own):
                continue
            for m in own:
                m.cluster = target

    def _state_country(self, text: str) -> str | None:
        """A US state abbreviation of news style ("Calif.") stands for the US."""
        return "US" if text.lower() in self.lexicon.entity.get("us_state_abbreviations", ()) else None

    # -- resolution --------------------------------------------------------

    def resolve(self, token: Token, *, places_ok: bool = False,
                products_ok: bool = False) -> list[tuple[Cluster, Mention | None, str]]:
        """The entities a token stands for, with the mention and how it was found.

        ``how`` is "name", "descriptor" (a common noun with a named apposition),
        "nominal", "pronoun", "government" or "generic".
        """
        mention = self.mention_at[token.i]
        if mention is not None:
            if mention.kind == "place" and not places_ok or mention.kind == "product" and not products_ok:
                return []
            return [(mention.cluster, mention, "name")]
        lower = token.lower_
        if lower == "whose":
            # "JSW Steel, whose chairman Sajjan Jindal has ...": the name the relative clause describes
            node = token.head
            for _ in range(4):
                if node.dep_ == "relcl" or node.head.i == node.i:
                    break
                node = node.head
            if node.dep_ == "relcl" and node.head.i < token.i:
                return self.resolve(node.head, places_ok=places_ok, products_ok=products_ok)
            return []
        if token.pos_ == "PRON" or lower in _FIRST_PERSON | _THING_PRONOUNS | _PLURAL_PRONOUNS | _PERSON_PRONOUNS:
            found = self._pronoun(token)
            return [(found, None, "pronoun")] if found else []
        if token.pos_ not in ("NOUN", "PROPN"):
            return []
        if token.i in self.named_at:
            return [(self.named_at[token.i], None, "descriptor")]
        if token.lemma_.lower() in self.lexicon.entity["company_nouns"] and token.i + 2 < len(self.doc) and \
                self.doc[token.i + 1].text == "," and (m := self.mention_at[token.i + 2]) is not None and \
                m.kind == "name" and m.cluster.type == "Company" and self.head(m).dep_ == "appos":
            # "head of the carmaker's European unit, Toyota Motor Europe," with the name hung elsewhere
            return [(m.cluster, m, "descriptor")]
        for child in token.children:
            m = self.mention_at[child.i]
            if child.dep_ == "compound" and m is not None and m.kind == "product" and \
                    token.lemma_.lower() in self.lexicon.entity.get("maker_nouns", ()):
                return [(m.cluster, None, "descriptor")]  # "the iPhone maker"
            if child.dep_ == "compound" and m is not None and m.kind == "name" and m.cluster.type == "Company" \
                    and m.end == token.i and token.lemma_.lower() in _GROUP_WORDS | _BODY_WORDS:
                return [(m.cluster, m, "name")]  # "the Tata group", "the Rollei company", "the SkyTeam alliance"
            if child.dep_ in ("compound", "amod") and m is not None and m.kind == "name" and \
                    m.cluster.type == "Organization" and \
                    token.lemma_.lower() in self.lexicon.entity.get("organization_nominals", frozenset()) and \
                    all(t.dep_ == "compound" and t.is_lower for t in self.doc[m.end:token.i]):
                return [(m.cluster, m, "name")]  # "the KCC regulator", "the RMT rail union"
            if child.dep_ in ("appos", "compound", "nmod") and child.i > token.i:
                m = self.mention_at[child.i]
                if m is not None and m.kind != "place" and m.cluster.type != "Country":
                    return [(m.cluster, m, "descriptor")]
        leader = next((g for c in token.children if c.dep_ == "acl" and c.lemma_ in ("lead", "head")
                       and c.tag_ == "VBN" for a in c.children if a.dep_ == "agent"
                       for g in a.children if g.dep_ == "pobj"), None)
        if leader is not None and token.dep_ in ("nsubj", "nsubjpass") and \
                (m := self.mention_at[leader.i]) is not None and m.kind == "name" and \
                m.cluster.type in ("Company", "Organization"):
            # "a group of shareholders led by APG filed a lawsuit": the one who leads the group acts for it
            return [(m.cluster, m, "descriptor")]
        name = comma_appositive(token)
        if name is not None and (m := self.mention_at[name.i]) is not None and m.kind == "name" and \
                m.cluster.type in ("Company", "Organization") and \
                any(c.dep_ in ("amod", "compound") for c in token.children) and \
                any(t.i == token.i for t in missed_appositions(name)):
            # "assembled by Hon Hai, the Taiwanese contract manufacturer ...": an apposition the parser missed
            return [(m.cluster, m, "descriptor")]
        if token.dep_ == "appos" and self.mention_at[token.head.i] is not None:
            m = self.mention_at[token.head.i]
            if m is not None and m.cluster.type != "Country":
                if token.tag_ == "NNS":
                    # "Samsung and SK Hynix, the South Korean chipmakers that ...": a plural descriptor
                    # stands for every name of the coordination
                    named = [(n.cluster, n, "descriptor") for t in coordination(token.head)
                             if (n := self.mention_at[t.i]) is not None and n.cluster.type != "Country"]
                    return list({c.id: (c, n, h) for c, n, h in named}.values())
                return [(m.cluster, m, "descriptor")]
        cues = self.lexicon.entity
        if token.lemma_.lower() in cues["company_nouns"] and any(
                c.dep_ == "poss" and c.lower_ in _FIRST_PERSON for c in token.children):
            found = self._speaker_org(token)  # "our company", said by its spokesperson
            return [(found, None, "pronoun")] if found else []
        if token.lemma_.lower() in cues.get("organization_nominals", ()) and not any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children):
            found = self._organization_named(token)  # "the ministry said", "ministry spokeswoman X", "the union's"
            if found is not None:
                return [(found, None, "nominal")]
        if token.lemma_.lower() in cues.get("official_nouns", ()):
            # "officials from China", "Chinese officials": people acting for their country
            # ("European Commission inspectors": the body's)
            found = self.country_modifier(token) or next(
                (m.cluster for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "in")
                 for g in c.children if g.dep_ == "pobj" and (m := self.mention_at[g.i]) is not None
                 and m.cluster.type in ("Country", "Organization") and m.kind != "place"), None) or next(
                (m.cluster for c in token.children if c.dep_ == "compound" and c.i < token.i
                 and (m := self.mention_at[c.i]) is not None and m.kind == "name"
                 and m.cluster.type == "Organization"), None)
            return [(found, None, "government")] if found else []
        if lower in cues.get("country_nouns", frozenset()) and any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                and not any(c.dep_ in ("amod", "compound", "poss") for c in token.children):
            found = self.story_country(token)  # "operated in Mexico ..., it would invest $2 billion in the country"
            return [(found, None, "nominal")] if found else []
        if token.lemma_.lower() in cues["government_nouns"] or lower in cues["government_nouns"]:
            found = self._country_of(token)
            return [(found, None, "government")] if found else []
        unit = self._named_unit(token)
        if unit is not None:
            return [(unit, None, "nominal")]
        if token.lemma_.lower() in UNIT_NOUNS and any(c.type == "Company" for p in self._unit_owners(token)
                                                      if p.i > token.i for c, _, _ in self.resolve(p)):
            return []  # "the Korean unit of Halvorsen Bank", no unit of it named: not another company
        counted = self._counted_companies(token)
        if counted:
            return [(c, None, "nominal") for c in counted]
        if token.lemma_.lower() in cues["company_nouns"] and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children
        ) and (not self._ranked(token) or self._bound(token)) and not (
                token.tag_ == "NNS" and self.country_modifier(token)):  # "the Chinese firms" is not one of them
            found = self._nominal(token)
            return [(found, None, "nominal")] if found else []
        if (lower in cues["generic_nouns"] or token.lemma_.lower() in cues["generic_nouns"]) and \
                not any(c.dep_ == "nummod" for c in token.children):  # "14 Chinese companies" are not all of them
            modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
            # "Chinese technology companies": the demonym on the noun's own modifier
            modifiers += [g for c in modifiers if c.dep_ == "compound" for g in c.children if g.dep_ == "amod"]
            for child in modifiers:
                m = self.mention_at[child.i]
                if m and m.cluster.type == "Country":
                    return [(m.cluster, m, "generic")]
        return []

    def _counted_companies(self, token: Token) -> list[Cluster]:
        """"the two companies", "both companies", "all three companies": as many companies as the words count,
        when exactly that many were named in the sentence before and this one up to the words."""
        if token.tag_ != "NNS" or token.lemma_.lower() not in self.lexicon.entity["company_nouns"]:
            return []
        words = {c.lower_ for c in token.children if c.dep_ in ("det", "predet", "nummod")}
        count = 2 if "both" in words else next((_COUNTS[w] for w in words if w in _COUNTS), 0)
        if not count or not words & {"the", "both", "all"}:
            return []
        start = sentence_index.sentence_start(self.doc, sentence_index.index_of(token) - 1)
        named: dict[int, Cluster] = {}
        for m in self.mentions:
            # (not what the words are part of: "Salym, which the two companies set up")
            if start <= m.start < token.i and m.kind == "name" and m.cluster.type == "Company" and \
                    not self.head(m).is_ancestor(token):
                named.setdefault(m.cluster.id, m.cluster)
        return list(named.values()) if len(named) == count else []

    @staticmethod
    def _unit_owners(token: Token) -> list[Token]:
        """The owner a unit noun names: "Sony's Indian arm", "the Korean unit of Halvorsen Bank"."""
        return [p for p in token.children if p.dep_ == "poss"] + [
            g for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
            if g.dep_ == "pobj"]

    def _named_unit(self, token: Token) -> Cluster | None:
        """"its Indian unit", "Sony's Indian arm": the company named for its parent and that country ("Telenor
        India"), or called the parent's unit and of that country, before or after the phrase."""
        if token.lemma_.lower() not in UNIT_NOUNS | {"business", "operation"}:
            return None  # (also "its Bangladesh business", where the unit "Chevron Bangladesh" is named)
        country = self.country_modifier(token)
        owners = [c for p in self._unit_owners(token) for c, _, _ in self.resolve(p) if c.type == "Company"]
        if country is None or len(owners) != 1:
            return None
        parent = owners[0]
        prefixes = {normalise(n) + " " for n in parent.names}
        found = {c.id: c for c in self.clusters if c is not parent and c.type == "Company" and (
            any(normalise(n).startswith(p) and places.country_code(normalise(n)[len(p):], allow_codes=False)
                == country.code for n in c.names for p in prefixes)
            or c.country == country.code and c.nouns & UNIT_NOUNS)}
        return next(iter(found.values())) if len(found) == 1 else None

    @staticmethod
    def _ranked(token: Token) -> bool:
        """"the third-largest retailer", "the biggest carrier", "the new company": a ranking or a
        thing just created introduces a referent rather than pointing back at one."""
        for child in token.children:
            if child.dep_ not in ("amod", "advmod", "compound", "nummod"):
                continue
            for t in child.subtree:
                word = t.lower_
                if t.tag_ in ("JJS", "RBS") or word in ("new", "first", "second", "third", "fourth", "fifth",
                                                         "largest", "biggest", "only", "next"):
                    return True
        return False

    def country_modifier(self, token: Token) -> Cluster | None:
        """A country named by a demonym or possessive modifying ``token``, or the place of a "-based" modifier
        ("the Wolfsburg-based carmaker")."""
        for child in token.children:
            m = self.mention_at[child.i]
            if child.dep_ in ("amod", "compound", "poss", "nmod") and m and m.cluster.type == "Country":
                return m.cluster
            if (based := self.based_place(child)) is not None:
                return based.cluster
        return None

    def based_place(self, modifier: Token) -> Mention | None:
        """The place of a "-based" or "-headquartered" modifier ("a Nagoya-based maker")."""
        if modifier.dep_ != "amod" or modifier.lower_ not in ("based", "headquartered"):
            return None
        for place in modifier.children:
            m = self.mention_at[place.i]
            if place.dep_ in ("npadvmod", "compound", "nmod") and m and m.cluster.type == "Country":
                return m
        return None

    @staticmethod
    def _name_countries(cluster: Cluster) -> set[str]:
        """The countries a company's names carry by name or demonym ("Malaysia Airlines", "Singapore Airlines")."""
        return {found for name in cluster.names for word in name.split() if word[:1].isupper()
                and (found := places.country_code(word, allow_codes=False)) is not None}

    def _named_for_country(self, cluster: Cluster, code: str | None) -> bool:
        return code is not None and code in self._name_countries(cluster)

    def _named_for_other_country(self, cluster: Cluster, code: str | None) -> bool:
        return bool(self._name_countries(cluster) - {code})

    def _acted_on_by_person(self, token: Token) -> bool:
        """"Lionsgate's chief executive X, who has run the company since 2000": a person's doing to "the company"
        names no second company (as "X owns 33 percent of the operator" would)."""
        verb = token.head
        if token.dep_ != "dobj" or verb.pos_ != "VERB":
            return False
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl" and doers and all(d.lower_ in ("who", "that") for d in doers):
            doers = [verb.head]
        return bool(doers) and all((m := self.mention_at[d.i]) is not None and m.cluster.type == "Person"
                                   for d in doers)

    def _recent(self, token: Token, types: tuple[str, ...], *, sentences: int = 2,
                prefer_subject: bool = True, avoid: frozenset[int] = frozenset()) -> Cluster | None:
        """The most recent mention of one of ``types`` before ``token`` (subjects first)."""
        lower = sentence_index.sentence_start(self.doc, sentence_index.index_of(token) - sentences)
        best: Mention | None = None
        for m in self.mentions:
            if m.start >= token.i or m.start < lower or m.cluster.type not in types or m.kind in ("place", "product") \
                    or m.cluster.id in avoid:
                continue
            head = self.head(m)
            is_subject = head.dep_ in ("nsubj", "nsubjpass") or (
                head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass"))
            if best is None:
                best = m
                continue
            best_head = self.head(best)
            best_subject = best_head.dep_ in ("nsubj", "nsubjpass")
            if prefer_subject and is_subject and not best_subject:
                best = m
            elif (is_subject == best_subject or not prefer_subject) and m.start > best.start:
                best = m
        return best.cluster if best else None

    def head(self, m: Mention) -> Token:
        """The syntactic head of a mention: "Ministry" in "Ministry of Commerce", not its last word."""
        for t in self.doc[m.start:m.end]:
            if not m.start <= t.head.i < m.end or t.head.i == t.i:
                return t
        return self.doc[m.end - 1]

    def phrase_head(self, m: Mention) -> Token:
        """The word a name's phrase hangs on: its syntactic head when the name has a phrase of its own ("the
        Superintendency of Industry and Commerce"), else its last word."""
        if any(t.dep_ == "prep" and t.lower_ in ("of", "for", "on") for t in self.doc[m.start:m.end - 1]):
            return self.head(m)
        return self.doc[m.end - 1]

    def _pronoun(self, token: Token) -> Cluster | None:
        lower = token.lower_
        if lower in _PERSON_PRONOUNS:
            return self._reporting_subject(token, person=True) or self._recent(token, ("Person",))
        if lower in _FIRST_PERSON:
            return self._speaker_org(token)
        if lower in _THING_PRONOUNS:
            if lower == "it" and token.head.lemma_ == "be" and any(c.dep_ in ("acomp", "xcomp", "ccomp")
                                                                   for c in token.head.children):
                return None  # "it is hard to say" (but "it is one of Apple's largest suppliers" is someone)
            owned = token.head
            if lower == "its" and token.dep_ == "poss" and owned.dep_ == "conj" and owned.head.i < token.i:
                first = owned.head
                if (m := self.mention_at[first.i]) is not None and m.cluster.type in ("Company", "Organization"):
                    return m.cluster  # "Volkswagen and its Audi and Porsche units": the company just named
                # "Teck's coal mines in Canada and its copper operations in Chile": the first conjunct's owner
                owners = [m.cluster for c in first.children if c.dep_ == "poss"
                          and (m := self.mention_at[c.i]) is not None and m.cluster.type in ("Company", "Organization")]
                if len(owners) == 1:
                    return owners[0]
            described = self.mention_at[owned.head.i] if lower == "its" and token.dep_ == "poss" and \
                owned.dep_ == "appos" else None
            if described is not None:
                # "H&M, its Swedish rival": what a name is called the rival or unit of is not the name itself
                # (a company of its own sentence first: "the selection of X is a blow to Y, its rival")
                avoid = self._clause_subjects(token) | {described.cluster.id}
                owner = self._clause_owner(token)
                if owner is not None and owner.id not in avoid:
                    return owner  # "The shipbuilder runs a yard through X, its Romanian subsidiary": the subject
                return self._recent(token, ("Company", "Organization"), sentences=0, avoid=avoid) or \
                    self._recent(token, ("Company", "Organization"), avoid=avoid)
            speaker = self._reporting_subject(token) or self._clause_owner(token) or self._where_subject(token) \
                or self._main_clause_company(token)
            if speaker is not None:
                return speaker
            return self._recent(token, ("Company", "Organization"), avoid=self._clause_subjects(token))
        if lower in _PLURAL_PRONOUNS:
            return self._recent(token, ("Company", "Organization"), sentences=1,
                                avoid=self._clause_subjects(token))
        return None

    def _clause_owner(self, pronoun: Token) -> Cluster | None:
        """"the firm would not close any of its factories": "its" is the subject of its own clause, when that
        subject is a company or organisation named or described (not another pronoun)."""
        if pronoun.lower_ != "its" or pronoun.dep_ != "poss":
            return None
        node = pronoun.head
        for _ in range(6):
            if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                break
            node = node.head
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i
                    and c.pos_ != "PRON"]
        if not subjects and node.dep_ == "relcl" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in node.children):
            subjects = [node.head]  # "LG Chem, which counts GM among its customers": the relative's antecedent
        for subject in subjects:
            found = [c for c, _, _ in self.resolve(subject) if c.type in ("Company", "Organization")]
            if len(found) == 1:
                return found[0]
            m = self.mention_at[subject.i]
            if m is not None and m.cluster.type == "Country" and m.kind == "name" and self._bare_name(subject, m) \
                    and not (pronoun.head.dep_ == "pobj" and pronoun.head.head.lower_ in ("on", "over", "against")):
                # "The United States filed its complaint against the EU" (but not "Ottawa imposed duties on its
                # plate", "sanctions on X over its shipments": the goods of whoever is acted on)
                return m.cluster
        return None

    def _main_clause_company(self, pronoun: Token) -> Cluster | None:
        """"The deal would be the Basel-based group's largest since it bought Alcon": "it", the subject of an
        adverbial clause after its main clause, is the one company that main clause names or describes; so is
        "it" in a relative clause on another company ("puts X in competition with Y, in which it holds a stake")."""
        clause = pronoun.head
        if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.head.i > pronoun.i:
            return None
        avoid: set[int] = set()
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.i < pronoun.i for c in clause.children):
            main = clause.head
        elif clause.dep_ == "relcl" and any(c.dep_ == "prep" and c.i < pronoun.i and any(
                g.dep_ == "pobj" and g.lower_ == "which" for g in c.children) for c in clause.children):
            avoid = {c.id for c, _, _ in self.resolve(clause.head)}
            main = clause.head
            for _ in range(6):
                if main.pos_ in ("VERB", "AUX") or main.head.i == main.i:
                    break
                main = main.head
        else:
            return None
        start = sentence_index.sentence(pronoun).start
        found: dict[int, Cluster] = {}
        for t in self.doc[start:pronoun.i]:
            if t.pos_ == "PRON" or not main.is_ancestor(t) or clause.is_ancestor(t):
                continue
            mention = self.mention_at[t.i]
            if mention is not None and mention.end - 1 != t.i:
                continue
            if mention is None and t.lemma_.lower() not in self.lexicon.entity["company_nouns"]:
                continue
            found |= {c.id: c for c, _, _ in self.resolve(t) if c.type in ("Company", "Organization")
                      and c.id not in avoid}
        if not found:
            # "Ukraine could face restrictions if it signs the agreement": a country named as the main clause's
            # subject
            found = {c.id: c for s in main.children if s.dep_ == "nsubj" and s.i < pronoun.i
                     for c, m, how in self.resolve(s) if c.type == "Country" and how == "name"
                     and self._bare_name(s, m)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _where_subject(self, pronoun: Token) -> Cluster | None:
        """"X plans to expand into Brazil, where it will compete with Y": "it" in a "where" clause on the place a
        company goes to or is in is that company, the subject of the clause naming the place."""
        clause = pronoun.head
        if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj" or clause.dep_ != "relcl" or not any(
                c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
            return None
        node = clause.head
        while node.dep_ == "conj" and node.head.i < node.i:
            node = node.head  # "into Brazil and Mexico, where it ..."
        if node.dep_ not in ("pobj", "attr"):
            return None
        verb = node.head.head if node.dep_ == "pobj" else node.head
        while verb.dep_ in ("xcomp", "conj") and verb.pos_ == "VERB" and verb.head.i != verb.i:
            verb = verb.head  # "plans to expand into": the subject of the control verb
        for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"):
            if node.dep_ == "attr":
                # "X's biggest markets are Hong Kong and India, where it competes with Y": the markets' owner
                subject = next((p for p in subject.children if p.dep_ == "poss"), subject)
            found = [c for c, _, _ in self.resolve(subject) if c.type in ("Company", "Organization")]
            if len(found) == 1:
                return found[0]
        return None

    def _reporting_subject(self, pronoun: Token, *, person: bool = False) -> Cluster | None:
        """"X said that it had ruled out a bid": "it" reported by an organisation is that organisation; "Y said
        he did not oppose the sale": "he" (``person``) reported by a person is that person."""
        if pronoun.lower_ not in (("he", "she") if person else ("it",)) or pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = pronoun.head
        verb = clause.head
        if clause.dep_ in ("acl", "ccomp") and verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # "denied reports that it plans to ...": the one denying the reports
        reporting = SPEECH_VERBS | self.lexicon.modality.get("denial_verbs", frozenset())
        if clause.dep_ not in ("ccomp", "acl") or verb.lemma_ not in reporting:
            return None
        for subject in verb.children:
            if subject.dep_ == "nsubj" and subject.pos_ != "PRON":
                # (a government speaking of itself is its country: "the Swedish government said it would ...";
                # so is a country named: "China said it would impose duties")
                found = [c for c, m, how in self.resolve(subject) if (c.type == "Person" if person else
                                                                     c.type in ("Company", "Organization")
                                                                     or how == "government"
                                                                     or c.type == "Country" and how == "name"
                                                                     and self._bare_name(subject, m))]
                if len(found) == 1:
                    return found[0]
        return None

    def _bare_name(self, token: Token, mention: Mention | None) -> bool:
        """Whether a name is the whole phrase it heads: "China", not "Tanzania" of "Vodacom Tanzania" that the
        tagger did not take for a company's name."""
        return mention is not None and not any(
            c.dep_ in ("compound", "amod", "nmod") and not mention.start <= c.i < mention.end for c in token.children)

    def _clause_subjects(self, pronoun: Token) -> frozenset[int]:
        """An object pronoun does not refer to the subject of its own clause (that would be
        "itself"): in "X is divesting itself of Y by selling it to Z", "it" is Y, not X."""
        if pronoun.dep_ not in ("dobj", "pobj", "dative", "nsubjpass") or pronoun.lower_ in ("its", "their"):
            return frozenset()
        verb = pronoun.head
        if pronoun.dep_ == "pobj":
            verb = verb.head
        avoid: set[int] = set()
        for _ in range(4):
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
            for t in subj:
                m = self.mention_at[t.i]
                if m is not None:
                    avoid.add(m.cluster.id)
                elif t.pos_ == "NOUN" and t.lemma_.lower() in self.lexicon.entity["company_nouns"]:
                    found = self._recent(t, ("Company", "Organization"), sentences=3)
                    if found is not None:
                        avoid.add(found.id)
            if subj or verb.dep_ not in ("xcomp", "conj", "advcl", "pcomp", "prep") or verb.head.i == verb.i:
                break
            verb = verb.head
        return frozenset(avoid)

    def _speaker_org(self, token: Token) -> Cluster | None:
        """'We' in a quote: the organisation of the person who says it."""
        sent = sentence_index.sentence(token)
        for t in sent:
            if t.lemma_ in SPEECH_VERBS and t.pos_ == "VERB":
                for child in t.children:
                    if child.dep_ != "nsubj":
                        continue
                    m = self.mention_at[child.i]
                    if m and m.cluster.type in ("Company", "Organization"):
                        return m.cluster
                    if m and m.cluster.type == "Person":
                        for other in child.subtree:
                            om = self.mention_at[other.i]
                            if om and om.cluster.type in ("Company", "Organization"):
                                return om.cluster
        return None

    def _organization_named(self, token: Token) -> Cluster | None:
        """The organisation named with this head word a few sentences before: "the ministry" after "China's
        Ministry of Commerce", "the union" after "the Australian Workers' Union"."""
        word = token.lemma_.lower()
        lower = sentence_index.sentence_start(self.doc, sentence_index.index_of(token) - 4)
        generic = word in self.lexicon.entity.get("generic_organization_nominals", frozenset())
        country = self.country_modifier(token)
        # "India's defence ministry" after "India's Ministry of Defence": the name's own words, from any distance
        qualifiers = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod") and c.is_lower}
        best = None
        # ... and from any distance the one organisation before it with the word in its name ("the agency" six
        # sentences after "the Food Standards Agency", no other agency named)
        named: dict[int, Cluster] = {}
        for m in self.mentions:
            if m.start >= token.i or m.kind != "name" or m.cluster.type != "Organization":
                continue
            words = set(normalise(self.doc[m.start:m.end].text).split())
            if word in words:
                named.setdefault(m.cluster.id, m.cluster)
            if qualifiers and {word} | qualifiers <= words:
                best = m.cluster
                continue
            if lower <= m.start and (word in words or word in m.cluster.nouns
                                     # "the Japanese regulator": the Japanese organisation named last
                                     or generic and country is not None and m.cluster.country == country.code):
                best = m.cluster
        if best is None and len(named) == 1:
            best = next(iter(named.values()))
        if best is None and (qualifiers or generic and country is not None):
            # "India's aviation regulator fined X. The Directorate General of Civil Aviation said ...": a body
            # described before it is named, the one named in the next two sentences with the described words
            # (or, for "German regulator blocks X" with no words, the one public body of its country named there)
            following = sentence_index.starts(self.doc)[sentence_index.index_of(token) + 3:]
            upper = following[0] if following else len(self.doc)
            public = self.lexicon.entity.get("public_body_words", frozenset())
            later = {m.cluster.id: m.cluster for m in self.mentions
                     if token.i < m.start < upper and m.kind == "name" and m.cluster.type == "Organization"
                     and qualifiers <= (words := set(normalise(m.text).split())) and (qualifiers or public & words)
                     and (country is None or m.cluster.country in (None, country.code))}
            if len(later) == 1:
                best = next(iter(later.values()))
        if best is None and generic and country is None:
            best = self._public_body_before(token, lower)  # "the agency" after "the Food and Drug Administration"
        return best

    def _public_body_before(self, token: Token, since: int) -> Cluster | None:
        """The public body "the regulator" or "the agency" stands for when no body has the word in its name:
        the last one named since ``since``, else the only one named before it in the text."""
        words = self.lexicon.entity.get("public_body_words", frozenset())
        bodies = [m for m in self.mentions if m.start < token.i and m.kind == "name"
                  and m.cluster.type == "Organization" and words & set(normalise(m.text).split())]
        recent = [m for m in bodies if m.start >= since]
        if recent:
            return recent[-1].cluster
        return bodies[0].cluster if len({m.cluster.id for m in bodies}) == 1 else None

    def main_country(self) -> Cluster | None:
        """The country the text is about: named at least three times and twice as often as any other."""
        counts = Counter(m.cluster.id for m in self.mentions if m.cluster.type == "Country")
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            return None
        return next(c for c in self.clusters if c.id == ranked[0][0])

    def story_country(self, token: Token, *, sentences: int = 2) -> Cluster | None:
        """The country "the country" means: the one a company's name in apposition carries ("Star India, the
        country's largest broadcaster"), else the last one named earlier in its sentence, else the only one named
        in the ``sentences`` before."""
        described = token.head if token.dep_ == "poss" else token
        owner = self.mention_at[described.head.i] if described.dep_ == "appos" else None
        if owner is not None and owner.cluster.type in ("Company", "Organization"):
            codes = {c for w in owner.text.split() if (c := places.country_code(w, allow_codes=False))}
            known = {m.cluster.code: m.cluster for m in self.mentions if m.cluster.type == "Country"
                     and m.start < token.i}
            if len(codes) == 1 and (code := codes.pop()) in known:  # (and the text named it as a country)
                return known[code]
        here = sentence_index.sentence(token).start
        named = [m for m in self.mentions if m.start < token.i and m.cluster.type == "Country"
                 and m.start >= sentence_index.sentence_start(self.doc, sentence_index.index_of(token) - sentences)]
        in_sentence = [m for m in named if m.start >= here]
        # (a country that only says where a company is from, "South Korea's Lotte Mart", is not the one the
        # sentence is about when it names another: "... have opened stores in Vietnam ... in the country")
        own = [m for m in in_sentence if not self._origin(m)]
        if own:
            return own[-1].cluster
        # ("Barcelona-based Glovo is considering entering the country": the one named for itself just before)
        before = {m.cluster.id: m.cluster for m in named if m.start < here and not self._origin(m)}
        if in_sentence and len(before) == 1:
            return next(iter(before.values()))
        if in_sentence:
            return in_sentence[-1].cluster
        return named[0].cluster if len({m.cluster.id for m in named}) == 1 else None

    def _origin(self, m: Mention) -> bool:
        """Whether a country's mention only says where a company is from ("China's Huawei", "Chinese maker X")."""
        last = self.doc[m.end - 1]
        if last.dep_ == "npadvmod" and last.head.lower_ in ("based", "headquartered") and last.head.i > last.i:
            last = last.head  # "Barcelona-based Glovo"
        if last.dep_ not in ("poss", "amod", "compound", "nmod"):
            return False
        owner = self.mention_at[last.head.i]
        return owner is not None and owner.cluster.type == "Company" or \
            last.head.lemma_.lower() in self.lexicon.entity["company_nouns"]

    def _country_of(self, token: Token) -> Cluster | None:
        modifier = self.country_modifier(token)
        if modifier:
            return modifier
        # "Brazil's Altavia will drop China's Huawei after the government ...": a country that only says where a
        # company is from ("China's Huawei") is not the one whose government acts
        lower = sentence_index.sentence_start(self.doc, sentence_index.index_of(token) - 1)
        origins: set[int] = set()  # countries that say where a company is from ("China's Huawei")
        named: set[int] = set()  # countries named for themselves
        for m in self.mentions:
            if lower <= m.start < token.i and m.cluster.type == "Country":
                # the noun the country modifies, read off the words ("Finland's Nokia", "Brazil's third-largest
                # mobile operator"), as the parser often hangs a second possessive elsewhere
                described = next((t for t in self.doc[m.end: m.end + 5] if t.pos_ in ("NOUN", "PROPN")
                                  and t.dep_ not in ("compound", "amod") or self.mention_at[t.i] is not None
                                  and self.mention_at[t.i] is not m), None)
                owner = self.mention_at[described.i] if described is not None else None
                if described is not None and (owner is not None and owner.cluster.type == "Company" or
                                              described.lemma_.lower() in self.lexicon.entity["company_nouns"]):
                    origins.add(m.cluster.id)
                else:
                    named.add(m.cluster.id)
        avoid = frozenset(origins - named)
        found = self._recent(token, ("Country",), sentences=1, prefer_subject=False, avoid=avoid)
        if found is None:
            # every country only says where a company is from: the government of the sentence's subject
            subject = next((m.cluster for m in self.mentions if m.cluster.type == "Company" and m.cluster.country
                            and self.head(m).dep_ == "nsubj" and sentence_index.sentence(self.doc[m.start]).start
                            == sentence_index.sentence(token).start), None)
            if subject is not None and subject.country:
                found = self.country(subject.country)
        if found is None and (main := self.main_country()) is not None and main.id not in avoid:
            found = main  # "Canada's X ... signed with the government": the country the story is about
        return found or self._recent(token, ("Country",), sentences=1, prefer_subject=False)

    def _bound(self, token: Token) -> Cluster | None:
        """The company an earlier naming gave this same noun phrase ("the new company")."""
        key = self._nominal_key(token)
        for i, bound, cluster in reversed(self._bindings):
            if i < token.i and bound == key and key[1]:
                return cluster
        return None

    def _reported_subject(self, token: Token, candidates: tuple[str, ...]) -> Cluster | None:
        """"X has cancelled three ships, the Hong Kong-based carrier said": the speaker a report ends with is
        the company the reported clause opens with."""
        verb = token.head
        if token.dep_ != "nsubj" or verb.lemma_ not in SPEECH_VERBS:
            return None
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < token.i), None)
        if clause is None or any(c.dep_ == "mark" for c in clause.children):
            return None
        start = sentence_index.sentence(token).start
        named = [self.mention_at[s.i] for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")
                 and s.left_edge.i == start]
        found = {m.cluster.id: m.cluster for m in named if m is not None and m.kind == "name"
                 and m.cluster.type in candidates}
        return next(iter(found.values())) if len(found) == 1 else None

    def _parent_by_name(self, token: Token) -> Cluster | None:
        """"Boeing Commercial Airplanes, the airliner unit of the American planemaker": the company whose name
        the unit's name begins with."""
        unit = token.head.head
        if token.dep_ != "pobj" or token.head.lower_ != "of" or unit.lemma_.lower() not in UNIT_NOUNS or \
                unit.dep_ != "appos" or (named := self.mention_at[unit.head.i]) is None or named.kind != "name":
            return None
        words = normalise(named.cluster.name).split()
        found = [c for c in self.clusters if c.type == "Company" and c is not named.cluster and any(
            0 < len(n) < len(words) and words[:len(n)] == n for n in (normalise(x).split() for x in c.names))]
        return found[0] if len(found) == 1 else None

    def _nominal(self, token: Token) -> Cluster | None:
        bound = self._bound(token)
        if bound is not None:
            return bound
        parent = self._parent_by_name(token)
        if parent is not None:
            return parent
        candidates: tuple[str, ...] = ("Company",) if token.lemma_ != "organization" else ("Organization",)
        if any(c.type == "Organization" and (token.lemma_.lower() in c.described
                                             or normalise(c.name).split()[-1:] == [token.lemma_.lower()])
               for c in self.clusters):
            # "the Qatari fund" after "the Qatar Investment Authority, the government's sovereign wealth fund": a
            # body the text described with the noun (or named with it: "the fund" after "the Public Investment
            # Fund")
            candidates = ("Company", "Organization")
        reporter = self._reported_subject(token, candidates)
        country = self.country_modifier(token)
        if reporter is not None and not (country is not None and (
                reporter.country not in (None, country.code) or self._named_for_other_country(reporter, country.code))):
            return reporter  # (not "Russian Railways declined ..., the Kazakh company said")
        if country is not None:
            sent_start = sentence_index.sentence(token).start
            best = called = None
            noun = token.lemma_.lower()
            for m in sorted(self.mentions, key=lambda m: m.start):
                if m.start >= token.i or m.cluster.type not in candidates or m.start < sent_start - 200:
                    continue
                kind = self._same_kind(noun, m.cluster)
                if m.cluster.country == country.code and kind is not False:  # "the Wolfsburg-based carmaker": no
                    best = m.cluster  # supplier
                if kind and (m.cluster.country == country.code or self._named_for_country(m.cluster, country.code)):
                    called = m.cluster  # "the Malaysian airline": the airline of that country, not its fund
            if called or best:
                return called or best
            # "the Brazilian planemaker" is not the company already known to be Argentine, nor "the Abu Dhabi
            # carrier" the one whose name says it is Singapore's
            other = frozenset(c.id for c in self.clusters if c.country not in (None, country.code)
                              or c.type == "Company" and self._named_for_other_country(c, country.code))
        else:
            other = frozenset()
        if token.dep_ == "poss" and token.head.dep_ == "appos" and (
                described := self.mention_at[token.head.head.i]) is not None:
            other |= {described.cluster.id}  # "X, the group's train division": the group is not X
        if token.dep_ == "poss" and token.head.dep_ == "attr":
            # "X remains the parts maker's biggest customer": the maker is not X
            other |= {said.cluster.id for s in token.head.head.children if s.dep_ == "nsubj"
                      and (said := self.mention_at[s.i]) is not None}
        # "the airline" is the company called an airline or a carrier before, not the lessor named since
        noun = token.lemma_.lower()
        if noun in self.lexicon.entity.get("generic_company_nouns", ()) and country is None and (
                token.dep_ in ("nsubj", "nsubjpass") or self._acted_on_by_person(token)):
            # "Panasonic's president said the firm would ...": the one company named before it in its sentence
            # (as a subject: "X owns 33 percent of the operator" is not X)
            start = sentence_index.sentence(token).start
            here = {m.cluster.id: m.cluster for m in self.mentions if start <= m.start < token.i
                    and m.kind == "name" and m.cluster.type in candidates}
            if len(here) == 1:
                return next(iter(here.values()))
            if len(here) > 1 and token.head.dep_ == "relcl" and self._acted_on_by_person(token):
                # "Ubisoft chief executive X, who founded the company": the company of the person's own title
                person = token.head.head
                own = {m.cluster.id: m.cluster for m in self.mentions if person.left_edge.i <= m.start < person.i
                       and m.kind == "name" and m.cluster.type in candidates}
                if len(own) == 1:
                    return next(iter(own.values()))
        if noun in self.lexicon.entity.get("generic_company_nouns", ()) and noun not in _BARE_NOUNS:
            # "the operator" after "X, the national rail operator": a generic noun the text gave one company
            so_called = {c.id for c in self.clusters if noun in c.nouns}
            if so_called:
                # (the one company the text described so, however far back: "the fund" after "X, the
                # government's sovereign wealth fund")
                only_one = sum(1 for c in self.clusters if noun in c.described) == 1
                called = self._recent(token, candidates, sentences=len(self.doc) if only_one else 6,
                                      avoid=other | {c.id for c in self.clusters if c.id not in so_called})
                if called is not None:
                    return called
        if _state_described(token) and any(c.state for c in self.clusters):
            # "the state miner's chief executive": the company described as a state's
            named = self._recent(token, candidates, sentences=6,
                                 avoid=other | {c.id for c in self.clusters if not c.state})
            if named is not None:
                return named
        kinds = {c.id: self._same_kind(noun, c) for c in self.clusters}
        # (with a country said, a kind read off a name alone does not single a company out: "the German
        # carrier" after "United Airlines" and "Lufthansa")
        told = {c.id for c in self.clusters if kinds[c.id] and (country is None or c.described)}
        called = self._recent(token, candidates, sentences=6,
                              avoid=other | {i for i in kinds if i not in told})
        if called is not None:
            return called
        found = self._recent(token, candidates, sentences=3, avoid=other | {i for i, same in kinds.items()
                                                                             if same is False})
        if found is not None and noun in self.lexicon.entity.get("generic_company_nouns", ()) and \
                token.dep_ in ("nsubj", "nsubjpass"):
            # "The company also denied ...": a company named once in passing ("head of its European unit, X")
            # is not what "the company" of the story is; the one the text keeps naming is
            seen = [m.cluster for m in self.mentions if m.start < token.i and m.kind == "name"
                    and m.cluster.type in candidates and m.cluster.id not in other]
            counts = {c.id: sum(1 for s in seen if s is c) for c in seen}
            if counts.get(found.id, 0) == 1 and not any(
                    self.head(m).dep_ in ("nsubj", "nsubjpass") for m in self.mentions if m.cluster is found):
                main = max(seen, key=lambda c: counts[c.id])
                if counts[main.id] >= 3:
                    return main
        return found
