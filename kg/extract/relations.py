"""Relations from dependency patterns: verbs, nominalisations, roles and structure.

Every pattern comes from the lexicon (``ontology/lexicon.toml``); this module
only knows how to find a pattern's slots in a spaCy parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from kg.extract import places, sentences
from kg.extract.entities import (
    SPEECH_VERBS,
    UNIT_NOUNS,
    Cluster,
    Entities,
    Mention,
    closed_by_comma,
    comma_appositive,
    coordination,
    missed_appositions,
    normalise,
    unit_suffix,
)
from kg.extract.lexicon import Lexicon, Pattern
from kg.extract.modality import TALK_WORDS, infinitive, modality, reporting_conjunct

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from spacy.tokens import Token

#: confidence multipliers by how an argument was found
_HOW = {"name": 1.0, "part": 0.95, "descriptor": 0.95, "generic": 0.85, "government": 0.8, "pronoun": 0.8,
        "nominal": 0.8, "fallback": 0.55}


@dataclass
class Candidate:
    """A relation found in one sentence, before merging with the rest of the document."""

    subject: Cluster
    action: str
    object: Cluster
    trigger: Token
    confidence: float
    modality: str
    subject_token: Token
    object_token: Token
    subject_mention: Mention | None
    object_mention: Mention | None


# words that make a head's title a lesser role ("deputy prime minister", "assistant director")
_SECOND_IN_RANK = frozenset({"deputy", "vice", "assistant", "associate", "under"})
# roles held "to" the organisation served: "an adviser to the board"
_ADVISING = frozenset({"adviser", "advisor", "consultant", "counsel", "counsellor", "counselor"})
# verbs of a holding kept, not bought ("holds a 64 percent stake", "will keep the remaining 25 percent")
_HOLDING_VERBS = frozenset({"hold", "own", "have", "keep", "retain", "control"})


def _conjuncts(token: Token) -> list[Token]:
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and not (child.pos_ == "ADJ" and token.pos_ == "PROPN"):
            # (not "Nissan and German supplier Bosch" parsed with the adjective as the second conjunct)
            out += _conjuncts(child)
        elif child.dep_ == "appos" and child.pos_ == "PROPN" and not any(
                d.dep_ == "det" and d.lower_ == "the" for d in child.children):
            # "six airlines - Air China, China Eastern and ..." (not "an offer for Starz, the Wall Street
            # Journal reported")
            out += _conjuncts(child)
        elif child.dep_ == "appos" and child.pos_ == "NOUN" and token.pos_ == "PROPN":
            # "Kia Motors, the South Korean carmaker, and Turkey's Koc Holding signed": the second name hung on
            # the first one's description
            out += [t for c in child.children if c.dep_ == "conj" and c.pos_ == "PROPN" for t in _conjuncts(c)]
    return out


def _examples(noun: Token) -> list[Token]:
    """"80 markets, including Nigeria and Pakistan", "carriers such as Garuda": the named examples of a noun."""
    out = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("including", "like"):
            out += [t for g in child.children if g.dep_ == "pobj" for t in _conjuncts(g)]
        elif child.dep_ == "prep" and child.lower_ == "as" and child.i > 0 and noun.doc[child.i - 1].lower_ == "such":
            out += [t for g in child.children if g.dep_ == "pobj" for t in _conjuncts(g)]
        elif child.dep_ == "amod" and child.lower_ == "such":
            for grand in child.children:
                if grand.dep_ == "prep" and grand.lower_ == "as":
                    out += [t for g in grand.children if g.dep_ == "pobj" for t in _conjuncts(g)]
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "include":
        # "whose brands include Gucci and Saint Laurent"
        out += [t for o in noun.head.children if o.dep_ == "dobj" for t in _conjuncts(o)]
    return out


def _is_share(noun: Token) -> bool:
    """"55 percent", "a 20% share"."""
    return noun.lower_ in ("percent", "%", "pct") and any(c.dep_ == "nummod" for c in noun.children)


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _misread_finite(verb: Token) -> Token | None:
    """The subject of a finite verb the parser read as a participle on an apposition: in "X, an industry
    group, criticised Y." the sentence has no verb root, "criticised" hangs off "group" and Y is its
    predicate complement. The apposition's anchor is the subject."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or head.dep_ != "appos" or head.head.dep_ != "ROOT" \
            or head.head.pos_ not in ("NOUN", "PROPN") or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ == "agent" for c in verb.children) or not any(c.dep_ in ("dobj", "oprd") for c in verb.children):
        return None
    return head.head


def subjects(verb: Token, depth: int = 0) -> list[Token]:
    """Subjects of a verb; the agent of a passive; inherited through control and coordination.

    A verb that inherits its subject from a passive one takes the passive's grammatical
    subject, not its agent: "X was started by Y and launched Z", "X is expected to visit".
    """
    found = [c for c in verb.children if c.dep_ in ("nsubj",)]
    if not found and (anchor := _misread_finite(verb)) is not None:
        found = [anchor]
    if len(found) == 2 and found[0].pos_ == "NOUN" and found[1].pos_ == "PROPN" and \
            found[0].i + 1 == found[1].left_edge.i:
        found = found[1:]  # "China's state oil company CNPC signed": the descriptor the parser made a second subject
    if not found and depth == 0 and verb.dep_ == "pcomp" and verb.head.lower_ == "from" and \
            verb.head.head.lemma_ in _KEEPING_FROM:
        # "the government blocked X from shipping": the one kept from it would have shipped
        # (a kind of company, "barred American companies from doing business with X", is left to the clause's
        # subject, the country that bars them)
        found = [c for c in verb.head.head.children if c.dep_ == "dobj" and c.tag_ != "NNS"]
    if not found and verb.dep_ == "pcomp" and (verb.head.lower_, verb.head.head.lemma_) in _ACCUSED_OF:
        # "accusing the club of breaking its contract (by signing a deal with Y)": the one accused did it
        found = [c for c in verb.head.head.children if c.dep_ == "dobj"]
    if not found and depth == 0 and verb.dep_ == "xcomp" and verb.head.lemma_ in _OBJECT_CONTROL:
        # "Ford picks LG Chem to supply batteries": the one picked supplies, not the one picking
        found = [c for c in verb.head.children if c.dep_ == "dobj"]
    if verb.dep_ == "relcl" and found and all(f.lower_ in _RELATIVE for f in found):
        found = [verb.head]  # "Beijing, which banned ...": the relative pronoun's antecedent
    if len(found) == 1 and found[0].lower_ in ("both", "all", "each") and found[0].i >= 2 and \
            verb.doc[found[0].i - 1].text == "," and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("which", "whom") for g in c.children)
            for c in found[0].children):
        # "Japan's Aeon and Korea's Lotte Mart, both of which have opened stores": every name before it
        return coordination(verb.doc[found[0].i - 2])
    if verb.dep_ in ("acl", "acomp") and verb.tag_ == "VBN" and depth == 0 and not found:
        # a reduced passive relative: "X, owned by Y", "X is 74 percent owned by Y": the agent
        found = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if _is_passive(verb):
        if depth == 0:
            found = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if not found and verb.dep_ == "advcl" and any(c.dep_ == "nsubjpass" for c in verb.children):
                return []  # "X was given a fine, while Y was fined": no agent said, not X
            if found and any(c.dep_ == "npadvmod" and _is_share(c) for c in verb.children):
                # "owned 55 percent by X, eight percent by Y, two percent by Z": the parser loses the
                # later shares' agents
                found += [g for t in sentences.sentence(verb) if t.i > verb.i and t.dep_ == "prep" and t.lower_ == "by"
                          and _is_share(t.head) for g in t.children if g.dep_ == "pobj"]
        else:
            found = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if verb.dep_ == "relcl" and found and all(f.lower_ in _RELATIVE for f in found):
                found = [verb.head]  # "X, which will be called Y and be based in Z"
    if found:
        return [t for f in found for t in _conjuncts(f)]
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                 for c in verb.children):
        if verb.head.lemma_.lower() in UNIT_NOUNS and verb.head.dep_ == "ROOT":
            return [verb.head]  # "Sony's Indian arm to buy Zee" (a headline): the unit buys
        return governor_subject(verb.head)  # "signed a deal to supply X": an infinitive has no subject of its own
    if depth < 4 and verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acl", "prep", "pobj", "acomp") \
            and verb.head.i != verb.i:
        head = verb.head
        if head.pos_ in ("NOUN", "PROPN") and verb.dep_ == "acl":
            if verb.tag_ == "VBN":
                return []  # "a tax on cars imported from Japan": who imports is not said
            if head.lemma_.lower() in UNIT_NOUNS:
                return [head]  # "Sony's Indian arm to buy Zee": the unit buys, not its parent
            owner = [c for c in head.children if c.dep_ == "poss"]
            return owner or governor_subject(head)  # "Air India's bid to join the alliance": the bidder
        if verb.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX"):
            return []  # "X said that ...": the reporter is not the subject of the report
        if (reporter := reporting_conjunct(verb)) is not None:
            return subjects(reporter, depth + 1)  # "X said the government would hold an inquiry, and criticised Y"
        if verb.dep_ == "prep" and head.pos_ == "NOUN" and head.dep_ == "dobj" and head.lower_ in TALK_WORDS:
            return subjects(head.head, depth + 1)  # "X has held talks about buying Y": who holds them
        return subjects(head, depth + 1)
    if depth == 0 and verb.dep_ == "ROOT" and verb.i > (start := sentences.sentence(verb).start):
        # "… and is working on to provide": a second root without a subject of its own.
        for earlier in reversed(list(verb.doc[start: verb.i])):
            if earlier.dep_ == "nsubj":
                return [earlier]
    return []


_RELATIVE = {"that", "which", "who", "whom"}
#: the pattern under which a measure's scope ("a ban that would cover ZTE") resolves its author and targets
_SANCTIONING = Pattern(kind="verb", action="sanctions", lemmas=frozenset(), subject=("subj",), object=("dobj",),
                       confidence=0.6, subject_types=frozenset({"Country", "Organization"}),
                       object_types=frozenset({"Country", "Company"}))
#: the pattern under which judgements ("called the ban unjustified") resolve their speakers
_JUDGING = Pattern(kind="verb", action="criticizes", lemmas=frozenset(), subject=("subj",), object=("dobj",),
                   confidence=0.6)
#: a preposition and the verb it follows whose object did what the gerund after it says ("accused X of dumping")
_ACCUSED_OF = frozenset({("of", "accuse"), ("of", "suspect"), ("of", "convict"), ("of", "clear"),
                         ("with", "charge")})
#: the pattern under which a stake's buyer and company resolve ("sold its stake in X to Y")
_INVESTING = Pattern(kind="verb", action="invests_in", lemmas=frozenset(), subject=("subj",), object=("dobj",),
                     confidence=0.6, subject_types=frozenset({"Company", "Organization", "Country", "Person"}))
#: participles that make a modifier an owner ("state-owned", "state-controlled", "state-run")
_OWNED_WORDS = frozenset({"owned", "controlled", "run"})


def _complement_of_verb(token: Token) -> bool:
    """Whether ``token`` is the open complement of a verb: "picked X to build", and "X was chosen by Y to make",
    which the parser reads as a clause of purpose."""
    return token.head.pos_ == "VERB" and token.head is not token and (
        token.dep_ == "xcomp" or token.dep_ == "advcl" and _is_passive(token.head) and infinitive(token))


_CHOOSING = frozenset({"choose", "select", "pick"})


def _chosen(trigger: Token) -> bool:
    """Whether a supply was told as a choice: "chose X", "picked X to build ...", "was selected by Y to ..."."""
    return trigger.lemma_.lower() in _CHOOSING or _complement_of_verb(trigger) and trigger.head.lemma_.lower() in \
        _CHOOSING


#: verbs whose infinitive complement is done by their object ("picked X to supply", "asked X to build")
_OBJECT_CONTROL = frozenset({"pick", "choose", "select", "hire", "ask", "commission", "contract", "tap", "appoint",
                             "allow", "invite", "urge", "persuade", "order"})
#: verbs that keep their object from doing what "from" says ("blocked X from shipping", "barred X from bidding")
_KEEPING_FROM = frozenset({"block", "bar", "ban", "prevent", "stop", "prohibit", "forbid", "restrict", "exclude",
                           "discourage", "deter", "keep"})
#: kinds of transaction a trigger can be read as, one at a time
_TRANSACTIONS = frozenset({"supplies", "acquires", "partners_with", "invests_in"})


def objects(verb: Token) -> list[Token]:
    """Direct objects, or the subject of a passive; in a relative clause whose object is the
    relative pronoun or a gap, the noun it modifies ("the stake that the government owns")."""
    if _is_passive(verb):
        found = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if verb.dep_ == "relcl" and found and all(f.lower_ in _RELATIVE for f in found):
            found = [verb.head]  # "HSBC, which is headquartered in London"
        if not found and verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
            # "X agreed to be acquired by Y", "X is expected to be bought by Y": the controller is the one acted on
            found = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")] or subjects(verb.head)
    else:
        found = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        if _misread_finite(verb) is not None:
            found = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
        if not found and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "attr" and \
                verb.head.lower_ in ("percent", "%", "pct"):
            found = subjects(verb.head.head)  # "X is 74 percent owned by Y"
        if not found and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
            found = [verb.head]  # a reduced passive relative: "X, based in Y", "the firm bought by Y"
        if not found and verb.dep_ == "acomp" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
            found = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "X is 74 percent owned by Y"
            if verb.head.dep_ == "relcl" and found and all(f.lower_ in _RELATIVE for f in found):
                found = [verb.head.head]  # "X, which is majority-owned by Y"
    if verb.dep_ == "relcl" and not _is_passive(verb) and (
            not found or all(f.lower_ in _RELATIVE for f in found)) \
            and not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE for c in verb.children):
        found = [verb.head]
    return [t for f in found if f.lower_ not in _RELATIVE for t in _conjuncts(f)]


