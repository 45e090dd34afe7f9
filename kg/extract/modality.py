"""Modality of a relation from tense, modals, control verbs and negation."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import sentences
from kg.extract.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

# Dependencies that stay inside the clause of a trigger when walking up to the
# verbs that govern it ("is expected to visit", "plans to buy", "won an order").
_UP = {"xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "relcl", "conj", "advcl", "attr", "nsubj", "nsubjpass",
       "compound", "appos", "oprd", "agent", "dative", "pcomp", "amod", "npadvmod", "acomp"}
_FUTURE_YEAR = re.compile(r"^(19|20)\d\d$")
_HEARSAY = {"say", "report", "rumor", "rumour", "believe", "understand", "think", "tip"}


#: plural nouns of negotiation: what is talked about is possible, and who holds the talks does it
TALK_WORDS = frozenset({"talks", "negotiations", "discussions"})


def reporting_conjunct(verb: Token) -> Token | None:
    """The reporting verb a past verb is coordinate with when the parser hung it on the reported clause: in
    "X said the government would hold an inquiry, and criticised Y", "criticised" is no second thing "would"
    governs (its tense says so) but a second thing X did."""
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ == "VB" and head.dep_ == "ccomp" and \
            head.head.tag_ == "VBD" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return head.head
    return None


def _governors(token: Token, limit: int = 6) -> list[Token]:
    """The trigger and the tokens above it within its clause, nearest first."""
    chain = [token]
    while token.dep_ in _UP and token.head.i != token.i and len(chain) < limit:
        # A relative or adverbial clause starts a new proposition: stop above it, unless it is
        # an infinitive of purpose, which shares the plans of its governor ("is working to provide").
        if token.dep_ in ("relcl", "advcl") and token.pos_ in ("VERB", "AUX") and not infinitive(token):
            break
        if token.dep_ == "acl" and token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children):
            break  # "SpaceX, founded by Elon Musk in 2002, had offered to ...": a reduced relative clause
        if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            break  # "the government had offered tax breaks and he would travel": a clause of its own
        if token.dep_ in ("ccomp", "conj") and token.pos_ in ("VERB", "AUX") and any(
                t.text == ";" for t in token.doc[min(token.right_edge.i, token.head.i): max(token.left_edge.i,
                                                                                             token.head.i)]):
            break  # "US blacklists X; customers weigh alternatives": a semicolon ends a proposition
        if token.dep_ == "pobj" and token.head.lower_ == "during" and token.pos_ == "NOUN":
            break  # "agreed to speed up talks during a visit": the visit is when, not what was agreed
        token = reporting_conjunct(token) or token.head
        chain.append(token)
    return chain


def _denied(clause: Token, cues: dict[str, frozenset[str]]) -> bool:
    """Whether a finite clause is what someone denies: the complement of "deny"/"reject", directly or
    through a noun of claims ("rejected claims that ...")."""
    head = clause.head
    if clause.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_.lower() in cues["claim_nouns"]:
        head = head.head
    elif clause.dep_ != "ccomp":
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in cues["denial_verbs"]


def infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _future_time(node: Token, cues: dict, year: int | None) -> bool:
    """A time adverbial pointing ahead: "next year", "in 2011" (after the document's year), "soon"."""
    if node.lower_ in cues["planned_words"]:
        return True
    if _FUTURE_YEAR.match(node.text) and year and int(node.text) > year:
        return True
    return any(c.dep_ in ("amod", "advmod") and c.lower_ in cues["planned_words"] for c in node.children)


def modality(trigger: Token, lexicon: Lexicon, *, year: int | None = None, lexical: bool = True) -> str:
    """``asserted``, ``planned``, ``possible`` or ``negated`` for a relation triggered by ``trigger``.

    Negation wins over possibility, which wins over plans; a bare past or present is asserted. With
    ``lexical=False`` the trigger's own word does not make it possible ("bid jointly with X": the bid is an
    offer, bidding together is a fact).
    """
    cues = lexicon.modality
    chain = _governors(trigger)
    planned = possible = negated = ongoing = False
    top = chain[-1]
    if top.dep_ == "relcl" and top.head.dep_ == "dobj" and top.head.head.lemma_.lower() in cues["negated_verbs"]:
        negated = True  # "cancelled two rigs it had ordered from X": what the clause told of is undone
    for i, token in enumerate(chain):
        # a verb reached from its conjunct is coordinate with it, not governing it: "bid for X but lost out to Y"
        # takes its auxiliaries ("will bid and win"), not the meaning of "bid"
        coordinate = i > 0 and chain[i - 1].dep_ == "conj"
        if (token.pos_ in ("VERB", "AUX") or i == 0) and not coordinate:
            lemma = token.lemma_.lower()
            # (not "withdrew two million pots from stores in France": the stores from which goods were taken)
            if i > 0 and lemma in cues["negated_verbs"] and not (
                    i >= 2 and chain[i - 1].dep_ == "prep" and chain[i - 1].lower_ == "from"
                    and chain[i - 2].lemma_.lower() in lexicon.entity.get("facility_nouns", ())
                    and any(c.dep_ == "dobj" for c in token.children)):
                negated = True
            if i > 0 and any((c.dep_ == "prt" or c.tag_ == "RP" or c.dep_ == "prep" and not any(c.children))
                             and f"{lemma} {c.lower_}" in cues.get("negated_phrasal_verbs", ())
                             for c in token.children):
                negated = True  # "ruled out a bid for X"
            if i > 0 and lemma in cues["possible_verbs"]:
                if lemma in cues.get("concluded_verbs", ()) and token.tag_ in ("VBD", "VBN", "VBZ"):
                    planned = True  # "has negotiated the purchase": a deal reached, to be carried out
                else:
                    possible = True
            if i > 0 and lemma in cues["planned_verbs"]:
                planned = True
            if i > 0 and lemma in cues.get("ongoing_verbs", ()):
                ongoing = True  # "will continue to supply films to X": it does so now
            if i == 0 and lexical and token.pos_ in ("NOUN", "VERB") and lemma in cues["possible_words"]:
                possible = True
        if i > 0 and token.pos_ == "NOUN" and token.lower_ in TALK_WORDS and \
                chain[i - 1].dep_ in ("prep", "acl"):
            possible = True  # "held talks about buying X", "negotiations to sell Y": a deal under discussion
        if i > 0 and token.pos_ == "NOUN" and token.lemma_.lower() in cues.get("planned_nouns", ()):
            planned = True  # "Boeing's plan to sell jets to Iran"
        if i > 0 and token.dep_ == "acomp" and chain[i - 1].dep_ == "xcomp":
            # "is due to visit", "is keen to buy" (planned); "is likely to win" (possible)
            planned = planned or token.lower_ in cues.get("planned_adjectives", ())
            possible = possible or token.lower_ in cues.get("possible_adjectives", ())
        if i == len(chain) - 1 or token.dep_ != "conj":
            # "had bid for X but withdrew its offer", "offered its A350 to the carrier and lost out", "held talks
            # about buying X but did not submit a bid": a later conjunct that undoes the attempt
            for later in (c for c in token.children if c.dep_ == "conj" and c.i > token.i and c.pos_ == "VERB"
                          and c not in chain):  # (not "bid ... but lost out to Y": losing to a rival is a fact)
                bids = [o for o in later.children if o.dep_ == "dobj" and o.lemma_.lower() in cues.get("bid_nouns", ())]
                past = later.tag_ in ("VBD", "VBN")
                if bids and (past and later.lemma_.lower() in cues.get("undoing_verbs", ()) or any(
                        c.dep_ == "neg" for c in later.children)) or \
                        past and later.lemma_ == "lose" and any(c.lower_ == "out" for c in later.children):
                    negated = True
        for child in token.children:
            word = child.lower_
            if child.dep_ == "advcl" and child.lemma_.lower() in cues["negated_verbs"] and any(
                    m.dep_ == "mark" and m.lower_ in ("before", "until", "till") for m in child.children) \
                    and token.tag_ in ("VBD", "VBN", "VBG"):
                negated = True  # "had been supplying chips to Apple before the deal was dropped": it ended
            if child.dep_ == "neg" or (child.dep_ == "det" and word == "no"):
                negated = True
            elif child.dep_ == "advmod" and word == "longer" and any(g.lower_ == "no" for g in child.children):
                negated = True  # "no longer has operations in Iran": it ended
            elif child.dep_ in ("aux", "auxpass"):
                if word in cues["possible_aux"]:
                    possible = True
                elif word in cues["planned_aux"]:
                    planned = True
            elif child.dep_ == "npadvmod" and _future_time(child, cues, year):
                planned = planned or token.tag_ != "VBD"  # "a week later X sued": a past tense stays past
            elif child.dep_ in ("amod", "advmod", "npadvmod", "mark", "compound", "nummod") and \
                    not (child.is_upper and len(child) > 1):  # ("IF Metall criticised": a name, not "if")
                if word in cues["negated_modifiers"] or word.startswith("ex-"):
                    negated = True
                elif word in cues["possible_words"]:
                    possible = True
                elif word in cues["planned_words"]:
                    planned = planned or token.tag_ != "VBD"
            elif child.dep_ in ("prep",) and word in ("in", "by") and year:
                for grand in child.children:
                    if _FUTURE_YEAR.match(grand.text) and int(grand.text) > year:
                        planned = True
            elif child.dep_ == "pobj" and child.lower_ in cues["possible_words"]:
                possible = True
        # "is to buy": a form of "be" governing the trigger's infinitive.
        if token.dep_ == "xcomp" and token.head.lemma_ == "be":
            planned = True
        # Headline style "Kmart to buy Sears": an infinitive with a subject and no finite verb ("Sony's Indian arm
        # to buy Zee": parsed as the noun's infinitive).
        headline_noun = token.head.dep_ == "ROOT" and token.head.pos_ in ("NOUN", "PROPN")
        if token.dep_ == "ROOT" and infinitive(token) and any(c.dep_ == "nsubj" for c in token.children) or \
                token.dep_ in ("acl", "relcl") and infinitive(token) and headline_noun:
            planned = True
        # "X is said / reported / rumoured to be planning ...": hearsay.
        if i > 0 and token.lemma_.lower() in _HEARSAY and any(c.dep_ == "auxpass" for c in token.children) \
                and any(c.dep_ in ("xcomp", "prep") for c in token.children):
            possible = True
        if token.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            # The clause's finite verb: past tense settles it unless a cue above already spoke.
            # (A bare participle with a subject is a small clause: "will see jets delivered".)
            finite = token.tag_ == "VBD" or token.tag_ == "VBN" and any(
                c.dep_ in ("aux", "auxpass") for c in token.children)
            if finite and not any(c.dep_ in ("aux",) and c.lower_ in cues["planned_aux"] for c in token.children):
                if _denied(token, cues):
                    negated = True  # "denied that it had partnered with X", "rejected claims that it had ..."
                break
    sentence = sentences.sentence(trigger)
    if any(t.lower_ in ("talks", "negotiations") and t.head.lemma_ in ("be", "enter", "hold") for t in sentence):
        possible = possible or trigger.pos_ == "NOUN"
    if negated:
        return "negated"
    if trigger.lemma_.lower() in cues.get("standing_verbs", ()) and any(
            t.lemma_.lower() in cues.get("enabling_verbs", ()) for t in chain[1:]):
        return "asserted"  # "the deal would help Nordvik compete with Novo Nordisk": the rivalry stands
    if possible:
        return "possible"
    if planned and not ongoing:
        return "planned"
    return "asserted"