def prep_objects(token: Token, prep: str) -> list[Token]:
    """Objects of preposition ``prep`` on a token, on its direct objects, and one step further down
    a "for"/"of" phrase of those ("an order for 179 tankers from the Air Force")."""
    holders = [token] + [c for c in token.children if c.dep_ in ("dobj", "attr", "prt")
                         or c.dep_ == "prep" and c.lower_ == "out"]  # "pulled out of Russia"
    # "awarded a contract worth $500 million to Wipro": the phrase hung on "worth"
    holders += [w for h in list(holders) for w in h.children if w.dep_ == "amod" and w.lower_ == "worth"]
    if token.pos_ == "NOUN" and prep != "between":
        # "a lawsuit brought by X", "sanctions imposed on Russia": a phrase of a reduced passive on the noun
        holders += [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if token.pos_ in ("VERB", "AUX"):
        holders += [o for o in objects(token) if o not in holders]
        if prep == "from":  # "had been ordered by the shipyard from Wärtsilä": the phrase hung on the agent
            holders += [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if prep != "as":  # "works as an analyst at X", "serves as chairman of X"
            holders += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "as"
                        for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    for holder in list(holders):
        holders += [g for c in holder.children if c.dep_ == "prep" and c.lower_ in ("for", "of") and c.lower_ != prep
                    for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "NUM")]
    if prep == "in" and token.pos_ == "VERB":  # "employs 250 people at studios in Stockholm"
        holders += [g for h in list(holders) for c in h.children if c.dep_ == "prep" and c.lower_ == "at"
                    for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    out = []
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ == prep:
                # ("orders from X and from Y": the second preposition a conjunct of the first)
                for phrase in [child] + [c for c in child.children if c.dep_ == "conj" and c.lower_ == prep]:
                    out += [t for g in phrase.children if g.dep_ in ("pobj", "pcomp") for t in _conjuncts(g)]
                if out and out[-1].ent_type_ == "GPE":
                    # "its business in Nigeria and Ghana": the parser makes the second place a conjunct of the noun
                    out += [t for c in holder.children if c.dep_ == "conj" and c.ent_type_ == "GPE"
                            and c.i > out[-1].i for t in _conjuncts(c)]
    if out and token.pos_ == "NOUN" and token.dep_ in ("dobj", "nsubjpass", "pobj"):
        # "rival bids from X, and from Y": the parser hangs the second phrase on the verb
        doc = token.doc
        out += [t for c in token.head.children if c.dep_ == "prep" and c.lower_ == prep and c.i > token.i
                and doc[c.i - 1].lower_ in ("and", "or") for g in c.children if g.dep_ == "pobj"
                for t in _conjuncts(g)]
    return out


def _object_clauses(noun: Token) -> list[Token]:
    """Relative clauses of which ``noun`` is the object: "the tax that Brasilia imposed (on ...)"."""
    return [c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB"
            and any(g.dep_ == "nsubj" and g.lower_ not in _RELATIVE for g in c.children)
            and any(g.dep_ == "dobj" and g.lower_ in _RELATIVE for g in c.children)]


def governor_subject(noun: Token) -> list[Token]:
    """What a noun trigger is said of: "X won an order", "X was chosen as supplier", "X, a unit of Y"."""
    for clause in _object_clauses(noun):
        # "a tax that Brasilia imposed": the subject of the relative clause whose object the noun is
        return [c for c in clause.children if c.dep_ == "nsubj"]
    head = noun.head
    while noun.dep_ in ("compound", "amod") and head.i != noun.i:
        noun, head = head, head.head
    if noun.dep_ not in ("appos", "attr") and (name := comma_appositive(noun)) is not None:
        return [name]
    if noun.dep_ == "conj":
        return governor_subject(noun.head)
    if noun.dep_ == "dobj" and _is_passive(head):
        # "X has been awarded a contract": a passive with a direct object; its subject is who receives it
        return [t for c in head.children if c.dep_ == "nsubjpass" for t in _conjuncts(c)]
    if noun.dep_ in ("dobj", "nsubjpass"):
        return subjects(head)
    if noun.dep_ == "attr":
        found = [c for c in head.children if c.dep_ == "nsubj"]
        if head.dep_ == "relcl" and found and all(f.lower_ in _RELATIVE for f in found):
            return [head.head]  # "X, which is Y's main rival": the relative pronoun's antecedent
        return found
    if noun.dep_ == "appos":
        return [head]
    if noun.dep_ == "xcomp" and head.pos_ == "VERB":
        return subjects(head)  # "threatened to take X to court", "to court" parsed as a complement
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        if head.lower_ == "as":
            if _is_passive(verb):
                return [c for c in verb.children if c.dep_ == "nsubjpass"]
            # ("which it will run as a joint venture with X": the relative pronoun is the thing run)
            relative = any(c.dep_ == "dobj" and c.lower_ in _RELATIVE for c in verb.children)
            return (objects(verb) if not relative else []) or subjects(verb)
        if head.lower_ in ("in", "into") and verb.lemma_ in ("put", "bring", "place", "pit", "draw", "force"):
            return objects(verb)  # "will put Toyota in direct competition with X"
        if verb.pos_ in ("VERB", "AUX"):
            return subjects(verb)
        if (verb.pos_ in ("NOUN", "PROPN") or verb.lower_ == "one") and verb.dep_ in ("attr", "appos"):
            return governor_subject(verb)  # "X is one of Apple's largest suppliers"
        if verb.pos_ == "NOUN" and verb.lower_ in TALK_WORDS and head.lower_ in ("about", "on", "over"):
            return governor_subject(verb)  # "X is in talks with Y about a partnership": who holds the talks
    if noun.dep_ == "nsubj":
        return []
    return []


def governor_lemma(noun: Token) -> str:
    while noun.dep_ in ("compound", "amod", "conj") and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return noun.head.head.lemma_.lower()  # "took Samsung to court": the verb the phrase hangs on
    return noun.head.lemma_.lower()


class RelationFinder:
    """Applies the lexicon's patterns to every sentence of a document."""

    def __init__(self, entities: Entities, lexicon: Lexicon, *, year: int | None = None) -> None:
        self.entities = entities
        self.lexicon = lexicon
        self.doc = entities.doc
        self.year = year
        self.found: list[Candidate] = []

    # -- slots ----------------------------------------------------------------

    def slot(self, token: Token, name: str, pattern: Pattern) -> list[Token]:
        if name == "named":
            # "Apple supplier Foxconn", "Google parent Alphabet", "X's parent company Y": the name described
            head = token
            while head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i > head.i:
                head = head.head  # "parent company Tata Motors"
            # (a descriptor the tagger took for an adjective: "smaller rival Pilbara")
            named = [head.head] if head.dep_ in ("compound", "amod") and head.head.pos_ == "PROPN" else []
            if head is not token and head.dep_ == "appos" and head.head.pos_ == "PROPN":
                named.append(head.head)  # "Alphabet, Google's parent company": the name the compound describes
            named += [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN" and (
                c.left_edge.i == token.i + 1 or c.left_edge.i == token.i + 2 and self.doc[token.i + 1].text == ",")]
            if token.tag_ == "NNS" and token.i + 2 < len(self.doc) and self.doc[token.i + 1].text == ",":
                # "Lenovo's main rivals, Hewlett-Packard and Dell, ...": the names parsed as a coordination
                named += [t for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                          and c.left_edge.i == token.i + 2 for t in _conjuncts(c)]
            if not named and token.dep_ in ("nsubj", "dobj", "pobj"):
                # "X's European rivals Y and Z gained": the parser made the names a second subject beside the noun
                named = [c for c in token.head.children if c.dep_ == token.dep_ and c.pos_ == "PROPN"
                         and c.left_edge.i == token.i + 1]
            if token.tag_ == "NNS":
                named = [t for n in named for t in _conjuncts(n)]  # "rivals Y and Z": each name
            return list({t.i: t for t in named}.values())
        if name == "clause":
            # "agreed to buy smaller rival Pilbara", "lost ground to domestic rival Brenner": whoever acts on
            # the name the trigger describes
            actors: list[Token] = []
            for described in self.slot(token, "named", pattern):
                if described.dep_ == "appos" and described.head.i == token.i:
                    described = token  # "owns Polish unit mBank" parsed with the name apposed to the noun
                verb = described.head if described.dep_ == "dobj" else \
                    described.head.head if described.dep_ == "pobj" else None
                if pattern.gov and (described.dep_ != "dobj" or verb is None or verb.lemma_.lower() not in pattern.gov):
                    continue  # ("runs unit X" names the owner; "is run by the subsidiary X" does not)
                if verb is not None and verb.pos_ == "VERB":
                    actors += subjects(verb)
            return actors
        if pattern.kind == "noun" and token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN") \
                and name not in ("gov", "mod") and not any(c.dep_ in ("prep", "poss") for c in token.children):
            # "the parent company of Y", "X's home state": the trigger modifies the noun that
            # carries the arguments (not a noun that names another relation: "X, Y's joint-venture partner" is
            # a partner, not a joint venture; but a plural is no modifier: "US curbs chip sales", a headline's verb)
            told = self.lexicon.nouns.get(token.head.lemma_.lower(), ())
            if told and not any(p.action == pattern.action for p in told) and token.tag_ != "NNS":
                return []
            token = token.head
        if name == "apposed":
            # "Ohio, Acme's home state": the noun phrase in apposition, which the parser may attach as a
            # conjunct ("Ohio, X's home state, but ...")
            out = []
            if token.dep_ == "appos":
                out.append(token.head)
            left = token.left_edge.i
            if left >= 2 and self.doc[left - 1].text == ",":
                if token.dep_ == "conj" and not any(c.dep_ == "cc" for c in token.head.children if c.i < token.i):
                    out.append(token.head)
                if self.doc[left - 2].pos_ == "PROPN":
                    out.append(self.doc[left - 2])  # the name right before the comma, however it was parsed
            return out
        if name == "between":
            return prep_objects(token, "between")
        if name == "attr":
            # "Repsol's largest shareholder is Sacyr": what the noun, a copula's subject, is said to be
            if token.dep_ != "nsubj" or token.head.lemma_ != "be":
                return []
            return [t for c in token.head.children if c.dep_ == "attr" for t in _conjuncts(c)]
        if name == "examples":
            return _examples(token)  # "its partners, including United and Lufthansa"
        if name == "listed":
            # "its Audi and Porsche units", "its Jurong Shipyard unit": names before a noun that has an owner
            if not any(c.dep_ == "poss" for c in token.children) or \
                    token.tag_ != "NNS" and token.lemma_.lower() not in UNIT_NOUNS:
                return []  # (a brand of one name is a product's: "its Dumex brand")
            return [t for c in token.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                    and c.i < token.i for t in _conjuncts(c)]
        if name == "that":
            # "complained that Shell had ignored the risks": the subject of the clause complained of
            return [t for clause in token.children if clause.dep_ == "ccomp" and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) for t in subjects(clause)]
        if name == "whether":
            # "examining whether Google had collected ...": the subject of the question put; "an inquiry into
            # whether X had dumped steel": of the question a noun is into
            clauses = [c for c in token.children if c.dep_ == "ccomp"] + [
                g for c in token.children if c.dep_ == "prep" and c.lower_ in ("into", "on", "over")
                for g in c.children if g.dep_ == "pcomp"]
            return [t for clause in clauses for t in self._question_about(clause)]
        if name == "subj":
            return subjects(token) if pattern.kind == "verb" else []
        if name == "chooser":
            # "India picked Airbus to build its helicopters", "X was chosen by Apple to make ...": who chose
            return subjects(token.head) if _complement_of_verb(token) else []
        if name == "dobj":
            return objects(token) + self._indirect_objects(token)
        if name == "dative":
            return [c for c in token.children if c.dep_ == "dative" and c.pos_ != "ADP"] + \
                self._indirect_objects(token)
        if name.startswith("prep:"):
            found = prep_objects(token, name[5:])
            if not found and pattern.kind == "noun" and token.dep_ in ("dobj", "nsubjpass") \
                    and token.head.pos_ == "VERB":
                # "imposed sanctions on X", "bans were lifted on X": the phrase hangs on the verb.
                found = [t for c in token.head.children if c.dep_ in ("prep", "dative") and c.lower_ == name[5:]
                         for g in c.children if g.dep_ in ("pobj", "pcomp") for t in _conjuncts(g)]
            if not found and pattern.places and name == "prep:in" and token.dep_ == "relcl" and any(
                    c.dep_ == "advmod" and c.lower_ == "where" for c in token.children):
                found = [token.head]  # "In China, where Ford sold 400,000 vehicles last year"
            if not found and pattern.places and pattern.kind == "noun" and name == "prep:in" and \
                    token.dep_ == "dobj" and token.head.dep_ == "relcl" and any(
                    c.dep_ == "advmod" and c.lower_ == "where" for c in token.head.children):
                found = [token.head.head]  # "China, where Uniqlo has 200 outlets"
            if not found and pattern.kind == "noun":
                # "the tax that Brasilia imposed on cars from Japan": the phrase hangs on the relative clause
                found = [t for clause in _object_clauses(token) for c in clause.children
                         if c.dep_ == "prep" and c.lower_ == name[5:]
                         for g in c.children if g.dep_ == "pobj" for t in _conjuncts(g)]
            nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if not found and pattern.kind == "noun" and nxt is not None and nxt.dep_ == "prep" \
                    and nxt.lower_ == name[5:] and nxt.head.i < token.i:
                # "a briefing at NRC headquarters in Rockville": the parser hung the phrase right
                # after the trigger on an earlier word.
                found = [t for g in nxt.children if g.dep_ == "pobj" for t in _conjuncts(g)]
            if not found and pattern.kind == "noun" and name == "prep:with" and token.dep_ == "pobj" and \
                    token.head.lower_ in ("about", "on", "over") and token.head.head.lower_ in TALK_WORDS:
                # "is in talks with X about a partnership": the other party is the one talked with
                found = prep_objects(token.head.head, "with")
            if not found and pattern.kind == "noun" and name == "prep:to" and pattern.action == "supplies":
                # "suppliers of etching gas to Samsung": the customer hangs on the goods supplied
                found = [t for goods in prep_objects(token, "of") + [
                    g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pcomp" for g in (p, *objects(p))]
                    for t in prep_objects(goods, "to")]
            if not found and pattern.kind == "noun" and name == "prep:from":
                # "an order for 20 jets from Embraer": the maker hangs on the goods ordered
                found = [t for goods in prep_objects(token, "for") for t in prep_objects(goods, "from")]
            if not found and pattern.kind == "verb" and name == "prep:with" and pattern.action == "supplies":
                # "signed a contract with Y to supply ...": the customer is the other party to the contract.
                holder = token.head if token.dep_ in ("acl", "xcomp", "advcl") else None
                if holder is not None:
                    found = prep_objects(holder, "with")
            return found
        if name == "owner":
            # "Nvidia's chips are made by TSMC": whose goods the trigger acts on
            # ("power most of Inspur's servers": the goods after a quantity)
            goods = [g for o in objects(token) for g in [o] + (prep_objects(o, "of") if o.pos_ != "NOUN" else [])]
            # (goods, not a customer named as the object: "supply the United Kingdom's Royal Air Force")
            goods = [g for g in goods if (m := self.entities.mention_at[g.i]) is None or m.kind == "product"]
            # ("build the core of Bell Canada's network": the whole a part of the goods belongs to)
            goods += [p for o in goods if o.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in o.children)
                      for p in prep_objects(o, "of") if p.pos_ == "NOUN" and self.entities.mention_at[p.i] is None]
            # ("supply most of the iron ore China imports": who imports, buys or uses the goods)
            return [c for o in goods for c in o.children if c.dep_ == "poss" or c.dep_ == "compound"
                    and c.pos_ == "PROPN" and o.lemma_.lower() == "import"] + [
                s for o in goods if o.pos_ == "NOUN" for c in o.children if c.dep_ == "relcl"
                and c.lemma_.lower() in self.lexicon.entity.get("receiving_verbs", frozenset())
                for s in c.children if s.dep_ == "nsubj" and s.lower_ not in ("that", "which")]
        if name == "accused":
            # "a countersuit that accuses the Korean electronics giant of infringing ...": whom the suit names
            return [o for c in token.children if c.dep_ == "relcl"
                    and c.lemma_.lower() in self.lexicon.entity.get("accusing_verbs", frozenset())
                    and any(s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in c.children)
                    for o in objects(c)]
        if name == "subj_owner":
            # "Intel, whose Xeon processors power Inspur's servers": whose goods act
            owners = [c for s in subjects(token) for c in s.children if c.dep_ == "poss"]
            return [token.head if c.lower_ == "whose" and token.dep_ == "relcl" else c for c in owners]
        if name == "gov_dobj":
            # "added 36 companies to a trade blacklist": what the governing verb acts on
            if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ == "VERB":
                if pattern.gov and token.head.head.lemma_.lower() not in pattern.gov:
                    return []
                return [t for o in objects(token.head.head) for t in [o, *_examples(o)]]
            if token.dep_ == "xcomp" and token.head.pos_ == "VERB" and pattern.gov and \
                    token.head.lemma_.lower() in pattern.gov:
                return objects(token.head)  # "took X to court", the parser making "court" a verb
            return []
        if name == "poss":
            found = [c for c in token.children if c.dep_ == "poss"]
            if not found and token.dep_ in ("amod", "compound") and token.head.pos_ == "PROPN" and \
                    token.head.i > token.i:
                # "Wipro's Indian rival Infosys": the possessive hangs on the name the trigger describes
                found = [c for c in token.head.children if c.dep_ == "poss" and c.i < token.i]
            holder = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
            if not found and holder is not None and holder.lemma_.lower() in \
                    self.lexicon.entity.get("collective_nouns", ()):
                found = [c for c in holder.children if c.dep_ == "poss"]  # "X's series of sanctions"
            if not found and holder is not None and pattern.action == "invests_in" and any(
                    p.action == "acquires" and "poss" in p.subject and "prep:of" in p.object
                    for p in self.lexicon.nouns.get(holder.lemma_.lower(), ())):
                found = [c for c in holder.children if c.dep_ == "poss"]  # "X's purchase of a stake in Y"
            return found
        if name == "gov":
            if pattern.gov and governor_lemma(token) not in pattern.gov:
                return []
            if pattern.action == "partners_with" and \
                    token.lemma_.lower() in self.lexicon.entity.get("apposed_company_nouns", frozenset()) and \
                    (token.dep_ == "appos" or comma_appositive(token) is not None):
                return []  # "X, Y's joint venture with Z": the venture is no partner of its parents
            judging = ("criticizes", "sanctions")  # (not "studying an order": buyers study deals)
            looking = judging + ("investigates", "visits")
            if pattern.action not in judging and any(
                    p.action in judging for p in self.lexicon.verbs.get(governor_lemma(token), ())):
                return []  # "Oxfam criticised the takeover of X": who judges a deal is no party to it
            if pattern.action not in looking and any(
                    p.action in looking for p in self.lexicon.verbs.get(governor_lemma(token), ())) and any(
                    c.dep_ == "poss" for c in token.children):
                return []  # "the FDA visited X's plant", "raided Y's offices": who looks at another's is no party
            if pattern.action == "subsidiary_of" and token.dep_ in ("dobj", "pobj") and \
                    comma_appositive(token) is None and not (
                        token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.pos_ in ("VERB", "AUX")
                        and not any(c.dep_ == "dobj" for c in token.head.head.children)):
                # "merged their units": who acts on a unit is not the unit (but "X will operate as a unit of Y", "X
                # was run as a division of Y": what goes on as a unit is one)
                return []
            if pattern.action == "supplies" and token.dep_ == "dobj" and \
                    token.lemma_.lower() in self.lexicon.entity.get("customer_nouns", frozenset()):
                return []  # "would ask Y's customers to stop buying": who acts on the customers is none of them
            return [t for g in governor_subject(token) for t in _conjuncts(g)]
        if name == "mod":
            return [c for c in token.children if c.dep_ in ("compound", "nmod", "amod") and c.i < token.i]
        if name == "maker":
            heads = objects(token) if pattern.kind == "verb" else [token]
            heads += prep_objects(token, "of") + prep_objects(token, "for")
            # The maker named on the thing bought ("Boeing 787s", "20 of Boeing's planes"); a
            # company bought outright is an acquisition, not a supply.
            out = []
            for head in heads:
                for t in head.subtree:
                    if t.i < head.i and t.dep_ in ("compound", "nmod", "poss", "amod") and t.pos_ != "PRON":
                        out.append(t)  # (not "buying its way out": what a pronoun owns is the buyer's)
                if head.dep_ == "compound":
                    out.append(head)
                if self._makes_product(head):
                    out.append(head)  # "buying Airbus A350s" parsed as two objects: the maker of the product
            return out
        return []

    def _indirect_objects(self, verb: Token) -> list[Token]:
        """"fined Google 2 billion euros", "sold Qatar Airways 50 jets": a name right after the verb and
        before the amount or goods, which the parser hangs on the direct object as a modifier."""
        if verb.pos_ != "VERB" or verb.i + 1 >= len(self.doc):
            return []
        mention = self.entities.mention_at[verb.i + 1]
        if mention is None or mention.kind != "name" or mention.end >= len(self.doc):
            return []
        name, after = self.doc[mention.end - 1], self.doc[mention.end]
        if name.dep_ not in ("nmod", "compound") or name.head.dep_ != "dobj" or name.head.head.i != verb.i \
                or self.entities.mention_at[name.head.i] is not None \
                or not (after.like_num or after.is_currency or after.lower_ in ("a", "an")):
            return []
        return [name]

    def _sale_agreement(self, trigger: Token) -> bool:
        """An agreement or deal to buy or supply something is a sale, not a partnership."""
        agreements = [trigger] if trigger.pos_ == "NOUN" else [c for c in trigger.children if c.dep_ == "dobj"]
        verbs = [trigger] if trigger.pos_ == "VERB" else [a.head for a in agreements if a.head.pos_ == "VERB"]
        purposes = [c for a in agreements for c in a.children if c.dep_ in ("acl", "relcl")] + \
            [c for v in verbs for c in v.children if c.dep_ in ("advcl", "xcomp")
             and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)]
        return any(c.lemma_.lower() in self.lexicon.entity["trade_verbs"] and not self._mutual(c) for c in purposes)

    @staticmethod
    def _mutual(clause: Token) -> bool:
        """"under which the two carriers will sell seats on each other's flights": both parties do it, for each
        other; a partnership, not a sale."""
        both = any(s.dep_ in ("nsubj", "nsubjpass") and (s.lower_ in ("they", "both") or s.tag_ == "NNS" and any(
            c.lower_ in ("two", "both") for c in s.children)) for s in clause.children)
        return both or "each other" in clause.doc[clause.left_edge.i: clause.right_edge.i + 1].text.lower()

    def _makes_product(self, token: Token) -> bool:
        """A company's name right before one of its products ("Airbus A350s"), however it was parsed."""
        following = self.entities.mention_at[token.i + 1] if token.i + 1 < len(self.doc) else None
        return following is not None and following.kind == "product"

    def _short_company(self, cluster: Cluster, mention: Mention | None,
                       how: str) -> tuple[Cluster, Mention | None, str]:
        """"Qatar has a previous order for 2 of Airbus' A380s" in an article about Qatar Airways: a country's
        bare name in a deal, where the text names exactly one company whose name starts with it, is that
        company's short name."""
        if cluster.type != "Country" or mention is None or mention.kind != "name":
            return cluster, mention, how
        prefix = normalise(mention.text) + " "
        named = {c.id: c for c in self.entities.clusters
                 if c.type == "Company" and any(normalise(n).startswith(prefix) for n in c.names)}
        if len(named) != 1:
            return cluster, mention, how
        return next(iter(named.values())), mention, "descriptor"

    def _behind(self, noun: Token) -> list[tuple[Cluster, Mention | None, str]]:
        """Who is behind a thing sanctioned or criticised, at country level where the guideline says so:
        "tariffs on American soybeans", "barred Chinese apps" (a country's goods of any kind), "imports of
        Australian coal", "criticised the sanctions imposed by the EU" (the measures stand for their author)."""
        country = self.entities.country_modifier(noun)
        # (but "14 Chinese firms" are not all of them, nor is "a Chinese developer" one: a company, named or not)
        one = noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children) \
            and noun.lemma_.lower() in self.lexicon.entity["company_nouns"]
        if country is not None and not one and not any(c.dep_ == "nummod" for c in noun.children):
            return [(country, None, "generic")]
        author = self._author(noun)
        if author:
            return author
        board = self._board_of(noun)
        if board is not None:
            return [(board, None, "nominal")]
        for child in noun.children:
            # "protested against Shell's drilling plans", "the Shell plan", "the decision by Unilever"
            # ("criticised the bank's risk controls": a company's nominal too)
            named = [child] if (child.dep_ in ("poss", "compound") and child.pos_ == "PROPN" or child.dep_ == "poss"
                                and (child.lower_ in ("its", "their") or child.pos_ == "NOUN")) and child.i < noun.i \
                else [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" and \
                child.lower_ == "by" else []
            found = [r for t in named for r in self.entities.resolve(t)]
            if found:
                return [(c, m, "generic") for c, m, _ in found]
        for child in noun.children:
            # "imports of Australian coal", "shipments of gallium to Japanese companies"
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "to"):
                for g in child.children:
                    if g.dep_ == "pobj" and g.pos_ == "NOUN" and \
                            (country := self.entities.country_modifier(g)) is not None:
                        return [(country, None, "generic")]
            if child.dep_ == "prep" and child.lower_ == "to" and \
                    noun.lemma_.lower() in self.lexicon.entity.get("trade_nouns", frozenset()):
                # "restrictions on exports of rare earths to Japan": where the goods were going
                found = [(m.cluster, m, "generic") for g in child.children if g.dep_ == "pobj"
                         for t in _conjuncts(g)
                         if (m := self.entities.mention_at[t.i]) is not None and m.cluster.type == "Country"]
                if found:
                    return found
            if child.dep_ == "acl" and child.tag_ == "VBN":
                for agent in (a for c in child.children if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"):
                    found = self.entities.resolve(agent)
                    if found:
                        return [(c, m, "generic") for c, m, _ in found]
        # "criticised the design of Spectrum's trial", "the safety record of CSR's trains": the named owner of the
        # thing the criticised noun is of
        owners = [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"
                  for p in g.children if p.dep_ == "poss"]
        found = [r for p in owners if p.pos_ == "PROPN" for r in self.entities.resolve(p) if r[0].type != "Person"]
        if found:
            return [(c, m, "generic") for c, m, _ in found]
        # "a tax on cars imported from Japan and China", "tariffs on steel from Korea": the goods' makers
        origins = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "from"] + [
            p for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
            for p in c.children if p.dep_ == "prep" and p.lower_ == "from"]
        if not origins and noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.i + 1 < len(self.doc) and \
                (nxt := self.doc[noun.i + 1]).lower_ == "from" and nxt.dep_ == "prep" and nxt.head.i < noun.i:
            origins = [nxt]  # "impose tariffs on goods from France", the parser hanging "from" on an earlier word
        if not origins and noun.dep_ == "dobj" and noun.lemma_.lower() in self.lexicon.entity.get("trade_nouns", ()):
            # "barred imports of steel from X", the parser hanging "from" on the verb
            origins = [p for p in noun.head.children if p.dep_ == "prep" and p.lower_ == "from" and p.i > noun.i]
        # ("barred imports of palm oil from Felda": a company's goods stand for the company)
        countries = [(m.cluster, m, "generic") for p in origins for g in p.children if g.dep_ == "pobj"
                     for t in _conjuncts(g) if (m := self.entities.mention_at[t.i]) is not None
                     and (m.cluster.type == "Country" and m.kind in ("name", "demonym")
                          or m.cluster.type == "Company" and m.kind == "name")]
        return list({c.id: (c, m, h) for c, m, h in countries}.values())

    def _board_of(self, noun: Token) -> Cluster | None:
        """"Jana Partners criticised the board": the board of the company the text is about, not the critic."""
        if noun.lemma_.lower() not in self.lexicon.entity.get("board_nouns", frozenset()) or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
                c.dep_ in ("poss", "compound", "prep") for c in noun.children) or noun.dep_ != "dobj":
            return None
        critics = frozenset(r[0].id for s in subjects(noun.head) for r in self.entities.resolve(s))
        # ("Jana Partners, which owns 8 percent of Whole Foods, criticised the board": the one its sentence names)
        start = sentences.sentence(noun).start
        here = {m.cluster.id: m.cluster for m in self.entities.mentions if start <= m.start < noun.i
                and m.kind == "name" and m.cluster.type == "Company" and m.cluster.id not in critics}
        if len(here) == 1:
            return next(iter(here.values()))
        return self.entities._recent(noun, ("Company",), sentences=3, avoid=critics) if not here else None

    def _author(self, noun: Token, *, suing: bool = False) -> list[tuple[Cluster, Mention | None, str]]:
        """"condemned the suit", "criticised the ban", "criticised the bailout", "criticised the order": whoever
        did the thing the text told of last (within five sentences): the one who sued, sanctioned or invested,
        or the customer who ordered."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in noun.children):
            return []
        lemma = noun.lemma_.lower()
        if lemma in ("suit", "lawsuit", "litigation"):
            action, side = "sues", "subject"
        elif self.lexicon.noun_triggers(lemma, "sanctions"):
            action, side = "sanctions", "subject"
        elif lemma in ("bailout", "rescue", "investment"):
            action, side = "invests_in", "subject"
        elif lemma == "purchase":
            # "criticised the purchase": the buyer of the last purchase told, of goods or of a stake or company
            last = self._last_told(noun, 5, lambda c: c.action in ("supplies", "acquires", "invests_in")
                                   and c.trigger.lemma_.lower() in {"buy", "purchase", "acquire", "acquisition"}
                                   | self.lexicon.entity.get("stake_nouns", frozenset()))
            if last is None:
                return []
            if last.action == "supplies":
                return [(last.object, last.object_mention, "generic")]
            return [(last.subject, last.subject_mention, "generic")]
        elif lemma in ("sale", "disposal", "divestment"):
            # "criticised the sale": the seller of the last stake told as sold ("agreed to sell a stake in X")
            divest = self.lexicon.entity.get("divest_verbs", frozenset())
            last = self._last_told(noun, 10, lambda c: c.action == "invests_in" and c.trigger.dep_ == "dobj"
                                   and c.trigger.head.lemma_.lower() in divest
                                   and c.subject_token.i < c.trigger.i)
            return [(last.subject, last.subject_mention, "generic")] if last is not None else []
        elif lemma == "order" and not suing:
            action, side = "supplies", "object"  # (an order challenged in court is a ruling, not a purchase)
        elif lemma in ("fine", "penalty"):
            # "criticised the fine", "will challenge the penalty in court": whoever fined last
            last = self._last_told(noun, 5, lambda c: c.action == "investigates" and c.modality != "negated")
            return [(last.subject, last.subject_mention, "generic")] if last is not None else []
        elif lemma in ("award", "result", "outcome"):
            # "challenge the award in court": the customer who chose the supplier last told (one told as chosen,
            # awarded or won first: "India has picked X ... criticised the outcome")
            last = self._last_told(noun, 20, lambda c: c.action == "supplies" and c.modality != "negated"
                                   and (_chosen(c.trigger) or c.trigger.lemma_.lower() in ("award", "win"))) or \
                self._last_told(noun, 10, lambda c: c.action == "supplies" and c.modality != "negated")
            return [(last.object, last.object_mention, "generic")] if last is not None else []
        elif lemma in self.lexicon.entity.get("decision_nouns", frozenset()):
            named = self._named_before(noun, 5)
            if named:
                return named  # "comply with the US decision ... criticised the decision": the US
            # "the move", "the decision": the last thing done to someone, told in the sentences just before
            # (a standing state, "X has been on a US blacklist since 2023", is no move; a decision challenged in
            # court is a body's, not the buyer's in a takeover it cleared)
            done = ("sanctions", "investigates") if suing else ("sanctions", "sues", "investigates", "acquires")
            last = self._last_told(noun, 5, lambda c: c.action in done
                                   and c.modality != "negated"
                                   and not (c.trigger.pos_ == "NOUN" and governor_lemma(c.trigger) == "be"))
            if last is not None:
                return [(last.subject, last.subject_mention, "generic")]
            # a supplier chosen: "India has picked X to build its helicopters ... criticised the decision"
            last = self._last_told(noun, 10, lambda c: c.action == "supplies" and c.modality != "negated"
                                   and _chosen(c.trigger)) if not suing else None
            return [(last.object, last.object_mention, "generic")] if last is not None else []
        else:
            return []
        # (a bailout or an order is the one told as such, not any investment or supply: same word, or for an
        # order a purchase; "the Embraer order" is one with Embraer)
        same = action in ("invests_in", "supplies")
        words = {lemma} | ({"buy", "purchase"} if lemma == "order" else set())
        with_ = {m.cluster.id for c in noun.children if c.dep_ in ("compound", "poss")
                 and (m := self.entities.mention_at[c.i]) is not None and m.kind == "name"}
        # (the order criticised may have been told well before, when it names its supplier: the whole text)
        within = 5 if lemma != "order" else 10 if not with_ else len(self.doc)
        last = self._last_told(noun, within, lambda c: c.action == action
                               and (not same or c.trigger.lemma_.lower() in words)
                               and (not with_ or bool(with_ & {c.subject.id, c.object.id})))
        if last is None:
            return []
        if side == "subject":
            return [(last.subject, last.subject_mention, "generic")]
        return [(last.object, last.object_mention, "generic")]

    def _done_at(self, trigger: Token, venues: frozenset[str]) -> bool:
        """Whether a phrase on the trigger or its object names one of ``venues`` ("in the Delhi High Court",
        "at the EU's General Court", "in Egyptian courts")."""
        holders = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "pobj")] + [
            g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return any(g.lemma_.lower() in venues for h in holders for c in h.children if c.dep_ == "prep"
                   for g in c.children if g.dep_ == "pobj")

    def _named_before(self, noun: Token, within: int) -> list[tuple[Cluster, Mention | None, str]]:
        """Whose "decision" this is when the text named its author on the same noun in the ``within`` sentences
        before ("the US decision", "Seoul's decision"): the latest such author."""
        since = sentences.sentence_start(self.doc, sentences.index_of(noun) - within)
        for earlier in reversed(self.doc[since: noun.i]):
            if earlier.lemma_.lower() != noun.lemma_.lower() or earlier.pos_ != "NOUN":
                continue
            found = [r for c in earlier.children if c.dep_ in ("poss", "compound", "amod") and c.i < earlier.i
                     for r in self.entities.resolve(c) if r[1] is not None and r[1].kind in ("name", "demonym")]
            if found:
                return [(c, m, "generic") for c, m, _ in found]
        return []

    def _possessor_companies(self, noun: Token) -> list[tuple[Cluster, Mention | None, str, Token]]:
        """The companies that own a noun ("Nordvik's committee", "its customers"), with the possessive token."""
        return [(c, m, h, p) for p in noun.children if p.dep_ == "poss"
                for c, m, h in self.entities.resolve(p) if c.type == "Company"]

    def _last_told(self, noun: Token, within: int, fits: Callable[[Candidate], bool]) -> Candidate | None:
        """The last relation read before ``noun``, in its sentence or the ``within`` before, that ``fits``."""
        since = sentences.sentence_start(self.doc, sentences.index_of(noun) - within)
        return next((c for c in reversed(self.found) if since <= c.trigger.i < noun.i and fits(c)), None)

    def _partners(self, noun: Token) -> list[tuple[Cluster, Mention | None, str]]:
        """"The partners plan to invest ...", "the two companies will build ...": both parties of the last
        partnership read in the three sentences before."""
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in self.lexicon.entity["company_nouns"] | {"partner"} \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return []
        last = self._last_told(noun, 3, lambda c: c.action == "partners_with"
                               and c.subject.type == c.object.type == "Company")
        if last is None:
            return []
        return [(last.subject, None, "nominal"), (last.object, None, "nominal")]

    def _parties(self, deal: Token) -> list[tuple[Cluster, Mention | None, str]]:
        """"the deal", "the takeover": the companies of the last acquisition read before it."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in deal.children):
            return []
        # (not one told in passing in a relative clause: "ChemChina, which bought Pirelli last year")
        last = next((c for c in reversed(self.found) if c.action == "acquires" and c.trigger.i < deal.i
                     and c.trigger.dep_ != "relcl"), None)
        if last is None:
            return []
        return [(last.subject, None, "nominal"), (last.object, None, "nominal")]

    def _flattened_conjuncts(self, token: Token) -> list[Token]:
        """Names coordinated inside one noun phrase the parser flattened: "on Pakistani flag carrier Pakistan
        International Airlines and Surinam carrier Blue Wing Airlines" parsed as one phrase headed by the last
        name. Each earlier name of the same kind, followed by "and"/"or" outside any name, counts."""
        mention = self.entities.mention_at[token.i]
        if mention is None or mention.kind != "name":
            return []
        out = []
        for t in token.subtree:
            other = self.entities.mention_at[t.i]
            if t.i >= mention.start or other is None or other is mention or other.kind != "name" \
                    or other.cluster.type != mention.cluster.type or t.i != other.end - 1:
                continue
            between = self.doc[other.end: mention.start]
            if any(b.lower_ in ("and", "or") and self.entities.mention_at[b.i] is None for b in between) \
                    and not any(b.pos_ == "VERB" for b in between):
                out.append(t)
        return out

    def _listed_countries(self, token: Token) -> list[Token]:
        """Country names listed after this one that the parser hung elsewhere: "runs networks in Tanzania, the
        Democratic Republic of Congo, Mozambique and Lesotho" parsed with the later names on "networks". Only a
        whole list counts: commas between countries, ending "and"/"or" and a country."""
        mention = self.entities.mention_at[token.i]
        if mention is None or mention.kind != "name" or mention.cluster.type != "Country" or token.i != mention.end - 1:
            return []
        listed: list[Token] = []
        i = mention.end
        while i + 1 < len(self.doc):
            closing = self.doc[i].lower_ in ("and", "or") or (
                self.doc[i].text == "," and self.doc[i + 1].lower_ in ("and", "or"))
            step = i + (2 if self.doc[i].text == "," and closing else 1)
            if not (closing or self.doc[i].text == ",") or step >= len(self.doc):
                return []
            if self.doc[step].lower_ == "the":
                step += 1
            following = self.entities.mention_at[step] if step < len(self.doc) else None
            if following is None or following.kind != "name" or following.cluster.type != "Country" or \
                    following.start != step:
                return []
            listed.append(self.doc[following.end - 1])
            if closing:
                return listed
            i = following.end
        return []

    def _resolve(self, tokens: list[Token], pattern: Pattern, types: frozenset[str],
                 exclude: frozenset[str] = frozenset(), *,
                 products: bool = False) -> list[tuple[Cluster, Mention | None, str, Token]]:
        out = []
        seen: set[int] = set()
        tokens = tokens + [t for given in tokens if self.entities.mention_at[given.i] is None and given.pos_ == "NOUN"
                           for t in _examples(given)]
        if pattern.places:
            # "based in the eastern city of Hefei": the place a place word names
            tokens += [g for given in tokens if given.pos_ == "NOUN" and
                       given.lemma_.lower() in self.lexicon.entity.get("place_words", frozenset())
                       for c in given.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
        tokens += [t for given in tokens for t in self._listed_countries(given)]
        for token in tokens + [t for given in tokens for t in self._flattened_conjuncts(given)]:
            if token.lower_ in ("which", "whom") and token.dep_ == "pobj" and token.head.head.dep_ == "relcl":
                token = token.head.head.head  # "the chain in which Casino holds a stake": the chain
            found = self._partners(token) or self.entities.resolve(token, places_ok=pattern.places,
                                                                   products_ok=products)
            if not found and pattern.places and token.pos_ == "NOUN" and \
                    token.lemma_.lower() in self.lexicon.entity.get("place_words", frozenset()) and \
                    not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
                # "flies to a dozen Indian cities": the country of places named by their demonym (but "the
                # Chilean city of Valparaiso" is the place named)
                found = [r for c in token.children if c.dep_ == "amod" for r in self.entities.resolve(c)
                         if r[0].type == "Country"]
            if not found and token.pos_ == "NOUN" and \
                    token.lemma_.lower() in self.lexicon.entity.get("grouping_nouns", frozenset()):
                # "a member of the SkyTeam alliance": the alliance named
                found = [r for c in token.children if c.dep_ == "compound" for r in self.entities.resolve(c)]
            if not found and pattern.action in ("sanctions", "criticizes") and token.pos_ == "NOUN":
                found = self._behind(token)
            if not found and pattern.action == "sues" and token.pos_ == "NOUN":
                # "would appeal against the decision", "challenge the fine in court": whoever decided or fined
                found = self._author(token, suing=True)
            if not found and pattern.action in ("works_for", "leads") and token.pos_ == "NOUN" and \
                    token.lemma_.lower() in self.lexicon.entity.get("board_nouns", frozenset()):
                # "will join Nordvik's executive committee": the body's company
                found = [(c, m, h) for c, m, h, _ in self._possessor_companies(token)]
            if not found and pattern.action == "supplies" and token.dep_ == "pobj" and token.head.lower_ == "for":
                # "will supply cells for Voss's next generation of cars", "for the Focus Electric, the carmaker's
                # first electric car": whose products the goods are for
                holders = [token] if token.pos_ == "NOUN" else [
                    c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                    and c.lemma_.lower() in self.lexicon.entity.get("product_nouns", frozenset())]
                found = [(c, m, h) for holder in holders for c, m, h, _ in self._possessor_companies(holder)]
            if not found and pattern.action == "supplies" and token.tag_ == "NNS" and token.dep_ == "pobj" and \
                    token.head.lower_ in ("to", "for", "from") and \
                    token.lemma_.lower() in self.lexicon.entity.get("national_buyer_nouns", frozenset()) and \
                    not any(c.dep_ in ("poss", "det") for c in token.children) and not _examples(token):
                # "sold tools to Chinese customers", "ships ore to Chinese steelmakers": the buyers' country (but
                # "to Indian carmakers including Tata Motors" supplies the companies named)
                found = [r for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i
                         for r in self.entities.resolve(c) if r[0].type == "Country"]
            if not found and pattern.action == "supplies" and token.pos_ == "NOUN" and \
                    token.lemma_.lower() in self.lexicon.entity.get("facility_nouns", frozenset()):
                # "supplies cylinder heads to Nissan's plant in Aguascalientes": the plant's owner
                found = [(c, m, h) for c, m, h, _ in self._possessor_companies(token)]
            if not found and pattern.action == "invests_in" and token.pos_ == "NOUN" and \
                    token.lemma_.lower() in self.lexicon.entity.get("facility_nouns", frozenset()):
                # "will invest $600 million in a new plant in Brazil": money put where the facility is
                found = [(c, m, "name") for t in prep_objects(token, "in")
                         for c, m, _ in self.entities.resolve(t, places_ok=True) if c.type == "Country"]
            if not found and pattern.action == "competes_with" and token.pos_ == "NOUN" and \
                    token.lemma_.lower() in ("bid", "offer", "proposal", "tender"):
                # "beating a rival bid from India's ONGC": the bidder
                found = [r for t in prep_objects(token, "from") for r in self.entities.resolve(t)]
            if not found and pattern.action in ("investigates", "criticizes") and token.pos_ == "NOUN" and \
                    token.lemma_.lower() in self.lexicon.entity.get("deal_nouns", frozenset()) | {"sale"}:
                # "did not oppose the sale to JSW", "criticised the takeover of X": the parties named on the deal;
                # "an investigation into the deal": into both companies of the last one told
                # "a review of GIP's purchase": its possessor is a party too
                found = [r for t in [c for c in token.children if c.dep_ == "poss"]
                         + [t for prep in ("to", "of", "with") for t in prep_objects(token, prep)]
                         for r in self.entities.resolve(t) if r[0].type in ("Company", "Organization")] \
                    or self._parties(token)
            if not found and pattern.action == "investigates" and token.pos_ in ("VERB", "AUX"):
                # "an investigation into whether Toyota moved quickly enough": whom the question is about
                found = [r for t in self._question_about(token) for r in self.entities.resolve(t)]
            if not found and pattern.action == "investigates" and token.pos_ == "NOUN" and (
                    pattern.kind == "verb" and token.dep_ == "dobj" or token.dep_ == "pobj"
                    and token.head.lower_ in ("into", "of")):
                # ("an inquiry into Positivo's pricing of computers")
                # "is investigating the company's handling of the recalls": whose conduct is investigated
                found = [r for c in token.children if c.dep_ == "poss" for r in self.entities.resolve(c)]
            if not found and pattern.action == "investigates" and token.pos_ == "NOUN" and \
                    token.lemma_.lower() in self.lexicon.entity.get("facility_nouns", frozenset()) | {"headquarters"}:
                # "raided the offices of meatpacker JBS", "... of several makers, including X and Y": the owner
                owners = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"]
                owners += [e for g in owners if self.entities.mention_at[g.i] is None for e in _examples(g)]
                found = [r for g in owners for t in _conjuncts(g) for r in self.entities.resolve(t)
                         if r[0].type == "Company"]
            if pattern.action in ("supplies", "acquires", "invests_in", "partners_with"):
                found = [self._short_company(c, m, h) for c, m, h in found]
            for cluster, mention, how in found:
                if cluster.id in seen:
                    continue
                if types and cluster.type not in types:
                    continue
                if cluster.type in exclude:
                    continue
                if how == "place" and not pattern.places:
                    continue
                seen.add(cluster.id)
                out.append((cluster, mention, how, token))
        return out

    # -- patterns ---------------------------------------------------------------

    def run(self) -> list[Candidate]:
        # Where companies are from, known before any nominal is resolved ("the Brazilian planemaker" is not
        # the company called Argentine in the headline).
        for mention in self.entities.mentions:
            if mention.cluster.type not in ("Company", "Organization") or mention.kind != "name":
                continue
            found = self._country_before(mention)
            if found is None:
                # "Samsung Electronics, the South Korean electronics giant": the country of an apposition
                found = next((f for c in self.doc[mention.end - 1].children if c.dep_ == "appos"
                              and c.lemma_.lower() in self.lexicon.entity["company_nouns"]
                              and (f := self._country_modifier(c)) is not None), None)
            if found is not None:
                mention.cluster.country = mention.cluster.country or found[0].cluster.code
        # ... and, in the order of the text, from what nominals say of them ("the Paris-based automaker" is PSA, so
        # "the French group" later is PSA too, not the Detroit company named since)
        for token in self._company_nominals:
            if (named := self.entities.country_modifier(token)) is not None:
                for cluster, _, how in self.entities.resolve(token):
                    if how == "nominal" and cluster.type == "Company":
                        cluster.country = cluster.country or named.code
        for token in self.doc:
            lemma = token.lemma_.lower()
            if token.tag_ == "NNS" and lemma not in self.lexicon.nouns and token.lower_[:-1] in self.lexicon.nouns:
                lemma = token.lower_[:-1]  # "bases", which the lemmatizer makes "basis"
            if token.pos_ in ("VERB",) and lemma in self.lexicon.verbs:
                self._apply(token, self.lexicon.verbs[lemma])
            elif (token.pos_ in ("NOUN", "PROPN") or token.dep_ == "amod" and token.head.pos_ == "PROPN") \
                    and lemma in self.lexicon.nouns:  # "smaller rival Pilbara", tagged as an adjective
                if self.entities.mention_at[token.i] is None:
                    self._apply(token, self.lexicon.nouns[lemma])
        self._roles()
        self._affiliations()
        self._descriptors()
        self._place_links()
        self._domestic_rivals()
        self._rankings()
        self._rivals_in_country()
        self._judgements()
        self._measure_scope()
        self._name_structure()
        self._stake_buyers()
        self._funding_rounds()
        self._majority_stakes()
        self._remaining_shares()
        self._joint_actions()
        self._comparisons()
        self._mergers()
        self._successions()
        self._customers()
        self._losing_bids()
        self._alliance_members()
        # "cooperating fully with the regulator" that investigates it: cooperation with a probe is no partnership
        probed = {frozenset((c.subject.id, c.object.id)) for c in self.found if c.action == "investigates"}
        self.found = [c for c in self.found if not (c.action == "partners_with" and
                                                    frozenset((c.subject.id, c.object.id)) in probed)]
        # "sued X, accusing it of copying the iPhone": the accusation is the suit's, not a separate criticism
        suits = {(c.subject.id, c.object.id, sentences.sentence(c.trigger).start) for c in self.found
                 if c.action == "sues"}
        self.found = [c for c in self.found if not (
            c.action == "criticizes" and c.trigger.lemma_.lower() == "accuse" and
            (c.subject.id, c.object.id, sentences.sentence(c.trigger).start) in suits)]
        # "appointed X as its chairman": X leads the company, and works_for is for any *other* role
        heads = {(c.subject.id, c.object.id, c.modality, sentences.sentence(c.trigger).start)
                 for c in self.found if c.action == "leads"}
        self.found = [c for c in self.found if not (
            c.action == "works_for" and
            (c.subject.id, c.object.id, c.modality, sentences.sentence(c.trigger).start) in heads)]
        # "hired X as president of Lenovo Brazil": the role says where X works; the hiring verb adds nothing
        roles = {(c.subject.id, sentences.sentence(c.trigger).start) for c in self.found
                 if c.action in ("leads", "works_for", "founded") and c.trigger.pos_ == "NOUN"
                 and c.modality != "negated"}
        naming = self.lexicon.entity["role_naming_verbs"]
        self.found = [c for c in self.found if not (
            c.action == "works_for" and c.trigger.lemma_ in naming
            and (c.subject.id, sentences.sentence(c.trigger).start) in roles)]
        return self.found

    def _domestic_rivals(self) -> None:
        """"The Japanese firm lost ground to its domestic rivals Canon and Nikon": a domestic rival is based in
        the country of the company it is the rival of (its possessor, else the subject it is said against), when
        that company's one country is known."""
        words = self.lexicon.entity.get("rival_nouns", frozenset())
        for noun in self.doc:
            if noun.lemma_.lower() not in words or not any(c.dep_ == "amod" and c.lower_ == "domestic"
                                                             for c in noun.children):
                continue
            named = [noun.head] if noun.dep_ in ("compound", "amod") and noun.head.pos_ == "PROPN" else []
            named += [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            named = [t for n in named for t in _conjuncts(n) + self._flattened_conjuncts(n)]
            owners = [p for p in noun.children if p.dep_ == "poss"] or governor_subject(noun)
            companies = {c.id: c for o in owners for c, _, _ in self.entities.resolve(o) if c.type == "Company"}
            if len(companies) != 1:
                continue
            owner = next(iter(companies.values()))
            homes = {c.object.id: c for c in self.found if c.subject is owner and c.action == "based_in"
                     and c.modality == "asserted"}
            if len(homes) != 1:
                continue
            home = next(iter(homes.values()))
            for t in named:
                m = self.entities.mention_at[t.i]
                if m is not None and m.kind == "name" and m.cluster.type == "Company" and m.cluster is not owner:
                    self.add(m.cluster, "based_in", home.object, noun, 0.6, t, home.object_token, m,
                             home.object_mention, mood="asserted")

    def _customers(self) -> None:
        """A company's customers named: "counts Xiaomi among its customers", "its customers include Xiaomi",
        "customers such as Xiaomi": the company supplies them."""
        nouns = self.lexicon.entity.get("customer_nouns", frozenset())
        for noun in self.doc:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
                continue
            owners = self._possessor_companies(noun)
            if len(owners) != 1:
                continue
            named = _examples(noun)
            if noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.pos_ == "VERB":
                # "counts Xiaomi (, Oppo and Vivo) among its customers"
                named += [t for o in objects(noun.head.head) for t in _conjuncts(o)]
            if noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "include":
                named += [t for o in objects(noun.head) for t in _conjuncts(o)]  # "its customers include X"
            supplier, mention, _, _ = owners[0]
            if any(c is supplier for t in named for c, _, _ in self.entities.resolve(t)):
                continue  # "its" taken for one of the customers: whose they are is not known
            for t in named:
                for cluster, m, _how in self.entities.resolve(t):
                    if cluster.type in ("Company", "Organization", "Country"):
                        self.add(supplier, "supplies", cluster, noun, 0.65, noun, t, mention, m)

    def _losing_bids(self) -> None:
        """"X, which had also bid for the contract, lost out", "Y had also bid for the order but was not
        selected": a bidder for the contract the text just told of, won by another, did not supply its
        customer, and competed with the winner."""
        contracts = self.lexicon.entity.get("contract_nouns", frozenset())
        for verb in self.doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() != "bid" or verb.tag_ not in ("VBD", "VBN") or not any(
                    c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
                continue
            wanted = [g for g in prep_objects(verb, "for") if g.lemma_.lower() in contracts]
            if not wanted:
                continue
            # ("the Xiaomi contract": the contract to supply the one named on it)
            customers = {c.id for g in wanted for m in g.children if m.dep_ in ("compound", "poss")
                         for c, _, _ in self.entities.resolve(m)}

            def fits(c: Candidate, named: frozenset[int] = frozenset(customers)) -> bool:
                return c.action == "supplies" and c.modality == "asserted" and (not named or c.object.id in named)

            won = self._last_told(verb, 5, fits)
            if won is None:
                continue
            for bidder in subjects(verb):
                for cluster, mention, how in self.entities.resolve(bidder):
                    if cluster.type != "Company" or cluster is won.subject or cluster is won.object:
                        continue
                    conf = 0.6 * _HOW.get(how, 0.8)
                    self.add(cluster, "supplies", won.object, verb, conf, bidder, won.object_token, mention,
                             won.object_mention, mood="negated")
                    if won.subject.type == "Company":
                        self.add(cluster, "competes_with", won.subject, verb, conf, bidder, won.subject_token,
                                 mention, won.subject_mention, mood="asserted")

    def _successions(self) -> None:
        """"X resigned as chief executive of Voss ... the company named Claudia Ritter to succeed him": with
        no role named, the successor takes the roles the one succeeded held."""
        words = self.lexicon.entity
        for verb in self.doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["role_succeeding_verbs"] or any(
                    c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) and not _is_passive(verb):
                continue  # ("X succeeded Z as chairman": the role named; but "Z was replaced as chief executive by
                # X" takes the roles Z held)
            successors = subjects(verb)
            if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words["role_naming_verbs"]:
                successors = objects(verb.head)  # "named X to succeed him": the one named
            old = [r for t in objects(verb) for r in self.entities.resolve(t) if r[0].type == "Person"]
            new = [r for t in successors for r in self.entities.resolve(t)]
            if len(new) != 1 or len(old) != 1 or new[0][0] is old[0][0]:
                continue
            if new[0][0].type == "Company" and new[0][1] is not None and not new[0][0].nouns and \
                    not new[0][0].country and len(new[0][1].text.split()) in (2, 3):
                new[0][0].type = "Person"  # only a person succeeds a person: the tagger's "Claudia Ritter" (GPE)
            if new[0][0].type != "Person":
                continue
            held = {(c.action, c.object.id): c for c in self.found
                    if c.subject is old[0][0] and c.action in ("leads", "works_for") and c.trigger.i < verb.i}
            successor, mention, _ = new[0]
            for c in held.values():
                self.add(successor, c.action, c.object, verb, 0.6, successors[0], c.object_token, mention,
                         c.object_mention)

    def _mergers(self) -> None:
        """"Daimler-Benz and Chrysler, which merged in 1998 to make DaimlerChrysler", "A and B merged into C":
        the merged companies became parts of the new one."""
        for token in self.doc:
            if token.lemma_.lower() not in self.lexicon.entity["merger_verbs"] or token.pos_ != "VERB" or \
                    any(c.dep_ == "dobj" for c in token.children):
                continue  # "merged their network units to form X": a joint venture, not a merger of the companies
            made = [o for c in token.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in
                    ("make", "form", "create") for o in objects(c)]
            made += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children
                     if g.dep_ == "pobj"]
            targets = [(c, m, t) for t in made for c, m, _ in self.entities.resolve(t) if c.type == "Company"]
            if not targets:
                continue
            parties = subjects(token)
            if token.dep_ == "relcl" and token.head.dep_ == "conj":
                first = token.head
                while first.dep_ == "conj" and first.head.i != first.i:
                    first = first.head  # "A and B, which merged": the relative clause is on the coordination
                parties = _conjuncts(first)
            mood = modality(token, self.lexicon, year=self.year)
            for p_token in parties:
                for cluster, mention, _ in self.entities.resolve(p_token):
                    for target, target_mention, t_token in targets:
                        if cluster.type == "Company":
                            self.add(cluster, "subsidiary_of", target, token, 0.65, p_token, t_token, mention,
                                     target_mention, mood=mood)

    def _comparisons(self) -> None:
        """"Airbus sold more planes than Boeing", "Kia shipped fewer cars than Hyundai": companies compared on
        what they sell or make compete."""
        for token in self.doc:
            if token.lower_ != "than" or token.dep_ != "prep":
                continue
            thing = token.head
            if not any(c.lower_ in ("more", "fewer", "less") for c in thing.children) or thing.dep_ != "dobj":
                continue
            verb = thing.head
            others = [(c, m, t) for g in token.children if g.dep_ == "pobj" for t in _conjuncts(g)
                      for c, m, _ in self.entities.resolve(t) if c.type == "Company"]
            for s_token in subjects(verb):
                for cluster, mention, _ in self.entities.resolve(s_token):
                    if cluster.type != "Company":
                        continue
                    for other, other_mention, o_token in others:
                        self.add(cluster, "competes_with", other, token, 0.65, s_token, o_token, mention,
                                 other_mention, mood="asserted")

    def _joint_actions(self) -> None:
        """"Pfizer and BioNTech jointly developed the vaccine": companies acting together are partners."""
        for token in self.doc:
            if token.lower_ not in ("jointly", "together") or token.dep_ != "advmod":
                continue
            verb, joined = token.head, []
            if verb.lower_ == "with" and verb.dep_ == "prep":
                # "X will build the terminal together with Y": the subject and the one it acts with
                verb, joined = verb.head, [g for g in verb.children if g.dep_ == "pobj"]
            if verb.pos_ != "VERB" or verb.lemma_.lower() in ("own", "hold", "control", "account", "represent", "have"):
                continue  # ("X and Y, which together own a fifth of Z": shares held side by side, no partnership)
            if token.lower_ == "jointly" and not joined:
                joined = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                          for g in c.children if g.dep_ == "pobj"]  # "had bid jointly with Pesa"
            found: list[tuple[Cluster, Mention | None, Token]] = []
            for subject in subjects(verb) + [t for g in joined for t in _conjuncts(g)]:
                for cluster, mention, _ in self.entities.resolve(subject):
                    if cluster.type in ("Company", "Organization") and all(cluster is not f[0] for f in found):
                        found.append((cluster, mention, subject))
            for (a, am, at), (b, bm, bt) in zip(found, found[1:], strict=False):
                self.add(a, "partners_with", b, token, 0.7, at, bt, am, bm,
                         mood=modality(verb, self.lexicon, year=self.year, lexical=False))
        # "X, a joint venture of A, B and C", "a consortium led by A and B": the owners of a joint venture or the
        # members of a consortium are partners, each with each
        for venture in self.doc:
            if not (venture.lemma_.lower() == "venture" and any(c.lower_ == "joint" for c in venture.children)
                    or venture.lemma_.lower() == "consortium"):
                continue
            members = prep_objects(venture, "of") + prep_objects(venture, "including") + [
                t for acl in venture.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                and acl.lemma_.lower() in ("lead", "form", "make", "set", "create")
                for agent in acl.children if agent.dep_ == "agent" for t in prep_objects(agent.head, "by")]
            owners = [(c, m, t) for t in members for c, m, _ in self.entities.resolve(t) if c.type == "Company"]
            owners = list({c.id: (c, m, t) for c, m, t in owners}.values())
            for i, (a, am, at) in enumerate(owners):
                for b, bm, bt in owners[i + 1:]:
                    self.add(a, "partners_with", b, venture, 0.65, at, bt, am, bm)

    def _stake_buyers(self) -> None:
        """"Allianz sold its 26 percent stake in X to Y", "agreed to sell a stake in X to Y": the buyer of a stake
        holds it (a majority sold is an acquisition: see _majority_stakes)."""
        stakes, divest = self.lexicon.entity["stake_nouns"], self.lexicon.entity.get("divest_verbs", frozenset())
        for stake in self.doc:
            if stake.lemma_.lower() not in stakes or stake.dep_ != "dobj" or stake.head.lemma_.lower() not in divest:
                continue
            verb = stake.head
            targets = self._resolve(prep_objects(stake, "in") + prep_objects(stake, "of"), _INVESTING,
                                    frozenset({"Company"}))
            buyers = self._resolve(prep_objects(verb, "to"), _INVESTING, _INVESTING.subject_types)
            for buyer, b_mention, _, b_token in buyers:
                for target, t_mention, _, t_token in targets:
                    self.add(buyer, "invests_in", target, stake, 0.6, b_token, t_token, b_mention, t_mention,
                             mood=modality(verb, self.lexicon, year=self.year))

    def _funding_rounds(self) -> None:
        """"X raised $75 million in a funding round led by Y": the round's leader invests in X."""
        rounds = self.lexicon.entity.get("funding_round_nouns", frozenset())
        raising = self.lexicon.entity.get("fundraising_verbs", frozenset())
        for noun in self.doc:
            if noun.lemma_.lower() not in rounds or noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "through") \
                    or noun.head.head.lemma_.lower() not in raising:
                continue
            verb = noun.head.head
            leaders = [t for led in noun.children if led.dep_ == "acl" and led.lemma_ == "lead"
                       for t in prep_objects(led, "by")]
            targets = self._resolve(subjects(verb), _INVESTING, frozenset({"Company"}))
            for investor, i_mention, _, i_token in self._resolve(leaders, _INVESTING, _INVESTING.subject_types):
                for target, t_mention, _, t_token in targets:
                    self.add(investor, "invests_in", target, noun, 0.6, i_token, t_token, i_mention, t_mention,
                             mood=modality(verb, self.lexicon, year=self.year))

    def _remaining_shares(self) -> None:
        """"X will own 51 percent of Y, and Z will hold the remaining 49 percent": a remaining share named with no
        company is of the company whose shares were told just before."""
        for share in self.doc:
            if not _is_share(share) or share.dep_ != "dobj" or share.head.lemma_.lower() not in _HOLDING_VERBS \
                    or not any(c.lower_ in ("remaining", "other", "rest") for c in share.subtree if c.i < share.i) \
                    or any(c.dep_ == "prep" and c.lower_ in ("of", "in") for c in share.children):
                continue
            verb = share.head
            last = self._last_told(share, 1, lambda c: c.action in ("invests_in", "acquires")
                                   and c.object.type == "Company")
            if last is None:
                continue
            for holder, h_mention, _, h_token in self._resolve(subjects(verb), _INVESTING, _INVESTING.subject_types):
                if holder is not last.object:
                    self.add(holder, "invests_in", last.object, share, 0.6, h_token, last.object_token, h_mention,
                             last.object_mention, mood=modality(verb, self.lexicon, year=self.year))

    def _majority_stakes(self) -> None:
        """"bought a 77 percent stake in X", "plans to buy a majority stake in X": buying a majority is an
        acquisition as well as a stake (guideline, convention 2)."""
        for c in list(self.found):
            if c.action != "invests_in" or c.object.type != "Company" or c.subject.type != "Company":
                continue
            stake = c.trigger
            if stake.pos_ == "VERB" and stake.lemma_.lower() in ("own", "control") and stake.tag_ == "VBN" and \
                    c.subject_token.dep_ == "pobj" and c.subject_token.head.dep_ == "agent" and (
                    self._majority(stake, [t for t in stake.subtree if t.i < stake.i]) or
                    stake.lemma_.lower() == "control" and not any(
                        t.lower_ in ("jointly", "partly", "partially") for t in stake.children)):
                # ("the planemaker controlled by EADS": control is a majority's)
                # "X is 74 percent owned by Y", "X, wholly owned by Y": a company owned by a majority is a unit
                self.add(c.object, "subsidiary_of", c.subject, stake, c.confidence, c.object_token, c.subject_token,
                         c.object_mention, c.subject_mention, mood=c.modality)
                continue
            # (a verb of the lexicon's share-buying entry, the one that asks for a share as its object)
            buying = stake.pos_ == "VERB" and any(p.action == "invests_in" and p.dobj
                                                  for p in self.lexicon.verbs.get(stake.lemma_.lower(), ()))
            share = next((o for o in objects(stake) if _is_share(o) or o.lower_ in ("majority", "half")), None) \
                if buying else None
            if share is not None:
                # "will buy 75 percent of X", "agreed to buy a majority of X": a majority bought is an acquisition
                if share.lower_ == "majority" or self._majority(share, [t for t in share.subtree if t.i <= share.i]):
                    self.add(c.subject, "acquires", c.object, stake, c.confidence, c.subject_token, c.object_token,
                             c.subject_mention, c.object_mention, mood=c.modality)
                continue
            if stake.lemma_.lower() not in self.lexicon.entity["stake_nouns"]:
                continue
            if self._stake_seller(stake, c.subject, c.subject_token) is not None:
                continue  # (the stake's holder sells it: not its acquisition)
            majority = self._majority(stake, [t for t in stake.subtree if t.i < stake.i])
            holding = stake.head.lemma_.lower() in _HOLDING_VERBS or \
                stake.dep_ == "pobj" and stake.head.head.lemma_.lower() in ("hold", "own", "have", "keep", "retain")
            if majority and not holding:  # ("holds a 64 percent stake": owned already, no acquisition told)
                self.add(c.subject, "acquires", c.object, stake, c.confidence, c.subject_token, c.object_token,
                         c.subject_mention, c.object_mention, mood=c.modality)

    @staticmethod
    def _majority(stake: Token, words: list[Token]) -> bool:
        """Whether the words before a stake or an "owned" say it is a majority ("77 percent", "controlling",
        "wholly")."""
        majority = any(t.lower_ in ("majority", "controlling", "wholly", "fully") for t in words)
        for t in words:
            if t.like_num and any(w.lower_ in ("percent", "%", "pct") for w in words if w.i > t.i):
                try:
                    majority = majority or float(t.text.replace(",", "")) > 50
                except ValueError:
                    pass
        return majority

    def _apply(self, trigger: Token, patterns: tuple[Pattern, ...]) -> None:
        done: set[str] = set()  # the first fitting pattern of each action wins ("made by TSMC in Taiwan": a
        goods = objects(trigger)  # supply and a presence, one pattern each)
        modifiers = {c.lemma_.lower() for c in trigger.children if c.dep_ in ("compound", "amod", "nmod")}
        for pattern in patterns:
            key = f"{pattern.action}:{pattern.mood}" if pattern.mood else pattern.action
            if key in done:
                continue  # (a pattern stating its own modality reads another relation: "joined X from Y")
            if pattern.particle and not any(c.dep_ == "prt" and c.lower_ == pattern.particle
                                            for c in trigger.children):
                continue
            if pattern.dobj and not any(o.lemma_.lower() in pattern.dobj for o in goods + [
                    c for c in trigger.children if c.dep_ == "dobj"]):  # (a passive's own: "was awarded a contract")
                continue
            if pattern.action == "supplies" and any(
                    _is_share(o) and any(c.type == "Company" for t in prep_objects(o, "of")
                                         for c, _, _ in self.entities.resolve(t)) for o in goods):
                continue  # "will acquire 75 percent of Harlow Foods": a share of a company, not goods
            if pattern.dobj_not and (not goods or any(
                    o.lemma_.lower() in pattern.dobj_not or o.pos_ not in ("NOUN", "PROPN")
                    or (m := self.entities.mention_at[o.i]) is not None and m.kind != "product"
                    for o in goods)):
                continue  # goods made for someone ("makes pedals for Honda"), not "made an offer for X"
            if pattern.kind == "verb" and pattern.gov and not (
                    _complement_of_verb(trigger) and trigger.head.lemma_.lower() in pattern.gov):
                continue  # "picked X to build ferries" is a supply, "X will build ferries" is not
            if pattern.venue and not self._done_at(trigger, pattern.venue):
                continue  # "challenged the fine in court" is a lawsuit, "challenged the fine" may be words
            if pattern.kind == "verb" and self._commands(trigger):
                continue  # "ordered the operators to block the calls": a command, not a purchase
            if pattern.mod and not modifiers & pattern.mod or modifiers & pattern.mod_not:
                continue  # "a takeover bid from X" is an acquisition, "a rival offer from X" a supply
            if pattern.kind == "noun" and pattern.action == "supplies" and any(
                    c.dep_ in ("acl", "relcl") and infinitive(c) and not any(
                        p.action == "supplies" for p in self.lexicon.verbs.get(c.lemma_.lower(), ()))
                    for c in trigger.children):
                continue  # "an offer from X to join the project": an invitation, not goods for sale
            if pattern.action == "supplies" and pattern.kind == "verb" and \
                    "dobj" not in pattern.object + pattern.subject and any(
                    c.type == "Company" and not self._makes_product(t)
                    for t in objects(trigger) if comma_appositive(t) is None  # (not "from X, the lessor")
                    for c, _, _ in self.entities.resolve(t)):
                continue  # "X sold Y to Z" with Y a company: an acquisition, not a supply
            if pattern.action == "supplies" and pattern.kind == "noun" and trigger.lemma_.lower() == "sale" and any(
                    c.type == "Company" and not self._makes_product(t)
                    for t in prep_objects(trigger, "of") for c, _, _ in self.entities.resolve(t)):
                continue  # "the sale of Keebler to Ferrero": a company changes hands
            if pattern.action == "supplies" and pattern.kind == "verb" and not pattern.dobj_not and any(
                    t.lemma_.lower() in self.lexicon.entity.get("ownership_nouns", ()) for o in objects(trigger)
                    for t in [o, *prep_objects(o, "of")]):
                # "X sold its stake in Y to Z", "agreed to sell half of its steel unit to Z": ownership changes
                # hands, nothing is supplied (but goods made for someone, "building two units for Y", are: the
                # patterns for goods made name what is not goods)
                continue
            if pattern.action == "supplies" and pattern.kind == "verb" and trigger.lemma_.lower() in (
                    self.lexicon.entity.get("divest_verbs", frozenset()) | {"buy", "purchase"}) and any(
                    o.lemma_.lower() in self.lexicon.entity.get("facility_nouns", ()) for o in objects(trigger)):
                continue  # "agreed to buy two container terminals from X": a site changes hands, no goods
            if pattern.action == "partners_with" and self._sale_agreement(trigger):
                continue  # "signed a supply agreement with Y to buy gas": a sale, read from the infinitive
            subj_tokens = [t for s in pattern.subject for t in self.slot(trigger, s, pattern)]
            if "maker" in pattern.subject and "prep:from" in pattern.subject and any(
                    c.type in ("Company", "Organization") for t in self.slot(trigger, "prep:from", pattern)
                    for c, _, _ in self.entities.resolve(t)):
                # "leasing Airbus A330s from Avolon": who the goods come from supplies them, not their maker
                makers = self.slot(trigger, "maker", pattern)
                subj_tokens = [t for t in subj_tokens if t not in makers]
            if pattern.kind == "noun" and pattern.action == "sanctions" and "gov" in pattern.subject and any(
                    self.entities.resolve(t) for name in ("poss", "mod", "prep:by") if name in pattern.subject
                    for t in self.slot(trigger, name, pattern)):
                # "Beijing opposed US sanctions on Iran": a measure with its own author is not the governing subject's
                governing = self.slot(trigger, "gov", pattern)
                subj_tokens = [t for t in subj_tokens if t not in governing]
            if pattern.kind == "noun" and "mod" in pattern.subject and "gov" in pattern.subject and \
                    trigger.lemma_.lower() in self.lexicon.entity.get("facility_nouns", ()) and trigger.tag_ == "NN" \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children) and any(
                    c.type in ("Company", "Organization") for t in self.slot(trigger, "gov", pattern)
                    for c, _, _ in self.entities.resolve(t)):
                # "Glencore runs the Kamoto mine in Congo": the name on the one facility someone runs is its own (not
                # "Fiat technology for Chrysler factories": the owner's)
                named = self.slot(trigger, "mod", pattern)
                subj_tokens = [t for t in subj_tokens if t not in named]
            owned = pattern.kind == "noun" and "poss" in pattern.subject and \
                trigger.lemma_.lower() in self.lexicon.entity.get("facility_nouns", ()) and any(
                    c.type in ("Company", "Organization") for t in self.slot(trigger, "poss", pattern)
                    for c, _, _ in self.entities.resolve(t))
            if owned and "mod" in pattern.subject:
                # "the company's Nchanga mine in Zambia": the name on an owned facility is the facility's own
                named = self.slot(trigger, "mod", pattern)
                subj_tokens = [t for t in subj_tokens if t not in named]
            if owned and "gov" in pattern.subject and trigger.dep_ == "pobj" and trigger.head.lower_ in ("to", "for"):
                # "supplies cylinder heads to Nissan's plant in X": the plant's owner runs it, not who sends goods
                # there (but "would reopen Saab's plant": who reopens it runs it)
                governing = self.slot(trigger, "gov", pattern)
                subj_tokens = [t for t in subj_tokens if t not in governing]
            obj_tokens = [t for s in pattern.object for t in self.slot(trigger, s, pattern)]
            if pattern.action == "supplies" and "dobj" in pattern.object and any(
                    self.slot(trigger, s, pattern) for s in ("prep:to", "dative") if s in pattern.object):
                # "supply iPhones to SK Telecom": with a recipient named, the direct object is the goods
                goods_ = self.slot(trigger, "dobj", pattern)
                obj_tokens = [t for t in obj_tokens if t not in goods_]
            # "the Dreamliners will be delivered to X": a product stands for its maker as supplier.
            subjects_ = self._resolve(subj_tokens, pattern, pattern.subject_types,
                                      products=pattern.action == "supplies")
            # "an investigation into Glytara", "sanctions on the 737 MAX": the product's maker
            objects_ = self._resolve(obj_tokens, pattern, pattern.object_types, pattern.object_not,
                                     products=pattern.action in ("investigates", "sanctions", "criticizes"))
            if "between" in pattern.subject:
                # "an agreement between X and Y": the two ends of the relation, and nothing else.
                pair = self._resolve(self.slot(trigger, "between", pattern), pattern, pattern.object_types)
                if len(pair) >= 2:
                    subjects_, objects_ = pair[:1], pair[1:]
            if not subjects_ and "ctx" in pattern.subject and objects_:
                subjects_ = self._context_subject(pattern.action, trigger)
            if not subjects_ and "actor" in pattern.subject and objects_:
                subjects_ = self._sentence_actor(trigger)
            if not subjects_ and "focus" in pattern.subject and objects_ and not (
                    trigger.dep_ == "compound" and trigger.head.lemma_.lower() in self.lexicon.entity["company_nouns"]):
                # (not "dealership groups in the US": other companies, described)
                # (a company of the trigger's own sentence first: "puts X in competition with rival Y")
                already = frozenset(o[0].id for o in objects_)
                focus = self.entities._recent(trigger, ("Company",), sentences=0, avoid=already) or \
                    self.entities._recent(trigger, ("Company",), sentences=3)
                subjects_ = [(focus, *self._cited(focus, trigger))] if focus is not None else []
            if not objects_ and (pattern.action == "partners_with" or pattern.action == "competes_with"
                                 and pattern.kind == "verb") and len(subjects_) > 1 and pattern.pair_subjects:
                # "X and Y formed an alliance", "X and Y are competing for the contract": coordinated subjects
                # are the partners or rivals
                subjects_, objects_ = subjects_[:1], subjects_[1:]
            if not objects_ and pattern.action == "supplies" and trigger.dep_ == "xcomp" and \
                    trigger.head.lemma_ in _OBJECT_CONTROL and "subj" in pattern.subject:
                # "Ford picks LG Chem to supply batteries": the one choosing a supplier is its customer
                objects_ = self._resolve(subjects(trigger.head), pattern, pattern.object_types, pattern.object_not)
            if not subjects_ or not objects_:
                continue
            emitted = False
            if pattern.action == "supplies" and pattern.dobj and len(subjects_) > 1 and "subj" in pattern.subject:
                # "X and Y won an order from Z": a joint bid makes partners.
                for (a, am, _, at), (b, bm, _, bt) in zip(subjects_, subjects_[1:], strict=False):
                    if a.type == b.type == "Company":
                        self.add(a, "partners_with", b, trigger, pattern.confidence * 0.8, at, bt, am, bm)
            for s_cluster, s_mention, s_how, s_token in subjects_:
                for o_cluster, o_mention, o_how, o_token in objects_:
                    if s_cluster is o_cluster:
                        continue
                    conf = pattern.confidence * _HOW.get(s_how, 0.8) * _HOW.get(o_how, 0.8)
                    if pattern.action in ("partners_with", "competes_with", "supplies") and o_token.pos_ == "PROPN" \
                            and not any(c.lemma_.lower() in self.lexicon.entity["counterpart_words"]
                                        for c in o_token.children) and any(
                            c.dep_ == "poss" and any(r[0] is s_cluster for r in self.entities.resolve(c))
                            for c in o_token.children):
                        continue  # "violated the agreement with its iTunes Music Store": its own, not a party
                    if pattern.action == "supplies" and pattern.kind == "verb" and any(
                            o.lemma_.lower() in self.lexicon.entity.get("funding_nouns", ()) for o in objects(trigger)):
                        # "will provide subsidies to Volkswagen": money given is funding, not a supply
                        emitted = self.add(s_cluster, "invests_in", o_cluster, trigger, conf, s_token, o_token,
                                           s_mention, o_mention) or emitted
                        continue
                    if self._procurement(pattern, trigger, s_cluster, o_cluster):
                        # "inked deals with the Royal Saudi Air Force": a company's deal with an armed force or
                        # a ministry is a sale to it, not a partnership
                        emitted = self.add(s_cluster, "supplies", o_cluster, trigger, conf * 0.9, s_token, o_token,
                                           s_mention, o_mention) or emitted
                        continue
                    # a descriptor ("its unit Jio") holds whatever the clause
                    mood = self._ending_mood(trigger, pattern) or self._sold_stake(trigger, pattern) or \
                        self._bought_stake(trigger, pattern, s_cluster, s_token) or \
                        self._presupposed(trigger, pattern) \
                        or self._apposition_mood(trigger) or (
                        "asserted" if self._owned_facility(trigger, pattern, s_token) else None) or (
                        "asserted" if "named" in pattern.subject + pattern.object else None)
                    emitted = self.add(s_cluster, pattern.action, o_cluster, trigger, conf, s_token, o_token,
                                       s_mention, o_mention, mood=mood) or emitted
            if emitted:
                # one action per transaction (guideline): a trigger read as a sale is not also a takeover
                done |= {key} if pattern.mood else \
                    _TRANSACTIONS if pattern.action in _TRANSACTIONS else {pattern.action}

    def _commands(self, verb: Token) -> bool:
        """"The regulator ordered the operators to block the calls": a commanding verb whose object, a party and
        not goods (a name, or a noun for a company or a body), is told to do something."""
        if verb.lemma_.lower() not in self.lexicon.entity.get("commanding_verbs", frozenset()):
            return False
        cues = self.lexicon.entity
        for o in (c for c in verb.children if c.dep_ == "dobj"):
            m = self.entities.mention_at[o.i]
            party = m is not None and m.kind != "product" or o.lemma_.lower() in cues["company_nouns"] | \
                cues["organization_words"]
            if party and any(c.dep_ in ("xcomp", "ccomp", "acl") and infinitive(c)
                             for c in [*verb.children, *o.children]):
                return True
        return False

    def _procurement(self, pattern: Pattern, trigger: Token, subject: Cluster, obj: Cluster) -> bool:
        if pattern.action != "partners_with" or trigger.lemma_.lower() not in ("deal", "contract") \
                or subject.type != "Company" or obj.type != "Organization":
            return False
        words = normalise(obj.name).split()
        return bool(words) and words[-1] in self.lexicon.entity.get("procurement_buyers", frozenset())

    def _presupposed(self, trigger: Token, pattern: Pattern) -> str | None:
        """"9,000 jobs will be cut in the U.S.", "plans to close its stores in Canada": cutting or closing
        what a company has there says it operates there now, whatever the cut's own modality."""
        verbs = self.lexicon.modality.get("presupposing_verbs", frozenset())
        node = trigger
        while node.dep_ in ("conj", "appos") and node.head.i != node.i:
            node = node.head  # "9,000 jobs will be cut in the U.S., 2,000 production jobs in Canada"
        nouns = self.lexicon.nouns
        if pattern.kind == "verb" and pattern.action == "operates_in" and trigger.lemma_.lower() in verbs and any(
                p.action == "operates_in" for o in objects(trigger) for p in nouns.get(o.lemma_.lower(), ())):
            return "asserted"  # "to cut 1,200 jobs in Britain": the jobs are there now (not "to sell cars in X")
        if pattern.kind != "noun" or pattern.action != "operates_in":
            return None
        if pattern.object == ("mod",):
            return "asserted"  # "agreed to sell its Nigerian business": the business is there now
        verb = node.head if node.dep_ in ("dobj", "nsubjpass") else node if node.pos_ == "VERB" else None
        return "asserted" if verb is not None and verb.lemma_.lower() in verbs else None

    def _ending_mood(self, trigger: Token, pattern: Pattern) -> str | None:
        """The modality a pattern states by itself; a relation a trigger ends ("pulled out of Russia": negated)
        holds until the ending happens ("will pull out of Russia", "has no plans to leave": asserted)."""
        if pattern.mood == "negated" and modality(trigger, self.lexicon, year=self.year) != "asserted":
            return "asserted"
        return pattern.mood

    def _stake_seller(self, stake: Token, holder: Cluster, holder_token: Token) -> Token | None:
        """The verb by which someone else buys the stake ``holder`` owns ("ICTSI will take over TCB's 51 percent
        stake in X", "Y bought its partner's stake"), if that is what the text says."""
        if stake.lemma_.lower() not in self.lexicon.entity["stake_nouns"] or holder_token.dep_ != "poss" \
                or holder_token.head.i != stake.i or stake.dep_ != "dobj":
            return None
        verb = stake.head
        if not any(p.action in ("acquires", "invests_in") for p in self.lexicon.verbs.get(verb.lemma_.lower(), ())):
            return None
        buyers = [c for t in subjects(verb) for c, _, _ in self.entities.resolve(t)]
        return verb if buyers and all(b is not holder for b in buyers) else None

    def _bought_stake(self, trigger: Token, pattern: Pattern, holder: Cluster, holder_token: Token) -> str | None:
        """A stake someone else buys is its holder's until the sale: held now while the sale is to come, and no
        longer once it is done."""
        if pattern.action != "invests_in" or (verb := self._stake_seller(trigger, holder, holder_token)) is None:
            return None
        return self._held_until(verb)

    def _held_until(self, sale: Token) -> str:
        """A holding that a sale ends: no longer held once the sale is done, held while it is to come."""
        return "negated" if modality(sale, self.lexicon, year=self.year) == "asserted" else "asserted"

    def _sold_stake(self, trigger: Token, pattern: Pattern) -> str | None:
        """"Allianz sold its 26 percent stake in X to Y": a holding sold is one no longer."""
        if pattern.action != "invests_in" or trigger.lemma_.lower() not in self.lexicon.entity["stake_nouns"] \
                or trigger.dep_ != "dobj" or trigger.head.lemma_.lower() not in \
                self.lexicon.entity.get("divest_verbs", frozenset()):
            return None
        # (a sale to come leaves the holding in place: "agreed to sell a 20 percent stake in X" holds it now)
        return self._held_until(trigger)

    def _apposition_mood(self, trigger: Token) -> str | None:
        """"Tesco Lotus, Big C's main competitor and a unit of Tesco, had bid for ...": a description in
        apposition holds whatever the clause says, unless its own words end it ("a former unit of GM")."""
        node = trigger
        if trigger.tag_ == "VBN" and trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN":
            node = trigger.head  # "X, the group chaired by Y, ...": the participle describes the apposed noun
        elif trigger.pos_ != "NOUN":
            return None
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        if node.dep_ != "appos" and not (comma_appositive(node) is not None and closed_by_comma(node)):
            return None
        negators = self.lexicon.modality.get("role_negated_modifiers") or self.lexicon.modality["negated_modifiers"]
        if any(c.lower_ in negators for c in trigger.children if c.dep_ in ("amod", "advmod", "compound")):
            return "negated"
        return "asserted"

    def _owned_facility(self, trigger: Token, pattern: Pattern, owner: Token) -> bool:
        """"cut jobs at its factory in Burnaston", "will reopen Saab's plant in Trollhattan": a facility its
        possessor owns is there now, whatever is done with it (but not "its new plant in Brazil", to come)."""
        if pattern.kind != "noun" or pattern.action != "operates_in" or owner.dep_ != "poss" \
                or owner.head.i != trigger.i:
            return False
        fresh = self.lexicon.modality["planned_words"] | {"new"}
        return not any(c.lower_ in fresh for c in trigger.children if c.dep_ in ("amod", "compound", "nmod"))

    def _cited(self, cluster: Cluster, before: Token) -> tuple[Mention | None, str, Token]:
        """How a relation found by falling back on an entity in focus cites it: its last mention before
        ``before`` (or ``before`` itself when there is none)."""
        last = max((m for m in self.entities.mentions if m.cluster is cluster and m.start < before.i),
                   key=lambda m: m.start, default=None)
        return last, "fallback", self.doc[last.end - 1] if last else before

    def _sentence_actor(self, trigger: Token) -> list[tuple[Cluster, Mention | None, str, Token]]:
        """"X's sanctions on Y in protest to Z": who acted in what the sentence said before the trigger."""
        start = sentences.sentence(trigger).start
        for c in reversed(self.found):
            if start <= c.trigger.i < trigger.i and c.subject.type in ("Country", "Organization", "Company"):
                return [(c.subject, c.subject_mention, "fallback", c.subject_token)]
        return []

    def _context_subject(self, action: str, trigger: Token) -> list[tuple[Cluster, Mention | None, str, Token]]:
        """"the ban", "the sanctions" with no agent of their own: the agent of the last relation of
        the same action in the document (the ban the text has been talking about); else, for a verb, whoever
        did the same earlier to no one named ("CADE fined three fertiliser makers ... Mosaic was fined")."""
        for c in reversed(self.found):
            if c.action == action:
                return [(c.subject, None, "fallback", c.subject_token)]
        if trigger.pos_ != "VERB":
            return []
        for earlier in reversed(self.doc[: trigger.i]):
            if earlier.lemma_ == trigger.lemma_ and earlier.pos_ == "VERB" and not _is_passive(earlier):
                found = [(c, m, "fallback", s) for s in subjects(earlier) for c, m, _ in self.entities.resolve(s)
                         if c.type in ("Organization", "Country")]
                if found:
                    return found[:1]
        return []

    def add(self, subject: Cluster, action: str, obj: Cluster, trigger: Token, confidence: float,
            subject_token: Token, object_token: Token, subject_mention: Mention | None = None,
            object_mention: Mention | None = None, *, mood: str | None = None) -> bool:
        from kg.vocab import actions

        spec = actions().get(action)
        if spec is None or subject is obj:
            return False
        if subject.type not in spec.domain or obj.type not in spec.range:
            return False
        subject_mention = self._named_in_sentence(subject, subject_mention, trigger)
        object_mention = self._named_in_sentence(obj, object_mention, trigger)
        self.found.append(Candidate(
            subject, action, obj, trigger, round(min(confidence, 0.99), 3),
            mood or modality(trigger, self.lexicon, year=self.year),
            subject_token, object_token, subject_mention, object_mention,
        ))
        if action == "based_in" and object_mention is not None and object_mention.kind == "demonym":
            # "the Belgian-Brazilian brewer": a company of two countries is based in both
            first = object_mention.start
            if first >= 2 and self.doc[first - 1].text == "-" and not self.doc[first - 2].whitespace_ and \
                    not self.doc[first - 1].whitespace_ and (other := self.entities.mention_at[first - 2]) is not None \
                    and other.kind == "demonym" and other.cluster.type == "Country" and other.cluster is not obj:
                self.add(subject, action, other.cluster, trigger, confidence, subject_token, self.doc[first - 2],
                         subject_mention, other, mood=mood)
        return True

    def _named_in_sentence(self, cluster: Cluster, mention: Mention | None, trigger: Token) -> Mention | None:
        """The evidence names an entity where its sentence does: "the agency" or "he" stands for the name
        earlier in the same sentence ("The Environmental Protection Agency is ..., said a spokeswoman for
        the agency"), the nearest one to the mention."""
        if mention is not None and mention.kind not in ("nominal", "pronoun"):
            return mention
        sent = sentences.sentence(trigger)
        at = mention.start if mention is not None else trigger.i
        named = [m for m in self.entities.mentions
                 if m.cluster is cluster and m.kind == "name" and sent.start <= m.start and m.end <= sent.end]
        return min(named, key=lambda m: abs(m.start - at), default=mention)

    # -- roles: "Lei Jun, chief executive of Xiaomi" ----------------------------------------------

    def _role_at(self, token: Token) -> tuple[str, int] | None:
        """The role phrase ending at ``token`` (action, phrase start index), longest first."""
        words = [t.lower_ for t in self.doc[max(0, token.i - 3): token.i + 1]]
        for phrase, action in self.lexicon.roles:
            n = len(phrase)
            if n <= len(words) and tuple(words[-n:]) == phrase:
                return action, token.i - n + 1
            if n == 1 and token.lemma_.lower() == phrase[0]:
                return action, token.i
        lemma = token.lemma_.lower()
        if token.tag_ == "NN" and len(lemma) >= 7 and lemma.endswith("ist") and (
                not lemma.endswith("list") or lemma.endswith("alist")):
            return "works_for", token.i  # a profession in "-ist": "a Weather Service meteorologist", "geologist"
        return None

    def _role_anchors(self, head: Token) -> list[Token]:
        anchors = []
        doc = self.doc
        # "Jane Roe, the president of Acme said ...": an apposition the parser missed.
        if head.i + 2 < len(doc) and doc[head.i + 1].text == ",":
            for t in doc[head.i + 2: min(len(doc), head.i + 8)]:
                name = comma_appositive(t) if t.pos_ in ("NOUN", "PROPN") and t.left_edge.i == head.i + 2 else None
                if name is not None and name.i == head.i:
                    anchors.append(t)
                    break
                if t.pos_ == "NOUN" and t.left_edge.i == head.i + 2 and t.dep_ in ("npadvmod", "dobj", "nsubj") and \
                        t.head.i != head.i and self._role_at(t) is not None and t.i + 1 < len(doc) and \
                        doc[t.i + 1].lower_ in ("of", "at", "for"):
                    anchors.append(t)  # "ahead of Ernesto Zedillo, candidate of the PRI": a bare role, misparsed
                    break
        # "to meet Teck's chief executive, Don Lindsay, according to ...": a name after its role and a comma that
        # the parser hung elsewhere, closed by a comma or the sentence's end
        named = self.entities.mention_at[head.i]
        # "A University of Texas law professor, Wright helped ...": a role opening the sentence before the name
        if named is not None and named.start >= 2 and doc[named.start - 1].text == "," and head.dep_ != "appos" \
                and doc[named.start - 2].pos_ == "NOUN" and (
                head.i + 1 >= len(doc) or doc[head.i + 1].is_punct
                or doc[named.start - 2].left_edge.i == sentences.sentence(head).start) \
                and self._role_at(doc[named.start - 2]) is not None:
            anchors.append(doc[named.start - 2])
        # "said chief investment officer at Acme, Jane Roe": the name attached to the organisation.
        if head.dep_ == "appos" and self.entities.mention_at[head.head.i] is not None \
                and head.head.dep_ == "pobj" and head.head.head.dep_ == "prep":
            anchors.append(head.head.head.head)
        if head.dep_ == "appos" or (head.dep_ in ("compound", "conj") and head.head.pos_ == "NOUN"):
            anchors.append(head.head)
        elif head.dep_ == "attr" and head.head.lemma_ == "be":
            # "Halvorsen's chief executive is Jon Brannic": the role, the copula's subject
            anchors += [c for c in head.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        elif head.dep_ == "nmod" and head.head.pos_ == "NOUN" and head.head.i > head.i + 1 and \
                doc[head.i + 1].text == ",":
            anchors.append(head.head)  # "Kim Seung-tak, Hyundai Rotem's president" parsed as a modifier
        anchors += [c for c in head.children if c.dep_ in ("appos", "compound", "amod", "nmod") and c.i != head.i
                    and self.entities.mention_at[c.i] is None or c.dep_ == "appos"]
        if named is not None:
            # "EU Trade Commissioner Cecilia Malmström" with the title hung on the first name
            anchors += [c for t in doc[named.start: named.end - 1] for c in t.children
                        if c.dep_ == "compound" and c.i < named.start and self.entities.mention_at[c.i] is None]
        # "Sen. Jane Roe, D-Ariz., chairman of the committee": the role after a party and state label
        anchors += [g for c in head.children if c.dep_ == "appos" and c.i - c.left_edge.i == 2
                    and self.doc[c.left_edge.i].text in ("D", "R", "I") and self.doc[c.left_edge.i + 1].text == "-"
                    for g in c.children if g.dep_ == "appos"]
        words = self.lexicon.entity
        as_subject = words["role_copulas"] | words["role_leaving_verbs"] | words["role_succeeding_verbs"]
        as_object = words["role_naming_verbs"] | words["role_succeeding_verbs"]
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in as_subject or \
                head.dep_ in ("dobj", "oprd") and head.head.lemma_ in as_object:
            # "X was named chief executive", "Y appointed X as chief executive", "X succeeded Z as chairman";
            # the one succeeded (the object of "succeed") left the role: see _role_mood
            anchors += [c for c in head.head.children if c.dep_ in ("attr", "oprd") and c.i != head.i]
            anchors += [g for c in head.head.children if c.dep_ == "prep" and c.lower_ == "as"
                        for g in c.children]
            if head.dep_ == "dobj":
                # "The board elected X to be chairman", "named X to serve as president": the object's role
                # in the naming verb's infinitive
                for verb in head.head.children:
                    if verb.dep_ == "xcomp" and verb.lemma_ in words["role_copulas"]:
                        anchors += [c for c in verb.children if c.dep_ in ("attr", "oprd")]
                        anchors += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                                    for g in c.children]
        if head.dep_ == "nmod" and head.head.dep_ in ("oprd", "dobj") and head.head.i > head.i and \
                head.head.head.lemma_ in as_object:
            anchors.append(head.head)  # "Siemens named Anna Berg chief executive": the name parsed as the role's
        if head.dep_ in ("nsubj", "nsubjpass"):
            # "X is expected to become chief executive", "X plans to step down as chairman"
            for verb in head.head.children:
                if verb.dep_ == "xcomp" and verb.lemma_ in words["role_copulas"] | words["role_leaving_verbs"]:
                    anchors += [c for c in verb.children if c.dep_ in ("attr", "oprd")]
                    anchors += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                                for g in c.children]
        holders = [head] + [c for c in head.children if c.dep_ == "appos"]
        for clause in (c for h in holders for c in h.children):
            # "X, who stepped down as chairman, ...", "X, Spyker's chief executive, who stepped down as Saab's
            # chairman": the relative clause's verb has the name as its subject
            if clause.dep_ == "relcl" and clause.lemma_ in as_subject and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in clause.children):
                anchors += [c for c in clause.children if c.dep_ in ("attr", "oprd")]
                anchors += [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
                            for g in c.children]
        # "a professor at Queens College and honorary president of the Socialist International": a second role
        # the parser coordinated with the first role's organisation
        anchors += [c for a in list(anchors) for p in a.children if p.dep_ == "prep" for g in p.children
                    if g.dep_ == "pobj" for c in g.children
                    if c.dep_ == "conj" and c.pos_ == "NOUN" and self._role_at(c) is not None]
        out = []
        for a in anchors:
            out += _conjuncts(a)
            if a.dep_ == "conj" and a.head.pos_ != "PROPN":
                out.append(a.head)
        return [a for a in out if a.pos_ in ("NOUN", "PROPN", "ADJ")]

    def _role_modifiers(self, holders: Iterable[Token], start: int,
                      deps: tuple[str, ...]) -> list[tuple[Cluster, Mention | None, str, Token]]:
        """What the modifiers of ``holders`` written before a role's phrase (at ``start``) name."""
        return [(c, m, h, t) for w in holders for t in w.children if t.i < start and t.dep_ in deps
                for c, m, h in self.entities.resolve(t)]

    def _role_orgs(self, anchor: Token, phrase_start: int) -> list[tuple[Cluster, Mention | None, str, Token]]:
        found = []
        group = [anchor] + ([anchor.head] if anchor.dep_ == "attr" or anchor.dep_ == "conj" and
                            anchor.head.pos_ != "PROPN" else []) + \
            [c for c in anchor.children if c.dep_ == "conj"]  # ("was comptroller at X": "at" on the copula)
        for node in group:
            for child in node.children:
                if child.dep_ == "poss" or (child.dep_ in ("compound", "nmod", "amod") and child.i < phrase_start):
                    # "SPD floor leader": a common noun between the organisation and the role names a part of it
                    part = any(t.is_lower and t.pos_ == "NOUN" and t.dep_ == "compound"
                               and (t.lower_,) not in self.entities.role_words
                               for t in self.doc[child.i + 1: phrase_start])
                    found += [(c, m, "part" if part else h, child) for c, m, h in self.entities.resolve(child)]
                    if child.dep_ == "poss" and self.entities.mention_at[child.i] is None and \
                            child.lemma_.lower() in self.lexicon.entity.get("board_nouns", frozenset()):
                        # "the board's deputy chairman": the board's company, else the company in focus
                        focus = self.entities._recent(child, ("Company",), sentences=3)
                        found += self._possessor_companies(child) or (
                            [(focus, None, "fallback", child)] if focus is not None else [])
                    if child.is_lower and child.dep_ == "compound":
                        # "a Burlington operations manager": the organisation modifies the modifier
                        found += [(c, m, "part", g) for g in child.children if g.dep_ in ("compound", "poss")
                                  for c, m, _ in self.entities.resolve(g)]
                elif child.dep_ == "prep" and (child.lower_ in ("of", "at", "for", "with", "in") or
                                               child.lower_ == "to" and node.lemma_.lower() in _ADVISING):
                    # ("an adviser to X" works for X; but "ambassador to France" is not France's)
                    for g in child.children:
                        if g.dep_ == "pobj":
                            for t in _conjuncts(g):
                                found += [(c, m, h, t) for c, m, h in self.entities.resolve(t)]
                            if self.entities.mention_at[g.i] is None and g.pos_ == "NOUN" and g.lemma_.lower() in \
                                    self.lexicon.entity.get("board_nouns", frozenset()):
                                # "chairman of Voss's supervisory board": the board's company; "an adviser to the
                                # board": the company in focus
                                focus = self.entities._recent(g, ("Company",), sentences=3)
                                found += self._possessor_companies(g) or (
                                    [(focus, None, "fallback", g)] if focus is not None and child.lower_ == "to"
                                    else [])
                            if self.entities.mention_at[g.i] is None and g.pos_ == "NOUN":
                                found += self._described_orgs(g)
        orgs = [f for f in found if f[0].type in ("Company", "Organization")]
        countries = [f for f in found if f[0].type == "Country"]
        return orgs or countries

    def _described_orgs(self, noun: Token, *, further: bool = True) -> list[tuple[Cluster, Mention | None, str, Token]]:
        """The organisation a role's common-noun object names: "the Acme research group" (Acme),
        "the USDA's research service" (a part of the USDA), "chief of waste disposal for the NRC",
        "vice president for development of new products at Acme" (the organisation after the function)."""
        found = []
        named = noun.lemma_.lower() in self.entities.body_nouns
        for child in noun.children:
            # (but "head of its truck unit" leads the unit, a company of its own, not the parent)
            if child.dep_ == "poss" and not named or child.dep_ == "compound" and child.pos_ == "PROPN":
                how = None if child.dep_ == "compound" and named else "part"
                found += [(c, m, how or h, child) for c, m, h in self.entities.resolve(child)
                          if c.type in ("Company", "Organization")]
        if found or not further:
            return found
        node = noun
        for _ in range(2):
            found = [(c, m, h, t) for gc in node.children
                     if gc.dep_ == "prep" and gc.lower_ in ("at", "for", "with")
                     for t in gc.children if t.dep_ == "pobj"
                     for c, m, h in self.entities.resolve(t)]
            down = [t for gc in node.children if gc.dep_ == "prep" and gc.lower_ == "of"
                    for t in gc.children if t.dep_ == "pobj" and t.pos_ == "NOUN"
                    and self.entities.mention_at[t.i] is None]
            if found or not down:
                break
            node = down[0]
        return found

    def _role_holders(self) -> list[tuple[Cluster, Token, range, Mention | None]]:
        """Whose roles are read, with the word the role hangs on and the words of the holder: each name of a
        person, and "he" or "she" as the subject of a verb of holding or leaving a role ("said he had stepped
        down as chairman of the company")."""
        holders: list[tuple[Cluster, Token, range, Mention | None]] = [
            (m.cluster, self._name_head(m), range(m.start, m.end), m) for m in self.entities.mentions
            if m.cluster.type == "Person" and m.kind == "name"]
        words = self.lexicon.entity
        verbs = words["role_copulas"] | words["role_leaving_verbs"]
        for token in self.doc:
            if token.lower_ not in ("he", "she") or token.dep_ not in ("nsubj", "nsubjpass") or not (
                    token.head.lemma_ in verbs
                    or any(c.dep_ == "xcomp" and c.lemma_ in verbs for c in token.head.children)):
                continue
            found = {c.id: (c, m) for c, m, _ in self.entities.resolve(token) if c.type == "Person"}
            if len(found) == 1:
                cluster, mention = next(iter(found.values()))
                holders.append((cluster, token, range(token.i, token.i + 1), mention))
        return holders

    def _name_head(self, mention: Mention) -> Token:
        """The word of a name the sentence hangs on: its last, unless the parser hung that on an earlier one
        ("Chris Jonientz" + "-Trisler" in apposition, "Jonientz" the subject)."""
        last = self.doc[mention.end - 1]
        if last.head.i == last.i or not mention.start <= last.head.i < mention.end:
            return last
        outer = [t for t in self.doc[mention.start: mention.end]
                 if t.head.i == t.i or not mention.start <= t.head.i < mention.end]
        return outer[0] if len(outer) == 1 else last

    def _roles(self) -> None:
        for holder, head, words, mention in self._role_holders():
            for anchor in self._role_anchors(head):
                if anchor.i in words:
                    continue
                role = self._role_at(anchor)
                if role is None and anchor.pos_ == "NOUN" and anchor.tag_ == "NN" and any(
                        c.dep_ == "prep" and c.lower_ in ("at", "with", "for") for c in anchor.children):
                    # "Jane Roe, an ecologist at Acme University", "a shearer for the Wool Wizards": any
                    # occupation held at or for an organisation
                    role = ("works_for", anchor.left_edge.i)
                if role is None:
                    continue
                action, start = role
                action = self._ranked_action(action, start)
                ended = self.lexicon.modality["role_negated_modifiers"]
                if action == "works_for" and any(
                        c.dep_ == "conj" and (r := self._role_at(c)) is not None
                        and self._ranked_action(r[0], r[1]) == "leads"
                        and not any(t.lower_ in ended for t in self.doc[c.left_edge.i: r[1]])
                        for c in anchor.children):
                    action = "leads"  # "X, Acme's vice chairman and chief executive": the higher of the two
                if action == "leads" and any(
                        c.dep_ == "prep" and c.lower_ in ("of", "for") and any(
                            g.dep_ == "pobj" and g.pos_ == "NOUN" and not any(d.dep_ in ("det", "poss")
                                                                                for d in g.children)
                            for g in c.children) for c in anchor.children):
                    action = "works_for"  # "Airbus's head of sales": heads a function, works for the company
                orgs = self._role_orgs(anchor, start)
                if not orgs and anchor.dep_ == "compound" and anchor.head.i == head.i:
                    # "German Chancellor Olaf Scholz" parsed flat: the modifier hangs on the name
                    found = self._role_modifiers([head], start, ("amod", "compound", "poss", "nmod"))
                    orgs = [f for f in found if f[0].type in ("Company", "Organization")] or \
                        [f for f in found if f[0].type == "Country"]
                if not orgs and start < anchor.i:
                    # "Sanofi chief executive X" parsed with "Sanofi" on "chief": the organisation named on an
                    # earlier word of the role's phrase
                    found = self._role_modifiers(self.doc[start: anchor.i], start, ("compound", "poss", "nmod"))
                    orgs = [f for f in found if f[0].type in ("Company", "Organization")]
                conf = self.lexicon.role_confidence
                how = "name"
                if not orgs:
                    orgs = self._naming_organization(anchor)
                if not orgs and (body := self.lexicon.named_body(anchor.lower_)) is not None:
                    # "Competition Commissioner X" where the text names "the European Commission": that body
                    bodies = {m.cluster.id: m.cluster for m in self.entities.mentions if m.kind == "name"
                              and m.cluster.type == "Organization" and m.start < sentences.sentence(head).end
                              and normalise(m.cluster.name).split()[-1:] == [body]}
                    if len(bodies) == 1:
                        commission = next(iter(bodies.values()))
                        orgs = [(commission, *self._cited(commission, anchor))]
                # (not a second guess where the sentence has said whom the holder leads: "the group's board, headed
                # by chief executive X")
                if not orgs and (self._may_fall_back(anchor, start) or self._company_role(anchor)) and not any(
                        c.subject is holder and c.action == action and
                        sentences.sentence(c.trigger).start == sentences.sentence(head).start for c in self.found):
                    # "chairman Dieter Zetsche": a corporate title without an organisation is most
                    # likely one at the company the text is about.
                    fallback = self._sentence_company(head) or self.entities._recent(head, ("Company",), sentences=3)
                    if fallback is not None and anchor.lower_.startswith("spokes") and not self._company_role(anchor) \
                            and not any(
                            m.cluster is fallback and m.start < sentences.sentence(head).start
                            for m in self.entities.mentions):
                        fallback = None  # a spokesperson speaks for the company the story was already about
                    if fallback is not None:
                        orgs = [(fallback, *self._cited(fallback, anchor))]
                cues = self.lexicon.entity
                state_title = anchor.lower_ in cues.get("state_titles", frozenset()) and \
                    anchor.is_title and anchor.i < head.i  # "President Joko Widodo"
                if not orgs and (anchor.lower_ in cues.get("minister_words", frozenset()) or state_title):
                    # "New Delhi will guarantee loans, civil aviation minister X told reporters": a minister
                    # with no country named serves the one country of the sentence
                    sentence = sentences.sentence(head)
                    titles = cues.get("minister_words", frozenset()) | cues.get("state_titles", frozenset())
                    # (not the country of another's title: "Chinese Premier Li will raise it with President X")
                    named = {m.cluster.id: m for m in self.entities.mentions if m.cluster.type == "Country"
                             and m.kind in ("name", "demonym") and sentence.start <= m.start < sentence.end
                             and not ((title := self.doc[m.end - 1].head).lower_ in titles and title.i != anchor.i)}
                    if len(named) == 1:
                        only = next(iter(named.values()))
                        orgs = [(only.cluster, only, "name", self.doc[only.end - 1])]
                    elif not named and (main := self.entities.main_country()
                                        or self.entities.story_country(anchor, sentences=3)) is not None:
                        # "Transport Minister X said the government ...": the country the text is about, else the
                        # one country the last sentences named
                        orgs = [(main, None, "fallback", anchor)]
                ministry = self._named_ministry(anchor, orgs)
                if ministry is not None:
                    # "Communications Minister X" with "the Ministry of Communications" named: heads it
                    action, orgs = "leads", [(ministry, *self._cited(ministry, anchor))]
                mood = self._role_mood(anchor, start, head)
                for cluster, org_mention, how, org_token in orgs:
                    # "SPD floor leader X" heads a part of the SPD and works for the whole
                    target_action = "works_for" if how == "part" and action == "leads" else action
                    if cluster.type == "Country" and action == "founded":
                        continue
                    self.add(holder, target_action, cluster, anchor, conf * _HOW.get(how, 0.8),
                             head, org_token, mention, org_mention, mood=mood)

    def _question_about(self, clause: Token) -> list[Token]:
        """Whom a "whether" or "if" clause asks about: its subject ("whether Google had collected data"), or, when
        the subject is a deal, the company named in it ("whether the purchase gives Big C too much power")
        rather than both parties."""
        if not any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in clause.children):
            return []
        deals = self.lexicon.entity.get("deal_nouns", frozenset())
        out: list[Token] = []
        for g in clause.children:
            if g.dep_ in ("nsubj", "nsubjpass") and g.lemma_.lower() in deals:
                out += [o for o in clause.children if o.dep_ in ("dobj", "dative") and o.pos_ == "PROPN"]
            elif g.dep_ in ("nsubj", "nsubjpass") and g.lemma_.lower() in self.lexicon.entity.get("trade_nouns", ()):
                # "whether the Posco imports have harmed ...": the company whose goods they are
                out += [o for o in g.children if o.dep_ in ("compound", "poss") and o.pos_ == "PROPN"]
            elif g.dep_ in ("nsubj", "nsubjpass"):
                out += _conjuncts(g)
        return out

    def _ranked_action(self, action: str, phrase_start: int) -> str:
        """"deputy prime minister", "vice chairman": second to the head works for, does not lead."""
        before = self.doc[phrase_start - 1] if phrase_start >= 1 else None
        # ("a crackdown under President X": "under" the preposition, not the rank)
        if action == "leads" and before is not None and before.lower_ in _SECOND_IN_RANK and before.dep_ != "prep":
            return "works_for"
        return action

    def _naming_organization(self, anchor: Token) -> list[tuple[Cluster, Mention | None, str, Token]]:
        """"Acme named Jane Roe chief financial officer": the organisation that gives a role is the one the
        role is at, when the role phrase names none."""
        node = anchor.head if anchor.dep_ == "conj" else anchor
        verb = node.head.head if node.dep_ == "pobj" and node.head.lower_ == "as" else node.head
        if node.dep_ not in ("oprd", "pobj") or verb.lemma_ not in self.lexicon.entity["role_naming_verbs"] \
                or _is_passive(verb):
            return []
        return [(c, m, h, s) for s in subjects(verb) for c, m, h in self.entities.resolve(s)
                if c.type in ("Company", "Organization")]

    def _company_role(self, anchor: Token) -> bool:
        """"a company spokeswoman", "a firm official": the role says it is held at a company."""
        generic = self.lexicon.entity.get("generic_company_nouns", frozenset())
        return any(c.dep_ == "compound" and c.lemma_.lower() in generic for c in anchor.children)

    def _named_ministry(self, anchor: Token, orgs: list[tuple[Cluster, Mention | None, str, Token]]) -> Cluster | None:
        """The ministry a minister's title names, when the document names that ministry: "Communications
        Minister X" and "Brazil's Ministry of Communications"; "Economy, Trade and Industry Minister X"."""
        if anchor.lower_ not in self.lexicon.entity.get("minister_words", frozenset()):
            return None
        words = {t.lower_ for t in anchor.children if t.dep_ in ("compound", "amod", "nmod") and t.is_alpha}
        words |= {w for c, *_ in orgs if c.type != "Country" for name in c.names for w in normalise(name).split()}
        words -= {"and", "of", "the", "for"}
        if not words:
            return None
        ministry_words = self.lexicon.entity.get("ministry_words", frozenset())
        found: list[tuple[str, Cluster]] = []
        for cluster in self.entities.clusters:
            if cluster.type != "Organization":
                continue
            for name in cluster.names:
                named = normalise(name).split()
                if named and named[0] in ministry_words:  # "Ministry of Communications"
                    head, content = named[0], [w for w in named[1:] if w not in ("of", "for", "the", "and")]
                elif len(named) > 1 and named[-1] in ministry_words and all(w in words for w in named[:-1]):
                    head, content = named[-1], named[:-1]  # "the Commerce Department" (not "the Mines Safety
                    # Department" for "Mines Minister X")
                else:
                    continue
                if content and content[0] in words:
                    found.append((head, cluster))
        # a secretary heads a department, a minister a ministry; else the first named
        body = self.lexicon.body_headed(anchor.lower_)
        return next((c for head, c in found if head == body), found[0][1] if found else None)

    def _affiliations(self) -> None:
        """"Roger Roe of Acme", "Jane Roe at the Institute of X": a person's name with its organisation."""
        doc = self.doc
        for mention in list(self.entities.mentions):
            if mention.cluster.type != "Person" or mention.kind != "name":
                continue
            self._title_before(mention)
            head = doc[mention.end - 1]
            # "Jane Roe of Acme", "Jane Roe, of Acme", "Jane Roe, 47, of Acme"
            at = head.i + 1
            aged = at + 2 < len(doc) and doc[at].text == "," and doc[at + 1].like_num and doc[at + 2].text == ","
            if aged:
                at += 3
            elif at < len(doc) and doc[at].text == ",":
                at += 1
            if at >= len(doc) or doc[at].lower_ not in ("of", "at") or doc[at].dep_ != "prep":
                continue
            # (the parser may hang "of Acme" after "Jane Roe and John Doe" on the first name)
            second = doc[at].head.i != head.i and self._second_affiliation(doc[at])
            if doc[at].head.i != head.i and not (head.dep_ == "conj" and doc[at].head.i == head.head.i < head.i) \
                    and not second:
                continue
            child = doc[at]
            for g in child.children:
                if g.dep_ != "pobj":
                    continue
                found = [(m, t) for t in _conjuncts(g) if (m := self.entities.mention_at[t.i]) is not None]
                if not found and g.pos_ == "NOUN":
                    # "Jane Roe of the Acme research group", "Jane Roe, of the Agency's water division"
                    found = [(m, t) for *_, t in self._described_orgs(g, further=False)
                             if (m := self.entities.mention_at[t.i]) is not None]
                for m, t in found:
                    if aged and not self.entities.body_name(m.text):
                        continue  # "John Roe, 30, of Boothbay": where a person is from, unless a body's name
                    if m.kind == "name" and m.cluster.type in ("Company", "Organization"):
                        for person, person_head in [(mention, head)] if second else \
                                self._people_before(mention, head, child):
                            self.add(person.cluster, "works_for", m.cluster, child, 0.6, person_head, t,
                                     person, m, mood="asserted")

    def _second_affiliation(self, prep: Token) -> bool:
        """"Jane Roe of Acme and John Doe of the Institute": the parser may hang the second "of" on the first
        name, which has an "of" of its own already; the second belongs to the name just before it."""
        first = self.entities.mention_at[prep.head.i]
        return first is not None and first.kind == "name" and first.cluster.type == "Person" and any(
            c.dep_ == "prep" and c.lower_ == prep.lower_ and c.i < prep.i for c in prep.head.children)

    def _people_before(self, mention: Mention, head: Token, prep: Token) -> list[tuple[Mention, Token]]:
        """The person named and, in "Jane Roe and John Doe of Acme", the bare names coordinated
        before it: the organisation after the last name is that of every name in the pair."""
        out = [(mention, head)]
        first = head.head
        if head.dep_ != "conj" or first.i >= head.i or any(c.dep_ == "conj" and c.i != head.i for c in first.children):
            return out
        other = self.entities.mention_at[first.i]
        if other is None or other.kind != "name" or other.cluster.type != "Person" or other.cluster is mention.cluster \
                or any(c.dep_ in ("prep", "appos", "acl", "relcl") and c.i != prep.i for c in first.children):
            return out
        before = self.doc[other.start - 1] if other.start > first.sent.start else None
        if before is not None and (before.is_title or self._role_at(before) is not None):
            return out  # "President Jane Roe and John Doe of Acme": she has a post of her own
        return [(other, first), *out]

    def _title_before(self, mention: Mention) -> None:
        """"Acme spokesman Lt. John Roe", "Acme's John Roe": an organisation's name, a title and the
        person's name in a row, read off the words when the parser does not link them."""
        doc = self.doc
        i = mention.start - 1
        while i >= 0 and self.entities.mention_at[i] is None:
            if doc[i].text.endswith(".") and doc[i].is_title and len(doc[i]) <= 5:
                i -= 1  # a rank or honorific: "Lt.", "Capt.", "Dr."
            elif doc[i].text == "." and i >= 1 and doc[i - 1].is_title and len(doc[i - 1]) <= 4:
                i -= 2
            else:
                break
        action, start = "works_for", i + 1
        roles = dict((phrase, act) for phrase, act in self.lexicon.roles)
        if i >= 0 and doc[i].lower_ in ("'s", "'"):
            start = i
        elif i >= 2 and doc[i - 1].text == "-" and (doc[i - 2].lower_ + "-" + doc[i].lower_,) in roles:
            action, start = roles[(doc[i - 2].lower_ + "-" + doc[i].lower_,)], i - 2  # "Secretary-General"
        elif i >= 0 and self.entities.mention_at[i] is None:
            role = self._role_at(doc[i])
            if role is None:
                return
            action, start = role
            action = self._ranked_action(action, start)
        elif i < mention.start - 1:
            pass  # "Coast Guard Lt. Dan Meyer": a rank between the organisation and the name
        else:
            return
        org = self.entities.mention_at[start - 1] if start >= 1 else None
        last = doc[mention.end - 1]
        if org is None and start >= 1 and doc[start].lower_ in ("'s", "'") and doc[start - 1].pos_ == "NOUN" and \
                doc[mention.start].ent_type_ == "PERSON" and not (
                last.dep_ in ("compound", "amod", "nmod") and last.head.i >= mention.end):
            # "said the department's Al Roe": the body a nominal stands for
            noun = doc[start - 1]
            org = next((Mention(noun.left_edge.i, start, c, "nominal", noun.left_edge.idx, noun.idx + len(noun),
                                doc[noun.left_edge.i: start].text)
                        for c, _, how in self.entities.resolve(noun) if how == "nominal"), None)
        skipped = 0
        while org is None and start - skipped >= 2 and skipped < 2 and doc[start - 1 - skipped].is_lower \
                and doc[start - 1 - skipped].pos_ in ("NOUN", "ADJ"):
            skipped += 1  # "BSP floor leader Nora Ananieva", "a Burlington operations manager"
            org = self.entities.mention_at[start - 1 - skipped]
        if org is None or org.kind not in ("name", "nominal") or org.cluster.type not in ("Company", "Organization"):
            return
        if skipped and action == "leads":
            action = "works_for"  # "SPD floor leader", "Siemens division head": heads a part, works for the whole
        if doc[mention.start - 1].lower_ in self.lexicon.entity.get("minister_words", frozenset()) and \
                self._named_ministry(doc[mention.start - 1], [(org.cluster, org, "name", doc[org.end - 1])]) \
                is org.cluster:
            action = "leads"  # "Economy, Trade and Industry Minister X": the ministry's own words
        if any(t.lower_ in self.lexicon.modality["negated_modifiers"] for t in doc[start: mention.start]):
            return
        self.add(mention.cluster, action, org.cluster, doc[max(start, mention.start - 1)], 0.6,
                 doc[mention.end - 1], doc[org.end - 1], mention, org, mood="asserted")

    def _may_fall_back(self, anchor: Token, phrase_start: int) -> bool:
        """Only corporate leadership titles borrow the company in focus; "analyst Jane Roe",
        "President X" (of a country?) and "the new chief executive" (of a company to come) do not."""
        phrase = " ".join(t.lower_ for t in self.doc[phrase_start: anchor.i + 1])
        if phrase not in self.lexicon.entity.get("role_fallback_phrases", frozenset()):
            return False
        # "the Greens' spokesman": someone's, though not a name kg knows; "the new chief executive"
        return not any(c.lower_ in ("new", "next", "incoming") or c.dep_ == "poss" for c in anchor.children)

    def _role_mood(self, anchor: Token, phrase_start: int, person: Token | None = None) -> str:
        """A role's modality comes from the role phrase, not from the clause around it.

        "former chairman", "ex-CEO" -> negated; "X will become chairman" (the role is the
        complement of a copula or naming verb) -> the modality of that verb; else asserted.
        """
        negators = self.lexicon.modality.get("role_negated_modifiers") or self.lexicon.modality["negated_modifiers"]
        words = [t for t in self.doc[max(0, phrase_start - 3): anchor.i + 1]]
        words += [c for c in anchor.children if c.dep_ in ("amod", "advmod", "compound", "nmod")]
        if anchor.dep_ == "conj":
            words += [c for c in anchor.head.children if c.dep_ in ("amod", "advmod", "compound")]
        own = {c.i for c in anchor.children}
        for t in words:
            if (t.i < phrase_start - 3 or t.i > anchor.i) and t.i not in own:
                continue  # (the role's own modifiers at any distance: "a former Hewlett-Packard executive")
            if t.lower_ in negators or t.lower_.startswith("ex-") or (
                    t.lower_ == "ex" and t.i + 1 < len(self.doc) and self.doc[t.i + 1].text == "-"):
                return "negated"
        node = anchor.head if anchor.dep_ == "conj" else anchor
        if person is not None and node.dep_ == "pobj" and node.head.lower_ == "as" and \
                node.head.head.lemma_ in self.lexicon.entity["role_succeeding_verbs"] and person.dep_ == "dobj" \
                and person.head.i == node.head.head.i:
            return "negated"  # "X succeeded Z as chairman": Z's role ended
        if node.dep_ == "pobj" and node.head.lower_ == "as" and \
                node.head.head.lemma_ in self.lexicon.entity["role_leaving_verbs"]:
            # "stepped down as chairman", "resigned as CEO": the role ends (unless the leaving is only planned)
            # a leaving that is only planned or denied leaves the role in place
            return "negated" if modality(node.head.head, self.lexicon, year=self.year) == "asserted" else "asserted"
        leaving = person.head if person is not None and person.dep_ == "nsubj" else None
        if person is not None and leaving is not None and node.dep_ == "appos" and node.head.i == person.i and \
                leaving.lemma_ in self.lexicon.entity["role_leaving_verbs"] and (
                leaving.lemma_ != "step" or any(c.lower_ in ("down", "aside") for c in leaving.children)):
            # "X, chief executive of Y, resigned on Thursday": the role the leaving ends (unless only planned)
            return "negated" if modality(leaving, self.lexicon, year=self.year) == "asserted" else "asserted"
        if node.dep_ in ("attr", "oprd") or (node.dep_ == "pobj" and node.head.lower_ == "as"):
            return modality(node, self.lexicon, year=self.year)
        if node.dep_ == "nsubj" and node.head.lemma_ == "be" and person is not None and person.dep_ == "attr" \
                and person.head.i == node.head.i:
            return modality(node.head, self.lexicon, year=self.year)  # "the new chairman will be X"
        return "asserted"

    # -- descriptors: "China's smartphone maker Xiaomi", "the Chinese firm" ----------------------

    def _country_modifier(self, token: Token) -> tuple[Mention, Token] | None:
        """The country, demonym or place mention modifying ``token`` ("a Hong Kong construction firm")."""
        for child in token.children:
            m = self.entities.mention_at[child.i]
            if child.dep_ in ("amod", "compound", "poss", "nmod") and m and m.cluster.type == "Country":
                return m, child
            if child.dep_ == "poss" and child.lower_ in self.lexicon.entity.get("country_nouns", frozenset()) and \
                    any(d.lower_ == "the" for d in child.children):
                # "the country's state-owned flag carrier": the country the story is about
                story = self.entities.story_country(child, sentences=5)
                cited, _, cited_token = self._cited(story, child) if story is not None else (None, "", child)
                if cited is not None:
                    return cited, cited_token
            if (based := self.entities.based_place(child)) is not None:
                return based, self.doc[based.end - 1]  # "a Nagoya-based maker": the place on the "-based" modifier
        for child in token.children:
            if child.dep_ == "compound" and (child.pos_ == "NOUN" or child.lower_ == "state") and child.i < token.i:
                # "the British markets regulator", "the Kazakh state uranium producer": the demonym hung on the
                # noun compounded with the descriptor
                for grand in child.children:
                    m = self.entities.mention_at[grand.i]
                    if grand.dep_ in ("amod", "compound") and grand.i < child.i and m and m.cluster.type == "Country" \
                            and m.kind in ("demonym", "name"):
                        return m, grand
        return None

    def _country_after_of(self, noun: Token) -> tuple[Mention, Token] | None:
        """"X, the state oil company of Saudi Arabia": the country a descriptor is of (not a relation's noun: "the
        largest supplier of Russia", "the unit of ...")."""
        if noun.lemma_.lower() in self.lexicon.nouns:
            return None
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    m = self.entities.mention_at[pobj.i]
                    if pobj.dep_ == "pobj" and m is not None and m.cluster.type == "Country" and \
                            m.kind in ("name", "place"):
                        return m, pobj
        return None

    def _group_country(self, noun: Token) -> tuple[Mention, Token] | None:
        """"Chinese airlines agree ..." then "six airlines - Air China, ...": a plural descriptor takes the
        country of the same group named a few sentences before."""
        window_start = sentences.sentence_start(self.doc, sentences.index_of(noun) - 4)
        for token in reversed(self.doc[window_start: noun.i]):
            if token.lemma_ == noun.lemma_ and token.tag_ == "NNS" and self.entities.mention_at[token.i] is None:
                found = self._country_modifier(token)
                if found:
                    return found
        return None

    def _sentence_company(self, person: Token) -> Cluster | None:
        """The one company a sentence names or refers to, or the one that is a subject in it ("Chief executive
        X said the airline was studying an order from Embraer")."""
        named: dict[int, Cluster] = {}
        acting: dict[int, Cluster] = {}
        for t in sentences.sentence(person):
            if t.pos_ not in ("NOUN", "PROPN") or t.i == person.i:
                continue
            for cluster, _, how in self.entities.resolve(t):
                if cluster.type == "Company" and how in ("name", "nominal", "descriptor"):
                    named[cluster.id] = cluster
                    if t.dep_ in ("nsubj", "nsubjpass"):
                        acting[cluster.id] = cluster
        for found in (named, acting):
            if len(found) == 1:
                return next(iter(found.values()))
        return None

    def _country_before(self, mention: Mention) -> tuple[Mention, Token] | None:
        """The demonym or possessive country among the modifiers before a name ("Chinese smartphone maker
        Xiaomi", "Korea's LG Uplus"), with its token."""
        doc = self.doc
        i = mention.start - 1
        while i >= 0:
            t = doc[i]
            m = self.entities.mention_at[i]
            if m is not None and m.cluster.type == "Country" and m.kind in ("name", "demonym"):
                return m, t
            # ("Swedish truck and bus maker Scania": the "and" of coordinated modifying nouns)
            joined = t.dep_ == "cc" and t.head.pos_ == "NOUN" and t.head.dep_ in ("nmod", "compound", "amod") and \
                self.entities.mention_at[t.head.i] is None
            if m is not None or t.pos_ not in ("ADJ", "NOUN", "PROPN", "DET", "PART", "NUM") \
                    and t.dep_ != "case" and t.text not in ("-",) and not joined:
                return None
            if t.is_sent_start or t.text.isdigit():
                return None  # "in Turkish 1700 GMT": a figure ends the noun phrase's modifiers
            i -= 1
        return None

    def _descriptors(self) -> None:
        doc = self.doc
        # what a descriptor in apposition may be: a kind of company, or a body ("the Swedish union")
        described = self.lexicon.entity["company_nouns"] | self.lexicon.entity.get("organization_nominals",
                                                                                 frozenset())
        for mention in list(self.entities.mentions):
            cluster = mention.cluster
            if cluster.type not in ("Company", "Organization") or mention.kind != "name":
                continue
            country = self._country_before(mention)
            if country is not None:
                country_mention, modifier = country
                self.add(cluster, "based_in", country_mention.cluster, doc[mention.end - 1], 0.8, doc[mention.end - 1],
                         modifier, mention, country_mention, mood="asserted")
                cluster.country = cluster.country or country_mention.cluster.code
                if any(t.tag_ == "NNS" and t.lemma_.lower() in described for t in doc[modifier.i: mention.start]):
                    # "South Korean carriers SK Telecom and KT": a plural descriptor is every name's
                    for t in _conjuncts(doc[mention.end - 1])[1:]:
                        other = self.entities.mention_at[t.i]
                        if other is not None and other.kind == "name" and other.cluster.type == cluster.type:
                            self.add(other.cluster, "based_in", country_mention.cluster, t, 0.75, t, modifier, other,
                                     country_mention, mood="asserted")
            group = self.entities.example_of(doc[mention.end - 1], customers=True)
            if group is not None:
                # "14 Chinese technology companies, including A and B": each example is from there
                holders = [group] + [c for c in group.children if c.dep_ == "compound"]
                found = next((f for h in holders if (f := self._country_modifier(h)) is not None), None)
                if found is not None:
                    self.add(cluster, "based_in", found[0].cluster, group, 0.65, doc[mention.end - 1], found[1],
                             mention, found[0], mood="asserted")
            # "Xiaomi, a Chinese smartphone maker": an apposition with a country modifier.
            head = doc[mention.end - 1]
            # "the Italian company, Fiat": the name is the apposition of the descriptor (by the name's head: "the
            # watchdog, the Superintendency of Industry and Commerce").
            phrase_head = listed = self.entities.phrase_head(mention)
            while listed.dep_ == "conj" and listed.head.i != listed.i:
                listed = listed.head  # "six airlines - Air China, China Eastern Airlines and ..."
            if listed.i != phrase_head.i and not (listed.dep_ == "appos" and listed.head.tag_ == "NNS"):
                listed = phrase_head  # "flag carrier X and Danish carrier Y": a singular descriptor is X's alone
            if listed.dep_ == "appos" and listed.head.lemma_.lower() in described \
                    and self.entities.mention_at[listed.head.i] is None:
                found = self._country_modifier(listed.head)
                conf = 0.75
                if not found and listed.head.tag_ == "NNS":
                    found, conf = self._group_country(listed.head), 0.6
                if found and country is not None and found[0].cluster is not country[0].cluster:
                    found = None  # "Japanese carmaker Nissan and German supplier Bosch": Bosch's own country
                if found:
                    self.add(cluster, "based_in", found[0].cluster, listed.head, conf, head, found[1], mention,
                             found[0], mood="asserted")
            for kind in coordination(head):
                # "Intel, Nvidia and other US chipmakers": the names are of the kind the last conjunct counts
                if kind.i > head.i and kind.tag_ == "NNS" and kind.lemma_.lower() in described and any(
                        c.dep_ == "amod" and c.lower_ == "other" for c in kind.children) and \
                        self.entities.mention_at[kind.i] is None and (found := self._country_modifier(kind)):
                    self.add(cluster, "based_in", found[0].cluster, kind, 0.7, head, found[1], mention, found[0],
                             mood="asserted")
            # (not an apposition the parser hung on this name from across another: see missed_appositions)
            # (nor a noun phrase the parser hung on it from further on: "X, a venture in which Y holds 50 percent
            # and Turkish state-owned maker Z holds 15 percent")
            descriptors = [c for c in head.children if c.dep_ == "appos" and comma_appositive(c) is None
                           and (c.i < head.i or c.left_edge.i - mention.end <= 4)]
            # "by Hon Hai, the Taiwanese contract manufacturer ..." (not the possessor of the apposition: "X, the
            # Swiss company's Seoul-based subsidiary")
            descriptors += [t for t in missed_appositions(head) if t.dep_ != "poss"]
            # "X, the Santa Monica, California-based studio": the parser made the city the apposition and hung
            # the description on it
            descriptors += [g for c in head.children if c.dep_ == "appos" and (m := self.entities.mention_at[c.i])
                            is not None and m.kind == "place" for g in c.children if g.dep_ == "appos"
                            and any(self.entities.based_place(a) is not None for a in g.children)]
            # "Samsung and SK Hynix, the South Korean chipmakers": a plural descriptor on the coordination
            descriptors += [c for t in coordination(head) if t.i != head.i for c in t.children
                            if c.dep_ == "appos" and c.tag_ == "NNS"]
            # (and on the first name of it, however far the list runs: "A, B and C, the three Norwegian firms")
            descriptors += [c for c in head.children if c.dep_ == "appos" and c.tag_ == "NNS" and c.i > head.i
                            and c not in descriptors and any(t.dep_ == "conj" and t.i < c.i for t in head.children)]
            for child in descriptors:
                # ("Kadokawa, the Tokyo-based publisher": what a company is said to be based as needs no company noun)
                if child.lemma_.lower() in described or any(
                        self.entities.based_place(a) is not None for a in child.children):
                    found = self._country_modifier(child) or self._country_after_of(child)
                    if found:
                        self.add(cluster, "based_in", found[0].cluster, child, 0.75, head, found[1], mention,
                                 found[0], mood="asserted")
                        if any(t.lower_ in _OWNED_WORDS and
                               any(s.lower_ == "state" for s in t.subtree) or t.lower_ == "state"
                               for t in child.children if t.dep_ in ("amod", "compound", "nmod")):
                            # "X, Argentina's state-owned flag carrier", "X, Congo's state miner": the state owns it
                            self.add(found[0].cluster, "invests_in", cluster, child, 0.7, found[1], head,
                                     found[0], mention, mood="asserted")
            # "The Taiwanese foundry, widely known as TSMC": the nominal a name is said to be known as
            called = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "as" else None
            if called is not None and called.lemma_ in ("know", "call") and called.dep_ in ("acl", "relcl") and \
                    called.head.lemma_.lower() in described and self.entities.mention_at[called.head.i] is None and \
                    (found := self._country_modifier(called.head)) is not None:
                self.add(cluster, "based_in", found[0].cluster, called.head, 0.75, head, found[1], mention, found[0],
                         mood="asserted")
            # "Seoul-based X", "X-owned"
            for t in doc[max(0, mention.start - 4): mention.start]:
                if t.lower_ in ("based", "headquartered") and t.i + 1 <= mention.start \
                        and t.head.i in range(t.i + 1, mention.end) and not any(
                            x.text == "," or self.entities.mention_at[x.i] is not None or x.pos_ in ("VERB", "AUX")
                            or x.pos_ == "ADP"  # (not "the Paris-based owner of X", "the service in which X holds")
                            for x in doc[t.i + 1: mention.start]) \
                        and not any(x.is_sent_start for x in doc[t.i + 1: mention.start + 1]):
                    # (not "the Basel-based company will pay X", nor "... the Mumbai-based carrier. X plans")
                    for place in doc[max(0, t.i - 3): t.i]:
                        m = self.entities.mention_at[place.i]
                        if m and m.cluster.type == "Country":
                            self.add(cluster, "based_in", m.cluster, t, 0.8, head, place, mention, m,
                                     mood="asserted")
                            break
                # "Indonesian state miner MIND ID", "China's state oil company X": a state's company, as "state-owned"
                state_noun = t.lower_ == "state" and t.dep_ in ("compound", "nmod", "amod") and t.head.i > t.i and \
                    t.head.lemma_.lower() in self.lexicon.entity["company_nouns"] and t.head.i < mention.start and \
                    doc[t.i + 1].text != "-"
                if (state_noun or t.lower_ in _OWNED_WORDS) and t.i + 1 <= mention.start \
                        and doc[t.i + 1].lower_ != "by" and not any(
                            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in t.children):
                    # (a modifier, not a clause's verb: "X has been owned since 2016 by Y")
                    owner = self.entities.country_modifier(t) or next(
                        (m.cluster for p in doc[max(0, t.i - 3): t.i]
                         if (m := self.entities.mention_at[p.i]) is not None), None)
                    if owner is None and any(p.lower_ == "state" for p in doc[max(0, t.i - 2): t.i + state_noun]):
                        # "Indonesian state-owned carrier X", "the state-owned Chinese fund X", else "state-owned
                        # national carrier X": the country named just before or between, else the state the text
                        # is about
                        owner = next((m.cluster for p in doc[max(0, mention.start - 8): mention.start]
                                      if (m := self.entities.mention_at[p.i]) and m.cluster.type == "Country"
                                      and m.kind != "place"),
                                     None) or self.entities._recent(t, ("Country",), sentences=1, prefer_subject=False)
                    if owner is not None:
                        cited = next((m for p in doc[max(0, min(t.i - 3, mention.start - 8)): mention.start]
                                      if (m := self.entities.mention_at[p.i]) is not None and m.cluster is owner), None)
                        owner_token = doc[cited.end - 1] if cited else t
                        self.add(owner, "invests_in", cluster, t, 0.7, owner_token, head, cited, mention,
                                 mood="asserted")
                        if owner.type == "Country":
                            # a state-owned company is based in its state ("Kremlin-owned X")
                            self.add(cluster, "based_in", owner, t, 0.7, head, owner_token, mention, cited,
                                     mood="asserted")
        # Nominal mentions with a demonym ("the US company") tell where their antecedent is based.
        for token in self._company_nominals:
            self._state_nominal(token)
            named = self.entities.country_modifier(token)
            if named is None:
                continue
            for cluster, _, how in self.entities.resolve(token):
                if how == "nominal" and not self._rivals_in_sentence(token, cluster, named):
                    modifier = next((c for child in token.children for c in [child, *child.children]
                                     if (m := self.entities.mention_at[c.i]) is not None and m.cluster is named),
                                    token)  # (the place of "the Wolfsburg-based carmaker")
                    self.add(cluster, "based_in", named, token, 0.6, token, modifier, None,
                             self.entities.mention_at[modifier.i], mood="asserted")

    @cached_property
    def _company_nominals(self) -> list[Token]:
        """Common nouns of companies that are no part of a name ("the carmaker", "the Paris-based group"), read
        once: where companies are from, then the descriptors."""
        nouns = self.lexicon.entity["company_nouns"]
        return [t for t in self.doc if t.lemma_.lower() in nouns and self.entities.mention_at[t.i] is None]

    def _state_nominal(self, token: Token) -> None:
        """"clearing the way for the loss-making state carrier": the state of the story owns the company meant."""
        if not any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ == "state" for c in token.children):
            return
        state = self.entities.country_modifier(token) or self.entities.story_country(token)
        if state is None:
            return
        cited, _, state_token = self._cited(state, token)
        for cluster, _, how in self.entities.resolve(token):
            if how == "nominal" and cluster.type == "Company":
                self.add(state, "invests_in", cluster, token, 0.6, state_token, token, cited, None, mood="asserted")

    def _judgements(self) -> None:
        """"X called the ban \"unjustified\"", "Y called Arcom's decision \"an act of censorship\"": calling a thing
        by a word of blame criticises whoever did it (not "called the order \"a milestone\"")."""
        blame = self.lexicon.entity.get("blame_words", frozenset())
        naming = self.lexicon.entity.get("naming_verbs", frozenset())

        def blamed(said: list[Token]) -> bool:
            return any(t.lemma_.lower() in blame or t.lower_ in blame for c in said for t in c.subtree)

        for verb in self.doc:
            if verb.pos_ != "VERB":
                continue
            if verb.lemma_.lower() in naming:
                for thing in (c for c in verb.children if c.dep_ == "dobj"):
                    said = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr")] + \
                        [c for c in thing.children if c.dep_ in ("appos", "acl")] + \
                        [c for c in [*verb.children, *thing.children] if c.dep_ == "prep" and c.lower_ == "as"]
                    if blamed(said):  # ("described X as unfair")
                        self._judged(verb, thing)
                for clause in (c for c in verb.children if c.dep_ == "ccomp"):
                    # "branded X's offer inadequate" parsed as a clause of its own
                    if blamed([clause]) and not any(c.dep_ == "dobj" for c in verb.children):
                        self._judged_subjects(verb, clause)
            elif verb.lemma_.lower() in SPEECH_VERBS:
                # "Beijing said the ban was discriminatory": a thing said to be blameworthy
                for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"):
                    if blamed([c for c in clause.children if c.dep_ in ("attr", "acomp")]):
                        self._judged_subjects(verb, clause)

    def _judged_subjects(self, verb: Token, clause: Token) -> None:
        """The things a clause of judgement is about (its common-noun subjects) are judged by the verb's speaker."""
        for thing in (c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
            self._judged(verb, thing)

    def _judged(self, verb: Token, thing: Token) -> None:
        """The speaker of a judgement criticises whoever is behind the thing judged."""
        targets = self.entities.resolve(thing) or self._behind(thing)
        for subject, s_mention, _, s_token in self._resolve(subjects(verb), _JUDGING, frozenset()):
            for target, t_mention, _ in targets:
                self.add(subject, "criticizes", target, verb, 0.6, s_token, thing, s_mention, t_mention)

    def _measure_scope(self) -> None:
        """"a wider ban on Chinese equipment that would also cover ZTE", "the ban also covers Huawei": what a measure
        covers is sanctioned by whoever imposes it."""
        scope = self.lexicon.entity.get("scope_verbs", frozenset())

        def is_measure(noun: Token) -> bool:
            return noun.pos_ == "NOUN" and self.lexicon.noun_triggers(noun.lemma_.lower(), "sanctions")

        for verb in self.doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in scope:
                continue
            measures = [c for c in verb.children if c.dep_ == "nsubj"]
            if verb.dep_ == "relcl" and all(m.lower_ in _RELATIVE for m in measures):
                measures = [verb.head]
            measure = measures[0] if len(measures) == 1 else None
            if measure is not None and not is_measure(measure) and measure.dep_ == "pobj" and \
                    is_measure(measure.head.head):
                measure = measure.head.head  # "a ban on Chinese equipment that would also cover ZTE"
            if measure is None or not is_measure(measure):
                continue
            mood = modality(measure, self.lexicon, year=self.year)  # ("was considering a ban that would cover")
            if mood == "asserted":
                mood = modality(verb, self.lexicon, year=self.year)
            authors = [(c, m, t) for c, m, _, t in self._resolve(governor_subject(measure), _SANCTIONING,
                                                                  _SANCTIONING.subject_types)] or [
                (c, m, measure) for c, m, _ in self._author(measure)]
            targets = [t for t in objects(verb) + prep_objects(verb, "to") if t.i > verb.i]
            for target, t_mention, _, t_token in self._resolve(targets, _SANCTIONING, _SANCTIONING.object_types):
                for author, a_mention, a_token in authors:
                    self.add(author, "sanctions", target, verb, 0.6, a_token, t_token, a_mention, t_mention,
                             mood=mood)

    def _alliance_members(self) -> None:
        """"Delta, SkyTeam's largest member" after "the SkyTeam alliance": a member of an alliance or consortium is
        its partner, not its unit."""
        groupings = self.lexicon.entity.get("grouping_nouns", frozenset())
        doc = self.doc

        def is_grouping(cluster: Cluster) -> bool:
            return any(w.lower() in groupings for n in cluster.names for w in n.split()) or any(
                m.cluster is cluster and m.end < len(doc) and doc[m.end].lemma_.lower() in groupings
                for m in self.entities.mentions)

        for i, c in enumerate(self.found):
            if c.action == "subsidiary_of" and c.trigger.lemma_.lower() == "member" and is_grouping(c.object):
                self.found[i] = Candidate(c.subject, "partners_with", c.object, c.trigger, c.confidence, c.modality,
                                          c.subject_token, c.object_token, c.subject_mention, c.object_mention)

    def _rivals_in_country(self) -> None:
        """"Yara's main rivals in Brazil include Mosaic and Vale Fertilizantes", "its competitors in India, such
        as X": the rivals named in a country's market operate there."""
        words = self.lexicon.entity.get("rival_nouns", frozenset())
        for noun in self.doc:
            if noun.lemma_.lower() not in words or noun.tag_ != "NNS":
                continue
            countries = self._countries_named([t for g in prep_objects(noun, "in") for t in _conjuncts(g)])
            if countries:
                self._operating_in(_examples(noun), countries, noun, 0.6)

    def _countries_named(self, places: list[Token]) -> list[tuple[Mention, Token]]:
        """The countries, named or placed, among ``places``, each with its token."""
        return [(m, g) for g in places if (m := self.entities.mention_at[g.i]) is not None
                and m.cluster.type == "Country" and m.kind in ("name", "place")]

    def _operating_in(self, targets: list[Token], countries: list[tuple[Mention, Token]], trigger: Token,
                      confidence: float) -> None:
        """Each company the targets stand for operates in each of the countries."""
        for target in targets:
            for cluster, mention, how in self.entities.resolve(target):
                if cluster.type != "Company":
                    continue
                for m, g in countries:
                    self.add(cluster, "operates_in", m.cluster, trigger, confidence * _HOW.get(how, 0.8), target, g,
                             mention, m, mood="asserted")

    def _rankings(self) -> None:
        """"The airline, which is the third largest in China", "Brisco, the biggest bank in Spain": a company
        ranked in a country's market operates there (where it is based is not said: Samsung can be the
        largest seller in India)."""
        ranks = self.lexicon.entity.get("ranking_words", frozenset())
        for token in self.doc:
            if not (token.tag_ == "JJS" or token.lower_ in ranks):
                continue
            phrase = token.head if token.dep_ == "amod" else token
            if token.dep_ not in ("amod", "acomp", "attr") or any(
                    c.lower_ in ("foreign", "overseas", "international") for c in phrase.children):
                continue
            places = [g for t in phrase.subtree if t.i > token.i and t.dep_ == "prep" and t.lower_ == "in"
                      for g in t.children if g.dep_ == "pobj"]
            countries = self._countries_named(places)
            if not countries:
                continue
            described: list[Token] = []
            if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.lower_ == "one":
                phrase = phrase.head.head  # "X, one of the largest dealership groups in the United States"
            if phrase.dep_ in ("attr", "acomp"):
                described = subjects(phrase.head)
            elif phrase.dep_ == "appos":
                described = [phrase.head]
            self._operating_in(described, countries, token, 0.65)

    def _rivals_in_sentence(self, token: Token, cluster: Cluster, country: Cluster) -> bool:
        """Whether another company of unknown or the same country stands on an equal footing with the
        antecedent earlier in the nominal's sentence, compared with it or coordinated with it ("Airbus sold
        more planes than Boeing, sparking questions whether the US company ..."): then which one "the US
        company" is cannot be told from the text, and no based_in is drawn from it."""
        start = sentences.sentence(token).start
        for m in self.entities.mentions:
            if not (start <= m.start < token.i and m.cluster.type == cluster.type and m.cluster is not cluster
                    and m.cluster.country in (None, country.code) and m.kind == "name"):
                continue
            head = self.doc[m.end - 1]
            if head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children) or \
                    head.dep_ == "pobj" and head.head.lower_ == "than":
                return True
        return False

    # -- places attached to an organisation's name: "X of Houston", "X in Jerusalem", "Boston's X" --------

    def _place_mention(self, token: Token) -> Mention | None:
        m = self.entities.mention_at[token.i]
        if m is not None and m.cluster.type == "Country" and m.kind in ("name", "place"):
            return m
        return None

    def _place_links(self) -> None:
        doc = self.doc
        # A wire dateline ("BANGKOK, Thailand (AP) --") names the publisher, and where a story was filed is
        # not where the agency is based: the guideline records no triple for it (entities.datelines only
        # keeps the agency from being read as an acronym of the place).
        courts = self.lexicon.entity.get("court_words", frozenset())
        for mention in list(self.entities.mentions):
            cluster = mention.cluster
            if cluster.type not in ("Company", "Organization") or mention.kind != "name":
                continue
            head = self.entities.head(mention)
            linked: list[tuple[Token, Mention]] = []
            present: list[tuple[Token, Mention]] = []
            # "Pacific Marine Inc. of Houston", "the theatre in east Jerusalem": a place in the name's own phrase.
            # A company "in" a country is there, not necessarily based there ("competition from Huawei in
            # China"): operates_in; an organisation "in" a place (a theatre, an embassy) is based there.
            # (or a town hung on the name's last word: "the International Committee of the Red Cross in Khartoum")
            last = doc[mention.end - 1]
            # ("France's Michelin and Goodyear of the United States": the phrase the parser hung on the first of
            # two names is the second's, right after it)
            hung = [c for c in head.head.children if c.i == mention.end] if head.dep_ == "conj" else []
            for child in [*head.children, *(last.children if last.i != head.i and last.head.i < mention.end else ()),
                          *hung]:
                if any(c.dep_ == "conj" and head.i < c.i < child.i for c in head.children):
                    continue
                if child.dep_ == "prep" and child.lower_ in ("of", "in") and child.i >= mention.end:
                    for g in child.children:
                        if g.dep_ == "pobj":
                            for c in _conjuncts(g):
                                m = self._place_mention(c)
                                if m is not None and (child.head.i in (head.i, head.head.i if hung else -1)
                                                      or m.kind == "place"):
                                    weak = child.lower_ == "in" and cluster.type == "Company"
                                    argument = head.dep_ == "dobj" or head.dep_ == "pobj" and head.head.dep_ == "agent"
                                    if weak and argument:
                                        continue  # "sued Teva in London": the place is most likely the verb's
                                    if child.lower_ == "in" and head.dep_ == "pobj" and \
                                            head.head.lower_ in ("in", "at", "before") and \
                                            set(normalise(cluster.name).split()) & courts:
                                        continue  # "filed suit in the High Court in Auckland": where it was heard
                                    (present if weak else linked).append((c, m))
            for token, m in present:
                self.add(cluster, "operates_in", m.cluster, token, 0.6, head, token, mention, m, mood="asserted")
            # "The US Federal Trade Commission": a country's abbreviation the tagger took into a body's name (not
            # "Canada Border Services Agency", "Malaysian Palm Oil Council": a country in the name itself)
            first = doc[mention.start]
            letters = first.text.replace(".", "")
            code = places.country_code(first.text) if cluster.type == "Organization" and letters.isupper() and \
                len(letters) == 2 and (mention.end - mention.start > 2 or mention.end - mention.start == 2 and not (
                    mention.end < len(doc) and doc[mention.end].dep_ == "case")) else None
            # (also "the U.S. Congress", but not "the US Treasury's Office of Foreign Assets Control": the office)
            if code is not None and not set(normalise(cluster.name).split()) & courts:  # (where cases are heard)
                rest = doc[mention.start + 1: mention.end]  # the body's name, as written after its country
                body = Mention(rest.start, rest.end, cluster, "name", rest.start_char, rest.end_char, rest.text)
                self.add(cluster, "based_in", self.entities.country(code), first, 0.7, head, first, body,
                         mood="asserted")
            # "Houston's X", "the Cape Town X": a place modifying the name directly
            for child in head.children:
                if child.dep_ in ("poss", "compound", "nmod") and child.i < mention.start:
                    m = self._place_mention(child)
                    # (not past another country of its own: "Germany's Siemens and Spain's CAF" parsed as one)
                    if m is not None and m.end <= mention.start and not any(
                            (o := self.entities.mention_at[t.i]) is not None and o.cluster.type == "Country"
                            and o.cluster is not m.cluster for t in doc[m.end: mention.start]):
                        linked.append((child, m))
            if mention.start >= 1:
                m = self._place_mention(doc[mention.start - 1])
                if m is not None and m.kind == "place" and not doc[mention.start - 1].is_punct:
                    linked.append((doc[mention.start - 1], m))
            for token, m in linked:
                # a further place in apposition, the state or country: "X of Houston, Texas"
                for a in token.children:
                    am = self._place_mention(a)
                    if a.dep_ == "appos" and am is not None:
                        self.add(cluster, "based_in", am.cluster, token, 0.7, head, a, mention, am, mood="asserted")
                self.add(cluster, "based_in", m.cluster, token, 0.7, head, token, mention, m, mood="asserted")

    # -- names: "Huawei Korea" is a unit of Huawei ------------------------------------------------

    def _name_structure(self) -> None:
        companies = [c for c in self.entities.clusters if c.type == "Company"]
        first_mention: dict[int, Mention] = {}
        for mention in self.entities.mentions:
            first_mention.setdefault(mention.cluster.id, mention)
        for child in companies:
            child_words = normalise(child.name).split()
            for parent in companies:
                if parent is child:
                    continue
                # any name of the parent: "Toyota Motor Europe" after "Toyota Motor Corp." called "Toyota"
                if any(len(child_words) > len(words) and tuple(child_words[:len(words)]) == words
                       and unit_suffix(child_words[len(words):], self.lexicon)
                       for words in {tuple(normalise(n).split()) for n in parent.names} if words):
                    m = first_mention.get(child.id)
                    if m is None:
                        continue
                    token = self.doc[m.start]
                    self.add(child, "subsidiary_of", parent, token, 0.7, token, token, m, None, mood="asserted")
