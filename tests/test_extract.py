"""Tests for kg.extract on the real spaCy pipeline: one small sentence per construction.

The sentences are written for these tests (none comes from the evaluation articles).
Each asserts the exact (subject, action, object, modality) triples read off it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokens import Span

import kg.extract
from kg.extract.entities import Entities
from kg.extract.extractor import extract_document
from kg.extract.lexicon import load_lexicon

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"


@pytest.fixture(scope="module")
def nlp():
    try:
        return kg.extract.load_nlp()
    except Exception as e:  # pragma: no cover - no model installed
        pytest.skip(f"no spaCy pipeline: {e}")


def entities_of(doc) -> Entities:
    """The entities kg finds in a parsed (and perhaps retagged) document."""
    return Entities(doc, load_lexicon())


def triples(text: str, nlp) -> set[tuple[str, str, str, str]]:
    return {(f.subject, f.action, f.object, f.modality) for f in extract_document(text, nlp).facts}


CASES = [
    # "its Aegir Shipyard unit": a name before a unit noun its owner has (not a brand of one name: a product's)
    ("Halvorsen Corp. said its Aegir Shipyard unit had won the order, while Brightstar recalled formula sold under "
     "its Marlowe brand.",
     {("Aegir Shipyard", "subsidiary_of", "Halvorsen", "asserted")}),
    # "in the process of taking over X": the takeover is under way, not done
    ("Brightstar is in the process of taking over Aegir Corp.", {("Brightstar", "acquires", "Aegir", "planned")}),
    # "would help X compete with Y": the rivalry stands; only a plan to compete is planned
    ("Aegir said the fresh capital would help the bank compete with Halvorsen Bank for corporate clients.",
     {("Aegir", "competes_with", "Halvorsen Bank", "asserted")}),
    # a bid undone by a later conjunct ("but withdrew its offer", "but did not submit a bid", "and lost out")
    ("Brightstar had also bid for Aegir Corp. but withdrew its offer in March.",
     {("Brightstar", "acquires", "Aegir", "negated")}),
    ("Brightstar held talks about buying Aegir Corp. but did not submit a bid.",
     {("Brightstar", "acquires", "Aegir", "negated")}),
    ("Halvorsen Corp. had offered its A350 to Aegir Airlines and lost out after a two-year contest.",
     {("Halvorsen", "supplies", "Aegir Airlines", "negated")}),
    # "X, chief executive of Y, stepped down": the leaving ends the role in apposition (a planned one does not)
    ("Tom Marlowe, chief executive of Aegir Corp., stepped down on Monday. Anna Ashcroft, chairman of Brightstar, "
     "will resign next year.",
     {("Tom Marlowe", "leads", "Aegir", "negated"), ("Anna Ashcroft", "leads", "Brightstar", "asserted")}),
    # "the country" is not the one that only says where the company entering it is from ("-based" too)
    ("Halvorsen Corp. will open 20 stores in Kenya next year. Copenhagen-based Aegir is considering entering the "
     "country as well.",
     {("Halvorsen", "operates_in", "KE", "planned"), ("Aegir", "based_in", "DK", "asserted"),
      ("Aegir", "operates_in", "KE", "possible")}),
    # a hyphenated surname the parser hung on the first half: the role in apposition is still the person's
    ("The quake was centered near Camas , said Tom Jonientz-Marlowe , seismic analyst at the Aegir Institute .",
     {("Tom Jonientz-Marlowe", "works_for", "Aegir Institute", "asserted")}),
    # units built for a customer are goods made for it (no unit of a company changing hands); "the award"
    # criticised is the customer's who awarded the contract, not the last customer told of
    ("Halvorsen Power awarded the contract to Aegir Corp. on Monday. Brightstar is already building two units for "
     "Marlowe Energy. Greenpeace criticised the award.",
     {("Aegir", "supplies", "Halvorsen Power", "asserted"), ("Brightstar", "supplies", "Marlowe Energy", "asserted"),
      ("Greenpeace", "criticizes", "Halvorsen Power", "asserted")}),
    # "X has been owned since 2016 by Y": a clause's verb, not an "X-owned" modifier of the name after it
    ("Aegir has been owned since 2016 by Halvorsen Capital, the investment firm run by Tom Marlowe.",
     {("Halvorsen Capital", "invests_in", "Aegir", "asserted"),
      ("Tom Marlowe", "leads", "Halvorsen Capital", "asserted")}),
    # the one accused of selling is the seller; what "its" owns is no maker's
    ("Brightstar accused Aegir Corp. of selling stolen designs to Halvorsen Ltd.",
     {("Brightstar", "criticizes", "Aegir", "asserted"), ("Aegir", "supplies", "Halvorsen", "asserted")}),
    ("Anna Ashcroft accused Brightstar of buying its way out of competition.",
     {("Anna Ashcroft", "criticizes", "Brightstar", "asserted")}),
    # the leader of a funding round invests in the company that raised it
    ("Aegir Corp., a Mexico City-based delivery start-up, said on Tuesday it had raised $150 million in a funding "
     "round led by Japan's Halvorsen Capital.",
     {("Aegir", "based_in", "MX", "asserted"), ("Halvorsen Capital", "invests_in", "Aegir", "asserted"),
      ("Halvorsen Capital", "based_in", "JP", "asserted")}),
    # "the Commission" after "the European Commission" is that body (and its commissioner works for it)
    ("The European Commission on Tuesday blocked Aegir's planned takeover of Halvorsen. Competition Commissioner "
     "Anna Ashcroft said the Commission had opened an investigation into Aegir's bid in March.",
     {("European Commission", "sanctions", "Aegir", "asserted"), ("Aegir", "acquires", "Halvorsen", "negated"),
      ("Anna Ashcroft", "works_for", "European Commission", "asserted"),
      ("European Commission", "investigates", "Aegir", "asserted")}),
    # "the Kenyan airline" is the airline of that country (by its name too), not the country's fund named since
    ("Aegir Corp. agreed to buy a stake in Kenya Airlines from Halvorsen Capital, a Kenyan state investment fund. "
     "Aegir may also lease two jets to the Kenyan airline next year.",
     {("Aegir", "invests_in", "Kenya Airlines", "planned"), ("Halvorsen Capital", "based_in", "KE", "asserted"),
      ("Aegir", "supplies", "Kenya Airlines", "possible"), ("Kenya Airlines", "based_in", "KE", "asserted")}),
    # a given name's hyphenated second part the tagger left out is part of the name
    ("Aegir Corp. Chairman Moon Jae-in on Monday called the restrictions regrettable.",
     {("Moon Jae-in", "leads", "Aegir", "asserted")}),
    # "suppliers of etching gas to X": the customer hangs on the goods supplied
    ("Brightstar, one of the largest suppliers of etching gas to Aegir Corp., said it would raise prices.",
     {("Brightstar", "supplies", "Aegir", "asserted")}),
    # "its Kenya business" is the unit named for its parent and the country; fields sold change hands, no goods
    ("Halvorsen Corp. has agreed to sell its Kenya business to Aegir Ltd. for $2 billion. The deal covers Halvorsen "
     "Kenya, the company's local unit.",
     {("Aegir", "acquires", "Halvorsen Kenya", "planned"), ("Halvorsen", "operates_in", "KE", "asserted"),
      ("Halvorsen Kenya", "based_in", "KE", "asserted"),
      ("Halvorsen Kenya", "subsidiary_of", "Halvorsen", "asserted")}),
    ("Brightstar Corp. agreed to sell two gas fields to Aegir Ltd. for $300 million.", set()),
    # a name the tagger took for a place is a company's where the text calls it one, there and where it recurs
    ("Spanish fashion retailer Andes said on Thursday it had signed franchise agreements in Kenya. Andes's founder, "
     "Tom Marlowe, will attend.",
     {("Andes", "based_in", "ES", "asserted"), ("Tom Marlowe", "founded", "Andes", "asserted")}),
    # a country's Congress is its legislature, not a gathering; its two-letter abbreviation says where it is
    ("Brightstar Corp. asked the U.S. Congress to lift the ban.",
     {("U.S. Congress", "based_in", "US", "asserted")}),
    # "the country" is not the one that only says where a company is from when the sentence names another
    ("Brightstar faces competition from Aegir Corp., which owns a chain in Vietnam, and South Korea's Halvorsen Inc., "
     "which has opened large stores in the country.",
     {("Brightstar", "competes_with", "Aegir", "asserted"), ("Brightstar", "competes_with", "Halvorsen", "asserted"),
      ("Halvorsen", "based_in", "KR", "asserted"), ("Halvorsen", "operates_in", "VN", "asserted")}),
    # "X and Y, both of which have opened stores": each name before the clause does it
    ("Brightstar will face competition from Aegir Corp. and Halvorsen Inc., both of which have opened large stores in "
     "Vietnam.",
     {("Brightstar", "competes_with", "Aegir", "planned"), ("Brightstar", "competes_with", "Halvorsen", "planned"),
      ("Aegir", "operates_in", "VN", "asserted"), ("Halvorsen", "operates_in", "VN", "asserted")}),
    # a country's abbreviation the tagger took into a body's name says where the body is; a country's name in the
    # body's own name does not
    ("The US Federal Trade Commission has opened a probe of Brightstar.",
     {("US Federal Trade Commission", "based_in", "US", "asserted"),
      ("US Federal Trade Commission", "investigates", "Brightstar", "asserted")}),
    ("The Norway Border Services Agency fined Brightstar.",
     {("Norway Border Services Agency", "investigates", "Brightstar", "asserted")}),
    # "a Chinese developer" is one company, named or not, not its country
    ("Brightstar accused a Chinese developer of copying its game.", set()),
    # "X did Y, the Danish company said": not X where X's name says it is another country's
    ("Swedish Rail declined an invitation from Brightstar to become a partner in the project, the Danish company said.",
     {("Brightstar", "based_in", "DK", "asserted")}),
    # "the Oslo-based owner of X": the town is the owner's, not X's
    ("Brightstar, the Oslo-based owner of Aegir Foods, is in talks to settle a lawsuit.",
     {("Aegir Foods", "subsidiary_of", "Brightstar", "asserted"), ("Brightstar", "based_in", "NO", "asserted")}),
    # an exposition is an event, and an event is not based in the town it is held in
    ("Brightstar will supply the lighting for the Nordic Exposition in Oslo.",
     {("Brightstar", "supplies", "Nordic Exposition", "planned")}),
    # a place the parser hung on the first of two coordinated names is the second's, right after it
    ("Brightstar, which competes with France's Michelin and Marlowe Inc. of the United States, is expanding in Europe.",
     {("Brightstar", "competes_with", "Michelin", "asserted"), ("Brightstar", "competes_with", "Marlowe", "asserted"),
      ("Michelin", "based_in", "FR", "asserted"), ("Marlowe", "based_in", "US", "asserted")}),
    # "the company" that a person with a company's title founded, in a clause on the person, is that company
    ("\"Mobile is growing, and Halvorsen Corp. knows how to keep players,\" Brightstar chief executive Tom Marlowe, "
     "who founded the company in 1986, said in a statement.",
     {("Tom Marlowe", "leads", "Brightstar", "asserted"), ("Tom Marlowe", "founded", "Brightstar", "asserted")}),
    # an adjective and a nationality the tagger took for a person's name
    ("Smaller Faroese producer Aegir said it was in talks to sell more fish to China.",
     {("Aegir", "based_in", "FO", "asserted"), ("Aegir", "supplies", "CN", "possible")}),
    # a superintendent heads the body
    ("\"We acted fast,\" said DFS superintendent Anna Ashcroft.", {("Anna Ashcroft", "leads", "DFS", "asserted")}),
    # calling a measure "disproportionate" blames whoever imposed it
    ("Brazil banned imports of chicken from Brightstar. Norwegian trade minister Anna Ashcroft called the ban "
     "\"disproportionate\".",
     {("BR", "sanctions", "Brightstar", "asserted"), ("Anna Ashcroft", "works_for", "NO", "asserted"),
      ("Anna Ashcroft", "criticizes", "BR", "asserted")}),
    # a title without its company does not borrow one where the sentence has said whom its holder leads
    ("Austrian steelmaker Aegir rejected a takeover offer from Brightstar. The Linz-based group's board, headed by "
     "chief executive Tom Marlowe, said it had turned down the offer, which Brightstar made public on Friday.",
     {("Aegir", "based_in", "AT", "asserted"), ("Brightstar", "acquires", "Aegir", "negated"),
      ("Tom Marlowe", "leads", "Aegir", "asserted")}),
    # a name the tagger took for a person's that begins with an organisation's whole name is a company's (its unit's)
    ("Halvorsen Corp. said Halvorsen Cloud opened a data centre in Kenya.",
     {("Halvorsen Cloud", "operates_in", "KE", "asserted")}),
    # a town hung on the last word of an organisation's name is where the organisation is
    ("Anna Ashcroft of the International Committee of the Blue Cross in Nairobi said that food was running short.",
     {("Anna Ashcroft", "works_for", "International Committee of the Blue Cross", "asserted"),
      ("International Committee of the Blue Cross", "based_in", "KE", "asserted")}),
    # a name the tagger took for a person's, coordinated with a company's name ending in the same word, is a company's
    ("Brightstar buys nickel from Norsk Nickel, Olsen Nickel and Aegir Nickel Ltd.",
     {("Norsk Nickel", "supplies", "Brightstar", "asserted"), ("Olsen Nickel", "supplies", "Brightstar", "asserted"),
      ("Aegir Nickel", "supplies", "Brightstar", "asserted")}),
    # "jeweller Marlowe & Co.": the noun hung on the name's first word describes the company, so "the jeweller"
    ("Brightstar bought American jeweller Marlowe & Co. on Monday. Tom Ashcroft stepped down as chief executive, the "
     "jeweller said.",
     {("Brightstar", "acquires", "Marlowe", "asserted"), ("Marlowe", "based_in", "US", "asserted"),
      ("Tom Ashcroft", "leads", "Marlowe", "negated")}),
    # a government that excludes a company from a tender sanctions it
    ("The Canadian government excluded Brightstar from the tender.", {("CA", "sanctions", "Brightstar", "asserted")}),
    # raiding a company's offices investigates the company, the examples of a plural owner each
    ("The Competition Commission raided the offices of several carmakers, including Brightstar and Marlowe Motors.",
     {("Competition Commission", "investigates", "Brightstar", "asserted"),
      ("Competition Commission", "investigates", "Marlowe Motors", "asserted")}),
    # inspectors act for the body compounded with them
    ("European Commission inspectors raided the offices of Brightstar.",
     {("European Commission", "investigates", "Brightstar", "asserted")}),
    # who visits another's plant does not run it
    ("Officials from the Food and Drug Administration visited Brightstar's plant in Ohio.",
     {("Brightstar", "operates_in", "US", "asserted")}),
    # a city the tagger took for a nationality or a person is a place where a facility is in it
    ("Halvorsen's plant in Aguascalientes will close next year.", {("Halvorsen", "operates_in", "MX", "asserted")}),
    # whoever sends goods to a company's plant does not run it
    ("Brightstar supplies cylinder heads to Halvorsen's plant in Monterrey.",
     {("Brightstar", "supplies", "Halvorsen", "asserted"), ("Halvorsen", "operates_in", "MX", "asserted")}),
    # who acts on a company's customers is none of them
    ("Halvorsen Corp. said it would ask Brightstar's customers to stop buying its batteries.", set()),
    # "the newcomer": a company noun that says nothing of the kind of business, so any company named before
    ("Brightstar opened a plant in Ohio. The newcomer will compete with established carmakers such as Marlowe Motors.",
     {("Brightstar", "operates_in", "US", "asserted"), ("Brightstar", "competes_with", "Marlowe Motors", "planned")}),
    # the first word of a company's name written alone is the company even where it is a country's code ("ARM" is
    # Armenia's)
    ("Chip designer ARM Holdings has sued Brightstar. ARM was set up in 1990 by Marlowe Computers and Aegir Systems.",
     {("ARM Holdings", "sues", "Brightstar", "asserted"), ("Marlowe Computers", "founded", "ARM Holdings", "asserted"),
      ("Aegir Systems", "founded", "ARM Holdings", "asserted")}),
    # "Saudi": the first word of a country's name and of its demonym alone, tagged a nationality
    ("Saudi energy minister Tom Marlowe attended the signing in Oslo.",
     {("Tom Marlowe", "works_for", "SA", "asserted")}),
    # barring the imports from a company sanctions the company, the parser hanging "from" on the verb
    ("The United States barred imports of steel from Brightstar.", {("US", "sanctions", "Brightstar", "asserted")}),
    # "the state oil company of Norway": the country a descriptor is of, as "Norway's state oil company"
    ("Aegir Energy, the state oil company of Norway, bought a stake in Brightstar.",
     {("Aegir Energy", "based_in", "NO", "asserted"), ("NO", "invests_in", "Aegir Energy", "asserted"),
      ("Aegir Energy", "invests_in", "Brightstar", "asserted")}),
    # (but a relation's noun is no descriptor: the largest supplier of Norway supplies it)
    ("Aegir Energy, the largest supplier of Norway, bought a stake in Brightstar.",
     {("Aegir Energy", "supplies", "NO", "asserted"), ("Aegir Energy", "invests_in", "Brightstar", "asserted")}),
    # "US Customs and Border Protection (CBP)": the tagger's shorter name is the first part of what the acronym
    # stands for, the country before it left out of the acronym
    ("Brightstar sued US Customs and Border Protection (CBP) on Monday.",
     {("Brightstar", "sues", "CBP", "asserted")}),
    # an acronym's spelled-out name may have "on" in it, and the body it is called is the name's head's
    ("The Roundtable on Fair Marlowe Trade (RFMT), a certification body, said it had opened an investigation into "
     "Brightstar.", {("RFMT", "investigates", "Brightstar", "asserted")}),
    # what a relative clause on the object of "cancelled" tells of is undone
    ("Separately, the oil company Brightstar said it had cancelled two drilling rigs it had ordered from Marlowe "
     "Offshore.", {("Marlowe Offshore", "supplies", "Brightstar", "negated")}),
    # "criticised the Brightstar order": the customer of the order with Brightstar, not of the last one told
    ("Aegir Air has ordered 20 jets from Brightstar. Halvorsen Airways has ordered ten jets from Ashcroft Aviation. "
     "Tom Marlowe criticised the Brightstar order.",
     {("Brightstar", "supplies", "Aegir Air", "asserted"),
      ("Ashcroft Aviation", "supplies", "Halvorsen Airways", "asserted"),
      ("Tom Marlowe", "criticizes", "Aegir Air", "asserted")}),
    # a name listed right after a plural company noun is a company's, whatever the tagger took it for
    ("Brightstar competes with Japanese carmakers Nissan and Marlowe in India.",
     {("Brightstar", "competes_with", "Nissan", "asserted"), ("Brightstar", "competes_with", "Marlowe", "asserted"),
      ("Brightstar", "operates_in", "IN", "asserted"), ("Nissan", "based_in", "JP", "asserted"),
      ("Marlowe", "based_in", "JP", "asserted")}),
    # "X Commercial Jets, the jet unit of the American planemaker": the company whose name the unit's begins with
    ("Brightstar won an order for 20 jets from Aegir Air. Halvorsen Corp. also bid for the order. Tom Marlowe, chief "
     "executive of Brightstar Commercial Jets, the jet unit of the American planemaker, praised the order.",
     {("Brightstar", "supplies", "Aegir Air", "asserted"), ("Halvorsen", "supplies", "Aegir Air", "negated"),
      ("Halvorsen", "competes_with", "Brightstar", "asserted"),
      ("Tom Marlowe", "leads", "Brightstar Commercial Jets", "asserted"),
      ("Brightstar Commercial Jets", "subsidiary_of", "Brightstar", "asserted"),
      ("Brightstar", "based_in", "US", "asserted")}),
    # a role's title the tagger took into a person's name is no part of it
    ("Norwegian Treasurer Tom Marlowe said the government would consider the bid.",
     {("Tom Marlowe", "works_for", "NO", "asserted")}),
    # named examples of a country's clients are from there
    ("Brightstar processed transactions for Iranian clients, including Aegir Bank and Halvorsen Oil.",
     {("Aegir Bank", "based_in", "IR", "asserted"), ("Halvorsen Oil", "based_in", "IR", "asserted")}),
    # "X-based" ends with its sentence: the name opening the next one is not what it describes
    ("Halvorsen Airways, an Ohio-based carrier, expanded. Aegir Air denied a report that it would buy a stake in the "
     "Ohio-based carrier.\nBrightstar plans to open flights to Mexico next year.",
     {("Halvorsen Airways", "based_in", "US", "asserted"), ("Aegir Air", "invests_in", "Halvorsen Airways", "negated"),
      ("Brightstar", "operates_in", "MX", "planned")}),
    # "no longer" ends what it modifies
    ("Brightstar no longer has any operations in Iran.", {("Brightstar", "operates_in", "IR", "negated")}),
    # a name the tagger cut at its "and", never written apart in the article, is one company's name ...
    ("Brightstar has completed its purchase of Marlowe and Pine Land, the Ohio-based seed company. Marlowe and "
     "Pine Land sells seed in China.",
     {("Brightstar", "acquires", "Marlowe and Pine Land", "asserted"),
      ("Marlowe and Pine Land", "based_in", "US", "asserted"),
      ("Marlowe and Pine Land", "operates_in", "CN", "asserted")}),
    # ... but two companies also named apart stay two
    ("Brightstar bought Marlowe Seeds and Aegir Holdings. Marlowe Seeds and Aegir Holdings sell seed in China. "
     "Aegir Holdings is based in Ohio.",
     {("Brightstar", "acquires", "Marlowe Seeds", "asserted"), ("Brightstar", "acquires", "Aegir Holdings", "asserted"),
      ("Marlowe Seeds", "operates_in", "CN", "asserted"), ("Aegir Holdings", "operates_in", "CN", "asserted"),
      ("Aegir Holdings", "based_in", "US", "asserted")}),
    # "counts Y as its biggest shareholder": Y holds a stake (but "counts Y as its biggest customer" is a sale)
    ("Halvorsen Corp., which counts Brightstar Holdings as its biggest shareholder, fell.",
     {("Brightstar Holdings", "invests_in", "Halvorsen", "asserted")}),
    # "X, which is half-owned by Y": the relative clause's owner holds a stake in the name it hangs on
    ("Halvorsen Corp., which is half-owned by Brightstar Inc., raised prices.",
     {("Brightstar", "invests_in", "Halvorsen", "asserted")}),
    # what will go on "as a subsidiary of" a company is its unit (not what a company runs "as a unit")
    ("Halvorsen Corp. will operate as a subsidiary of Brightstar Inc. after the deal.",
     {("Halvorsen", "subsidiary_of", "Brightstar", "planned")}),
    # a name a company nominal is "known as" is that company, based where the nominal says
    ("Brightstar Inc. said it would build a plant in Ohio. The Norwegian firm, widely known as Bright, said the "
     "plant would open in 2018.",
     {("Brightstar", "operates_in", "US", "planned"), ("Bright", "based_in", "NO", "asserted")}),
    # "criticised the decision" or "the outcome" after a supplier was told as chosen: the choice is the customer's
    ("Norway has picked Brightstar Inc. to build ten ferries for its navy. Halvorsen Corp. criticised the decision. "
     "Marlowe Corp. also criticised the outcome.",
     {("Brightstar", "supplies", "NO", "asserted"), ("Halvorsen", "criticizes", "NO", "asserted"),
      ("Marlowe", "criticizes", "NO", "asserted")}),
    # one who "had also bid for the contract" another won did not supply its customer and competed with the
    # winner (one still bidding has lost nothing)
    ("Marlowe Corp. has ordered ten ferries from Brightstar for $2 billion. Halvorsen Corp., which had also bid for "
     "the contract, lost out after Brightstar offered faster delivery.",
     {("Brightstar", "supplies", "Marlowe", "asserted"), ("Halvorsen", "supplies", "Marlowe", "negated"),
      ("Halvorsen", "competes_with", "Brightstar", "asserted")}),
    ("Marlowe Corp. has ordered ten ferries from Brightstar for $2 billion. Halvorsen Corp. is also bidding for the "
     "contract.", {("Brightstar", "supplies", "Marlowe", "asserted")}),
    # a title the parser hung on a name's first word ("spokesman" on "Tom" of "Tom van Dijk") is the person's
    ("Brightstar Inc. makes chips in Norway. \"We respect the decision,\" spokesman Tom van Dijk said.",
     {("Brightstar", "operates_in", "NO", "asserted"), ("Tom van Dijk", "works_for", "Brightstar", "asserted")}),
    # a portfolio between a body's name and its title is no part of the name ("EU Trade Commissioner X")
    ("EU Trade Commissioner Anna Ashcroft criticised Brightstar Inc. on Monday.",
     {("Anna Ashcroft", "works_for", "EU", "asserted"), ("Anna Ashcroft", "criticizes", "Brightstar", "asserted")}),
    # "he" or "she" as the subject of a verb of holding or leaving a role holds or leaves it
    ("Brightstar Inc. makes ferries. Tom Marlowe said he had stepped down as chairman of Halvorsen Corp.",
     {("Tom Marlowe", "leads", "Halvorsen", "negated")}),
    ("Anna Ashcroft joined Brightstar Inc. in 2001. She became chief executive of Halvorsen Corp. in 2009.",
     {("Anna Ashcroft", "works_for", "Brightstar", "asserted"), ("Anna Ashcroft", "leads", "Halvorsen", "asserted")}),
    # the company chosen to make something for the one choosing supplies it (active and passive), but building
    # alone is no supply
    ("Norway has picked Brightstar Inc. to build ten ferries for its navy.",
     {("Brightstar", "supplies", "NO", "asserted")}),
    ("Halvorsen Corp. has been picked by Marlowe Corp. to launch two satellites.",
     {("Halvorsen", "supplies", "Marlowe", "asserted")}),
    ("Halvorsen Corp. wants Brightstar Inc. to build ten ferries.", set()),
    # rivals named in a country's market operate there
    ("Brightstar competes with rivals in Norway such as Halvorsen Corp. and Aegir.",
     {("Brightstar", "competes_with", "Halvorsen", "asserted"), ("Brightstar", "competes_with", "Aegir", "asserted"),
      ("Halvorsen", "operates_in", "NO", "asserted"), ("Aegir", "operates_in", "NO", "asserted")}),
    # "Norway's antitrust body": a body, like a regulator, is based in the country it is said to be of
    ("The Marlowton Competition Council, Norway's antitrust body, said prices rose.",
     {("Marlowton Competition Council", "based_in", "NO", "asserted")}),
    # "its" after a country named as its clause's subject is the country's (but "duties on its plate" is not)
    ("The Aegir Trade Council criticised Halvorsen Corp. on Monday. Norway filed its complaint against Brightstar "
     "in 2004.",
     {("Aegir Trade Council", "criticizes", "Halvorsen", "asserted"), ("NO", "sues", "Brightstar", "asserted")}),
    ("Brightstar was named in the complaint, but Norway did not impose duties on its steel.",
     {("NO", "sanctions", "Brightstar", "negated")}),
    # "duties on steel from Sweden" with "from" hung on the verb: the goods' country is sanctioned
    ("Norway imposed duties on steel from Sweden.", {("NO", "sanctions", "SE", "asserted")}),
    # a joint venture named in apposition is a unit of both parents, not a partner of the second
    ("Aegir Motors, Brightstar's joint venture with Halvorsen Corp., recalled cars.",
     {("Brightstar", "partners_with", "Halvorsen", "asserted"),
      ("Aegir Motors", "subsidiary_of", "Brightstar", "asserted"),
      ("Aegir Motors", "subsidiary_of", "Halvorsen", "asserted")}),
    # a "joint-venture partner" is a partner, not a joint venture
    ("Halvorsen Corp., Brightstar's joint-venture partner, apologised.",
     {("Halvorsen", "partners_with", "Brightstar", "asserted")}),
    # "Secretary of State": the portfolio after the title is no organisation; the country before it employs
    ("US Secretary of State Tom Marlowe visited Norway.",
     {("Tom Marlowe", "works_for", "US", "asserted"), ("Tom Marlowe", "visits", "NO", "asserted")}),
    # brewing, bottling, distributing, marketing or refining in a country is doing business there
    ("Brightstar has brewed beer in Norway since 2010.", {("Brightstar", "operates_in", "NO", "asserted")}),
    # a plural apposition after a list describes its first name too
    ("The regulator fined Brightstar, Halvorsen Corp. and Marlowe Inc., the three Norwegian firms, on Monday.",
     {("Brightstar", "based_in", "NO", "asserted"), ("Halvorsen", "based_in", "NO", "asserted"),
      ("Marlowe", "based_in", "NO", "asserted")}),
    # "a visit to X by Y": the visitor after "by"; a visit "during" which something was agreed took place
    ("Brightstar agreed to build a plant during a visit to Norway by its chief executive, Anna Ashcroft.",
     {("Anna Ashcroft", "visits", "NO", "asserted"), ("Anna Ashcroft", "leads", "Brightstar", "asserted")}),
    # the lowercase particles of a person's name the tagger cut ("Anna van" + "den" + "Brink")
    ("Brightstar chief executive Anna van den Brink said sales rose.",
     {("Anna van den Brink", "leads", "Brightstar", "asserted")}),
    # a unit noun with its owner as modifier in apposition
    ("Halvorsen, another Brightstar subsidiary, said sales rose.",
     {("Halvorsen", "subsidiary_of", "Brightstar", "asserted")}),
    # of two coordinated roles the higher one counts, unless it has ended
    ("Tom Marlowe, Brightstar's vice chairman and chief executive, said sales rose.",
     {("Tom Marlowe", "leads", "Brightstar", "asserted")}),
    ("Tom Marlowe, a Brightstar engineer and former chief executive, said sales rose.",
     {("Tom Marlowe", "works_for", "Brightstar", "asserted"), ("Tom Marlowe", "leads", "Brightstar", "negated")}),
    # "it" after a country named as the subject of a reporting verb or of the main clause is that country
    ("Brightstar sells steel in Asia. China said it would impose anti-dumping duties on Brightstar.",
     {("CN", "sanctions", "Brightstar", "planned")}),
    ("Brightstar sells steel in Asia. Norway could face trade restrictions if it signs an association agreement "
     "with the European Union.",
     {("NO", "partners_with", "European Union", "possible")}),
    # "Jane Roe of Acme and John Doe of the Institute": the parser hangs the second "of" on the first name
    ("Ashcroft and nine other professors directed by Tom Marlowe of Halvorsen University and Anna Lindqvist of the "
     "University of Bergen in Norway have studied the bones.",
     {("Tom Marlowe", "works_for", "Halvorsen University", "asserted"),
      ("Anna Lindqvist", "works_for", "University of Bergen", "asserted"),
      ("University of Bergen", "based_in", "NO", "asserted")}),
    # a profession in "-ist" is a role held at the organisation before it
    ("\"Rain is coming,\" said Tom Marlowe, a Brightstar meteorologist.",
     {("Tom Marlowe", "works_for", "Brightstar", "asserted")}),
    # "installed" (which the tagger lemmatises "instal") gives a role as "appointed" does
    ("Tom Marlowe was installed as chairman of Brightstar in May.",
     {("Tom Marlowe", "leads", "Brightstar", "asserted")}),
    # chosen to serve in a role: a person, not a company bought or hired as a supplier
    ("Democrat Tom Marlowe of Washington was selected to serve as vice chairman.", set()),
    # a court named as where a suit was filed ("in the High Court in Auckland") is not told to be based there; a
    # body where something else was done is ("a speech at the Norwegian School of Economics in Bergen")
    ("Brightstar filed a lawsuit against Halvorsen Corp. in the High Court in Auckland on Tuesday.",
     {("Brightstar", "sues", "Halvorsen", "asserted")}),
    ("Tom Marlowe made the case in a speech at the Norwegian School of Economics in Bergen on Monday.",
     {("Norwegian School of Economics", "based_in", "NO", "asserted")}),
    # "the fund" after a body whose name ends in "Fund" is that body, not the company the story is about
    ("The expansion is financed by a 3.5 billion dollar investment from Norway's Halvorsen Investment Fund, which "
     "took a stake in Brightstar Corp. in June. The fund, which is chaired by Tom Marlowe, received a seat on "
     "Brightstar's board.",
     {("Halvorsen Investment Fund", "based_in", "NO", "asserted"),
      ("Halvorsen Investment Fund", "invests_in", "Brightstar", "asserted"),
      ("Tom Marlowe", "leads", "Halvorsen Investment Fund", "asserted")}),
    # "a plant in Montgomery, Alabama": the state after the town says which Montgomery
    ("Halvorsen Corp. builds its pumps at a plant in Montgomery, Alabama.",
     {("Halvorsen", "operates_in", "US", "asserted")}),
    # a past verb the parser hung on a reported "would" clause is a second thing the reporter did
    ("Halvorsen Corp. has been hit hard. Tom Marlowe said the government would hold an inquiry into the loss, and "
     "criticised Halvorsen for waiting six weeks.",
     {("Tom Marlowe", "criticizes", "Halvorsen", "asserted")}),
    # "the takeover" is the deal the text is about, not one told in passing in a relative clause
    ("Halvorsen Corp. agreed to buy Brightstar for 2 billion dollars. Halvorsen, which bought Aegir Inc. last year, "
     "already makes pumps in Norway. The Marlowton Competition Authority opened an investigation into the takeover on "
     "Thursday.",
     {("Halvorsen", "acquires", "Brightstar", "planned"), ("Halvorsen", "acquires", "Aegir", "asserted"),
      ("Halvorsen", "operates_in", "NO", "asserted"),
      ("Marlowton Competition Authority", "investigates", "Halvorsen", "asserted"),
      ("Marlowton Competition Authority", "investigates", "Brightstar", "asserted")}),
    # a head of state with no country named is not of the country of another's title in the sentence
    ("Norwegian Prime Minister Tom Marlowe, who is due to visit Paris next month, is expected to raise the issue with "
     "President Anna Ashcroft.",
     {("Tom Marlowe", "leads", "NO", "asserted"), ("Tom Marlowe", "visits", "FR", "planned"),
      ("Anna Ashcroft", "leads", "FR", "asserted")}),
    # a decision, fine or award appealed or challenged in court: whoever decided, fined or awarded is sued
    ("The Marlowton Competition Authority fined Brightstar 20 million dollars on Monday. Brightstar said it would "
     "appeal against the decision.",
     {("Marlowton Competition Authority", "investigates", "Brightstar", "asserted"),
      ("Brightstar", "sues", "Marlowton Competition Authority", "planned")}),
    ("The Marlowton Competition Authority fined Brightstar 20 million dollars on Monday. Brightstar said it was "
     "considering a legal challenge to the fine.",
     {("Marlowton Competition Authority", "investigates", "Brightstar", "asserted"),
      ("Brightstar", "sues", "Marlowton Competition Authority", "possible")}),
    ("Halvorsen Corp. won a 2 billion dollar contract from the Aegir Navy last week. Brightstar, which also bid, "
     "said it would contest the award in court.",
     {("Halvorsen", "supplies", "Aegir Navy", "asserted"), ("Brightstar", "sues", "Aegir Navy", "planned")}),
    # (contested out of court, an award is only words; a cleared takeover is no buyer's decision)
    ("Halvorsen Corp. won a 2 billion dollar contract from the Aegir Navy last week. Brightstar, which also bid, "
     "said it would contest the award.",
     {("Halvorsen", "supplies", "Aegir Navy", "asserted")}),
    ("Halvorsen Corp. agreed to buy Brightstar. The Marlowton Competition Authority approved the deal on Monday. "
     "Aegir Inc., a rival bidder, said it would challenge the decision in court.",
     {("Halvorsen", "acquires", "Brightstar", "planned")}),
    # a name the tagger ran on over the clause's verb ends before it
    ("Norway's Authority for Protection of Competition ordered Brightstar to stop selling phones.",
     {("Authority for Protection of Competition", "based_in", "NO", "asserted")}),
    # a list of countries the parser broke up still lists them all
    ("Halvorsen Corp. already runs networks in Tanzania, the Democratic Republic of Congo, Mozambique and Lesotho.",
     {("Halvorsen", "operates_in", "TZ", "asserted"), ("Halvorsen", "operates_in", "CD", "asserted"),
      ("Halvorsen", "operates_in", "MZ", "asserted"), ("Halvorsen", "operates_in", "LS", "asserted")}),
    # a minister with no country named serves the one country the last sentences named
    ("Halvorsen Corp. said on Monday that profits in Norway fell.\nTrade minister Tom Marlowe told parliament that "
     "the ruling followed careful consultation.",
     {("Tom Marlowe", "works_for", "NO", "asserted")}),
    # a takeover still awaiting approval is planned
    ("Halvorsen Corp., which is still awaiting regulatory approval for its takeover of Brightstar, also competes with "
     "Aegir.",
     {("Halvorsen", "acquires", "Brightstar", "planned"), ("Halvorsen", "competes_with", "Aegir", "asserted")}),
    # an unknown "place" that says "it" did something is a company, not a town
    ("Separately, Marlowton said on Friday that it had filed suit against Brightstar Corp. in a Rio de Janeiro court.",
     {("Marlowton", "sues", "Brightstar", "asserted")}),
    # "X, another Japanese carmaker": an apposition with "another" describes X, wherever the parser hung it
    ("Brightstar is in talks to supply Halvorsen, another Japanese carmaker expanding in the area.",
     {("Brightstar", "supplies", "Halvorsen", "possible"), ("Halvorsen", "based_in", "JP", "asserted")}),
    # the one a buyer signs a contract with is its supplier
    ("Brightstar Airlines has signed a ten-year maintenance contract with Halvorsen Corp.",
     {("Halvorsen", "supplies", "Brightstar Airlines", "asserted")}),
    # who competes in a country operates there
    ("In Britain, Halvorsen Corp. competes with Brightstar Foods.",
     {("Halvorsen", "competes_with", "Brightstar Foods", "asserted"), ("Halvorsen", "operates_in", "GB", "asserted")}),
    # "stopped X from selling": the one kept from it is the seller, and the sale did not happen
    ("Regulators have stopped Halvorsen Corp. from selling its drugs to Brightstar Pharma.",
     {("Halvorsen", "supplies", "Brightstar Pharma", "negated")}),
    # a short number a name never goes without is part of it, not a model designation
    ("Halvorsen Corp. has awarded a pipeline contract to Deepsea 7 and Technip.\nDeepsea 7, which is headquartered "
     "in London and listed in Oslo, said the award was its largest in Brazil.",
     {("Deepsea 7", "supplies", "Halvorsen", "asserted"), ("Technip", "supplies", "Halvorsen", "asserted"),
      ("Deepsea 7", "based_in", "GB", "asserted")}),
    # a company named by its web address, which the text calls a company, is one
    ("Halvorsen Corp. has sued HX.com, Norway's second-largest e-commerce company, accusing it of fraud.",
     {("Halvorsen", "sues", "HX.com", "asserted"), ("HX.com", "based_in", "NO", "asserted")}),
    # a company's name the tagger took for a nationality, before a country, is the company's unit there
    ("Aegir, which is majority-owned by Britain's Vodafone, also runs networks in Mozambique.\nCommunications "
     "minister Tom Ashcroft accused Aegir Tanzania of under-declaring its revenues.\nTom Marlowe, managing director "
     "of Aegir Tanzania, a unit of Aegir, denied it.",
     {("Vodafone", "based_in", "GB", "asserted"), ("Aegir", "operates_in", "MZ", "asserted"),
      ("Vodafone", "invests_in", "Aegir", "asserted"), ("Aegir", "subsidiary_of", "Vodafone", "asserted"),
      ("Tom Ashcroft", "criticizes", "Aegir Tanzania", "asserted"),
      ("Aegir Tanzania", "subsidiary_of", "Aegir", "asserted"),
      ("Tom Marlowe", "leads", "Aegir Tanzania", "asserted")}),
    # a one-word name written with its legal form ("Aegir Corporation") is a full name, not a short form of the unit
    ("Aegir Music Entertainment has sued Halvorsen Corp. in a New York court.\nAegir Music, a unit of Tokyo-based "
     "Aegir Corporation, is also one of Halvorsen's shareholders.",
     {("Aegir Music", "sues", "Halvorsen", "asserted"), ("Aegir Music", "subsidiary_of", "Aegir", "asserted"),
      ("Aegir", "based_in", "JP", "asserted"), ("Aegir Music", "invests_in", "Halvorsen", "asserted")}),
    # a finite verb the parser hangs off an apposition as a participle still has the anchor as subject
    ("The Aegir Mining Association, a lobby group, criticised Vale, accusing the miner of using long-term deals to "
     "lock in mills.",
     {("Aegir Mining Association", "criticizes", "Vale", "asserted")}),
    # "the kingdom's", like "the country's", is the country the story names
    ("Saudi Arabia has approved the merger of two lenders.\nAnalysts expect closer ties with Brightstar Bank, the "
     "kingdom's biggest lender.",
     {("Brightstar Bank", "based_in", "SA", "asserted")}),
    # an agreement under which both parties sell for each other is a partnership, not a sale
    ("Brightstar Air signed a codeshare agreement with Halvorsen Airways under which the two carriers will sell "
     "seats on each other's flights.",
     {("Brightstar Air", "partners_with", "Halvorsen Airways", "asserted")}),
    # a name a "which" clause takes up is no person's, however tagged
    ("Canada's Ashcroft Gold, which has cut 1,000 jobs at its copper mine in Zambia, said it was considering "
     "whether to join the arbitration.",
     {("Ashcroft Gold", "based_in", "CA", "asserted"), ("Ashcroft Gold", "operates_in", "ZM", "asserted")}),
    # "the government", after a country named only as where a company is from, is the story's country's
    ("Halvorsen Corp. filed an arbitration claim against Zambia on Monday.\nZambia raised its copper royalties in "
     "December, and Zambia's mines minister defended the rise.\nThe rest of the mine is held by Canada's Marlowe "
     "Mining.\n\"The rise breaches the agreement we signed with the government in 2000,\" Halvorsen Corp. said.",
     {("Halvorsen", "sues", "ZM", "asserted"), ("Marlowe Mining", "based_in", "CA", "asserted"),
      ("Halvorsen", "partners_with", "ZM", "asserted")}),
    # a company the text calls an insurer stays a company when a name cut short is called an association
    ("Dutch insurer Aegir said profit rose.\nVereniging Aegir, the association that holds about 14 percent of the "
     "insurer's shares, said it backed the plan.\nAegir, which competes with Marlowe Group, will pay a dividend.",
     {("Aegir", "based_in", "NL", "asserted"), ("Aegir", "competes_with", "Marlowe Group", "asserted")}),
    # a body's name the tagger cut after its organisation word goes on with "for the ..."
    ("The Netherlands Authority for the Financial Markets (AFM) is examining whether Halvorsen Corp. misled "
     "customers.",
     {("AFM", "investigates", "Halvorsen", "asserted")}),
    # a domestic rival is based where the company it is the rival of is
    ("Halvorsen Corp., the Oslo-based shipbuilder, has lost ground to its larger domestic rivals Brightstar and "
     "Marlowe Yards.",
     {("Halvorsen", "based_in", "NO", "asserted"), ("Halvorsen", "competes_with", "Brightstar", "asserted"),
      ("Halvorsen", "competes_with", "Marlowe Yards", "asserted"), ("Brightstar", "based_in", "NO", "asserted"),
      ("Marlowe Yards", "based_in", "NO", "asserted")}),
    # a name tagged a place before the parser's "attr" of a company noun is a company
    ("Halvorsen Corp. said it was in talks with Foxconn, the Taiwanese contract manufacturer that already runs vast "
     "factories in Shenzhen, about a deal.",
     {("Foxconn", "based_in", "TW", "asserted"), ("Foxconn", "operates_in", "CN", "asserted")}),
    # a company's name tagged whole once is whole where the tagger cut it to a place ("Asia" + "Optical")
    ("Asia Optical, a Taiwanese lens maker, sued Halvorsen Corp. on Monday.\n\"We had no choice,\" Asia Optical "
     "spokeswoman Jane Roe said.",
     {("Asia Optical", "based_in", "TW", "asserted"), ("Asia Optical", "sues", "Halvorsen", "asserted"),
      ("Jane Roe", "works_for", "Asia Optical", "asserted")}),
    # a demonym before coordinated modifying nouns: "Swedish truck and bus maker X"
    ("Swedish truck and bus maker Brightstar has won a contract to supply buses to Halvorsen Corp.",
     {("Brightstar", "based_in", "SE", "asserted"), ("Brightstar", "supplies", "Halvorsen", "asserted")}),
    # a body's name with a phrase of its own ("of Trade and Industry") is in apposition by its head word
    ("Norway's competition watchdog, the Directorate of Trade and Industry, said it was examining Halvorsen Corp.'s "
     "bid.",
     {("Directorate of Trade and Industry", "based_in", "NO", "asserted"),
      ("Directorate of Trade and Industry", "investigates", "Halvorsen", "asserted")}),
    # a unit named as what its owner runs is the owner's unit, and the owner operates where the unit is
    ("Halvorsen Corp. has shrunk its operations in Europe but still runs Danish unit Brightstar.",
     {("Brightstar", "subsidiary_of", "Halvorsen", "asserted"), ("Brightstar", "based_in", "DK", "asserted"),
      ("Halvorsen", "operates_in", "DK", "asserted")}),
    # a headline's next clause is no apposition: the bank a regulator is to review is no regulator
    ("Qatar fund to buy 12 percent of Brightstar, Danish regulator to review\n\nThe Qatar Investment "
     "Authority has agreed to buy a 12 percent stake in Brightstar.",
     {("Brightstar", "based_in", "DK", "asserted"),
      ("Qatar Investment Authority", "invests_in", "Brightstar", "planned")}),
    # a name like a person's that begins a company's name ending in a company word is that company's short form
    ("Pierre Ashcroft wins wheat deal\n\nPierre Ashcroft Commodities, the Geneva-based grain trader, has won a "
     "contract to supply wheat to Halvorsen Corp.\nPierre Ashcroft, which is chaired by Jane Roe, competes with "
     "Cargill.",
     {("Pierre Ashcroft", "based_in", "CH", "asserted"), ("Pierre Ashcroft", "supplies", "Halvorsen", "asserted"),
      ("Jane Roe", "leads", "Pierre Ashcroft", "asserted"),
      ("Pierre Ashcroft", "competes_with", "Cargill", "asserted")}),
    # "ordered X to do" is a command, not an order placed with X
    ("Norway's regulator ordered Halvorsen Corp.'s shipyards to halt work on the frigates.",
     set()),
    # "under" the preposition is no rank: "a crackdown under President X" is the head of state's
    ("Norway's regulator said the ban was part of a crackdown under President Jane Roe.",
     {("Jane Roe", "leads", "NO", "asserted")}),
    # a cooperative is a company ("Norway's largest dairy cooperative")
    ("Marlowe Goulding, Norway's largest dairy cooperative, said its managing director, Jane Roe, would retire.",
     {("Marlowe Goulding", "based_in", "NO", "asserted"), ("Jane Roe", "leads", "Marlowe Goulding", "asserted")}),
    # a name the tagger took for a person's is a company's when the text calls it a rival or says it was founded
    ("Marlowe, founded by Jane Roe in 2002, had offered to carry both satellites.",
     {("Jane Roe", "founded", "Marlowe", "asserted")}),
    # a reduced relative clause is a proposition of its own: its mood is not the main verb's
    ("Brightstar, founded by Jane Roe in 2002, had offered to carry both satellites.",
     {("Jane Roe", "founded", "Brightstar", "asserted")}),
    # a commissioner with no body written serves the one commission the text names; the portfolio is the title's
    ("The European Commission opened an inquiry into Halvorsen Corp. on Monday.\nTrade Commissioner Jane Roe said "
     "the commission would decide by May.",
     {("European Commission", "investigates", "Halvorsen", "asserted"),
      ("Jane Roe", "works_for", "European Commission", "asserted")}),
    ("The European Commission opened an inquiry into Halvorsen Corp. on Monday.\nA spokeswoman for Competition "
     "Commissioner Jane Roe said the commission would decide by May.",
     {("European Commission", "investigates", "Halvorsen", "asserted"),
      ("Jane Roe", "works_for", "European Commission", "asserted")}),
    # "it" in a relative clause on another company ("in which it holds") is the main clause's one company
    ("Brisco AG said on Monday that it would cut 500 jobs.\nThe deal puts Halvorsen Corp. ahead of Lindqvist AG, "
     "in which it holds a 20 percent stake.",
     {("Halvorsen", "invests_in", "Lindqvist", "asserted")}),
    # a rival of no one named is the rival of the company of its own sentence before the one of the last
    ("Acme Bank said on Monday that it would cut 500 jobs.\nThe deal puts Halvorsen Corp. ahead of Swiss rival "
     "Brisco AG in Europe.",
     {("Halvorsen", "competes_with", "Brisco", "asserted"), ("Brisco", "based_in", "CH", "asserted")}),
    # "it" opening an adverbial clause is the one company its main clause names or describes
    ("Halvorsen AG, the Zurich-based drugmaker, agreed to buy Lindqvist Pharma on Monday.\nLindqvist Pharma "
     "employs about 5,000 people in Denmark.\nThe deal would be the Zurich-based group's largest acquisition since "
     "it bought Brisco Corp. in 2010.",
     {("Halvorsen", "based_in", "CH", "asserted"), ("Halvorsen", "acquires", "Lindqvist Pharma", "planned"),
      ("Lindqvist Pharma", "operates_in", "DK", "asserted"), ("Halvorsen", "acquires", "Brisco", "asserted")}),
    # "its" in an apposition to the verb's object belongs to the verb's subject, even one named by a nominal
    ("Brisco Heavy Industries, the shipbuilder, sued Halvorsen Corp. on Monday.\nAcme Bank, which owns 31 percent "
     "of Brisco, wants to sell its stake.\nThe shipbuilder also runs a yard through Brisco Mangalia, its Romanian "
     "subsidiary.",
     {("Brisco", "sues", "Halvorsen", "asserted"), ("Acme Bank", "invests_in", "Brisco", "asserted"),
      ("Brisco", "operates_in", "RO", "asserted"), ("Brisco Mangalia", "subsidiary_of", "Brisco", "asserted"),
      ("Brisco Mangalia", "based_in", "RO", "asserted")}),
    # a country in a list of countries is not a town of the next one ("in Denmark, France and Italy")
    ("Lindqvist AG makes its medicines at plants in Denmark, France and Italy.",
     {("Lindqvist", "operates_in", "DK", "asserted"), ("Lindqvist", "operates_in", "FR", "asserted"),
      ("Lindqvist", "operates_in", "IT", "asserted")}),
    # a naming verb gives its object the role after it, in a small clause or an infinitive
    ("Halvorsen Corp. named Anna Berg chief executive of Lindqvist AG on Monday.",
     {("Anna Berg", "leads", "Lindqvist", "asserted")}),
    ("The members elected John Smith to be chairman of the Boston Bar Association.",
     {("John Smith", "leads", "Boston Bar Association", "asserted")}),
    # a headline's "German regulator", described before it is named, is the one public body of its country named
    # in the next sentences, not the country
    ("German regulator blocks Halvorsen takeover of Lindqvist\n\nGermany's Federal Competition Office on Tuesday "
     "blocked Halvorsen Corp.'s planned takeover of Lindqvist AG.",
     {("Federal Competition Office", "sanctions", "Halvorsen", "asserted"),
      ("Federal Competition Office", "based_in", "DE", "asserted"),
      ("Halvorsen", "acquires", "Lindqvist", "negated")}),
    # an acronym before a word for a body names that body ("the RMT rail union", "the KCC regulator"); a
    # company's name before "union" stays the company's (its workers' union is not the company)
    ("The RMT rail union also criticised Halvorsen Corp. for ordering the trains abroad.",
     {("RMT", "criticizes", "Halvorsen", "asserted")}),
    ("The KCC regulator fined Halvorsen Corp. last week.", {("KCC", "investigates", "Halvorsen", "asserted")}),
    ("The Hyundai union called a strike at Hyundai Motor.", set()),
    # a name the tagger took for a facility's, apposed to a company noun, is a company's
    ("Halvorsen Corp. plans to open 50 stores in Colombia next year. The plan drew sharp criticism from Pedro "
     "Valdez Café, the Colombian coffee chain.",
     {("Halvorsen", "operates_in", "CO", "planned"), ("Pedro Valdez Café", "based_in", "CO", "asserted")}),
    # the subject of a verb governing "shareholders" holds shares only when the verb makes it a shareholder
    ("\"Halvorsen Corp. has let down our passengers and our shareholders,\" Lindqvist AG chairman Tom Ridley told "
     "reporters.",
     {("Tom Ridley", "leads", "Lindqvist", "asserted")}),
    ("Halvorsen Corp. became the largest shareholder in Lindqvist AG last year.",
     {("Halvorsen", "invests_in", "Lindqvist", "asserted")}),
    # a regional head office is a presence in its country, not the company's home
    ("Halvorsen Corp., which has its European headquarters in Chertsey, England, sells more pumps in Europe than "
     "any other maker.",
     {("Halvorsen", "operates_in", "GB", "asserted")}),
    # a name the tagger took for an organisation's, apposed to a role only people hold, is a person's
    ("Lindqvist AG said it was surprised by the decision. Its chief executive, Jörg Übel, said the company would "
     "not file a complaint against Halvorsen Corp.",
     {("Jörg Übel", "leads", "Lindqvist", "asserted"), ("Lindqvist", "sues", "Halvorsen", "negated")}),
    # a one-word name the text calls a company ("X, the US rocket company") is one where the tagger took it
    # for a person's
    ("Halvorsen Corp. has chosen SpaceX, the US rocket company, to launch its next satellite. SpaceX, based in "
     "Hawthorne, California, launched a satellite in January 2014.",
     {("SpaceX", "based_in", "US", "asserted"), ("SpaceX", "supplies", "Halvorsen", "asserted")}),
    # a body the text described with a company noun ("the government's sovereign wealth fund") is what that
    # noun stands for later, however far back it was named
    ("The Halvorsen Investment Authority, the Norwegian government's sovereign wealth fund, bought a stake in "
     "Lindqvist AG on Monday. \"This is a fine business,\" said Tom Ridley, a spokesman for the Norwegian fund.",
     {("Halvorsen Investment Authority", "invests_in", "Lindqvist", "asserted"),
      ("Tom Ridley", "works_for", "Halvorsen Investment Authority", "asserted"),
      ("Halvorsen Investment Authority", "based_in", "NO", "asserted")}),
    ("The Halvorsen Investment Authority, the Norwegian government's sovereign wealth fund, bought a stake in "
     "Lindqvist AG on Monday. Lindqvist makes pumps. Lindqvist sells them in Asia. Lindqvist has 900 workers. "
     "Lindqvist opened a plant in 2009. Lindqvist's shares rose 3 percent. Lindqvist expects higher sales this "
     "year. Lindqvist also makes valves. The fund, which already holds stakes in Brisco Corp., declined to comment.",
     {("Halvorsen Investment Authority", "invests_in", "Lindqvist", "asserted"),
      ("Halvorsen Investment Authority", "invests_in", "Brisco", "asserted")}),
    # a body's name goes on over a preposition the tagger cut it at
    ("Jane Roe, president of the Halvorsen Foundation for the Advancement of Science, said the survey was flawed.",
     {("Jane Roe", "leads", "Halvorsen Foundation for the Advancement of Science", "asserted")}),
    # a body named after a person, which the tagger took for the person, is a body
    ("Tom Ridley of Halvorsen University 's Robert K. Lindqvist School of Government said the bid was too low.",
     {("Tom Ridley", "works_for", "Robert K. Lindqvist School of Government", "asserted")}),
    # a name the tagger took for a nationality, though no demonym, can be an untagged company
    ("Vodacom agreed to buy a stake in Lindqvist AG, a spokesman said.",
     {("Vodacom", "invests_in", "Lindqvist", "planned")}),
    # a company of two countries ("the Belgian-Brazilian brewer") is based in both
    ("Halvorsen Corp., the Belgian-Brazilian brewer, reported higher profits.",
     {("Halvorsen", "based_in", "BE", "asserted"), ("Halvorsen", "based_in", "BR", "asserted")}),
    # acronyms the tagger took for a date ("railway group PKP") or a common noun ("China's CRRC")
    ("Halvorsen Rail, the long-distance arm of Poland's state-owned railway group PKP, said on Tuesday that it "
     "would cut fares.",
     {("Halvorsen Rail", "subsidiary_of", "PKP", "asserted"), ("PKP", "based_in", "PL", "asserted"),
      ("PL", "invests_in", "PKP", "asserted")}),
    ("Halvorsen Corp. has signed a contract with China's CRRC for 20 trains.",
     {("CRRC", "based_in", "CN", "asserted"), ("CRRC", "supplies", "Halvorsen", "asserted")}),
    # acting "jointly with" a company: partners, in fact even where the act is a bid
    ("Halvorsen Corp., which had bid jointly with Lindqvist AG, said it was studying the decision.",
     {("Halvorsen", "partners_with", "Lindqvist", "asserted")}),
    # a name after a body's noun ("agency AFSCA") is the body's
    ("Belgium's food safety agency AFSCA fined Halvorsen Corp. last week.",
     {("AFSCA", "based_in", "BE", "asserted"), ("AFSCA", "investigates", "Halvorsen", "asserted")}),
    # goods withdrawn from stores in a country: the stores are there (a recall, not a market left)
    ("Halvorsen Corp. withdrew two million bottles from stores in Norway and Sweden.",
     {("Halvorsen", "operates_in", "NO", "asserted"), ("Halvorsen", "operates_in", "SE", "asserted")}),
    ("Halvorsen Corp. withdrew its business from Norway.", {("Halvorsen", "operates_in", "NO", "negated")}),
    # a one-word name the tagger took for a person's, before a company head's title and a person, is the company
    ("The deal was signed in Beijing. Marlo chairman Deng Qilin said the ore would help the steelmaker.",
     {("Deng Qilin", "leads", "Marlo", "asserted")}),
    # a body described before it is named is the one named next with the described words
    ("Norway's maritime regulator on Monday fined Halvorsen Corp. 5 million crowns. "
     "The Directorate General of Maritime Safety said the shipowner had ignored its rules.",
     {("Directorate General of Maritime Safety", "investigates", "Halvorsen", "asserted")}),
    # "under scrutiny from" a body: investigated by it
    ("Halvorsen Corp. is also under scrutiny from the Competition Commission of India.",
     {("Competition Commission of India", "investigates", "Halvorsen", "asserted")}),
    # a name the tagger missed, in camel case, is a name too
    ("GoAir, the airline unit of Halvorsen Corp., has ordered 30 jets.",
     {("GoAir", "subsidiary_of", "Halvorsen", "asserted")}),
    # "its" in a relative clause is the relative pronoun's antecedent
    ("Analysts said the loss was a blow to Halvorsen Corp., which counts Lindqvist AG among its biggest customers.",
     {("Halvorsen", "supplies", "Lindqvist", "asserted")}),
    # buyers named by their nationality stand for their country, unless the companies are named
    ("Halvorsen Corp. sold $400 million worth of engines to Chinese customers last year.",
     {("Halvorsen", "supplies", "CN", "asserted")}),
    ("Halvorsen Corp. shipped most of its ore to Japanese steelmakers.", {("Halvorsen", "supplies", "JP", "asserted")}),
    ("Halvorsen Corp. sold its stake to Chinese investors.", set()),
    # an investigation weighed or considered is a possible one
    ("The Korea Fair Trade Commission is weighing an investigation into Halvorsen Corp.",
     {("Korea Fair Trade Commission", "investigates", "Halvorsen", "possible")}),
    # a partnership talked about with a company: possible, with the one talked with
    ("Halvorsen Corp. is in talks with Lindqvist AG about a partnership.",
     {("Halvorsen", "partners_with", "Lindqvist", "possible")}),
    ("Halvorsen Corp. held talks with Lindqvist AG on a joint venture.",
     {("Halvorsen", "partners_with", "Lindqvist", "possible")}),
    # a thing described "as" blameworthy, or branded so in a clause of its own, criticises whoever is behind it
    ("Halvorsen Corp. described Lindqvist AG's offer as unfair.",
     {("Halvorsen", "criticizes", "Lindqvist", "asserted")}),
    ("Halvorsen Corp. branded Lindqvist AG's offer inadequate.",
     {("Halvorsen", "criticizes", "Lindqvist", "asserted")}),
    ("Halvorsen Corp. described Lindqvist AG's offer as generous.", set()),
    # "hit out at", "lashed out at", "objected to", "questioned": criticism
    ("Halvorsen Corp. hit out at Lindqvist AG over the price rise.",
     {("Halvorsen", "criticizes", "Lindqvist", "asserted")}),
    ("Halvorsen Corp. lashed out at Lindqvist AG.", {("Halvorsen", "criticizes", "Lindqvist", "asserted")}),
    ("Halvorsen Corp. objected to Lindqvist AG's bid.", {("Halvorsen", "criticizes", "Lindqvist", "asserted")}),
    ("Halvorsen Corp. questioned Lindqvist AG's figures.", {("Halvorsen", "criticizes", "Lindqvist", "asserted")}),
    ("Halvorsen Corp. hit a record high.", set()),
    # who a unit is "headed by" is a person, whatever the tagger called the name
    ("Halvorsen India, the online retailer's local unit headed by Amit Agarwal, already runs one of the country's "
     "largest online marketplaces.",
     {("Amit Agarwal", "leads", "Halvorsen India", "asserted")}),
    # a name the tagger called a facility, described as "the Mumbai-based studio", is a company's
    ("Lindqvist AG agreed to license a library of films from Eros International, the Mumbai-based studio.",
     {("Eros International", "supplies", "Lindqvist", "planned"),
      ("Eros International", "based_in", "IN", "asserted")}),
    # licensing technology to a company, or from one, is supplying it
    ("Halvorsen Corp. licensed its technology to Lindqvist AG.", {("Halvorsen", "supplies", "Lindqvist", "asserted")}),
    ("Lindqvist AG licensed technology from Halvorsen Corp.", {("Halvorsen", "supplies", "Lindqvist", "asserted")}),
    # a known city the tagger called a person, where a verb of travel goes, is the place
    ("Halvorsen Corp. founder Jon Brannic visited Bangalore last year.",
     {("Jon Brannic", "founded", "Halvorsen", "asserted"), ("Jon Brannic", "visits", "IN", "asserted")}),
    # revenue earned in a country is business there; an investor "in" a country or company invests in it
    ("Halvorsen Corp. generates a third of its revenue in China.", {("Halvorsen", "operates_in", "CN", "asserted")}),
    ("Halvorsen Corp. is the largest foreign investor in Vietnam.", {("Halvorsen", "invests_in", "VN", "asserted")}),
    ("Halvorsen Corp., an early investor in Lindqvist AG, sold its shares.",
     {("Halvorsen", "invests_in", "Lindqvist", "asserted")}),
    # the company another relies on for goods supplies it
    ("Lindqvist AG relies on Halvorsen Corp. for engines.", {("Halvorsen", "supplies", "Lindqvist", "asserted")}),
    # "took X to court" (the parser may read "to court" as a verb), "filed for arbitration against" a state
    ("Halvorsen Corp. took Lindqvist AG to court over unpaid bills.",
     {("Halvorsen", "sues", "Lindqvist", "asserted")}),
    ("Halvorsen Corp. threatened to take Lindqvist AG to court.", {("Halvorsen", "sues", "Lindqvist", "possible")}),
    ("Halvorsen Corp. courted investors in Asia.", set()),
    ("Halvorsen Corp. filed for arbitration against Venezuela.", {("Halvorsen", "sues", "VE", "asserted")}),
    # a passive infinitive: the controlling verb's subject is the one acted on
    ("Brannic Oil agreed to be acquired by Lindqvist AG.", {("Lindqvist", "acquires", "Brannic Oil", "planned")}),
    ("Halvorsen Corp. is expected to be bought by Lindqvist AG.",
     {("Lindqvist", "acquires", "Halvorsen", "planned")}),
    # two names the tagger ran together over the clause's "to" are two companies
    ("Halvorsen Corp. sold its 20 percent stake in Brannic Oil to Lindqvist AG.",
     {("Halvorsen", "invests_in", "Brannic Oil", "negated"), ("Lindqvist", "invests_in", "Brannic Oil", "asserted")}),
    # who joins a company from another, or is poached from it, left the other
    ("Jon Brannic joined Halvorsen Corp. from Lindqvist AG in 2010.",
     {("Jon Brannic", "works_for", "Halvorsen", "asserted"), ("Jon Brannic", "works_for", "Lindqvist", "negated")}),
    ("Halvorsen Corp. poached Jon Brannic from Lindqvist AG.",
     {("Jon Brannic", "works_for", "Halvorsen", "asserted"), ("Jon Brannic", "works_for", "Lindqvist", "negated")}),
    # what a company's rival, parent or chief is said to be, with the copula's modality
    ("Halvorsen Corp.'s main rival is Lindqvist Motor.",
     {("Lindqvist Motor", "competes_with", "Halvorsen", "asserted")}),
    ("Halvorsen Corp.'s parent company is Lindqvist Holdings.",
     {("Halvorsen", "subsidiary_of", "Lindqvist Holdings", "asserted")}),
    ("Halvorsen Corp.'s chief executive is Jon Brannic.", {("Jon Brannic", "leads", "Halvorsen", "asserted")}),
    ("The new chairman of Halvorsen Corp. will be Jon Brannic.", {("Jon Brannic", "leads", "Halvorsen", "planned")}),
    # a company's biggest customer or main supplier named as what the noun is said to be
    ("Halvorsen Corp.'s biggest customer is Lindqvist Motor.",
     {("Halvorsen", "supplies", "Lindqvist Motor", "asserted")}),
    ("Halvorsen Corp.'s main supplier is Lindqvist Motor.",
     {("Lindqvist Motor", "supplies", "Halvorsen", "asserted")}),
    # "X remains the parts maker's biggest customer": the maker is another company than X
    ("Halvorsen Corp. makes brakes. Lindqvist Motor remains the parts maker's biggest customer.",
     {("Halvorsen", "supplies", "Lindqvist Motor", "asserted")}),
    # the demonym on the possessor of an apposition is the possessor's, not the name's
    ("Swiss drugmaker Halvorsen Pharma raised prices. The request was turned down by Halvorsen Korea, the Swiss "
     "company's Seoul-based subsidiary.",
     {("Halvorsen Pharma", "based_in", "CH", "asserted"), ("Halvorsen Korea", "based_in", "KR", "asserted")}),
    # a municipality is a public body, and "the municipality" the one named
    ("Halvorsen Rail has won a contract to supply 200 metro cars to the Izmir Metropolitan Municipality. The "
     "municipality bought 68 metro cars from France's Lindqvist in 2006.",
     {("Lindqvist", "supplies", "Izmir Metropolitan Municipality", "asserted"),
      ("Lindqvist", "based_in", "FR", "asserted")}),
    # "X, Y's president": the role with a possessor of two words; the same parsed as a modifier of the role; and
    # a descriptor the parser hung on a name from a later clause is not the name's
    ("Park Ji-hoon, Hanwha Rotem's president and chief executive, called the order a milestone.",
     {("Park Ji-hoon", "leads", "Hanwha Rotem", "asserted")}),
    ("Under the deal, 60 percent of the cars will be assembled by Adapazari-based Eurovan, a joint venture in which "
     "Hanwha Rotem holds 50.5 percent and Turkish state-owned railcar maker Tuvasan holds 15 percent. Park Ji-hoon, "
     "Hanwha Rotem's president and chief executive, called the order \"a milestone for Korean rail technology in "
     "Europe\".",
     {("Eurovan", "based_in", "TR", "asserted"), ("Hanwha Rotem", "invests_in", "Eurovan", "asserted"),
      ("TR", "invests_in", "Tuvasan", "asserted"), ("Tuvasan", "based_in", "TR", "asserted"),
      ("Park Ji-hoon", "leads", "Hanwha Rotem", "asserted")}),
    # a country's possessive the parser hung on a later name is not that name's when it has its own country
    ("Halvorsen Corp. beat rival bids from Germany's Siemens and Spain's CAF.",
     {("Halvorsen", "competes_with", "CAF", "asserted"), ("Halvorsen", "competes_with", "Siemens", "asserted"),
      ("Siemens", "based_in", "DE", "asserted"), ("CAF", "based_in", "ES", "asserted")}),
    # "it" in a "where" clause on the markets a company's are is that company
    ("Seoul's Lindqvist Financial Group has held talks about buying a stake in the bank. Halvorsen Bank's biggest "
     "markets are Hong Kong, Singapore and India, where it competes with Brannic Bank for corporate clients.",
     {("Lindqvist Financial Group", "based_in", "KR", "asserted"),
      ("Halvorsen Bank", "competes_with", "Brannic Bank", "asserted"),
      ("Halvorsen Bank", "operates_in", "HK", "asserted"), ("Halvorsen Bank", "operates_in", "SG", "asserted"),
      ("Halvorsen Bank", "operates_in", "IN", "asserted")}),
    # criticism of a thing a company's nominal owns ("the bank's risk controls") is criticism of the company
    ("Halvorsen Bank issued a warning. The Prudential Regulation Authority had criticised the bank's risk controls.",
     {("Prudential Regulation Authority", "criticizes", "Halvorsen Bank", "asserted")}),
    # "the Korean unit of Y" is Y's unit named for that country, never the buyer named before it
    ("Lindqvist Group agreed to buy the Korean unit of Halvorsen Bank.", set()),
    ("Halvorsen Bank said on Monday it would sell Halvorsen Bank Korea. Seoul's Lindqvist Financial Group has held "
     "talks about buying the Korean unit of Halvorsen Bank.",
     {("Halvorsen Bank Korea", "subsidiary_of", "Halvorsen Bank", "asserted"),
      ("Lindqvist Financial Group", "based_in", "KR", "asserted"),
      ("Lindqvist Financial Group", "acquires", "Halvorsen Bank Korea", "possible"),
      ("Halvorsen Bank Korea", "based_in", "KR", "asserted")}),
    # who holds talks about buying a company may buy it; a stake under negotiation is still held
    ("Lindqvist Group has held preliminary talks about buying Halvorsen Bank.",
     {("Lindqvist Group", "acquires", "Halvorsen Bank", "possible")}),
    ("Lindqvist Group held talks on acquiring Halvorsen Bank.",
     {("Lindqvist Group", "acquires", "Halvorsen Bank", "possible")}),
    ("Lindqvist Group opened negotiations about selling its stake in Halvorsen Bank.",
     {("Lindqvist Group", "invests_in", "Halvorsen Bank", "asserted")}),
    # an inquiry "into whether" a company did something investigates it, or the company whose goods it asks about
    ("The Federal Trade Board opened an investigation on whether Halvorsen Corp. paid bribes.",
     {("Federal Trade Board", "investigates", "Halvorsen", "asserted")}),
    ("The Canadian Trade Tribunal has opened an inquiry into whether the Halvorsen Steel imports have harmed "
     "domestic producers.",
     {("Canadian Trade Tribunal", "investigates", "Halvorsen Steel", "asserted")}),
    # a name in apposition with "venture" is a company's (though "the venture" alone is no company named before)
    ("Halvorsen Energy already holds 40 percent of Petroquira, a Lindqvist-led venture that pumps crude in the west "
     "of the country.",
     {("Halvorsen Energy", "invests_in", "Petroquira", "asserted")}),
    # a company's largest shareholder named in apposition, or as what the noun is said to be
    ("Halvorsen Corp.'s biggest shareholder, Lindqvist Holdings, opposed the deal.",
     {("Lindqvist Holdings", "invests_in", "Halvorsen", "asserted")}),
    ("Halvorsen Corp.'s largest shareholder is Lindqvist Holdings, with a 20 percent stake.",
     {("Lindqvist Holdings", "invests_in", "Halvorsen", "asserted")}),
    ("The largest shareholder in Halvorsen Corp. is Lindqvist Holdings.",
     {("Lindqvist Holdings", "invests_in", "Halvorsen", "asserted")}),
    # "it" in a "where" clause on the place a company goes to is that company; "go up against" is rivalry
    ("Halvorsen Corp. chief executive Jon Brannic has said the company plans to expand into Brazil and Mexico, "
     "where it will go up against Lindqvist Corp.",
     {("Jon Brannic", "leads", "Halvorsen", "asserted"), ("Halvorsen", "operates_in", "BR", "planned"),
      ("Halvorsen", "operates_in", "MX", "planned"), ("Halvorsen", "competes_with", "Lindqvist", "planned")}),
    ("Halvorsen's sales in China have slowed since the country's National Trade Commission opened an investigation "
     "into the company last year. Halvorsen chief executive Jon Brannic has said the company plans to expand into "
     "Mexico, where it will compete with Lindqvist Corp.",
     {("Halvorsen", "operates_in", "CN", "asserted"),
      ("National Trade Commission", "investigates", "Halvorsen", "asserted"),
      ("Jon Brannic", "leads", "Halvorsen", "asserted"), ("Halvorsen", "operates_in", "MX", "planned"),
      ("Halvorsen", "competes_with", "Lindqvist", "planned")}),
    # another's name the parser hung on a company as its apposition does not make the company a public body
    ("Canada has imposed duties on steel plate made by South Korea's Posan, the Canada Border Services Agency said "
     "on Tuesday. Posan said it would sue the agency.",
     {("CA", "sanctions", "Posan", "asserted"), ("Posan", "based_in", "KR", "asserted"),
      ("Posan", "sues", "Canada Border Services Agency", "planned")}),
    # a name said to be "the Stockholm-based publisher" is an organisation's, based there, not a person's
    ("Halvorsen Holdings said it was preparing a bid for Brannic Interactive, the Stockholm-based publisher of "
     "strategy games.",
     {("Halvorsen Holdings", "acquires", "Brannic Interactive", "possible"),
      ("Brannic Interactive", "based_in", "SE", "asserted")}),
    ("Halvorsen Holdings bought a stake in Kadomaru, the Tokyo-based publisher, last year.",
     {("Halvorsen Holdings", "invests_in", "Kadomaru", "asserted"), ("Kadomaru", "based_in", "JP", "asserted")}),
    # ... but a role only people hold stays a person's
    ("Halvorsen Holdings hired Jon Brannic, the Oslo-based analyst, last year.",
     {("Jon Brannic", "works_for", "Halvorsen Holdings", "asserted")}),
    # a region a country owns is in that country, not a company; a company's mine, venture or yard in a place
    # is business there
    ("Halvorsen Mining said its copper mine in Zambia's Copperbelt Province would close.",
     {("Halvorsen Mining", "operates_in", "ZM", "asserted")}),
    # ... and the name on an owned facility is the facility's, not a company's
    ("Halvorsen Mining said output at its Kettle mine in Zambia's Copperbelt Province fell.",
     {("Halvorsen Mining", "operates_in", "ZM", "asserted")}),
    # what a company has in a place a "where" clause names is there
    ("Lindqvist Corp. is weighing a move into mainland China, where Halvorsen Corp. already has 200 outlets.",
     {("Halvorsen", "operates_in", "CN", "asserted")}),
    # stores run "across" a country are there
    ("Halvorsen Corp., which operates about 1,300 stores across Japan, denied the allegations.",
     {("Halvorsen", "operates_in", "JP", "asserted")}),
    # "Japanese carmaker X and German supplier Y": a name with its own country is not the other's
    ("The government filed a lawsuit against Japanese carmaker Halvorsen Motor and German auto parts supplier "
     "Lindqvist Corp.",
     {("Halvorsen Motor", "based_in", "JP", "asserted"), ("Lindqvist", "based_in", "DE", "asserted")}),
    # "X's Korean subsidiary, X Brandt Motors": a name the text calls a unit is not a longer form of its parent's
    ("Halvorsen, the French carmaker, owns 43 percent of Lindqvist Motors. Halvorsen's Korean subsidiary, "
     "Halvorsen Brandt Motors, was not named in the suit.",
     {("Halvorsen", "based_in", "FR", "asserted"), ("Halvorsen", "invests_in", "Lindqvist Motors", "asserted"),
      ("Halvorsen", "operates_in", "KR", "asserted"),
      ("Halvorsen Brandt Motors", "subsidiary_of", "Halvorsen", "asserted"),
      ("Halvorsen Brandt Motors", "based_in", "KR", "asserted")}),
    # a demonym on "supplier" says where the supplier is from, not whom it supplies
    ("The government sued Japanese carmaker Halvorsen and German auto parts supplier Lindqvist Corp.",
     {("Halvorsen", "based_in", "JP", "asserted"), ("Lindqvist", "based_in", "DE", "asserted")}),
    # "sued X, accusing it of ...": the accusation is the suit's, not a criticism besides it
    ("Halvorsen Corp. sued Lindqvist Corp. in March, accusing it of copying the design of its phones.",
     {("Halvorsen", "sues", "Lindqvist", "asserted")}),
    # "chose X as its next chief executive": choosing gives a role, and whom it is given to is a person
    ("Halvorsen Airways said its board had chosen Anna Berg, a senior vice-president, as its next chief executive.",
     {("Anna Berg", "leads", "Halvorsen Airways", "planned")}),
    # "Display", "Networks", "Solutions", "Retail" end companies' names, whatever the tag
    ("Lindqvist Display and Brandt Corp. are also in talks to supply more panels for Halvorsen Corp.",
     {("Lindqvist Display", "supplies", "Halvorsen", "possible"), ("Brandt", "supplies", "Halvorsen", "possible")}),
    # capitalised words the tagger missed, ended by a public body's word, name the body
    ("The Delhi High Court banned Halvorsen Corp.'s phones.",
     {("Delhi High Court", "sanctions", "Halvorsen", "asserted")}),
    # "X beat rival offers from Y and Z": who made the offers beaten competes with X
    ("Halvorsen Corp. beat competing offers from Lindqvist Corp. and Brandt Corp., people said.",
     {("Halvorsen", "competes_with", "Lindqvist", "asserted"), ("Halvorsen", "competes_with", "Brandt", "asserted")}),
    # "X's rivals Y and Z": each name the plural describes, also where the parser made them a second subject
    ("Halvorsen Corp.'s European rivals Lindqvist Corp. and Brandt Corp. gained share.",
     {("Lindqvist", "competes_with", "Halvorsen", "asserted"), ("Brandt", "competes_with", "Halvorsen", "asserted")}),
    ("Halvorsen Corp.'s rivals Lindqvist Corp. and Brandt Corp. gained share.",
     {("Lindqvist", "competes_with", "Halvorsen", "asserted"), ("Brandt", "competes_with", "Halvorsen", "asserted")}),
    # "X, the Santa Monica, California-based studio": a "City, State-based" description the parser hung on the city
    ("Lindqvist Corp., the Santa Monica, California-based studio, said profits rose.",
     {("Lindqvist", "based_in", "US", "asserted")}),
    # goods that are part of a whole belong to the whole's owner, the customer
    ("Halvorsen Corp. has won a contract to build the core of Lindqvist Telecom's mobile network.",
     {("Halvorsen", "supplies", "Lindqvist Telecom", "asserted")}),
    # "Y, its rival": the company named before in the same sentence, though the last sentence's subject is another
    ("Lindqvist Corp. chose the cells, the official said. The selection of Halvorsen Corp. is a blow to Brandt "
     "Corp., its domestic rival.", {("Brandt", "competes_with", "Halvorsen", "asserted")}),
    # a name the tagger took for a person, that "the port of" or "the town of" names, is the place
    ("Halvorsen Corp., which runs the container quay in the Croatian port of Rijeka, is profitable.",
     {("Halvorsen", "operates_in", "HR", "asserted")}),
    # sites bought from a company change hands; nothing is supplied
    ("Halvorsen agreed to buy two European container terminals from Spain's Lindqvist Corp. for 210 million euros.",
     {("Lindqvist", "based_in", "ES", "asserted")}),
    # an adviser "to" a company or its board works for it; staying on in a role is having it
    ("Anna Berg is an adviser to Halvorsen Corp.", {("Anna Berg", "works_for", "Halvorsen", "asserted")}),
    ("Halvorsen Corp. said profits rose. Anna Berg, 65, will stay on as an adviser to the board, the company said.",
     {("Anna Berg", "works_for", "Halvorsen", "planned")}),
    ("Anna Berg, Norway's ambassador to France, said profits rose.", {("Anna Berg", "works_for", "NO", "asserted")}),
    # a company's financial backer invests in it
    ("Solberg Corp. is backed by Naspers Ltd.", {("Naspers", "invests_in", "Solberg", "asserted")}),
    ("Halvorsen Corp. said Solberg Corp., which is backed by South Africa's Naspers, will compete.",
     {("Naspers", "invests_in", "Solberg", "asserted"), ("Naspers", "based_in", "ZA", "asserted")}),
    # a vice-chairwoman works for the company; she does not lead it
    ("Halvorsen Group said sales rose, said Anna Berg, the group's vice-chairwoman.",
     {("Anna Berg", "works_for", "Halvorsen Group", "asserted")}),
    # an adjective the parser made a second conjunct of a name is no party to the suit
    ("The South Korean government on Wednesday filed a lawsuit against Japanese carmaker Halvorsen and German auto "
     "parts supplier Lindqvist, accusing them of installing illegal emissions software.",
     {("KR", "sues", "Lindqvist", "asserted"), ("KR", "sues", "Halvorsen", "asserted"),
      ("Halvorsen", "based_in", "JP", "asserted"), ("Lindqvist", "based_in", "DE", "asserted")}),
    # "the state miner": the company described as a state's, not the miner named last
    ("Chile's state-owned copper producer Lindqvist Mining criticised the sale by Halvorsen Corp., the London-based "
     "miner. \"We will defend our rights,\" said Anna Berg, the state miner's chief executive.",
     {("CL", "invests_in", "Lindqvist Mining", "asserted"), ("Lindqvist Mining", "based_in", "CL", "asserted"),
      ("Halvorsen", "based_in", "GB", "asserted"), ("Anna Berg", "leads", "Lindqvist Mining", "asserted")}),
    # "the new company, X": the phrase in apposition to a name means that company when the text repeats it
    ("Halvorsen Corp. will own 51 percent of the new company, Halvorsen Turkey. Lindqvist Corp. will provide "
     "warehousing and delivery services to the new company through its logistics network.",
     {("Halvorsen", "invests_in", "Halvorsen Turkey", "planned"),
      ("Halvorsen Turkey", "subsidiary_of", "Halvorsen", "asserted"),
      ("Lindqvist", "supplies", "Halvorsen Turkey", "planned")}),
    # "Z will hold the remaining 49 percent": of the company whose shares were told just before
    ("Under the agreement, Halvorsen Corp. will own 51 percent of the new company, Halvorsen Turkey, and Lindqvist "
     "Corp. will hold the remaining 49 percent.",
     {("Halvorsen", "invests_in", "Halvorsen Turkey", "planned"),
      ("Halvorsen Turkey", "subsidiary_of", "Halvorsen", "asserted"),
      ("Lindqvist", "invests_in", "Halvorsen Turkey", "planned")}),
    # "criticised the sale": the seller of the stake told as sold
    ("Halvorsen Corp. has agreed to sell a 20 percent stake in Lindqvist Mining to Brandt Corp. Solberg Corp. "
     "criticised the sale.",
     {("Halvorsen", "invests_in", "Lindqvist Mining", "asserted"),
      ("Brandt", "invests_in", "Lindqvist Mining", "planned"), ("Solberg", "criticizes", "Halvorsen", "asserted")}),
    # a stake its holder has agreed to sell is held until the sale; once sold, no longer
    ("Halvorsen Corp. said it has agreed to sell a 20 percent stake in Lindqvist Corp. to Brandt Corp.",
     {("Halvorsen", "invests_in", "Lindqvist", "asserted"), ("Brandt", "invests_in", "Lindqvist", "planned")}),
    # a stake bought from its holder is the holder's until the sale, and the holder acquires nothing
    ("Halvorsen will take over Lindqvist's 51 percent stake in Brandt Corp.",
     {("Lindqvist", "invests_in", "Brandt", "asserted"), ("Halvorsen", "invests_in", "Brandt", "planned"),
      ("Halvorsen", "acquires", "Brandt", "planned")}),
    ("Halvorsen bought Lindqvist's 20 percent stake in Brandt Corp.",
     {("Lindqvist", "invests_in", "Brandt", "negated"), ("Halvorsen", "invests_in", "Brandt", "asserted")}),
    # a stake bought: the buyer named on the purchase holds it (and a majority is an acquisition)
    ("Halvorsen's acquisition of a 30 percent stake in Lindqvist Corp. was completed.",
     {("Halvorsen", "invests_in", "Lindqvist", "asserted")}),
    ("The push follows Halvorsen's purchase of an 80 percent stake in Lindqvist Corp. last December.",
     {("Halvorsen", "invests_in", "Lindqvist", "asserted"), ("Halvorsen", "acquires", "Lindqvist", "asserted")}),
    # a portfolio that is also a company word is no company: "Finance Minister X" works for the country
    ("Norway's Finance Minister Ola Berg told parliament that banks would be fined.",
     {("Ola Berg", "works_for", "NO", "asserted")}),
    # an affiliate is a company, and a unit of the company whose affiliate it is
    ("Halvorsen Electronics' display-making affiliate, Halvorsen Display, supplies panels for the tablet.",
     {("Halvorsen Display", "subsidiary_of", "Halvorsen Electronics", "asserted")}),
    ("Halvorsen Foods said its joint venture in Vietnam was profitable.",
     {("Halvorsen Foods", "operates_in", "VN", "asserted")}),
    ("Lindqvist Shipping said its yard in Busan would build both ships.",
     {("Lindqvist Shipping", "operates_in", "KR", "asserted")}),
    # a customer named as a supply's object is not goods whose owner is another customer
    ("Halvorsen Corp. has won a contract to supply the United Kingdom's Royal Air Force (RAF) with tankers.",
     {("Halvorsen", "supplies", "RAF", "asserted"), ("RAF", "based_in", "GB", "asserted")}),
    # a name a country owns that a "which" clause says does business is a company, though tagged a person
    ("Mexico's América Halvorsen, which built up a 20 percent stake in Brandt Corp. last year, said nothing.",
     {("América Halvorsen", "based_in", "MX", "asserted"),
      ("América Halvorsen", "invests_in", "Brandt", "asserted")}),
    # an inquiry into a company's conduct investigates the company; so may a probe widened to it
    ("The Nordic Competition Authority opened an inquiry into Halvorsen's pricing of computers sold to schools.",
     {("Nordic Competition Authority", "investigates", "Halvorsen", "asserted")}),
    ("The Federal Aviation Administration said it could also widen its probe to Halvorsen Corp.",
     {("Federal Aviation Administration", "investigates", "Halvorsen", "possible")}),
    # a corporate officer, or the board's, with no company named works for the company in focus
    ("Halvorsen Corp. said profit fell. Chief financial officer Anna Berg said costs would rise.",
     {("Anna Berg", "works_for", "Halvorsen", "asserted")}),
    ("Halvorsen Bank said profit fell. The board's deputy chairman, Erwin Berg, will lead the board.",
     {("Erwin Berg", "works_for", "Halvorsen Bank", "asserted")}),
    # a hyphenated verb of the lexicon stays one word, with its lemma; a relative clause's gap is its object
    ("Jane Roe co-founded Halvorsen Corp. in 1999.", {("Jane Roe", "founded", "Halvorsen", "asserted")}),
    ("Jane Roe said she would spend more time at Brandt Capital, an investment firm she co-founded.",
     {("Jane Roe", "founded", "Brandt Capital", "asserted")}),
    # apposition with a role and an organisation; legal suffix dropped from the name
    ("Jane Roe, chief executive of Siemens AG, said the results were strong.",
     {("Jane Roe", "leads", "Siemens", "asserted")}),
    # a former role is negated, from the role phrase alone
    ("Former Siemens chairman Peter Brown said the plan was sound.",
     {("Peter Brown", "leads", "Siemens", "negated")}),
    # possessive country descriptor
    ("France's carmaker Renault reported higher sales.",
     {("Renault", "based_in", "FR", "asserted")}),
    # descriptor apposition, both orders
    ("Microsoft, the American software company, said sales rose.",
     {("Microsoft", "based_in", "US", "asserted")}),
    ("The Italian company, Fiat, said profits fell.",
     {("Fiat", "based_in", "IT", "asserted")}),
    # passive with agent
    ("Nokia was acquired by Microsoft in 2014.",
     {("Microsoft", "acquires", "Nokia", "asserted")}),
    # nominalisation
    ("The acquisition of Nokia by Microsoft was completed on Monday.",
     {("Microsoft", "acquires", "Nokia", "asserted")}),
    # coordinated subjects of a partnership
    ("Microsoft and Nokia have formed an alliance.",
     {("Microsoft", "partners_with", "Nokia", "asserted")}),
    # order won from a customer
    ("Siemens has won an order from Vattenfall for 20 turbines.",
     {("Siemens", "supplies", "Vattenfall", "asserted")}),
    # modality: control verb, headline infinitive, consideration, talks, negation, denial
    ("Microsoft plans to buy Nokia.", {("Microsoft", "acquires", "Nokia", "planned")}),
    ("Microsoft to buy Nokia for $7 billion", {("Microsoft", "acquires", "Nokia", "planned")}),
    ("Volkswagen is expected to supply engines to Ford.", {("Volkswagen", "supplies", "Ford", "planned")}),
    ("Toyota is considering an investment in Ford.", {("Toyota", "invests_in", "Ford", "possible")}),
    ("Nokia is in talks to supply Vodafone.", {("Nokia", "supplies", "Vodafone", "possible")}),
    ("Intel did not sue Microsoft.", {("Intel", "sues", "Microsoft", "negated")}),
    ("Ford has denied that it will buy Volvo.", {("Ford", "acquires", "Volvo", "negated")}),
    # losing out, an order or share to a company is competing with it; a verb coordinated with "bid" is not
    # made possible by it
    ("IHS Towers had also bid for the assets but lost out to Kestrel Capital.",
     {("IHS Towers", "competes_with", "Kestrel Capital", "asserted")}),
    ("Kellogg has lost share in the US cereal aisle to General Mills.",
     {("Kellogg", "competes_with", "General Mills", "asserted")}),
    # a consideration after a semicolon is its own proposition
    ("US blacklists Chinese server maker Vextra Systems; customers weigh alternatives",
     {("US", "sanctions", "Vextra Systems", "asserted"), ("Vextra Systems", "based_in", "CN", "asserted")}),
    # head of government with a demonym
    ("German Chancellor Angela Merkel said the deal was good.",
     {("Angela Merkel", "leads", "DE", "asserted")}),
    # a capital acting politically; sanctions on a country's products
    ("Beijing has imposed sanctions on Japanese products.",
     {("CN", "sanctions", "JP", "asserted")}),
    # a city lifted to its country for operates_in; "next year" is planned
    ("Nokia opened an office in Paris.", {("Nokia", "operates_in", "FR", "asserted")}),
    ("Toyota is building a plant in Osaka.", {("Toyota", "operates_in", "JP", "asserted")}),
    ("Nokia, the Finnish company, will open a store in Berlin next year.",
     {("Nokia", "based_in", "FI", "asserted"), ("Nokia", "operates_in", "DE", "planned")}),
    # a name the tagger missed that a "which" clause says does business; a small town's name that buys
    ("Phosagro, which supplies potash to Yara and Mosaic, said prices would rise.",
     {("Phosagro", "supplies", "Yara", "asserted"), ("Phosagro", "supplies", "Mosaic", "asserted")}),
    ("Freeport has bought a stake in Ivanhoe Mines.", {("Freeport", "invests_in", "Ivanhoe Mines", "asserted")}),
    # the first word of a company's name, alone, is the company (the tagger took "Trian" for a nationality)
    ("Trian Fund Management disclosed a stake in Kellogg on Monday. Sources said Trian also holds a stake in PepsiCo.",
     {("Trian Fund Management", "invests_in", "Kellogg", "asserted"),
      ("Trian Fund Management", "invests_in", "PepsiCo", "asserted")}),
    # ... or that a "which" clause says someone bought
    ("Norman oversaw the integration of Tuckers, which Harlow Foods bought from Procter & Gamble in 2012.",
     {("Harlow Foods", "acquires", "Tuckers", "asserted")}),
    # a "product" the text calls a company is one, and a known company's name with a country its unit
    ("Shares in Swiss food group Nestlé fell on Monday.", {("Nestlé", "based_in", "CH", "asserted")}),
    ("Nestlé UK, the British arm of Swiss food group Nestlé, is recalling pasta.",
     {("Nestlé UK", "subsidiary_of", "Nestlé", "asserted"), ("Nestlé UK", "based_in", "GB", "asserted"),
      ("Nestlé", "based_in", "CH", "asserted")}),
    # a company's partner named after the word
    ("ExxonMobil halted drilling with its partner Rosneft in September.",
     {("ExxonMobil", "partners_with", "Rosneft", "asserted")}),
    ("Renault's partner Nissan reported higher sales.", {("Renault", "partners_with", "Nissan", "asserted")}),
    # "the two companies": as many companies as named just before, not the one the words are part of
    ("Shell and Total signed a deal. Salym, which the two companies set up in 1996, produces oil.",
     {("Shell", "partners_with", "Total", "asserted"), ("Shell", "founded", "Salym", "asserted"),
      ("Total", "founded", "Salym", "asserted")}),
    ("Toyota, Honda and Nissan raised prices. Denso, which supplies parts to all three companies, said costs rose.",
     {("Denso", "supplies", "Toyota", "asserted"), ("Denso", "supplies", "Honda", "asserted"),
      ("Denso", "supplies", "Nissan", "asserted")}),
    # a short form that is also a city's name does not name the company
    ("Leipzig Logistics agreed to buy Kessler Transport. Leipzig said the deal would close in May.",
     {("Leipzig Logistics", "acquires", "Kessler Transport", "planned")}),
    # the members of a consortium are partners
    ("The port was bought by a consortium led by BlackRock and MSC.",
     {("BlackRock", "partners_with", "MSC", "asserted")}),
    # a plural descriptor with a country is every name's
    ("Apple signed deals with Japanese carriers NTT Docomo and KDDI.",
     {("Apple", "partners_with", "NTT Docomo", "asserted"), ("Apple", "partners_with", "KDDI", "asserted"),
      ("NTT Docomo", "based_in", "JP", "asserted"), ("KDDI", "based_in", "JP", "asserted")}),
    # an "oil major" is a company
    ("Shell, the Dutch oil major, said profits rose.", {("Shell", "based_in", "NL", "asserted")}),
    # a company's largest shareholder invests in it
    ("Vivendi, Telecom Italia's largest shareholder, backed the deal.",
     {("Vivendi", "invests_in", "Telecom Italia", "asserted")}),
    ("The French state became Renault's largest shareholder in 2015.", {("FR", "invests_in", "Renault", "asserted")}),
    # the name on the one facility a company runs is the facility's, not another company's
    ("Glencore runs the Kamoto mine in Zambia.", {("Glencore", "operates_in", "ZM", "asserted")}),
    # a presence or membership holds until the ending happens
    ("Shell said it will pull out of Russia.", {("Shell", "operates_in", "RU", "asserted")}),
    ("Carrefour has pulled out of Japan.", {("Carrefour", "operates_in", "JP", "negated")}),
    ("Ford left Japan in 2016.", {("Ford", "operates_in", "JP", "negated")}),
    # goods withdrawn in a country were on sale there
    ("Unilever withdrew its pasta in Italy.", {("Unilever", "operates_in", "IT", "asserted")}),
    ("ExxonMobil has said it has no plans to leave Russia.", {("ExxonMobil", "operates_in", "RU", "asserted")}),
    # the jobs to be cut are there now: the presence is asserted, as for "9,000 jobs will be cut in the U.S."
    ("Ford will cut 2,000 jobs in Germany.", {("Ford", "operates_in", "DE", "asserted")}),
    # coreference of "the company" and "the German company"
    ("Siemens supplies turbines to Vattenfall. The company also sells software to Vodafone.",
     {("Siemens", "supplies", "Vattenfall", "asserted"), ("Siemens", "supplies", "Vodafone", "asserted")}),
    ("Siemens has won an order from Vattenfall. The German company said the deal was worth $1 billion.",
     {("Siemens", "supplies", "Vattenfall", "asserted"), ("Siemens", "based_in", "DE", "asserted")}),
    # a state-owned company: the owner invests in it and it is based there
    ("Kremlin-owned Rosneft signed a deal with Nokia.",
     {("RU", "invests_in", "Rosneft", "asserted"), ("Rosneft", "based_in", "RU", "asserted"),
      ("Rosneft", "partners_with", "Nokia", "asserted")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_construction(nlp, text, expected):
    assert triples(text, nlp) == expected


def test_no_sentence_opens_with_a_comma(nlp):
    # the parser cut "Ubisoft" off its apposition after a headline: "Ubisoft" | ", the French ... publisher, said"
    path = Path(__file__).parent / "data" / "articles" / "written" / "ad3-ubisoft-avalanche-studios.txt"
    text = path.read_text(encoding="utf-8")
    doc = kg.extract.extractor.prepare(nlp)(text)
    assert [s.text for s in doc.sents if s[0].text == ","] == []
    facts = extract_document(text, nlp).facts
    assert any(f.subject == "Ubisoft" and f.action == "acquires" and f.sentence.startswith("Ubisoft, the French")
               for f in facts)


def test_a_headline_surname_after_a_title_is_the_person_named_later(nlp):
    # the tagger took "Wynaendts" in the headline for an organisation; the title before it says it is a person's
    text = ("Halvorsen chief executive Wynaendts resigns after regulator's probe\n\nJane Wynaendts, chief executive "
            "of Norwegian insurer Halvorsen, resigned on Thursday.\n\"I take responsibility,\" Wynaendts, 54, said.")
    facts = extract_document(text, nlp).facts
    assert any(f.subject == "Jane Wynaendts" and f.action == "leads" and f.object == "Halvorsen"
               and f.sentence.startswith("Halvorsen chief executive") for f in facts)
    assert {f.subject_type for f in facts if f.subject == "Jane Wynaendts"} == {"Person"}


def test_an_acronym_in_a_name_is_no_conditional(nlp):
    # "IF Metall" (a union): the parser takes "IF" for the conjunction "if"; the criticism is still asserted
    facts = extract_document("IF Metall criticised Tata Motors for refusing to guarantee jobs.", nlp).facts
    assert [(f.action, f.object, f.modality) for f in facts] == [("criticizes", "Tata Motors", "asserted")]


def test_a_name_in_its_makers_next_edition_is_a_product(nlp):
    # "its next iPhone and iPad": products, not companies that panels are supplied to
    text = ("Apple said sales rose. Apple will use new processors in its next iPhone and iPad. "
            "LG Display and Sharp are in talks to supply more panels for the iPad.")
    entities = {e.name for e in extract_document(text, nlp).entities}
    assert "iPad" not in entities and "iPhone" not in entities


def test_pronoun_object_is_not_the_subject(nlp):
    # "it" as object of "selling" is the unit sold, not the seller; a company sold is acquired, and a
    # company divested was a subsidiary
    text = "Ford said that the company is divesting itself of Jaguar by selling it to Tata Motors for $2 billion."
    assert triples(text, nlp) == {("Jaguar", "subsidiary_of", "Ford", "asserted"),
                                  ("Tata Motors", "acquires", "Jaguar", "asserted")}


def test_a_bracketed_acronym_is_one_entity_with_its_later_mentions(nlp):
    # "HOCL" written alone after "... Line (HOCL)" is the same company, not a second one of the same name
    text = ("Halvorsen Overseas Container Line (HOCL) has cancelled three ships. HOCL, the container shipping unit "
            "of Halvorsen Overseas Ltd, blamed falling freight rates.")
    entities = [e.name for e in extract_document(text, nlp).entities]
    assert sorted(entities) == ["HOCL", "Halvorsen Overseas"]


def test_a_report_ending_with_a_nominal_speaker_is_the_clause_subjects(nlp):
    # "X has cancelled ships it ordered from Y, the Oslo-based carrier said": the carrier is X, not Y named last
    text = ("Halvorsen Container Lines (HCL) has cancelled two ships it ordered from Brandt Yards Corp. in February, "
            "the Oslo-based carrier said on Monday. HCL, the container unit of Halvorsen Group, blamed weak rates.")
    assert ("HCL", "based_in", "NO", "asserted") in triples(text, nlp)
    assert not any(t[1] == "based_in" and t[0] == "Brandt Yards" for t in triples(text, nlp))


def test_a_person_tagged_name_cut_short_takes_the_rest_of_its_phrase(nlp):
    # the tagger sometimes ends a company's name early and calls the start a person ("Raiffeisen Zentralbank" +
    # "Österreich"); the capitalised word the cut-off part modifies still belongs to the name
    doc = nlp("The rules do not apply to the parent company, Kessler Zentralbank Österreich, which owns the bank.")
    start = next(t.i for t in doc if t.text == "Kessler")
    assert doc[start + 1].dep_ == "compound" and doc[start + 1].head.i == start + 2
    doc.ents = [Span(doc, start, start + 2, label="PERSON")]
    names = [m.text for m in entities_of(doc).mentions if m.kind == "name"]
    assert names == ["Kessler Zentralbank Österreich"]


def test_a_verb_the_tagger_ran_into_a_name_is_left_out(nlp):
    # a headline's verb after the name ("[Halvorsen challenges] Russian import ban") is no part of the name
    doc = nlp("Norwegian shipper Halvorsen challenges Russian import ban in court")
    start = next(t.i for t in doc if t.text == "Halvorsen")
    assert doc[start + 1].tag_ == "VBZ"
    doc.ents = [Span(doc, start - 2, start - 1, "NORP"), Span(doc, start, start + 2, "PERSON"),
                Span(doc, start + 2, start + 3, "NORP")]
    names = [m.text for m in entities_of(doc).mentions if m.kind == "name"]
    assert names == ["Halvorsen"]


def test_a_name_the_tagger_cut_at_its_hyphen_goes_on(nlp):
    # "[Halvorsen-]Marlowe": the tagger's name ends on the hyphen; the word joined to it is the rest of the name
    doc = nlp("Halvorsen-Marlowe, which bought Brightstar Corp. last year, denied the report.")
    assert [t.text for t in doc[:3]] == ["Halvorsen", "-", "Marlowe"]
    doc.ents = [Span(doc, 0, 2, "PERSON")]
    names = [m.text for m in entities_of(doc).mentions if m.kind == "name"]
    assert names[0] == "Halvorsen-Marlowe"


def test_a_company_name_listing_its_trades_is_one_name(nlp):
    # "Halvorsen Cereals, Oils" + "and" + "Foodstuffs Corporation": a name with a comma the tagger cut at "and"
    doc = nlp("Halvorsen Cereals, Oils and Foodstuffs Corporation (HCOF) ordered beef from Brightstar.")
    assert [t.text for t in doc[:7]] == ["Halvorsen", "Cereals", ",", "Oils", "and", "Foodstuffs", "Corporation"]
    doc.ents = [Span(doc, 0, 4, "ORG"), Span(doc, 5, 7, "ORG"), Span(doc, 8, 9, "ORG"), Span(doc, 13, 14, "ORG")]
    names = {m.text: m.cluster.name for m in entities_of(doc).mentions if m.kind == "name"}
    assert "Halvorsen Cereals, Oils and Foodstuffs Corporation" in names
    assert names["HCOF"] == names["Halvorsen Cereals, Oils and Foodstuffs Corporation"]


def test_two_names_of_a_list_the_tagger_ran_together_are_two(nlp):
    # "rivals such as [Holvik, Marstrand] and Kellerman": a list's names run over its comma; the list goes on
    # after "and" with a name that is not a company word's end (unlike "Cereals, Oils" + "and Foodstuffs Corp.")
    doc = nlp("Brightstar said the deal would strengthen it against rivals such as Holvik, Marstrand and Kellerman.")
    start = next(t.i for t in doc if t.text == "Holvik")
    doc.ents = [Span(doc, 0, 1, "ORG"), Span(doc, start, start + 3, "ORG"), Span(doc, start + 4, start + 5, "ORG")]
    names = [m.text for m in entities_of(doc).mentions if m.kind == "name"]
    assert names == ["Brightstar", "Holvik", "Marstrand", "Kellerman"]


def test_the_last_two_names_of_a_list_the_tagger_ran_together_are_two(nlp):
    # "with Halvorsen Corp., [Holvik and Kellerman]": a list's last two one-word names run over its "and"; a
    # name with more than one word before its "and" ("Hunan Valin Iron and Steel") is left whole
    doc = nlp("Brightstar competes with Halvorsen Corp., Holvik and Kellerman for contracts from banks.")
    start = next(t.i for t in doc if t.text == "Holvik")
    doc.ents = [Span(doc, 0, 1, "ORG"), Span(doc, 3, 5, "ORG"), Span(doc, start, start + 3, "ORG")]
    names = [m.text for m in entities_of(doc).mentions if m.kind == "name"]
    assert sorted(names) == ["Brightstar", "Halvorsen Corp.", "Holvik", "Kellerman"]
    doc = nlp("Brightstar sold its mill to a state-owned firm, Marlowton Valin Iron and Steel.")
    start = next(t.i for t in doc if t.text == "Marlowton")
    doc.ents = [Span(doc, 0, 1, "ORG"), Span(doc, start, start + 5, "ORG")]
    names = [m.text for m in entities_of(doc).mentions if m.kind == "name"]
    assert sorted(names) == ["Brightstar", "Marlowton Valin Iron and Steel"]


def test_a_country_word_and_a_portfolio_tagged_as_a_name_are_the_country(nlp):
    # "[Norwegian Energy] Minister X" tagged as an organisation: the demonym and a portfolio, so the minister
    # works for the country, and no body called "Norwegian Energy" is found
    doc = nlp("Norwegian Energy Minister Tom Marlowe criticised the pipeline on Monday.")
    doc.ents = [Span(doc, 0, 2, "ORG"), Span(doc, 3, 5, "PERSON")]
    found = {(m.text, m.cluster.name) for m in entities_of(doc).mentions}
    assert ("Norwegian", "NO") in found and not any(text == "Norwegian Energy" for text, _ in found)


def test_a_body_name_cut_at_and_goes_on_over_its_untagged_words(nlp):
    # "[The Marlowton Trade and] Shipping Commission" with the rest untagged: the name ends on "Commission"
    doc = nlp("The Marlowton Trade and Shipping Commission has opened an investigation into Brightstar Corp.")
    doc.ents = [Span(doc, 0, 4, "ORG"), Span(doc, 11, 13, "ORG")]
    names = [m.text for m in entities_of(doc).mentions if m.kind == "name"]
    assert names[0] == "Marlowton Trade and Shipping Commission"
    assert ("Marlowton Trade and Shipping Commission", "investigates", "Brightstar", "asserted") in \
        triples(doc.text, nlp)


def test_a_body_name_cut_before_its_country_is_whole(nlp):
    # "The Marine Authority" + "of" + "Norway": the country ends the body's name; "the Authority of Norway's" not
    doc = nlp("The Marine Authority of Norway fined Brightstar Corp. on Monday.")
    doc.ents = [Span(doc, 0, 3, "ORG"), Span(doc, 4, 5, "GPE"), Span(doc, 6, 8, "ORG")]
    names = [m.text for m in entities_of(doc).mentions if m.kind == "name"]
    assert names[0] == "Marine Authority of Norway"


def test_an_owned_trader_is_no_person(nlp):
    # a role word in apposition makes a name a person's, but people are not state-owned
    doc = nlp("Brightstar, the state-owned Chinese food trader, said it ordered beef.")
    types = {m.text: m.cluster.type for m in entities_of(doc).mentions}
    assert types["Brightstar"] == "Company"


def test_an_acronym_written_alone_is_the_body_whose_initials_it_is(nlp):
    doc = nlp("The Nordic Competition and Consumer Authority opened an investigation into Halvorsen Corp. on Monday. "
              "NCCA chairman Lars Berg said the company had raised prices.")
    clusters = {m.text: m.cluster.id for m in entities_of(doc).mentions}
    assert clusters["NCCA"] == clusters["Nordic Competition and Consumer Authority"]


def test_confederations_guilds_and_chambers_are_organizations(nlp):
    text = ("The Nordic Confederation of Farmers criticised Halvorsen Corp. The Writers Guild of Norway and the "
            "Oslo Chamber of Commerce joined the criticism.")
    types = {e.name: e.type for e in extract_document(text, nlp).entities}
    assert types["Nordic Confederation of Farmers"] == types["Oslo Chamber of Commerce"] == "Organization"


def test_a_name_with_an_ampersand_keeps_its_entity(nlp):
    # looking for names the tagger cut at "&"/"and" must not take back the whole name found already
    entities = entities_of(nlp("Halvorsen & Berg sold its unit to Brandt Corp. in 2012."))
    named = [m for m in entities.mentions if m.text == "Halvorsen & Berg"]
    assert named and all(m.cluster in entities.clusters for m in entities.mentions)


def test_a_model_name_after_a_hyphenated_model_number_is_a_product(nlp):
    # "787-9 Dreamliners" is Boeing's product, not a company; a product is no antecedent for "the engine maker"
    text = ("Halvorsen Air ordered 25 Boeing 787-9 Dreamliners. The Dreamliners will be powered by Trent engines "
            "from Rolls-Royce, which won a $2 billion order. The British engine maker's chief executive John Rishton "
            "called the deal a vote of confidence.")
    result = extract_document(text, nlp)
    assert "Dreamliners" not in {e.name for e in result.entities}
    found = {(f.subject, f.action, f.object) for f in result.facts}
    assert {("Rolls-Royce", "based_in", "GB"), ("John Rishton", "leads", "Rolls-Royce")} <= found


def test_an_organisation_cut_before_the_country_ending_its_name_is_whole(nlp):
    # the tagger reads "Halvorsen Motor" (organisation) and "Indonesia" (place) in "Halvorsen Motor Manufacturing
    # Indonesia": the capitalised words between and the country belong to the unit's name
    doc = nlp("Halvorsen said sales rose. Halvorsen's Indonesian unit, Halvorsen Motor Manufacturing Indonesia, "
              "said it would invest more.")
    assert [t.head.i for t in doc[10:13]] == [13, 13, 13]
    doc.ents = [Span(doc, 0, 1, "ORG"), Span(doc, 5, 6, "ORG"), Span(doc, 7, 8, "NORP"), Span(doc, 10, 12, "ORG"),
                Span(doc, 13, 14, "GPE")]
    named = {m.text: m.cluster.type for m in entities_of(doc).mentions}
    assert named.get("Halvorsen Motor Manufacturing Indonesia") == "Company"


@pytest.mark.parametrize("text, expected", [
    # one word a country owns, which the tagger took for a person, is a company ...
    ("Shares rose after Finland's Halvorsen raised its forecast.", "Company"),
    # ... unless it is the surname of a person named in full
    ("Finland's president Anna Halvorsen spoke first. Shares rose after Finland's Halvorsen spoke.", "Person"),
])
def test_a_countrys_one_word_name_tagged_a_person(nlp, text, expected):
    doc = nlp(text)
    last = max(t.i for t in doc if t.text == "Halvorsen")
    people = [Span(doc, t.i - 1, t.i + 1, "PERSON") for t in doc if t.text == "Halvorsen" and t.i != last]
    doc.ents = [*people, Span(doc, last, last + 1, "PERSON")]
    mention = next(m for m in entities_of(doc).mentions if m.start == last)
    assert mention.cluster.type == expected


def test_a_name_cut_short_where_it_is_found_whole_elsewhere(nlp):
    doc = nlp("Halvorsen Group said Halvorsen HMX won an order. Halvorsen HMX, its battery maker, will build a plant.")
    firsts = [t.i for t in doc if t.text == "Halvorsen"]
    # the tagger cut the unit's name to its parent's word in the first sentence, and found it whole in the second
    doc.ents = [Span(doc, firsts[0], firsts[0] + 2, "ORG"), Span(doc, firsts[1], firsts[1] + 1, "ORG"),
                Span(doc, firsts[2], firsts[2] + 2, "ORG")]
    mentions = [m for m in entities_of(doc).mentions if m.start in firsts]
    assert [m.text for m in mentions] == ["Halvorsen Group", "Halvorsen HMX", "Halvorsen HMX"]
    assert mentions[1].cluster is mentions[2].cluster


def test_a_known_name_read_whole_over_a_nationality(nlp):
    doc = nlp("Lindqvist American said profits rose. Prices rose in Chile, where Lindqvist American runs a mine.")
    firsts = [t.i for t in doc if t.text == "Lindqvist"]
    # the tagger found the name whole once, and only a nationality ("American") in it the second time
    doc.ents = [Span(doc, firsts[0], firsts[0] + 2, "ORG"), Span(doc, firsts[1] + 1, firsts[1] + 2, "NORP")]
    mentions = [m for m in entities_of(doc).mentions if m.start in firsts]
    assert [(m.text, m.cluster.type) for m in mentions] == [("Lindqvist American", "Company")] * 2


def test_marine_and_mineral_end_company_names(nlp):
    doc = nlp("Analysts said Japan's Sakura Marine and Indonesia's Lombok Mineral would apply for licences.")
    doc.ents = [Span(doc, t.i - 1, t.i + 1, "PERSON") for t in doc if t.text in ("Marine", "Mineral")]
    types = {m.text: m.cluster.type for m in entities_of(doc).mentions}
    assert types["Sakura Marine"] == types["Lombok Mineral"] == "Company"


@pytest.mark.parametrize("text, triple", [
    # who imports the goods supplied is the customer
    ("Analysts said Halvorsen Mining and Brazil's Vale, which supply most of the iron ore China imports, gained.",
     ("Vale", "supplies", "CN", "asserted")),
    # "Dutch rail operator Vecturis": the parser made the noun a sibling of the name, not its modifier
    ("Halvorsen Rail, a joint venture of Trafigura, Spanish construction group Acciona and Dutch rail operator "
     "Vecturis, runs the 900-kilometre line from the mine to the port.",
     ("Vecturis", "based_in", "NL", "asserted")),
    # "Y was fined" in a clause hung on another passive: not fined by X, the other clause's subject, but by the
    # body that fined "three chemical makers" before
    ("The Nordic Competition Authority on Monday fined three chemical makers for fixing prices. Halvorsen Corp. "
     "was given the largest fine, while Lindqvist Corp. was fined $2 million.",
     ("Nordic Competition Authority", "investigates", "Lindqvist", "asserted")),
])
def test_constructions_read_among_others(nlp, text, triple):
    assert triple in triples(text, nlp)


def test_an_organisation_on_the_first_word_of_a_role_is_the_roles_not_a_guess(nlp):
    # "Sanofi chief executive X" parsed with "Sanofi" on "chief": the role is read at the named company, with the
    # confidence of a named one, not guessed from the company the text is about
    text = ("Sanofi will buy a stake in Lindqvist Bio. \"Zika is a serious threat to public health, and combining "
            "our manufacturing scale with Lindqvist's technology gives us the best chance of delivering a vaccine "
            "quickly,\" said Sanofi chief executive Jon Brannic.")
    leads = [f for f in extract_document(text, nlp).facts if f.action == "leads"]
    assert [(f.subject, f.object) for f in leads] == [("Jon Brannic", "Sanofi")]
    assert leads[0].confidence > 0.8


def test_subsidiary_needs_a_unit_word(nlp):
    found = triples("Sony said Sony Music will hire 500 engineers.", nlp)
    assert not any(t[1] == "subsidiary_of" for t in found)


def test_reference_article(nlp):
    path = DEV / "korea-chinese-tech-2016.txt"
    if not path.exists():
        pytest.skip("reference article not present")
    found = {(s, a, o) for s, a, o, _ in triples(path.read_text(encoding="utf-8"), nlp)}
    for triple in [("Huawei", "supplies", "LG Uplus"), ("Xiaomi", "based_in", "CN"), ("LG Uplus", "based_in", "KR"),
                   ("CN", "sanctions", "KR"), ("Kelvin Ding", "leads", "Huawei Korea")]:
        assert triple in found


def facts_with_spans(text: str, nlp) -> set[tuple[str, str, str, str]]:
    """(subject, action, object, object as written in the text) of every fact."""
    return {(f.subject, f.action, f.object, text[f.object_span[0]:f.object_span[1]])
            for f in extract_document(text, nlp).facts}


@pytest.mark.parametrize("text, expected", [
    # a reduced passive relative: the city as written is the object mention, lifted to its country
    ("Brightwater Industries, based in Dayton, Ohio, makes industrial pumps.",
     {("Brightwater Industries", "based_in", "US", "Dayton")}),
    # "X of Y" with Y a city
    ("Analysts praised Kestrel Systems of Tucson for its new reactor.",
     {("Kestrel Systems", "based_in", "US", "Tucson")}),
    # a place modifying a company descriptor in apposition
    ("Ostrava Steelworks, a Prague engineering firm, said exports rose.",
     {("Ostrava Steelworks", "based_in", "CZ", "Prague")}),
    # a known town after a legal form and "of", which the tagger took for another name
    ("The crane, leased from Marvel Hoist Co. of Marshall, toppled on Monday.",
     {("Marvel Hoist", "based_in", "US", "Marshall")}),
    # a wire credit line: place, then the broadcaster's name
    ("Lisbon Radio Atlantico Network",
     {("Radio Atlantico Network", "based_in", "PT", "Lisbon")}),
    # a city a plant is in, though the tagger took it for an organisation
    ("Halvorsen Marine Corp. builds the engines at its plant in Changwon.",
     {("Halvorsen Marine", "operates_in", "KR", "Changwon")}),
    # a shipping "Line" is a company, not a person
    ("Rates fell after rival Brandt Line of Norway cut prices.",
     {("Brandt Line", "based_in", "NO", "Norway")}),
])
def test_place_constructions(nlp, text, expected):
    assert facts_with_spans(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # any occupation held "at" an organisation
    ("Mary Quill, a chemist at Northfield University, said the samples were clean.",
     {("Mary Quill", "works_for", "Northfield University", "Northfield University")}),
    # "Person of Organisation"
    ("Tom Ridley of Halvorsen Corp. declined to comment.",
     {("Tom Ridley", "works_for", "Halvorsen", "Halvorsen Corp.")}),
    # an apposition the parser missed ("…, the president of X said" without a closing comma)
    ("Maria Costa, the president of the Brazilian Steelworkers Union said the strike would end.",
     {("Maria Costa", "leads", "Brazilian Steelworkers Union", "Brazilian Steelworkers Union")}),
    # any occupation held "for" an organisation
    ("Greta Lund, a pilot for Delta Air Lines, described the landing.",
     {("Greta Lund", "works_for", "Delta Air Lines", "Delta Air Lines")}),
    # the organisation one phrase further down the role: "vice president for marketing at X"
    ("Ken Abbot, vice president for marketing at Torvane Corp., said demand was strong.",
     {("Ken Abbot", "works_for", "Torvane", "Torvane Corp.")}),
    # ... or two phrases further down, or named by the noun after "with"/"of" ("the X research group",
    # "the X's research service"); heading a unit of its own is not working for the parent
    ("Lee Park, director for sales of new products at Orvane Corp., said demand was strong.",
     {("Lee Park", "works_for", "Orvane", "Orvane Corp.")}),
    ("Ann Hale, an economist with the Kessler Foundation research group, said prices fell.",
     {("Ann Hale", "works_for", "Kessler Foundation", "Kessler Foundation")}),
    ("Ivo Marsh, a soil scientist with the USDA's agricultural research service, said yields rose.",
     {("Ivo Marsh", "works_for", "USDA", "USDA")}),
    ("Spokesman Rolf Baer of the small Marlin Optics company said orders rose.",
     {("Rolf Baer", "works_for", "Marlin Optics", "Marlin Optics")}),
    # "Person, AGE, of Organisation", but "Person, AGE, of Town" is where one is from
    ("Ulla Berg, 52, of the Nordic Space Agency was chosen for the flight.",
     {("Ulla Berg", "works_for", "Nordic Space Agency", "Nordic Space Agency")}),
    ("Paul Hart, 30, of Castleford, went down to help.", set()),
    # a first name the tagger left out of the person's name
    ("\"Alstom offered the best price,\" said Do Ta Hung, a spokesman for Vietnam Railways.",
     {("Do Ta Hung", "works_for", "Vietnam Railways", "Vietnam Railways")}),
    # an organisation, modifiers and a role before the name; heading a part is working for the whole
    ("Striking Delta Air Lines pilot John Ross joined the march.",
     {("John Ross", "works_for", "Delta Air Lines", "Delta Air Lines")}),
    ("SPD floor leader Anna Weber told reporters the vote would pass.",
     {("Anna Weber", "works_for", "SPD", "SPD")}),
    ("Maria Lopez, candidate of the National Action Party, led the poll.",
     {("Maria Lopez", "works_for", "National Action Party", "National Action Party")}),
    # verbs of work with "at" / "for"
    ("Lena Ostrova taught at Easton College for a decade.",
     {("Lena Ostrova", "works_for", "Easton College", "Easton College")}),
    ("Paul Grant writes for the Daily Courier.",
     {("Paul Grant", "works_for", "Daily Courier", "Daily Courier")}),
    # a rank between the organisation and the name; the tagger's "Coast Guard Lt" is trimmed
    ("Coast Guard Lt. Dan Meyer said the boat sank.",
     {("Dan Meyer", "works_for", "Coast Guard", "Coast Guard")}),
    # a name the tagger found no entity for, or an acronym it missed, before a role and a person's name;
    # an organisation's name the tagger ran into the role is cut before it; a portfolio is no body
    ("Pellham president Joan Marsh said sales rose.", {("Joan Marsh", "leads", "Pellham", "Pellham")}),
    ("( By NOVA-TASS correspondent Ivan Petrov )", {("Ivan Petrov", "works_for", "NOVA-TASS", "NOVA-TASS")}),
    ("FAA Administrator Allan Price issued the order.", {("Allan Price", "works_for", "FAA", "FAA")}),
    ("US Trade Representative Mark Fell said the talks would resume.", {("Mark Fell", "works_for", "US", "US")}),
    # "of X" after two coordinated names, though the parser hung it on the first
    ("Anna Holm and Peter Lind of the Social Liberal Party voted no.",
     {("Anna Holm", "works_for", "Social Liberal Party", "Social Liberal Party"),
      ("Peter Lind", "works_for", "Social Liberal Party", "Social Liberal Party")}),
    # a role opening the sentence before the name and a comma
    ("A Tolland University law professor, Harwood helped draft the bill.",
     {("Harwood", "works_for", "Tolland University", "Tolland University")}),
    # "the board's X": the body the nominal stands for (a name the tagger read as a person, modifying a
    # noun, is no one's: "the group's Dabrowa-based unit")
    ("The Tolland Water Authority approved new rules on Monday, said the authority's Mary Quinn.",
     {("Mary Quinn", "works_for", "Tolland Water Authority", "Tolland Water Authority")}),
    # serving "in" a body; a plain "Congress" is a legislature, not an event ("the Mobile World Congress")
    ("Ruth Kemp served 20 years in Congress.", {("Ruth Kemp", "works_for", "Congress", "Congress")}),
    ("Hal Brenner served in the Navy for ten years.", {("Hal Brenner", "works_for", "Navy", "Navy")}),
    ("Acme served customers in Brazil.", {("Acme", "operates_in", "BR", "Brazil")}),
    # a role after a party and state label (wire style)
    ("The bill was backed by Sen. Ann Fisk, D-Mich., chairman of the Senate Energy Committee.",
     {("Ann Fisk", "leads", "Senate Energy Committee", "Senate Energy Committee")}),
    # a name a relative clause takes up with "who" is a person's, whatever the tagger called it
    ("Mason, who headed the Tolland Research Council, said funds were short.",
     {("Mason", "leads", "Tolland Research Council", "Tolland Research Council")}),
    # "the agency" from any distance, when one agency only was named before
    ("The Tolland Water Agency opened an inquiry. Tesco removed the packs. Customers can return them. Waitrose is "
     "not affected. No illnesses were reported, the agency said. Mary Quinn, the agency's chief executive, said so.",
     {("Mary Quinn", "leads", "Tolland Water Agency", "the agency")}),
    # a nominal's fact names the entity where its sentence does
    ("The Federal Water Agency is drafting rules, said Robin Hale, a spokeswoman for the agency.",
     {("Robin Hale", "works_for", "Federal Water Agency", "Federal Water Agency")}),
    # a second role the parser coordinated with the first role's organisation
    ("Harrington , a professor of political science at Queens College and honorary president of the Socialist "
     "International , died Monday.",
     {("Harrington", "works_for", "Queens College", "Queens College"),
      ("Harrington", "leads", "Socialist International", "Socialist International")}),
    # a bare role after a name and a comma that the parser hung elsewhere
    ("Fernandez is ahead of Ernesto Zedillo , candidate of the Institutional Revolutionary Party , by 5 percent .",
     {("Ernesto Zedillo", "works_for", "Institutional Revolutionary Party", "Institutional Revolutionary Party")}),
])
def test_affiliation_constructions(nlp, text, expected):
    assert facts_with_spans(text, nlp) == expected


def test_form_of_address_is_part_of_the_mention_not_the_name(nlp):
    facts = extract_document("Ms. Ellen Park, a lawyer for Brisco Corp., said the suit was settled.", nlp).facts
    assert [(f.subject, f.subject_mention, f.action, f.object) for f in facts] == [
        ("Ellen Park", "Ms. Ellen Park", "works_for", "Brisco")]


def test_headquarters_gives_based_in(nlp):
    # the parser hangs "in Dayton" on "met"; the phrase right after the trigger still belongs to it
    assert facts_with_spans("Investigators met at Halvorsen Corp. headquarters in Dayton, Ohio.", nlp) == {
        ("Halvorsen", "based_in", "US", "Dayton")}


def test_listed_group_takes_the_country_named_before(nlp):
    # a plural descriptor re-mentions the group a headline gave a country; a plain "many carmakers" in between
    # does not break the link
    text = ("German carmakers expand in Mexico\n\nMany carmakers build plants abroad.\n"
            "The plan covers three carmakers - Volkswagen, Daimler and BMW.")
    assert {f for f in triples(text, nlp) if f[1] == "based_in"} == {
        ("Volkswagen", "based_in", "DE", "asserted"), ("Daimler", "based_in", "DE", "asserted"),
        ("BMW", "based_in", "DE", "asserted")}


def test_a_named_new_company_is_resolved_later(nlp):
    # "The combined company, which will be called X": a later "the combined company" means X
    text = ("Halvorsen Corp. will merge with Brisco Inc. The combined company, which will be called Northwind "
            "Holdings and be based in Denver, will employ 9,000 people. Jane Roe, the chief executive of Brisco, "
            "will become the chairman of the combined company.")
    facts = extract_document(text, nlp).facts
    assert {(f.subject, f.action, f.object, f.modality, f.object_mention) for f in facts} == {
        ("Northwind Holdings", "based_in", "US", "planned", "Denver"),
        ("Jane Roe", "leads", "Brisco", "asserted", "Brisco"),
        ("Jane Roe", "leads", "Northwind Holdings", "planned", "the combined company"),
    }


def test_ownership_breakdown_and_governments(nlp):
    # every share of a stake breakdown has its owner; a country's government is the country; an
    # organization can hold a stake
    text = ("The new Halvorsen will be owned 60 percent by the Steelworkers Union, ten percent by the "
            "German Government and 30 percent by the Swedish Government.")
    assert triples(text, nlp) == {
        ("Steelworkers Union", "invests_in", "Halvorsen", "planned"),
        ("DE", "invests_in", "Halvorsen", "planned"),
        ("SE", "invests_in", "Halvorsen", "planned"),
    }


@pytest.mark.parametrize("text, expected", [
    # "Place, X's home state": based in the place the phrase is in apposition to
    ("A similar suit was filed in Ohio, Halvorsen Corp.'s home state, but the parties agreed.",
     {("Halvorsen", "based_in", "US", "asserted")}),
    # officials of a named country act for it
    ("Officials from Japan have agreed to buy 40 Embraer jets.",
     {("Embraer", "supplies", "JP", "planned")}),
    # a possessor of a quantity noun owns what it counts; a protest with no owner is made by that actor
    ("Norway's series of sanctions on Russian goods came in protest to Moscow's decision to annex the region.",
     {("NO", "sanctions", "RU", "asserted"), ("NO", "criticizes", "RU", "asserted")}),
    # "came under investigation in X", "faces an investigation by Y"
    ("Halvorsen Corp. came under investigation in France.",
     {("FR", "investigates", "Halvorsen", "asserted")}),
    ("Brisco Inc. faces an investigation by the Securities and Exchange Commission.",
     {("Securities and Exchange Commission", "investigates", "Brisco", "asserted")}),
])
def test_country_and_place_constructions(nlp, text, expected):
    assert triples(text, nlp) == expected


def test_demonym_nominal_after_a_comparison_draws_no_based_in(nlp):
    # "the French company" could be either side of the comparison: no based_in; with one candidate it is drawn
    compared = "Toyota sold more cars than General Motors, raising doubts whether the American company could recover."
    assert {f for f in triples(compared, nlp) if f[1] == "based_in"} == set()
    single = "Halvorsen announced a new turbine, which would give the French company a lead in the market."
    assert {f for f in triples(single, nlp) if f[1] == "based_in"} == {("Halvorsen", "based_in", "FR", "asserted")}


@pytest.mark.parametrize("text, expected", [
    # a company ranked in a country's market operates there; "foreign investor" says nothing of that
    ("Brisco, the biggest bank in Spain, said profits rose.", {("Brisco", "operates_in", "ES", "asserted")}),
    ("Halvorsen Corp. said on Monday it would open a plant. The company, which is the third largest in "
     "Norway, did not say where.", {("Halvorsen", "operates_in", "NO", "asserted")}),
    ("Halvorsen is the biggest foreign investor in Vietnam.", set()),
    # jobs cut in a country with no agent: the company the text is about; cutting what exists there says it
    # operates there now (asserted), elliptical conjuncts included
    ("Halvorsen Corp. will close two plants. About 900 jobs will be cut in Canada, 200 jobs in Mexico.",
     {("Halvorsen", "operates_in", "CA", "asserted"), ("Halvorsen", "operates_in", "MX", "asserted")}),
    ("Halvorsen Corp. plans to open stores in Canada next year.", {("Halvorsen", "operates_in", "CA", "planned")}),
])
def test_market_constructions(nlp, text, expected):
    assert {f for f in triples(text, nlp) if f[1] == "operates_in"} == expected


def test_names_coordinated_in_a_flattened_phrase(nlp):
    # the parser flattens "carrier X and Danish carrier Y"; both are objects, each with its own demonym; a name
    # tagged PERSON that ends in a company word is a company
    text = "The European Union imposed bans on Norwegian flag carrier Halvorsen Airlines and Danish carrier " \
           "Brisco Airlines last year."
    assert triples(text, nlp) == {
        ("European Union", "sanctions", "Halvorsen Airlines", "asserted"),
        ("European Union", "sanctions", "Brisco Airlines", "asserted"),
        ("Halvorsen Airlines", "based_in", "NO", "asserted"),
        ("Brisco Airlines", "based_in", "DK", "asserted"),
    }


@pytest.mark.parametrize("text, expected", [
    # a company's descriptor before another company's name
    ("Google parent Alphabet reported earnings.", {("Google", "subsidiary_of", "Alphabet", "asserted")}),
    ("Apple rival Samsung Electronics cut prices.", {("Samsung Electronics", "competes_with", "Apple", "asserted")}),
    ("Boeing supplier Spirit AeroSystems said deliveries slowed.",
     {("Spirit AeroSystems", "supplies", "Boeing", "asserted")}),
    # a hyphenated name whose second part is also a town's name ("Mobile", Alabama) stays whole
    ("Halvorsen said sales fell. In Austria, Halvorsen competes with T-Mobile Austria, a unit of Germany's "
     "Deutsche Telekom.", {("Halvorsen", "competes_with", "T-Mobile Austria", "asserted"),
                           ("T-Mobile Austria", "subsidiary_of", "Deutsche Telekom", "asserted"),
                           ("Deutsche Telekom", "based_in", "DE", "asserted"),
                           ("Halvorsen", "operates_in", "AT", "asserted")}),
    # an unknown "place" a company noun describes is a company
    ("Hans Berg, president of Dubai-based rival Emirates, said demand was strong.",
     {("Hans Berg", "leads", "Emirates", "asserted"), ("Emirates", "based_in", "AE", "asserted")}),
    # an acronym the tagger left out opens the company's name
    ("Pierre Lamy, chairman and chief executive of RGV Suez, said it would not bid.",
     {("Pierre Lamy", "leads", "RGV Suez", "asserted")}),
])
def test_company_descriptors_before_names(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # measures against a country's goods of any kind are recorded at country level
    ("China imposed tariffs on American soybeans.", {("CN", "sanctions", "US", "asserted")}),
    ("Brazil lifted its ban on Chinese steel.", {("BR", "sanctions", "CN", "negated")}),
    ("Beijing has banned imports of Australian coal since 2020.", {("CN", "sanctions", "AU", "asserted")}),
    # "sanctions imposed by X on Y": the phrases of a reduced passive on the noun
    ("Sanctions imposed by the European Union on Russia hurt exports.",
     {("European Union", "sanctions", "RU", "asserted")}),
    # a country's measures stand for the country; measures imposed by someone stand for their author
    ("Seoul protested Tokyo's export curbs.", {("KR", "criticizes", "JP", "asserted")}),
    ("The Kremlin criticized the sanctions imposed by the European Union.",
     {("RU", "criticizes", "European Union", "asserted")}),
    # ... a decision "by" its author, a plan named by a company's name; disagreeing with a decision,
    # complaining about it or that someone did something
    ("Oxfam criticised the decision by Unilever to close the factory.",
     {("Oxfam", "criticizes", "Unilever", "asserted")}),
    ("Oxfam condemned the Unilever plan to close the factory.", {("Oxfam", "criticizes", "Unilever", "asserted")}),
    ("Nordvik Pharma said it strongly disagreed with the EMA's decision.",
     {("Nordvik Pharma", "criticizes", "EMA", "asserted")}),
    ("Oxfam complained about Unilever's prices.", {("Oxfam", "criticizes", "Unilever", "asserted")}),
    ("Greenpeace complained that Shell had ignored the risks.", {("Greenpeace", "criticizes", "Shell", "asserted")}),
    # opposing a deal named with its party; "he" in what a person says is that person, not one named before
    ("Paul Weber, the head of the council, demanded a meeting. John Carter said he did not oppose the sale to "
     "Tata Steel.", {("John Carter", "criticizes", "Tata Steel", "negated")}),
    # who criticises a deal is no party to it
    ("Oxfam criticised the takeover of Body Shop.", {("Oxfam", "criticizes", "Body Shop", "asserted")}),
    # saying a thing is blameworthy, not saying it is a success
    ("Oxfam said the Unilever plan was unfair.", {("Oxfam", "criticizes", "Unilever", "asserted")}),
    ("Oxfam said the Unilever plan was a success.", set()),
    # who is under a measure, or on a blacklist, is its target; such a standing state is no "decision" to oppose
    ("Halvorsen Corp. has been under US sanctions since 2008.", {("US", "sanctions", "Halvorsen", "asserted")}),
    ("Japan added Brandt Corp. to its export blacklist. Halvorsen Corp. has been on a US blacklist since 2019. "
     "China's Ministry of Commerce said it opposes the decision.",
     {("JP", "sanctions", "Brandt", "asserted"), ("US", "sanctions", "Halvorsen", "asserted"),
      ("Ministry of Commerce", "based_in", "CN", "asserted"),
      ("Ministry of Commerce", "criticizes", "JP", "asserted")}),
    # "the decision" is the one the text named an author for just before
    ("Halvorsen Bank said it will comply with the US decision. Austria's finance minister Karl Brandt "
     "criticised the decision.", {("Karl Brandt", "works_for", "AT", "asserted"),
                                  ("Karl Brandt", "criticizes", "US", "asserted")}),
    # "the board" criticised is the board of the company the sentence (or the story) names, not the critic's
    ("Brandt Capital, which owns 8 percent of Halvorsen Corp., criticised the board for its slow search.",
     {("Brandt Capital", "invests_in", "Halvorsen", "asserted"),
      ("Brandt Capital", "criticizes", "Halvorsen", "asserted")}),
    # "the purchase" criticised is the last one told: its buyer, of a stake as of goods
    ("Halvorsen Corp. agreed to buy a 15 percent stake in Brandt Metals Group. Senator Jane Roe criticised the "
     "purchase.", {("Halvorsen", "invests_in", "Brandt Metals Group", "planned"),
                   ("Jane Roe", "criticizes", "Halvorsen", "asserted")}),
    # who draws criticism, or whose growth does, is its target
    ("Halvorsen Corp. has grown fast. Its expansion has drawn criticism from Greenpeace.",
     {("Greenpeace", "criticizes", "Halvorsen", "asserted")}),
    # the thing criticised is of something a named company owns
    ("Greenpeace criticised the design of Nordvik Pharma's new trial.",
     {("Greenpeace", "criticizes", "Nordvik Pharma", "asserted")}),
    # "members of" a body act for it; "the agency" is the one public body named before, whatever its name's word
    ("Members of the Regional Assembly condemned Halvorsen Corp.",
     {("Regional Assembly", "criticizes", "Halvorsen", "asserted")}),
    ("The Federal Aviation Administration fined Skyline Air. The agency criticised the design of Skyline's "
     "new cabin.", {("Federal Aviation Administration", "investigates", "Skyline", "asserted"),
                    ("Federal Aviation Administration", "criticizes", "Skyline", "asserted")}),
])
def test_sanctions_on_a_country_goods(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # buying a majority is an acquisition as well as a stake; a minority stake is a stake only
    ("Walmart bought a 77 percent stake in Flipkart.",
     {("Walmart", "invests_in", "Flipkart", "asserted"), ("Walmart", "acquires", "Flipkart", "asserted")}),
    ("Fiat bought a 20 percent stake in Chrysler.", {("Fiat", "invests_in", "Chrysler", "asserted")}),
    # a unit named with its owner's possessive holds whatever the clause around it says
    ("Reliance Industries said it would invest $10 billion in its telecom unit Jio.",
     {("Reliance Industries", "invests_in", "Jio", "planned"),
      ("Jio", "subsidiary_of", "Reliance Industries", "asserted")}),
    # money given is funding; a fine paid to regulators is theirs; a recall in a country says the seller is there
    ("Spain's government will provide subsidies to Volkswagen for the plant.",
     {("ES", "invests_in", "Volkswagen", "planned")}),
    ("Ford paid a fine to US regulators.", {("US", "investigates", "Ford", "asserted")}),
    ("Tesla recalled 2 million cars in the United States.", {("Tesla", "operates_in", "US", "asserted")}),
    # prosecutors of a country act for it
    ("Japanese prosecutors charged Nissan with understating pay.", {("JP", "investigates", "Nissan", "asserted")}),
])
def test_ownership_and_investigation(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # a name the tagger took for a place, described as a company, is a company
    ("Nestle, the Swiss food giant, cut 4,000 jobs in France.",
     {("Nestle", "based_in", "CH", "asserted"), ("Nestle", "operates_in", "FR", "asserted")}),
    # a passive relative clause: "which is headquartered in"
    ("HSBC, which is headquartered in London, said profits fell.", {("HSBC", "based_in", "GB", "asserted")}),
    # named examples of a common noun
    ("Netflix launched its service in several markets, including India and Brazil.",
     {("Netflix", "operates_in", "IN", "asserted"), ("Netflix", "operates_in", "BR", "asserted")}),
    ("The EU banned airlines such as Garuda Indonesia and Lion Air.",
     {("EU", "sanctions", "Garuda Indonesia", "asserted"), ("EU", "sanctions", "Lion Air", "asserted")}),
    # a company "in" a country is there, not necessarily based there
    ("Analysts said Apple could face competition from Huawei in China.",
     {("Huawei", "operates_in", "CN", "asserted"), ("Apple", "competes_with", "Huawei", "possible")}),
    # joining an organisation is working for it; a former role stays negated
    ("Former Nokia chief Stephen Elop joined Microsoft in 2010.",
     {("Stephen Elop", "leads", "Nokia", "negated"), ("Stephen Elop", "works_for", "Microsoft", "asserted")}),
    # a name the tagger took for a place, with a country's possessive, is a company; halted supplies are negated
    ("Russia's Gazprom halted gas supplies to Poland and Bulgaria.",
     {("Gazprom", "based_in", "RU", "asserted"), ("Gazprom", "supplies", "PL", "negated"),
      ("Gazprom", "supplies", "BG", "negated")}),
    ("Boeing's deliveries to Ryanair resumed in May.", {("Boeing", "supplies", "Ryanair", "asserted")}),
    # "owned by" is a passive, not an "X-owned" modifier
    ("TikTok is owned by ByteDance.", {("ByteDance", "invests_in", "TikTok", "asserted")}),
    # companies acting together are partners
    ("Sony and Honda together launched an electric car brand.", {("Sony", "partners_with", "Honda", "asserted")}),
])
def test_more_business_constructions(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # a title before a name the tagger took for an organisation; the country modifier hangs on the name
    ("German Chancellor Olaf Scholz visited Beijing.",
     {("Olaf Scholz", "leads", "DE", "asserted"), ("Olaf Scholz", "visits", "CN", "asserted")}),
    # "works as an analyst at X": the role's organisation hangs on the role after "as"
    ("Jane Roe now works as an analyst at Daewoo Securities.",
     {("Jane Roe", "works_for", "Daewoo Securities", "asserted")}),
    # a missed apposition describes the name before it; "better known as" gives another name of it;
    # a maker making goods for a company supplies it
    ("The handset is assembled in Vietnam by Taiyo Precision Industry, the Japanese contract manufacturer better "
     "known as Taiex, which also makes devices for Sony and Nokia. Taiex plans to start assembling handsets in "
     "India next year.",
     {("Taiex", "operates_in", "VN", "asserted"), ("Taiex", "based_in", "JP", "asserted"),
      ("Taiex", "supplies", "Sony", "asserted"), ("Taiex", "supplies", "Nokia", "asserted"),
      ("Taiex", "operates_in", "IN", "planned")}),
    ("Altamira made a bid for Pennant.", set()),
    # "the Lumia maker": Lumia (and Asha beside it) are products of the company owning them; "Nokia Brazil" is a
    # unit named for its country, not the longer form of "Nokia"
    ("Nokia's Lumia and Asha are sold worldwide. Nokia Brazil, a unit of the Lumia maker, was fined.",
     {("Nokia Brazil", "subsidiary_of", "Nokia", "asserted")}),
    # an apposition tells where a company is from, so "the American company" is the other one; "a week later"
    # with a past tense is past
    ("Samsung Electronics, the South Korean electronics giant, sued Apple. A week later the American company "
     "sued Samsung in California.",
     {("Samsung", "based_in", "KR", "asserted"), ("Samsung", "sues", "Apple", "asserted"),
      ("Apple", "based_in", "US", "asserted"), ("Apple", "sues", "Samsung", "asserted")}),
    # a one-word name that speaks of itself as "it" is a company's, whatever the tagger said (not "he")
    ("Kamov said it would build a plant in India.", {("Kamov", "operates_in", "IN", "planned")}),
    ("Kamov said he would build a plant in India.", set()),
    # "the Rana group" is the parent, not a short form of "Rana Advanced Systems"; an arm is a company noun
    ("Halden Aerospace has signed a partnership agreement with Rana Advanced Systems, the Indian defence arm of "
     "the Rana group.",
     {("Halden Aerospace", "partners_with", "Rana Advanced Systems", "asserted"),
      ("Rana Advanced Systems", "subsidiary_of", "Rana", "asserted"),
      ("Rana Advanced Systems", "based_in", "IN", "asserted")}),
    # a deputy is second to the head: works for, does not lead
    ("Russia's deputy prime minister Oleg Petrov called the tender biased.",
     {("Oleg Petrov", "works_for", "RU", "asserted")}),
    # "Lockheed" + "Martin" is one name; a lowercase "defence ministry" is the ministry named sentences before
    ("Brazil's Ministry of Defence ordered six tankers from Airbus. The tankers will replace older jets. Deliveries "
     "start in 2013. The deal is the largest of its kind. Each aircraft can carry 300 troops. Brazil's defence "
     "ministry is also considering buying six C-130J aircraft from Lockheed Martin, the US defence group.",
     {("Ministry of Defence", "based_in", "BR", "asserted"), ("Airbus", "supplies", "Ministry of Defence", "asserted"),
      ("Lockheed Martin", "supplies", "Ministry of Defence", "possible"),
      ("Lockheed Martin", "based_in", "US", "asserted")}),
    # a name opening a sentence with a missed apposition ("the Chinese firm") is a company's; "it" reported by
    # the firm is the firm; "ruled out" denies the bid; "Volvo" + "Cars" is one name
    ("Hunan Kaida, the Chinese firm which bought Volvo Cars last year, said on Tuesday that it had ruled out a bid "
     "for Saab.",
     {("Hunan Kaida", "based_in", "CN", "asserted"), ("Hunan Kaida", "acquires", "Volvo Cars", "asserted"),
      ("Hunan Kaida", "acquires", "Saab", "negated")}),
    ("The court ruled that Apple must pay Samsung.", set()),
    # a role in a relative clause; a government speaking of itself as "it" is its country
    ("Anna Berg, who became chief executive of Halvorsen in 2019, said the plan was sound.",
     {("Anna Berg", "leads", "Halvorsen", "asserted")}),
    ("Victor Muller, who stepped down as Saab's chairman last month, said the deal was good.",
     {("Victor Muller", "leads", "Saab", "negated")}),
    ("The Swedish government said it would take a 30 percent stake in Saab.",
     {("SE", "invests_in", "Saab", "planned")}),
    # what the text calls a union is an organisation, "the union" later on
    ("Unionen, the Swedish union that represents most of Saab's workers, criticised Tata Motors for refusing to "
     "guarantee jobs. The union has agreed to sign a new collective agreement with the carmaker.",
     {("Unionen", "based_in", "SE", "asserted"), ("Unionen", "criticizes", "Tata Motors", "asserted"),
      ("Unionen", "partners_with", "Tata Motors", "planned")}),
    # a tax on a country's goods, told in a relative clause; who imports goods "imported from" is not said
    ("The new plant is a response to a tax that Ottawa imposed last year on cars imported from Japan, Mexico and "
     "China.",
     {("CA", "sanctions", "JP", "asserted"), ("CA", "sanctions", "MX", "asserted"),
      ("CA", "sanctions", "CN", "asserted")}),
    ("Brazil imports cars from Japan.", {("JP", "supplies", "BR", "asserted")}),
    # a facility its possessor owns is there now, whatever is done with it; a new one is to come
    ("Toyota said it will cut 1,200 jobs at its factory in Burnaston, England.",
     {("Toyota", "operates_in", "GB", "asserted")}),
    ("Toyota will build its new plant in Brazil.", {("Toyota", "operates_in", "BR", "planned")}),
    # "International" ends a longer form of a name; a lessor's apposition the parser made an object is no goods
    ("Siam Airways orders jets. Siam Airways International, the flag carrier, will lease eight Boeing 777 aircraft "
     "from AerCap, the Amsterdam-based aircraft lessor.",
     {("AerCap", "supplies", "Siam Airways", "planned"), ("AerCap", "based_in", "NL", "asserted")}),
    # mining, pumping or drilling somewhere is operating there
    ("Glencore, which also mines copper in Zambia, said it had ordered inspections.",
     {("Glencore", "operates_in", "ZM", "asserted")}),
    # a common noun capitalised to open the sentence is no part of the name after it
    ("Rival Glencore, which also mines copper in Zambia, said it had ordered inspections.",
     {("Glencore", "operates_in", "ZM", "asserted")}),
    # a countersuit is a suit, against whom it accuses
    ("Kestrel Phones sued Xiaomi. Xiaomi hit back, filing a countersuit that accuses Kestrel Phones of infringing "
     "its patents.",
     {("Kestrel Phones", "sues", "Xiaomi", "asserted"), ("Xiaomi", "sues", "Kestrel Phones", "asserted")}),
    # a share of a company bought is a stake in it; a majority is its acquisition
    ("Kestrel Capital and APG will each take 24.5 percent of Harlow Foods.",
     {("Kestrel Capital", "invests_in", "Harlow Foods", "planned"), ("APG", "invests_in", "Harlow Foods", "planned")}),
    ("Kestrel Capital will acquire 75 percent of Harlow Foods.",
     {("Kestrel Capital", "invests_in", "Harlow Foods", "planned"),
      ("Kestrel Capital", "acquires", "Harlow Foods", "planned")}),
    # the companies an investor's investments include
    ("Kestrel Capital, whose investments include Mondelez International and PepsiCo, said so.",
     {("Kestrel Capital", "invests_in", "Mondelez International", "asserted"),
      ("Kestrel Capital", "invests_in", "PepsiCo", "asserted")}),
    # one maker's goods powering another's supply it; the goods after a quantity ("most of X's processors")
    ("Intel, whose chips power Apple's computers, said so.", {("Intel", "supplies", "Apple", "asserted")}),
    ("TSMC makes most of Apple's processors.", {("TSMC", "supplies", "Apple", "asserted")}),
    # goods a buyer is evaluating from a maker are a possible supply
    ("Alibaba is evaluating servers from Lenovo and Huawei as possible replacements.",
     {("Lenovo", "supplies", "Alibaba", "possible"), ("Huawei", "supplies", "Alibaba", "possible")}),
    # sales of goods to a company supply it; the sale of a company to another is its acquisition
    ("Nvidia said it had halted sales of its graphics chips to Inspur Group.",
     {("Nvidia", "supplies", "Inspur Group", "negated")}),
    ("Kellogg completed the sale of Keebler Foods to Ferrero.", {("Ferrero", "acquires", "Keebler Foods", "asserted")}),
    # goods supplied to a company's plant are supplied to the company (and the plant is the company's, not the
    # supplier's, in a city the tagger took for a nationality); a plant near a town is in its country
    ("Bocar, which already supplies cylinder heads to Nissan's plant in Aguascalientes, will sell castings.",
     {("Bocar", "supplies", "Nissan", "asserted"), ("Nissan", "operates_in", "MX", "asserted")}),
    ("Germany's Voss Automotive said it was considering a new electronics plant near Queretaro, Mexico.",
     {("Voss Automotive", "based_in", "DE", "asserted"), ("Voss Automotive", "operates_in", "MX", "possible")}),
    # made together with another company: partners (but what two companies each run is no partnership)
    ("Legendary Entertainment, which produced the Dune films with Warner Bros., said so.",
     {("Legendary Entertainment", "partners_with", "Warner Bros.", "asserted")}),
    ("Sony has long preferred to license its films to streaming services run by Netflix and Amazon.", set()),
    # a hyphenated name the tokenizer split is one name
    ("Mota-Engil won a contract from Angola.", {("Mota-Engil", "supplies", "AO", "asserted")}),
    ("S-Oil won a contract from Angola.", {("S-Oil", "supplies", "AO", "asserted")}),
    ("Lobito Atlantic Railway is a joint venture of Trafigura, Mota-Engil and Vecturis.",
     {("Trafigura", "partners_with", "Mota-Engil", "asserted"), ("Trafigura", "partners_with", "Vecturis", "asserted"),
      ("Mota-Engil", "partners_with", "Vecturis", "asserted")}),
    # a licence or concession in a country is a presence there
    ("Vodafone holds a mobile licence in Egypt.", {("Vodafone", "operates_in", "EG", "asserted")}),
    # mills, smelters, studios and terminals are facilities like plants
    ("Harlow Steel said its mills in Brazil would be sold.", {("Harlow Steel", "operates_in", "BR", "asserted")}),
    ("Korvo Games has a studio in Sweden and a smelter in Chile.",
     {("Korvo Games", "operates_in", "SE", "asserted"), ("Korvo Games", "operates_in", "CL", "asserted")}),
    ("Tata Motors said it would reopen Saab's plant in Trollhättan.",
     {("Saab", "operates_in", "SE", "asserted"), ("Tata Motors", "operates_in", "SE", "planned")}),
    # money invested in a plant is invested where the plant is
    ("Toyota will invest US$600 million in a new assembly plant in Brazil.",
     {("Toyota", "invests_in", "BR", "planned"), ("Toyota", "operates_in", "BR", "planned")}),
    # a town "in" a place with its country after it stays a place; "Kessler Motor Europe" is a unit named for its
    # region (not the longer form of "Kessler"), described by "the carmaker's European unit"; "the company" of the
    # story is the one the text keeps naming, not a unit named once in passing; "denied reports that it ..."
    ("Kessler Motor Corp. said on Tuesday that it will cut 1,200 jobs at its factory in Burnaston, England. "
     "Kessler's president said the company was strong. Shares of Kessler rose. Anna Berg, head of the carmaker's "
     "European unit, Kessler Motor Europe, said Burnaston would remain an important part of the group. The company "
     "also denied reports that it plans to build a factory in Turkey.",
     {("Kessler", "operates_in", "GB", "asserted"), ("Anna Berg", "leads", "Kessler Motor Europe", "asserted"),
      ("Kessler Motor Europe", "subsidiary_of", "Kessler", "asserted"), ("Kessler", "operates_in", "TR", "negated")}),
    # cutting jobs somewhere says the company is there now; "put X in competition with Y"; dominating a market
    ("Toyota to build Brazil plant, cut 1,200 jobs in Britain", {("Toyota", "operates_in", "GB", "asserted")}),
    ("The new plant will put Toyota in direct competition with Volkswagen and Fiat, which dominate the Brazilian "
     "market.",
     {("Toyota", "competes_with", "Volkswagen", "planned"), ("Toyota", "competes_with", "Fiat", "planned"),
      ("Volkswagen", "operates_in", "BR", "asserted"), ("Fiat", "operates_in", "BR", "asserted")}),
    # goods leased from a lessor are supplied by the lessor, not their maker; an apposition the parser hung on a
    # name further back describes the name right before it
    ("Mumbai-based Kesari Airlines said it was considering leasing five Airbus A330s from Velora, the Dublin-based "
     "aircraft lessor.",
     {("Kesari Airlines", "based_in", "IN", "asserted"), ("Velora", "supplies", "Kesari Airlines", "possible"),
      ("Velora", "based_in", "IE", "asserted")}),
    # "which it will run as a joint venture with X": the relative pronoun is the thing run, "it" the partner
    ("Boeing will build a maintenance centre in Nagpur, which it will run as a joint venture with Kesari Airlines.",
     {("Boeing", "operates_in", "IN", "planned"), ("Boeing", "partners_with", "Kesari Airlines", "planned")}),
    # a minister with no country named serves the one country of the sentence
    ("New Delhi will also guarantee loans of up to US$1.5 billion to help the airline, civil aviation minister "
     "Ravi Menon told reporters.", {("Ravi Menon", "works_for", "IN", "asserted")}),
    ("Exports from Brazil to China rose, trade minister Ana Souza said.", set()),
    # "the chain in which X holds a stake": the chain; holding a majority tells no acquisition, buying one does
    ("Siam Mart, the Thai hypermarket chain in which France's Casino Guichard-Perrachon holds a 64 percent stake, "
     "has agreed to buy Lotus Retail. Siam Mart said sales rose.",
     {("Siam Mart", "based_in", "TH", "asserted"), ("Casino Guichard-Perrachon", "based_in", "FR", "asserted"),
      ("Casino Guichard-Perrachon", "invests_in", "Siam Mart", "asserted"),
      ("Siam Mart", "acquires", "Lotus Retail", "planned")}),
    ("Casino bought a 64 percent stake in Siam Mart.",
     {("Casino", "invests_in", "Siam Mart", "asserted"), ("Casino", "acquires", "Siam Mart", "asserted")}),
    # the parent named in "a unit of Britain's Tesco" is not the short form of its unit; a description in
    # apposition holds whatever the clause says ("had bid": possible)
    ("Tesco Lotus, Siam Mart's main competitor and a unit of Britain's Tesco, had also bid for the Carrefour stores "
     "but withdrew its offer last month.",
     {("Tesco Lotus", "competes_with", "Siam Mart", "asserted"), ("Tesco Lotus", "subsidiary_of", "Tesco", "asserted"),
      ("Tesco", "based_in", "GB", "asserted")}),
    # a name opening a line is not cut after its first word, however the tagger reads the second
    ("Sales fell by a third.\nZhejiang Geely, the Chinese firm which bought Volvo Cars last year, said on Tuesday "
     "that it had ruled out a bid for Saab.",
     {("Zhejiang Geely", "based_in", "CN", "asserted"), ("Zhejiang Geely", "acquires", "Volvo Cars", "asserted"),
      ("Zhejiang Geely", "acquires", "Saab", "negated")}),
    # a relative clause on the apposition of a name
    ("\"It is the only way,\" said Victor Muller, Spyker's chief executive, who stepped down as Saab's chairman "
     "last month.",
     {("Victor Muller", "leads", "Spyker", "asserted"), ("Victor Muller", "leads", "Saab", "negated")}),
    # a measure on exports to a country is against that country
    ("China tightened restrictions on exports of rare earth metals to Japan.", {("CN", "sanctions", "JP", "asserted")}),
    # "the firm" is the one company its sentence named before it; "its" is its own clause's subject
    ("The Bank of Japan kept its key rate, but governor Masaaki Shirakawa said the central bank was ready to act. "
     "Panasonic's president Fumio Ohtsubo said the firm would not close any of its factories in China.",
     {("Fumio Ohtsubo", "leads", "Panasonic", "asserted"), ("Panasonic", "operates_in", "CN", "asserted")}),
    # rivals named in a coordination after a comma; a former role, however far "former" stands; hiring someone
    # "as president of" a unit says where they work, the hiring verb adds nothing
    ("Lenovo will open a factory in Brazil. Lenovo's main global rivals, Hewlett-Packard and Dell, both already "
     "assemble computers in the country.",
     {("Lenovo", "operates_in", "BR", "planned"), ("Hewlett-Packard", "competes_with", "Lenovo", "asserted"),
      ("Dell", "competes_with", "Lenovo", "asserted"), ("Hewlett-Packard", "operates_in", "BR", "asserted"),
      ("Dell", "operates_in", "BR", "asserted")}),
    ("Lenovo has hired Ricardo Mendes, a former Hewlett-Packard executive, as president of Lenovo Brazil, its new "
     "São Paulo-based subsidiary.",
     {("Ricardo Mendes", "works_for", "Hewlett-Packard", "negated"),
      ("Ricardo Mendes", "leads", "Lenovo Brazil", "asserted"),
      ("Lenovo Brazil", "subsidiary_of", "Lenovo", "asserted"), ("Lenovo Brazil", "based_in", "BR", "asserted")}),
    ("Siemens hired Anna Berg.", {("Anna Berg", "works_for", "Siemens", "asserted")}),
    # "it is one of X's largest suppliers" is someone, not the "it" of "it is hard to say"
    ("Samsung has become Apple's fiercest rival in smartphones, but it is also one of Apple's largest suppliers, "
     "providing memory chips for its devices.",
     {("Samsung", "competes_with", "Apple", "asserted"), ("Samsung", "supplies", "Apple", "asserted")}),
    # a regulator named after its descriptor is based where the descriptor says; examining whether a company did
    # something investigates it (the company named, rather than both parties to a deal)
    ("South Korea's telecoms regulator, the Korea Communications Commission, said it was examining whether Google "
     "had collected location data.",
     {("Korea Communications Commission", "based_in", "KR", "asserted"),
      ("Korea Communications Commission", "investigates", "Google", "asserted")}),
    ("Thailand's Trade Competition Commission said it would investigate whether the purchase gives Siam Mart too "
     "much power over its suppliers.",
     {("Trade Competition Commission", "based_in", "TH", "asserted"),
      ("Trade Competition Commission", "investigates", "Siam Mart", "planned")}),
    ("Analysts are studying whether Apple will win.", set()),
    # a product's maker resolved while entities are still being found (this used to raise AttributeError); goods
    # for a product are for the company whose product it is, once the text has said which company is a carmaker
    ("Volvo said Korea's LG Chem will supply the battery cells for the Aria Electric, the carmaker's first "
     "all-electric car.", {("LG Chem", "based_in", "KR", "asserted")}),
    ("Ford, the American carmaker, said on Wednesday that South Korea's LG Chem will supply the battery cells for "
     "the Focus Electric, the carmaker's first all-electric passenger car.",
     {("Ford", "based_in", "US", "asserted"), ("LG Chem", "based_in", "KR", "asserted"),
      ("LG Chem", "supplies", "Ford", "planned")}),
    # "X, its joint venture with Y": a unit of its owner and of the partner, who are partners (the venture is
    # no partner of its parents)
    ("In China, Ford plans to build electric cars through Changan Ford, its joint venture with Chongqing-based "
     "Changan Automobile.",
     {("Ford", "partners_with", "Changan Automobile", "asserted"),
      ("Changan Ford", "subsidiary_of", "Ford", "asserted"),
      ("Changan Ford", "subsidiary_of", "Changan Automobile", "asserted"),
      ("Changan Automobile", "based_in", "CN", "asserted")}),
    # a founder's surname is not the short form of the company named after him
    ("Henrik Fisker, a former Ford design executive, runs Fisker Automotive. Fisker said his company did not "
     "regard Ford as a rival.",
     {("Henrik Fisker", "works_for", "Ford", "negated"), ("Henrik Fisker", "leads", "Fisker Automotive", "asserted")}),
    # "X chose Y to supply": Y supplies X (the chosen one does what the infinitive says)
    ("Ford chose LG Chem to supply battery cells.", {("LG Chem", "supplies", "Ford", "asserted")}),
    ("Ford plans to supply engines to Mazda.", {("Ford", "supplies", "Mazda", "planned")}),
    # "China, where Ford sold 400,000 vehicles": the place a "where" clause hangs on
    ("In China, where Ford sold more than 400,000 vehicles last year, the company plans to build electric cars.",
     {("Ford", "operates_in", "CN", "asserted")}),
    # a "-based" modifier describes its own noun phrase, not a name after the verb
    ("Under the agreement, the Basel-based company will pay Incyte US$150 million upfront.", set()),
    # a name before a comma and the state before "-based" is the town, not a company
    ("The Battle Creek, Michigan-based company said the timing was unrelated.", set()),
    # a measure with its own author is not the governing subject's; beating a rival's bid competes with the bidder;
    # "barred X from doing business with Y" denies the business
    ("Beijing has repeatedly opposed unilateral US sanctions on Iran.",
     {("CN", "criticizes", "US", "asserted"), ("US", "sanctions", "IR", "asserted")}),
    ("CNPC has won the rights to develop the field, beating a rival bid from India's ONGC and Malaysia's Petronas.",
     {("CNPC", "competes_with", "ONGC", "asserted"), ("CNPC", "competes_with", "Petronas", "asserted"),
      ("ONGC", "based_in", "IN", "asserted"), ("Petronas", "based_in", "MY", "asserted")}),
    ("Washington has barred American companies from doing business with Iran.",
     {("US", "partners_with", "IR", "negated")}),
    # joining or leaving an alliance is (ending) a partnership with it; a person joining a company works for it
    ("Qantas left the Oneworld alliance in 2015.", {("Qantas", "partners_with", "Oneworld", "negated")}),
    ("Continental Airlines on Tuesday formally joined the Star Alliance, the world's largest airline grouping.",
     {("Continental Airlines", "partners_with", "Star Alliance", "asserted")}),
    ("Anna Berg joined Siemens in 2010.", {("Anna Berg", "works_for", "Siemens", "asserted")}),
    # partners a company lists as examples are its partners (lexicon slot "examples")
    ("Continental now shares lounges with its partners, including United Airlines and Lufthansa.",
     {("Continental", "partners_with", "United Airlines", "asserted"),
      ("Continental", "partners_with", "Lufthansa", "asserted")}),
    # taking someone to court sues them; a threat is only possible
    ("Apple took Samsung to court in 2011.", {("Apple", "sues", "Samsung", "asserted")}),
    ("Continental has threatened to take the Port Authority to federal court.",
     {("Continental", "sues", "Port Authority", "possible")}),
    # condemning "the suit" criticizes whoever brought it
    ("Novartis filed a lawsuit against Cipla. Cipla's chairman, Yusuf Hamied, condemned the suit as an attempt to "
     "keep medicines from the poor.",
     {("Novartis", "sues", "Cipla", "asserted"), ("Yusuf Hamied", "leads", "Cipla", "asserted"),
      ("Yusuf Hamied", "criticizes", "Novartis", "asserted")}),
    # a protest lodged with a capital is against its government; a capital a measure is against stands for it
    ("Moscow lodged a formal protest with New Delhi on Tuesday.", {("RU", "criticizes", "IN", "asserted")}),
    ("Acme filed a complaint with the regulator.", set()),
    ("Washington imposed sanctions against Moscow.", {("US", "sanctions", "RU", "asserted")}),
    # "was comptroller at X" with the phrase hung on the copula
    ("Joseph Cicippio was comptroller at the American University of Beirut.",
     {("Joseph Cicippio", "works_for", "American University of Beirut", "asserted")}),
    # "a contract worth $500 million to X"; "Wipro's Indian rival Infosys" with "rival" read as an adjective;
    # returning as chief executive
    ("Dell has also awarded a five-year contract worth about $500 million to Bangalore-based Wipro Technologies to "
     "handle part of its customer support.",
     {("Wipro Technologies", "supplies", "Dell", "asserted"), ("Wipro Technologies", "based_in", "IN", "asserted")}),
    ("Dell is also in talks with Wipro's Indian rival Infosys about a similar arrangement.",
     {("Infosys", "competes_with", "Wipro", "asserted"), ("Infosys", "based_in", "IN", "asserted")}),
    ("Steve Jobs returned as chief executive of Apple in 1997.", {("Steve Jobs", "leads", "Apple", "asserted")}),
    # parts used "from" a maker are supplied by it; using a maker's product is no sale
    ("Toyota uses parts from Japan's Denso.",
     {("Denso", "supplies", "Toyota", "asserted"), ("Denso", "based_in", "JP", "asserted")}),
    ("Garuda uses Airbus jets.", set()),
    # halting sales or suspending production somewhere says the company is there now
    ("Toyota has halted sales of eight models in the US.", {("Toyota", "operates_in", "US", "asserted")}),
    # investigating a company's conduct, or whether it did something, investigates the company
    ("The Securities and Exchange Commission is investigating Toyota's handling of the recalls.",
     {("Securities and Exchange Commission", "investigates", "Toyota", "asserted")}),
    ("The National Highway Traffic Safety Administration opened an investigation last month into whether Toyota "
     "moved quickly enough to report the defect.",
     {("National Highway Traffic Safety Administration", "investigates", "Toyota", "asserted")}),
    # a public body reviewing a company's purchase looks into the buyer; a company reviewing its plans does not
    ("The Nigerian Communications Commission opened a review of Kestrel Capital's purchase.",
     {("Nigerian Communications Commission", "investigates", "Kestrel Capital", "asserted")}),
    ("The Nigerian Communications Commission is reviewing Kestrel Capital's purchase of the towers.",
     {("Nigerian Communications Commission", "investigates", "Kestrel Capital", "asserted")}),
    ("Kestrel Capital is reviewing its purchase of the towers.", set()),
    # "X, which is Y's main rival": the relative pronoun stands for X; a place coordinated after a place
    # ("business in Nigeria and Ghana") is in the same phrase
    ("Orvane Group, the carrier that is Telmex's main rival, sold its towers.",
     {("Orvane Group", "competes_with", "Telmex", "asserted")}),
    ("Orvane Telecom has agreed to sell its tower business in Nigeria and Ghana to KKR.",
     {("Orvane Telecom", "operates_in", "NG", "asserted"), ("Orvane Telecom", "operates_in", "GH", "asserted")}),
    # "Jane Roe and John Doe of Acme": the organisation after the last name is that of both
    ("Peter Wu and Anna Berg of Stanford University say the data are wrong.",
     {("Peter Wu", "works_for", "Stanford University", "asserted"),
      ("Anna Berg", "works_for", "Stanford University", "asserted")}),
    ("President Jane Roe and John Doe of Acme Corp. met on Monday.", {("John Doe", "works_for", "Acme", "asserted")}),
    # a name between the verb and the amount or goods is the indirect object, however it was parsed
    ("Airbus sold Qatar Airways 50 jets.", {("Airbus", "supplies", "Qatar Airways", "asserted")}),
    ("The Securities and Exchange Commission fined Goldman Sachs $500 million on Monday.",
     {("Securities and Exchange Commission", "investigates", "Goldman Sachs", "asserted")}),
    ("Qatar Airways bought Boeing 787 jets.", {("Boeing", "supplies", "Qatar Airways", "asserted")}),
    # "the unit" is the company called a unit or an arm, not its parent named since
    ("Vodafone agreed to buy Banco Norte, the Brazilian retail arm of Citigroup. "
     "Citigroup had planned to sell the unit to HSBC.",
     {("Vodafone", "acquires", "Banco Norte", "planned"), ("Banco Norte", "subsidiary_of", "Citigroup", "asserted"),
      ("Banco Norte", "based_in", "BR", "asserted"), ("HSBC", "acquires", "Banco Norte", "planned")}),
    # a descriptor closed by a comma is an apposition even when the parser made it a subject; what it
    # says holds whatever befalls the clause
    ("Santander agreed to buy Banamex, the Mexican arm of Citigroup. Citigroup had planned to list Banamex on the "
     "Mexican stock exchange after talks to sell the unit to Grupo Sur, the mining conglomerate chaired by "
     "billionaire Luis Mora, collapsed in 2023.",
     {("Banamex", "subsidiary_of", "Citigroup", "asserted"), ("Banamex", "based_in", "MX", "asserted"),
      ("Grupo Sur", "acquires", "Banamex", "possible"), ("Luis Mora", "leads", "Grupo Sur", "asserted")}),
    # talks or a bid that collapsed, fell through or broke down deny the deal
    ("Talks to sell Banco Norte to HSBC collapsed in May.", {("HSBC", "acquires", "Banco Norte", "negated")}),
    ("Talks to sell Banco Norte to HSBC fell through in May.", {("HSBC", "acquires", "Banco Norte", "negated")}),
    # an adviser on a deal sells its client a service
    ("Goldman Sachs advised Citigroup on the sale, while JPMorgan advised BBVA.",
     {("Goldman Sachs", "supplies", "Citigroup", "asserted"), ("JPMorgan", "supplies", "BBVA", "asserted")}),
    # an apposition after a bracketed short form; a demonym hung on the descriptor's compound noun
    ("The deal requires the approval of the Financial Conduct Authority (FCA), Britain's markets regulator.",
     {("FCA", "based_in", "GB", "asserted")}),
    ("The deal requires the approval of the Financial Conduct Authority (FCA), the British markets regulator.",
     {("FCA", "based_in", "GB", "asserted")}),
    # "the country" is the one named before it in its sentence, else the only one named just before
    ("BBVA, which has operated in Mexico since 2000, said it would invest a further $2 billion in the country.",
     {("BBVA", "operates_in", "MX", "asserted"), ("BBVA", "invests_in", "MX", "planned")}),
    # pursuing a takeover is planning it
    ("HSBC is pursuing a hostile takeover of Lloyds.", {("HSBC", "acquires", "Lloyds", "planned")}),
    # the first part of a hyphenated company name is that company, whatever the tagger calls it
    ("Freeport-McMoRan said output fell. The decision is a blow to Freeport, the Phoenix-based miner. "
     "Shares in Freeport fell 4 percent.", {("Freeport", "based_in", "US", "asserted")}),
    # a legal form written before a name makes a company's name ("PT" is not Portugal here)
    ("Jakarta-based miner MIND ID owns 51 percent of PT Freeport Indonesia.",
     {("MIND ID", "based_in", "ID", "asserted"), ("MIND ID", "invests_in", "PT Freeport Indonesia", "asserted")}),
    # a one-word "location" that begins a company's name is the parent company
    ("Vale Indonesia, the nickel unit of Brazil's Vale, rose 2 percent.",
     {("Vale Indonesia", "subsidiary_of", "Vale", "asserted"), ("Vale", "based_in", "BR", "asserted")}),
    # selling part of a unit hands over ownership, not goods; "interests of" companies are no holding
    ("Thyssenkrupp agreed to sell half of its steel unit to Liberty Steel.", set()),
    ("Boeing sold half of its jets to Emirates.", {("Boeing", "supplies", "Emirates", "asserted")}),
    ("Beijing said it would take all necessary measures to defend the interests of Chinese companies.", set()),
    ("BP holds a 20 percent interest in Rosneft.", {("BP", "invests_in", "Rosneft", "asserted")}),
    # "whose" is the name the relative clause describes
    ("India's JSW Steel, whose chairman Sajjan Jindal has courted European buyers, said it was studying the "
     "proposal.",
     {("JSW Steel", "based_in", "IN", "asserted"), ("Sajjan Jindal", "leads", "JSW Steel", "asserted")}),
    # a name the tagger took for a product is a company when the text calls it one
    ("Geneva-based MSC said it would cooperate with the inquiry. Maersk, the Danish group, said it complied with "
     "all FMC rules.",
     {("MSC", "based_in", "CH", "asserted"), ("Maersk", "based_in", "DK", "asserted")}),
    # a state's company: "state-controlled", "state-run", "state miner"; a descriptor parsed as a second
    # subject is no party to the deal
    # (with "Shipping" alone tagged a place: a company word ends a company's name begun before it)
    ('Hanwha Ocean, which bought the Philadelphia yard last year, called the measures "regrettable" and said it '
     "was assessing their impact on its business. COSCO Shipping, China's state-controlled carrier, is the line "
     "hardest hit by the US fees, with analysts at Linerlytica estimating its bill at more than $1.5 billion a year.",
     {("COSCO Shipping", "based_in", "CN", "asserted"), ("CN", "invests_in", "COSCO Shipping", "asserted")}),
    ("China's state oil company CNPC signed the deal.",
     {("CNPC", "based_in", "CN", "asserted"), ("CN", "invests_in", "CNPC", "asserted")}),
    ("Indonesian state miner MIND ID owns 51 percent of PT Freeport Indonesia.",
     {("MIND ID", "based_in", "ID", "asserted"), ("ID", "invests_in", "MIND ID", "asserted"),
      ("MIND ID", "invests_in", "PT Freeport Indonesia", "asserted")}),
    # a name the text calls a unit is not a longer form of its parent's name
    ("Allianz said so. The German insurer also plans to open a branch in Mumbai through Allianz Re, its "
     "reinsurance arm.",
     {("Allianz", "based_in", "DE", "asserted"), ("Allianz", "operates_in", "IN", "planned"),
      ("Allianz Re", "subsidiary_of", "Allianz", "asserted")}),
    # a person's doing to "the company" in a relative clause is to the one company of the sentence
    ("Sony agreed to buy Lionsgate. Lionsgate's chief executive, Jon Feltheimer, who has run the company since "
     "2000, will step down.",
     {("Sony", "acquires", "Lionsgate", "planned"), ("Jon Feltheimer", "leads", "Lionsgate", "asserted")}),
    # a name with "the" after a comma is no listed apposition ("..., the Wall Street Journal reported")
    ("Legendary Entertainment is considering an offer for Starz, the Wall Street Journal reported.",
     {("Legendary Entertainment", "acquires", "Starz", "possible")}),
    # a unit spun off is one no longer; carrying on with a supply is supplying now
    ("Lionsgate will continue to supply films to Starz, the premium cable network it spun off last year.",
     {("Lionsgate", "supplies", "Starz", "asserted"), ("Starz", "subsidiary_of", "Lionsgate", "negated")}),
    ("Jio Financial, which was spun off in 2023 from Reliance Industries, said so.",
     {("Jio Financial", "subsidiary_of", "Reliance Industries", "negated")}),
    # a body's name ending in "Commission" or "Agency" is no company's, whatever words come before
    ("The Korea Communications Commission fined Apple Korea.",
     {("Korea Communications Commission", "investigates", "Apple Korea", "asserted")}),
    # a country's name opening a name the tagger split off is part of it
    ("Radio France Internationale is part of the French state-owned group France Médias Monde.",
     {("Radio France Internationale", "subsidiary_of", "France Médias Monde", "asserted"),
      ("FR", "invests_in", "France Médias Monde", "asserted"), ("France Médias Monde", "based_in", "FR", "asserted")}),
    # a town's name the text calls a company is the company's ("telecoms group Orange")
    ("Fallacher, a former head of Orange France, the French arm of telecoms group Orange, joined Eutelsat in June.",
     {("Fallacher", "leads", "Orange France", "negated"), ("Orange France", "subsidiary_of", "Orange", "asserted"),
      ("Orange France", "based_in", "FR", "asserted"), ("Fallacher", "works_for", "Eutelsat", "asserted")}),
    # "Congo" after "the Democratic Republic of Congo" (an article inside a name is optional) is that country;
    # "X, Congo's state miner": the state owns it
    ("Mining in the Democratic Republic of Congo grew. Gecamines, Congo's state miner, has sold part of its "
     "copper output to Trafigura since 2024.",
     {("Gecamines", "based_in", "CD", "asserted"), ("CD", "invests_in", "Gecamines", "asserted"),
      ("Gecamines", "supplies", "Trafigura", "asserted")}),
    ("Sudan and South Sudan signed the deal.", {("SD", "partners_with", "SS", "asserted")}),
    # a many-word "nationality" that bids, buys or is bought is a company ("Anglo American")
    ("Glencore last week ruled out a renewed bid for Anglo American, which agreed in September to buy Canada's "
     "Teck Resources.",
     {("Glencore", "acquires", "Anglo American", "negated"),
      ("Anglo American", "acquires", "Teck Resources", "planned"), ("Teck Resources", "based_in", "CA", "asserted")}),
    # capitalised words the tagger left out, spelled out by the bracketed acronym after them, are a name
    ("The deal requires the approval of the Comisión Nacional Bancaria y de Valores (CNBV), Mexico's banking "
     "regulator.", {("CNBV", "based_in", "MX", "asserted")}),
    # "the Wolfsburg-based carmaker" is the German company that may be a carmaker, not the German supplier
    # nor one of the carmaker's units
    ("Bosch, the German car-parts supplier, denied wrongdoing. Lawyers named Bosch in a class action, alongside "
     "Volkswagen and its Audi and Porsche units. Matthias Müller, chief executive of the Wolfsburg-based "
     "carmaker, said no decision had been taken.",
     {("Bosch", "based_in", "DE", "asserted"), ("Matthias Müller", "leads", "Volkswagen", "asserted"),
      ("Volkswagen", "based_in", "DE", "asserted"), ("Audi", "subsidiary_of", "Volkswagen", "asserted"),
      ("Porsche", "subsidiary_of", "Volkswagen", "asserted")}),
    # "X and its A and B units": the names listed before an owned plural noun are X's units
    ("Lawyers named Bosch in a class action, alongside Volkswagen and its Audi and Porsche units.",
     {("Audi", "subsidiary_of", "Volkswagen", "asserted"), ("Porsche", "subsidiary_of", "Volkswagen", "asserted")}),
    ("Apple and its Foxconn suppliers were criticised.", set()),
    # "whose brands include X", "its suppliers, including X": the names listed belong to the owner
    ("Kering, the French luxury group whose brands include Gucci and Saint Laurent, agreed to buy Damiani.",
     {("Kering", "based_in", "FR", "asserted"), ("Saint Laurent", "subsidiary_of", "Kering", "asserted"),
      ("Kering", "acquires", "Damiani", "planned")}),
    ("Apple's suppliers, including Foxconn and Pegatron, were audited.",
     {("Foxconn", "supplies", "Apple", "asserted"), ("Pegatron", "supplies", "Apple", "asserted")}),
    # what the text calls a parent is a company
    ("Richemont, the Swiss parent of Cartier, reported this month that its sales in Hong Kong and Macau had "
     "fallen by a fifth.",
     {("Cartier", "subsidiary_of", "Richemont", "asserted"), ("Richemont", "based_in", "CH", "asserted"),
      ("Richemont", "operates_in", "HK", "asserted"), ("Richemont", "operates_in", "MO", "asserted")}),
    # a province is its country's ("Ontario" is not the Californian city)
    ("Huawei employs about 500 people at research laboratories in Markham, Ontario.",
     {("Huawei", "operates_in", "CA", "asserted")}),
    # holding or keeping is a stake only of or in a company ("keeps Huawei at arm's length" is none)
    ("Ottawa keeps Huawei at arm's length.", set()),
    ("Daimler retained 20 percent of Chrysler.", {("Daimler", "invests_in", "Chrysler", "asserted")}),
    # a known name with "and" in it is found whole where the tagger cut it at the "and"
    ("Ericsson competes with Huawei and Nokia Solutions and Networks. Siemens sold its stake in Nokia Solutions "
     "and Networks to Nokia.",
     {("Ericsson", "competes_with", "Huawei", "asserted"),
      ("Ericsson", "competes_with", "Nokia Solutions and Networks", "asserted"),
      ("Siemens", "invests_in", "Nokia Solutions and Networks", "negated"),
      ("Nokia", "invests_in", "Nokia Solutions and Networks", "asserted")}),
    # a holding sold is one no longer (a planned sale leaves it in place till then); the buyer holds it
    ("In March, Allianz sold its 26 percent stake in Bajaj Allianz to Bajaj Finserv.",
     {("Allianz", "invests_in", "Bajaj Allianz", "negated"),
      ("Bajaj Finserv", "invests_in", "Bajaj Allianz", "asserted")}),
    ("Korber agreed to sell a 40 percent stake in Hauni to Voith.",
     {("Voith", "invests_in", "Hauni", "planned")}),
    ("Allianz plans to sell its stake in Bajaj Allianz.", {("Allianz", "invests_in", "Bajaj Allianz", "asserted")}),
    # "the Abu Dhabi carrier": a city tagged as an organisation is where the company is from, and a company
    # whose name carries another country's is not the one meant
    ("Singapore Airlines and Etihad Airways fly to India. Etihad's chief executive, James Hogan, declined to "
     "comment on reports that the Abu Dhabi carrier was in talks to buy a stake in Jet Airways.",
     {("James Hogan", "leads", "Etihad", "asserted"), ("Etihad", "based_in", "AE", "asserted"),
      ("Etihad", "invests_in", "Jet Airways", "possible"), ("Etihad", "operates_in", "IN", "asserted"),
      ("Singapore Airlines", "operates_in", "IN", "asserted")}),
    # with a country said, a kind read off a name alone ("United Airlines") does not single a company out
    ("The alliance's members include Lufthansa and United Airlines. Lufthansa is considering a codeshare with Air "
     "India. \"We have no plans to invest in Air India,\" a spokesman for the German carrier said.",
     {("Lufthansa", "based_in", "DE", "asserted")}),
    # an alliance's members; the owner of a bid or plan does what it plans; a blocked plan is off
    ("Air India's bid to join the Star Alliance was suspended. The alliance's 27 members include Lufthansa and "
     "United Airlines.",
     {("Air India", "partners_with", "Star Alliance", "negated"), ("Star Alliance", "partners_with", "Lufthansa",
                                                                    "asserted"),
      ("Star Alliance", "partners_with", "United Airlines", "asserted")}),
    ("Boeing's plan to sell jets to Iran was blocked.", {("Boeing", "supplies", "IR", "negated")}),
    ("Boeing's plan to sell jets to Iran was approved.", {("Boeing", "supplies", "IR", "planned")}),
    # "the state carrier" is owned by the state of the story
    ("The Indian government has approved a rescue package for Air India, clearing the way for the loss-making "
     "state carrier to pay down debt.", {("IN", "invests_in", "Air India", "asserted")}),
    # "X, Y's parent (company)": the descriptor in apposition names the parent
    ("Alphabet, Google's parent company, said so.", {("Google", "subsidiary_of", "Alphabet", "asserted")}),
    ("Alphabet, Google's parent, said so.", {("Google", "subsidiary_of", "Alphabet", "asserted")}),
    ("Foxconn, Apple's main supplier company, said so.", {("Foxconn", "supplies", "Apple", "asserted")}),
    # who faces a ban or sanctions by someone is its target
    ("Huawei faces a ban by the United States.", {("US", "sanctions", "Huawei", "asserted")}),
    ("Apple faced sanctions by the European Union.", {("European Union", "sanctions", "Apple", "asserted")}),
    # a portfolio before "Secretary" or "Minister" is part of the title, not an organisation (but a body's name
    # or an acronym stays one)
    ("India's Home Secretary G. K. Pillai said the restrictions could be lifted.",
     {("G. K. Pillai", "works_for", "IN", "asserted")}),
    ("Japan's Trade Minister Akira Amari said so.", {("Akira Amari", "works_for", "JP", "asserted")}),
    ("Arab League Secretary-General Chedli Klibi said so.", {("Chedli Klibi", "leads", "Arab League", "asserted")}),
    # a company's unit named for a country the tagger took alone ("Telenor" untagged before "India"), read
    # by the unit's name tagged elsewhere
    ("Telenor India has chosen Ericsson to supply radio equipment. Anand Rao is a spokesman for Telenor India.",
     {("Ericsson", "supplies", "Telenor India", "asserted"), ("Anand Rao", "works_for", "Telenor India", "asserted")}),
    # an adjective's infinitive takes the subject of "be", and the adjective says whether it is a plan or a
    # possibility
    ("Dilma Rousseff is due to visit Argentina next month.", {("Dilma Rousseff", "visits", "AR", "planned")}),
    ("Siemens is keen to buy Alstom.", {("Siemens", "acquires", "Alstom", "planned")}),
    ("Siemens is likely to win an order from Vattenfall.", {("Siemens", "supplies", "Vattenfall", "possible")}),
    # a capital the tagger took for an organisation (with its possessive) is its country acting, and no name of
    # an organisation elsewhere in the text
    ("Chile criticised Buenos Aires' decision to ban Chilean wine.",
     {("CL", "criticizes", "AR", "asserted"), ("AR", "sanctions", "CL", "asserted")}),
    # "group" in another language before a name: the name alone is the same company
    ("Grupo Talavera, Spain's largest olive oil producer, said sales fell. Later Olivar Foods accused its rival "
     "Talavera of dumping.",
     {("Talavera", "based_in", "ES", "asserted"), ("Olivar Foods", "criticizes", "Talavera", "asserted"),
      ("Talavera", "competes_with", "Olivar Foods", "asserted")}),
    # wineries, breweries and distilleries are companies
    ("Chile's largest winemaker, Vina Alta, said sales rose.", {("Vina Alta", "based_in", "CL", "asserted")}),
    ("Vina Alta, the Chilean winery, said sales rose.", {("Vina Alta", "based_in", "CL", "asserted")}),
    # a generic company noun ("the operator") is the company the text called so, not the one named last
    ("Polrail, the country's national rail operator, picked Siemens, the German engineering group, to supply "
     "trains. \"Siemens had the best offer,\" said Jan Kowal, a spokesman for the operator.",
     {("Siemens", "based_in", "DE", "asserted"), ("Siemens", "supplies", "Polrail", "asserted"),
      ("Jan Kowal", "works_for", "Polrail", "asserted")}),
    # an untagged name of three words, chained by the parser ("Multi" -> "Screen" -> "Media"), is one name
    ("Star India competes with Multi Screen Media. Multi Screen Media, the Indian arm of Japan's Sony, has "
     "agreed to buy a stake in rival broadcaster Zee.",
     {("Multi Screen Media", "subsidiary_of", "Sony", "asserted"), ("Multi Screen Media", "based_in", "IN", "asserted"),
      ("Sony", "based_in", "JP", "asserted"), ("Multi Screen Media", "invests_in", "Zee", "planned"),
      ("Star India", "competes_with", "Multi Screen Media", "asserted"),
      ("Multi Screen Media", "competes_with", "Zee", "asserted")}),
    # an unknown word before a country the tagger took alone, doing business, makes a company's name
    ("Star India competes with Zee.", {("Star India", "competes_with", "Zee", "asserted")}),
    ("Xiaomi opened stores in Mainland China, Hong Kong and Singapore.",
     {("Xiaomi", "operates_in", "CN", "asserted"), ("Xiaomi", "operates_in", "HK", "asserted"),
      ("Xiaomi", "operates_in", "SG", "asserted")}),
    # "the country" in apposition to a company whose name carries a country the text named is that country,
    # not the one named last
    ("India is a big market. Sony said the Japanese company was strong. The deal will challenge Star India, the "
     "country's largest broadcaster.",
     {("Sony", "based_in", "JP", "asserted"), ("Star India", "based_in", "IN", "asserted")}),
    # "Sony's Indian arm" is the unit the text names as Sony's Indian arm, before or after; it buys, not Sony
    ("Sony's Indian arm to buy Zee. Multi Screen Media, the Indian television arm of Japan's Sony, has agreed to "
     "buy a stake in Zee.",
     {("Sony", "operates_in", "IN", "asserted"), ("Multi Screen Media", "based_in", "IN", "asserted"),
      ("Multi Screen Media", "subsidiary_of", "Sony", "asserted"), ("Sony", "based_in", "JP", "asserted"),
      ("Multi Screen Media", "invests_in", "Zee", "planned"), ("Multi Screen Media", "acquires", "Zee", "planned")}),
    # a role taken or left in an infinitive: "is expected to become chief executive" (planned); "plans to step
    # down as chairman" (holds it now)
    ("Anna Berg is expected to become chairman of Volvo.", {("Anna Berg", "leads", "Volvo", "planned")}),
    ("Anna Berg plans to step down as chairman of Volvo.", {("Anna Berg", "leads", "Volvo", "asserted")}),
    # a second name coordinated with the first one's description is a second subject
    ("Hanwa Motors, the Japanese carmaker, and Turkey's Arcelik Holding signed an agreement to form a joint venture.",
     {("Hanwa Motors", "based_in", "JP", "asserted"), ("Arcelik Holding", "based_in", "TR", "asserted"),
      ("Hanwa Motors", "partners_with", "Arcelik Holding", "asserted")}),
    # a coordinated clause with a subject of its own keeps its own modality ("offered" is no cue for "travel")
    ("Economy minister Ali Demir said the government had offered tax breaks and that he would travel to Seoul.",
     {("Ali Demir", "visits", "KR", "planned")}),
    # "the partners", "the two companies": both parties of the partnership just told
    ("Hanwa Motors and Arcelik Holding signed an agreement to form a joint venture. The partners plan to invest "
     "$1 billion in Turkey.",
     {("Hanwa Motors", "partners_with", "Arcelik Holding", "asserted"), ("Hanwa Motors", "invests_in", "TR", "planned"),
      ("Arcelik Holding", "invests_in", "TR", "planned")}),
    # an airline's bases and hubs are operations in their countries ("bases", which the lemmatizer makes "basis")
    ("Norwind already has bases in France, Italy and Switzerland.",
     {("Norwind", "operates_in", "FR", "asserted"), ("Norwind", "operates_in", "IT", "asserted"),
      ("Norwind", "operates_in", "CH", "asserted")}),
    ("Ryanair has had a base in Porto since 2009.", {("Ryanair", "operates_in", "PT", "asserted")}),
    # a name written with a small first letter ("easyJet") is the name the tagger found capitalised at a
    # sentence's start
    ("EasyJet said sales rose. \"Porto is a fast-growing market,\" said Carolyn McCall, easyJet's chief executive.",
     {("Carolyn McCall", "leads", "EasyJet", "asserted")}),
    # "X, Country's state oil company": a name before a country's possessive is no town of that country
    ("KazMunayGas, Kazakhstan's state energy company, will sell gas to Sinopec.",
     {("KazMunayGas", "based_in", "KZ", "asserted"), ("KZ", "invests_in", "KazMunayGas", "asserted"),
      ("KazMunayGas", "supplies", "Sinopec", "planned")}),
    # a state's company, with the state hung on "state" or with words between ("state oil and gas company")
    ("Kazatomprom, the Kazakh state uranium producer, agreed to supply uranium to CGN.",
     {("Kazatomprom", "based_in", "KZ", "asserted"), ("KZ", "invests_in", "Kazatomprom", "asserted"),
      ("Kazatomprom", "supplies", "CGN", "planned")}),
    ("Petronor, Norway's state oil and gas company, will sell gas to Uniper.",
     {("Petronor", "based_in", "NO", "asserted"), ("NO", "invests_in", "Petronor", "asserted"),
      ("Petronor", "supplies", "Uniper", "planned")}),
    # a headline's infinitive on a noun is a plan, and a unit's infinitive is the unit's
    ("Sony's Indian arm to buy Zee. Multi Screen Media, the Indian arm of Sony, said so.",
     {("Sony", "operates_in", "IN", "asserted"), ("Multi Screen Media", "based_in", "IN", "asserted"),
      ("Multi Screen Media", "subsidiary_of", "Sony", "asserted"),
      ("Multi Screen Media", "acquires", "Zee", "planned")}),
    # a name after its role and a comma, which the parser hung elsewhere
    ("Teck Resources rejected the bid. Cutifani is expected to travel to Vancouver this week to meet Teck's chief "
     "executive, Don Lindsay, according to two people.", {("Don Lindsay", "leads", "Teck", "asserted")}),
    # "the state-owned Chinese fund X": the state named after "state-owned" owns it
    ("The state-owned Chinese fund Jade Capital said it backed the board.",
     {("CN", "invests_in", "Jade Capital", "asserted"), ("Jade Capital", "based_in", "CN", "asserted")}),
    # "America's X" is a US company; "North America" is no country
    ("America's General Electric said it would not bid.", {("General Electric", "based_in", "US", "asserted")}),
    ("Vale has been looking to expand in North America.", set()),
    # a rejected offer from a seller is a supply that did not happen; a rejected takeover bid is an acquisition
    # that did not; an offer "to join" is neither
    ("Continental Airlines rejected a rival offer from Canada's Bombardier.",
     {("Bombardier", "supplies", "Continental Airlines", "negated"), ("Bombardier", "based_in", "CA", "asserted")}),
    ("EasyJet turned down a competing offer from Boeing for the 737 MAX.",
     {("Boeing", "supplies", "EasyJet", "negated")}),
    ("Halvorsen Corp. rejected an unsolicited takeover bid from Brisco Bank.",
     {("Brisco Bank", "acquires", "Halvorsen", "negated")}),
    ("Toyota said it had turned down an offer from Koç to join the project.", set()),
    # criticism of "the ban", "the order": of whoever banned, or of the customer who ordered
    ("EasyJet ordered 35 Airbus jets. Its founder Stelios Haji-Ioannou criticised the order.",
     {("Airbus", "supplies", "EasyJet", "asserted"), ("Stelios Haji-Ioannou", "founded", "EasyJet", "asserted"),
      ("Stelios Haji-Ioannou", "criticizes", "EasyJet", "asserted")}),
    ("Brazil banned imports of wine from Argentina. Argentina's minister Ana Giorgi criticised the ban.",
     {("BR", "sanctions", "AR", "asserted"), ("Ana Giorgi", "works_for", "AR", "asserted"),
      ("Ana Giorgi", "criticizes", "BR", "asserted")}),
    # "the move", "the listing": whoever last sanctioned, sued, investigated or bought
    ("The United States placed Huawei on a trade blacklist. China's Ministry of Commerce criticised the move.",
     {("US", "sanctions", "Huawei", "asserted"), ("Ministry of Commerce", "based_in", "CN", "asserted"),
      ("Ministry of Commerce", "criticizes", "US", "asserted")}),
    ("The United States placed Huawei on a trade blacklist. Huawei said it firmly opposes the listing.",
     {("US", "sanctions", "Huawei", "asserted"), ("Huawei", "criticizes", "US", "asserted")}),
    # calling a thing by a word of blame criticises whoever did it; a word of praise does not
    ("Maria Zakharova called Arcom's decision \"an act of censorship\".",
     {("Maria Zakharova", "criticizes", "Arcom", "asserted")}),
    ("Brazil banned imports of wine from Argentina. Argentina's industry minister Ana Giorgi called the ban "
     "\"unjustified\".",
     {("BR", "sanctions", "AR", "asserted"), ("Ana Giorgi", "works_for", "AR", "asserted"),
      ("Ana Giorgi", "criticizes", "BR", "asserted")}),
    ("Siemens won an order from Vattenfall. Joe Kaeser called the order \"a milestone for Siemens\".",
     {("Siemens", "supplies", "Vattenfall", "asserted")}),
    # any goods made for a company supply it, but not an offer made for it
    ("CTS Corp., which also makes pedals for Honda and Nissan, said so.",
     {("CTS", "supplies", "Honda", "asserted"), ("CTS", "supplies", "Nissan", "asserted")}),
    ("Foxconn assembles iPads for Apple.", {("Foxconn", "supplies", "Apple", "asserted")}),
    ("Siemens made an offer for Alstom.", {("Siemens", "acquires", "Alstom", "possible")}),
    # the town before "-based" that the tagger missed or took for a person's name
    ("Bangalore-based Wipro Technologies said sales rose.", {("Wipro Technologies", "based_in", "IN", "asserted")}),
    ("The order was placed with Toulouse-based Airbus.", {("Airbus", "based_in", "FR", "asserted")}),
    ("Airbus said sales rose. The Toulouse-based planemaker said so.", {("Airbus", "based_in", "FR", "asserted")}),
    # the owners of a joint venture are partners, each with each
    ("GE Hitachi Nuclear Energy, a joint venture of America's General Electric and Japan's Hitachi, said so.",
     {("GE Hitachi Nuclear Energy", "subsidiary_of", "General Electric", "asserted"),
      ("GE Hitachi Nuclear Energy", "subsidiary_of", "Hitachi", "asserted"),
      ("General Electric", "partners_with", "Hitachi", "asserted"), ("General Electric", "based_in", "US", "asserted"),
      ("Hitachi", "based_in", "JP", "asserted")}),
    # "X, the group's train division": the group is not X itself
    ("Siemens said sales rose. Siemens Mobility, the company's rail unit, lost an order.",
     {("Siemens Mobility", "subsidiary_of", "Siemens", "asserted")}),
    # a person's decision or plan does not make the person a company
    ("US President Bill Clinton's decision to lift the embargo was expected.",
     {("Bill Clinton", "leads", "US", "asserted")}),
    # an untagged acronym is a company's name, not an ISO code ("EE" is no Estonia); "US" stays a country
    ("Huawei said it was supplying 4G equipment to Vodafone, Deutsche Telekom and EE.",
     {("Huawei", "supplies", "Vodafone", "asserted"), ("Huawei", "supplies", "Deutsche Telekom", "asserted"),
      ("Huawei", "supplies", "EE", "asserted")}),
    ("BT agreed to buy EE, the mobile operator, from Deutsche Telekom.", {("BT", "acquires", "EE", "planned")}),
    # an acronym the tagger missed, in apposition to a public body's noun, names the body; so does a name
    ("Chile's competition authority, FNE, fined Lan Cargo. FNE president Ramiro Sandoval Ortega spoke.",
     {("FNE", "based_in", "CL", "asserted"), ("FNE", "investigates", "Lan Cargo", "asserted"),
      ("Ramiro Sandoval Ortega", "leads", "FNE", "asserted")}),
    ("Chile's competition authority, Conselho Nacional, fined Norsk Hydro.",
     {("Conselho Nacional", "based_in", "CL", "asserted"), ("Conselho Nacional", "investigates", "Norsk Hydro",
                                                              "asserted")}),
    # hyphenated titles stay one word: "co-founder", "vice-president", "secretary-general"
    ("Ubisoft agreed to buy Ivory Tower. \"We want more,\" said Yves Guillemot, Ubisoft's co-founder and chief "
     "executive.",
     {("Ubisoft", "acquires", "Ivory Tower", "planned"), ("Yves Guillemot", "founded", "Ubisoft", "asserted"),
      ("Yves Guillemot", "leads", "Ubisoft", "asserted")}),
    ("Ubisoft agreed to buy Ivory Tower. Yves Guillemot, Ubisoft's vice-president, said so.",
     {("Ubisoft", "acquires", "Ivory Tower", "planned"), ("Yves Guillemot", "works_for", "Ubisoft", "asserted")}),
    # a fine with no agent of its own: the body that fined before
    ("The European Commission fined Google. Microsoft was fined 1 billion euros.",
     {("European Commission", "investigates", "Google", "asserted"),
      ("European Commission", "investigates", "Microsoft", "asserted")}),
    # what owns a unit is a company, whatever the tagger called it
    ("APM Terminals, the port unit of Denmark's A.P. Moller-Maersk, said so.",
     {("APM Terminals", "subsidiary_of", "A.P. Moller-Maersk", "asserted"),
      ("A.P. Moller-Maersk", "based_in", "DK", "asserted")}),
    # a second prepositional phrase after "and": "from X and from Y"
    ("Airbus won orders from Qantas and from Lufthansa.",
     {("Airbus", "supplies", "Qantas", "asserted"), ("Airbus", "supplies", "Lufthansa", "asserted")}),
    ("DP World beat rival bids from APM Terminals, the port unit of Maersk, and from Hong Kong's Hutchison Port "
     "Holdings.",
     {("DP World", "competes_with", "APM Terminals", "asserted"),
      ("DP World", "competes_with", "Hutchison Port Holdings", "asserted"),
      ("Hutchison Port Holdings", "based_in", "HK", "asserted")}),
    # acting "together with" a company is a partnership
    ("Toyota will develop the battery together with Panasonic.",
     {("Toyota", "partners_with", "Panasonic", "planned")}),
    # a head of state's title before the name, with no organisation: the country of the sentence
    ("President Joko Widodo wants Indonesia to become a hub for batteries.",
     {("Joko Widodo", "leads", "ID", "asserted")}),
    # a minister with no country in the sentence serves the country the text is about (named most, and often)
    # (and a country's name the tagger took for a person's is the country, unless it is a surname in the text)
    ("Chile banned imports of Peruvian grapes. Chile said the ban would protect Chilean growers. "
     "Agriculture Minister Antonio Walker said the government would review the ban.",
     {("CL", "sanctions", "PE", "asserted"), ("Antonio Walker", "works_for", "CL", "asserted")}),
    ("Nike signed Michael Jordan in 1984. Jordan said he was pleased.", set()),
    # "X's mines in A and its operations in B": "its" is the first conjunct's owner
    ("Vale agreed to buy Teck. The deal would give Vale control of Teck's coal mines in British Columbia and its "
     "copper operations in Chile.",
     {("Vale", "acquires", "Teck", "planned"), ("Teck", "operates_in", "CA", "asserted"),
      ("Teck", "operates_in", "CL", "asserted")}),
    # "Re" closing a name is a reinsurer's ("Hannover Re"), not a person's
    ("Hannover Re said it would keep serving clients through its branch in Mumbai.",
     {("Hannover Re", "operates_in", "IN", "asserted")}),
    # where an airline flies, where a company serves customers or employs people, it operates
    ("Qantas flies to a dozen Indian cities.", {("Qantas", "operates_in", "IN", "asserted")}),
    ("Pampa Airlines plans to launch long-haul flights to Madrid and Miami.",
     {("Pampa Airlines", "operates_in", "ES", "planned"), ("Pampa Airlines", "operates_in", "US", "planned")}),
    ("Vodafone serves 20 million customers in Egypt.", {("Vodafone", "operates_in", "EG", "asserted")}),
    ("Avalanche Studios, which employs about 250 people at studios in Stockholm and New York, makes games.",
     {("Avalanche Studios", "operates_in", "SE", "asserted"), ("Avalanche Studios", "operates_in", "US", "asserted")}),
    # a company owned by a majority, or wholly, is a unit of its owner; the owner named in the unit's clause
    # is not a short form of the unit's name
    ("Jaguar is 74 percent owned by Tata Motors.",
     {("Tata Motors", "invests_in", "Jaguar", "asserted"), ("Jaguar", "subsidiary_of", "Tata Motors", "asserted")}),
    ("Airbus, the European planemaker controlled by EADS, has won orders.",
     {("EADS", "invests_in", "Airbus", "asserted"), ("Airbus", "subsidiary_of", "EADS", "asserted")}),
    ("Airbus, the European planemaker jointly controlled by EADS and Daimler, has won orders.",
     {("EADS", "invests_in", "Airbus", "asserted"), ("Daimler", "invests_in", "Airbus", "asserted")}),
    ("Nokia Siemens Networks, which became wholly owned by Finland's Nokia in August, said so.",
     {("Nokia", "invests_in", "Nokia Siemens Networks", "asserted"), ("Nokia", "based_in", "FI", "asserted"),
      ("Nokia Siemens Networks", "subsidiary_of", "Nokia", "asserted")}),
    # a known company's name and a country hung on one word, whatever the parser made of them, name its unit
    ("EasyJet said it would fly to Zurich through its Geneva-based subsidiary easyJet Switzerland.",
     {("EasyJet", "operates_in", "CH", "planned"), ("easyJet Switzerland", "based_in", "CH", "asserted"),
      ("easyJet Switzerland", "subsidiary_of", "EasyJet", "asserted")}),
    # a capitalised adjective the parser made part of a name ("Electronic Arts"); a studio is a company, and an
    # acronym it names is one
    ("Electronic Arts has a presence in Sweden through its Stockholm studio DICE.",
     {("Electronic Arts", "operates_in", "SE", "asserted")}),
    # "H&M, its Swedish rival": what a name is called the rival of is not the name itself
    ("Inditex said sales rose. H&M, its Swedish rival, said sales fell.",
     {("H&M", "competes_with", "Inditex", "asserted"), ("H&M", "based_in", "SE", "asserted")}),
    # coordinated subjects competing for something are rivals
    ("CFM International and International Aero Engines are competing for that contract.",
     {("CFM International", "competes_with", "International Aero Engines", "asserted")}),
    # rivals of no one named are the rivals of the company the text is about
    ("Toyota recalled cars. Analysts said the crisis could help rivals such as General Motors and Ford.",
     {("Toyota", "competes_with", "General Motors", "asserted"), ("Toyota", "competes_with", "Ford", "asserted")}),
    # with a recipient named, what is supplied is the goods, whatever the tagger called it
    ("Apple's contracts to supply iPhones to South Korean carriers SK Telecom and KT were signed.",
     {("Apple", "supplies", "SK Telecom", "asserted"), ("Apple", "supplies", "KT", "asserted"),
      ("SK Telecom", "based_in", "KR", "asserted"), ("KT", "based_in", "KR", "asserted")}),
    # a Spanish name joined by "y" is one name, though the tagger split it or missed its first part
    ("Chile's Concha y Toro, which already exports wine to Brazil, said so.",
     {("Concha y Toro", "based_in", "CL", "asserted"), ("Concha y Toro", "supplies", "BR", "asserted")}),
    # bidding for a company is a possible acquisition; offering goods to a company a possible supply
    ("Siemens is bidding for Alstom.", {("Siemens", "acquires", "Alstom", "possible")}),
    ("Airbus offered its A350 to Qantas.", {("Airbus", "supplies", "Qantas", "possible")}),
    ("Boeing offered to buy Embraer.", {("Boeing", "acquires", "Embraer", "possible")}),
    # blaming is criticism
    ("Toyota has blamed CTS Corp. for the faulty pedals.", {("Toyota", "criticizes", "CTS", "asserted")}),
    # a word of blame the parser hung on the thing named ("the offer \"biased ...\"")
    ("Sergei Ivanov called Airbus's offer \"biased from the start\".",
     {("Sergei Ivanov", "criticizes", "Airbus", "asserted")}),
    # what a nominal said of a company ("the Paris-based automaker") picks it out for a later one ("the French group")
    ("Renault is in talks to buy a stake in Nissan. The Paris-based automaker would pay 2 billion euros. Ford, "
     "which owns a stake in Renault, was not involved, a spokesman for the Detroit company said. Nissan has built "
     "vans for the French group since 2007.",
     {("Renault", "invests_in", "Nissan", "possible"), ("Renault", "based_in", "FR", "asserted"),
      ("Ford", "invests_in", "Renault", "asserted"), ("Ford", "based_in", "US", "asserted"),
      ("Nissan", "supplies", "Renault", "asserted")}),
    # "X was awarded a contract (by Y)": the passive's subject received it
    ("Siemens has been awarded a contract to supply 40 trains for Vietnam Railways.",
     {("Siemens", "supplies", "Vietnam Railways", "asserted")}),
    ("Siemens was awarded a contract by Vietnam Railways.", {("Siemens", "supplies", "Vietnam Railways", "asserted")}),
    # what a measure covers is sanctioned by whoever imposes it
    ("Ottawa was considering a wider ban on Chinese equipment that would also cover ZTE.",
     {("CA", "sanctions", "CN", "possible"), ("CA", "sanctions", "ZTE", "possible")}),
    ("India banned imports of Chinese telecom equipment. The ban also covers Huawei.",
     {("IN", "sanctions", "CN", "asserted"), ("IN", "sanctions", "Huawei", "asserted")}),
    # owning shares "together" is no partnership
    ("Mitsubishi Heavy Industries and Mizuho, which together own about a fifth of Mitsubishi Motors, said so.",
     {("Mitsubishi Heavy Industries", "invests_in", "Mitsubishi Motors", "asserted")}),
    # a member of an alliance is its partner; a member of a group its unit
    ("Continental Airlines left the SkyTeam alliance. Delta, SkyTeam's largest member, said so.",
     {("Continental Airlines", "partners_with", "SkyTeam", "negated"),
      ("Delta", "partners_with", "SkyTeam", "asserted")}),
    ("Tata Steel, a member of the Tata group, said so.", {("Tata Steel", "subsidiary_of", "Tata", "asserted")}),
    # "the SkyTeam alliance" names a body; a company a member of it, or that joins it, is its partner
    ("Pampa Airlines, a member of the SkyTeam alliance since 2022, said so.",
     {("Pampa Airlines", "partners_with", "SkyTeam", "asserted")}),
    ("Lufthansa is a member of the Star Alliance.", {("Lufthansa", "partners_with", "Star Alliance", "asserted")}),
    # more kinds of business: jewellers, enginemakers, start-ups (one token)
    ("Kering bought Pomellato, the Milan jeweller, in 2013.",
     {("Kering", "acquires", "Pomellato", "asserted"), ("Pomellato", "based_in", "IT", "asserted")}),
    ("Cellarix Therapeutics, a Boston-based gene-editing start-up, said so.",
     {("Cellarix Therapeutics", "based_in", "US", "asserted")}),
    ("Rolls-Royce said profit rose. Shares in the British enginemaker fell.",
     {("Rolls-Royce", "based_in", "GB", "asserted")}),
    # an acronym before a country the tagger took alone, doing business, is a company's name ("TAP Portugal")
    ("Lufthansa is in talks to buy a stake in TAP Portugal, the country's flag carrier.",
     {("Lufthansa", "invests_in", "TAP Portugal", "possible")}),
    # a capitalised title opening the sentence is no part of the name
    ("Spokeswoman Anna Berg of Siemens said sales rose.", {("Anna Berg", "works_for", "Siemens", "asserted")}),
    # a role given by a naming verb is at the organisation that gives it; a head does not also "work for"
    ("Ford named Larry Pike chief executive on Monday.", {("Larry Pike", "leads", "Ford", "asserted")}),
    ("Siemens appointed Anna Berg as chief financial officer.",
     {("Anna Berg", "works_for", "Siemens", "asserted")}),
    ("Ford appointed Larry Pike as its new chairman.", {("Larry Pike", "leads", "Ford", "asserted")}),
    # "a company official" (any role "company" qualifies) works for the company of the sentence
    ("Halvorsen Foods raised prices, said Anna Berg, a company engineer.",
     {("Anna Berg", "works_for", "Halvorsen Foods", "asserted")}),
    # "a company spokeswoman" speaks for the company of the sentence
    ("Ford Motor Co. said sales would rise, said Debra Lindqvist, a company spokeswoman.",
     {("Debra Lindqvist", "works_for", "Ford Motor", "asserted")}),
    # "headed to" is a trip, "headed the bank in Denver" a job
    ("Lisbeth Dahl headed to Tokyo on Monday.", {("Lisbeth Dahl", "visits", "JP", "asserted")}),
    ("Lisbeth Dahl, who headed the Oakfield Group in Denver, declined to comment.",
     {("Lisbeth Dahl", "leads", "Oakfield Group", "asserted")}),
    # an unknown "place" that is the organisation of a role
    ("Sundar Pichai is the chief executive of Alphabet.", {("Sundar Pichai", "leads", "Alphabet", "asserted")}),
    ("Jack Ma, the co-founder of Alibaba, returned to China.", {("Jack Ma", "founded", "Alibaba", "asserted")}),
    # founding, appointing and succeeding (the predecessor's role ended)
    ("Mark Zuckerberg, who founded Facebook in 2004, testified before Congress.",
     {("Mark Zuckerberg", "founded", "Facebook", "asserted")}),
    ("Citigroup appointed Jane Fraser as chief executive in 2021.",
     {("Jane Fraser", "leads", "Citigroup", "asserted")}),
    ("Andy Jassy succeeded Jeff Bezos as chief executive of Amazon.",
     {("Andy Jassy", "leads", "Amazon", "asserted"), ("Jeff Bezos", "leads", "Amazon", "negated")}),
    # leaving a role ends it; a leaving still to come leaves it in place
    ("Jane Roe stepped down as chairman of Siemens in 2012.", {("Jane Roe", "leads", "Siemens", "negated")}),
    ("Jane Roe will step down as chairman of Siemens next year.", {("Jane Roe", "leads", "Siemens", "asserted")}),
])
def test_people_and_roles(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # the small tagger calls unknown company names places; one that is bought or orders is a company
    ("Apple may buy Netflix, analysts said.", {("Apple", "acquires", "Netflix", "possible")}),
    ("Boeing is expected to win an order from Emirates.", {("Boeing", "supplies", "Emirates", "planned")}),
    # and a name the tagger missed that orders or buys is a company; "Europe" or "the Sea of Japan" are not
    ("Emirates ordered 50 Boeing 777X jets worth $24 billion.", {("Boeing", "supplies", "Emirates", "asserted")}),
    ("Airlines should not buy aircraft from Europe.", set()),
    # a name the tagger missed that runs stores or enters a market is a company
    ("Walmart operates more than 10,000 stores in 24 countries, including Mexico and Canada.",
     {("Walmart", "operates_in", "MX", "asserted"), ("Walmart", "operates_in", "CA", "asserted")}),
    # and a "person" that is bought is a company
    ("Microsoft is reportedly in talks to acquire Activision Blizzard.",
     {("Microsoft", "acquires", "Activision Blizzard", "possible")}),
])
def test_unknown_places_in_business_roles_are_companies(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # bids and offers for a company are possible acquisitions; rejected ones are negated
    ("Halvorsen made a $2 billion offer for Brisco Inc.", {("Halvorsen", "acquires", "Brisco", "possible")}),
    ("The board rejected Halvorsen's bid for Brisco Inc.", {("Halvorsen", "acquires", "Brisco", "negated")}),
    ("Halvorsen rejected a takeover bid from Brisco Inc.", {("Brisco", "acquires", "Halvorsen", "negated")}),
    # receiving a bid to supply is not an acquisition, nor a supply by the receiver
    ("Halvorsen received a bid from Brisco Inc. for the supply of turbines.", set()),
])
def test_bids_and_offers(nlp, text, expected):
    assert triples(text, nlp) == expected


def test_a_country_name_as_short_name_of_the_one_company_named_after_it(nlp):
    text = "Qatar Airways ordered 80 Airbus jets. Qatar has a previous order for 2 of Airbus' A380s."
    assert triples(text, nlp) == {("Airbus", "supplies", "Qatar Airways", "asserted")}
    # with no such company, the country it is
    assert triples("Boeing delivered 30 jets to Qatar.", nlp) == {("Boeing", "supplies", "QA", "asserted")}


def test_contract_with_a_buyer_to_supply(nlp):
    text = "Halvorsen Ltd. has signed a ten-year contract with the Danish Army to supply 40 armoured trucks."
    assert triples(text, nlp) == {("Halvorsen", "supplies", "Danish Army", "asserted")}


@pytest.mark.parametrize("text, expected", [
    ("Kia shipped fewer cars than Hyundai last year.", {("Kia", "competes_with", "Hyundai", "asserted")}),
    ("Toyota overtook General Motors as the largest carmaker.",
     {("Toyota", "competes_with", "General Motors", "asserted")}),
])
def test_compared_companies_compete(nlp, text, expected):
    assert triples(text, nlp) == expected


def test_merged_companies_become_parts_of_the_new_one(nlp):
    text = ("The companies Halvorsen Steel and Brisco Motors, which merged in 1998 to form Northwind Holdings, "
            "may split.")
    assert {f for f in triples(text, nlp) if f[1] == "subsidiary_of"} == {
        ("Halvorsen Steel", "subsidiary_of", "Northwind Holdings", "asserted"),
        ("Brisco Motors", "subsidiary_of", "Northwind Holdings", "asserted")}
    # merging units to form a venture is not a merger of the companies
    units = "Nokia and Siemens, which merged their network units in 2007 to form a new venture, said sales fell."
    assert {f for f in triples(units, nlp) if f[1] == "subsidiary_of"} == set()


@pytest.mark.parametrize("text, expected", [
    # buying a maker's product is a supply, however the parser split "Airbus A350s"; buying a company is not
    ("Lufthansa is considering buying Airbus A350s for its long-haul fleet.",
     {("Airbus", "supplies", "Lufthansa", "possible")}),
    ("Lufthansa agreed to buy Brussels Airlines.", {("Lufthansa", "acquires", "Brussels Airlines", "planned")}),
    # making another company's goods is supplying it; where it is made says where the maker operates
    ("Nvidia's chips are made by TSMC in Taiwan.",
     {("TSMC", "supplies", "Nvidia", "asserted"), ("TSMC", "operates_in", "TW", "asserted")}),
    ("Foxconn assembles Apple's iPhones in China.",
     {("Foxconn", "supplies", "Apple", "asserted"), ("Foxconn", "operates_in", "CN", "asserted")}),
    # choosing a maker's product is buying it
    ("Korean Air has chosen the Airbus A321neo for its fleet renewal.",
     {("Airbus", "supplies", "Korean Air", "asserted")}),
    # a customer of a maker is supplied by it
    ("Qantas is a major customer of Airbus.", {("Airbus", "supplies", "Qantas", "asserted")}),
])
def test_products_and_customers(nlp, text, expected):
    assert triples(text, nlp) == expected


def test_an_agreement_to_buy_is_a_sale_not_a_partnership(nlp):
    text = "Shell signed a supply agreement with Qatar Energy to buy liquefied natural gas for 27 years."
    assert triples(text, nlp) == {("Qatar Energy", "supplies", "Shell", "asserted")}
    assert triples("Halvorsen signed an agreement with Brisco Inc. to develop batteries.", nlp) == {
        ("Halvorsen", "partners_with", "Brisco", "asserted")}


def test_a_deal_with_an_armed_force_is_a_sale(nlp):
    text = "Airbus has also inked recent deals with the Royal Norwegian Air Force and the Danish Army."
    assert triples(text, nlp) == {("Airbus", "supplies", "Royal Norwegian Air Force", "asserted"),
                                  ("Airbus", "supplies", "Danish Army", "asserted")}
    # with another organisation a deal is a partnership
    assert triples("Halvorsen signed a deal with the Brisco Foundation.", nlp) == {
        ("Halvorsen", "partners_with", "Brisco Foundation", "asserted")}


def test_no_partnership_with_ones_own_store(nlp):
    # "its iTunes Music Store" is the company's own, not a party to the agreement; "its rival Brisco" is a party
    text = "Apple Corps claims that the computer company violated the agreement with its iTunes Music Store."
    assert {f for f in triples(text, nlp) if f[1] == "partners_with"} == set()
    # (both actions are symmetric: either order is the same triple)
    found = {(a, frozenset((s, o)), m) for s, a, o, m in triples("Halvorsen signed a partnership with its rival "
                                                                  "Brisco Inc.", nlp)}
    assert found == {("partners_with", frozenset(("Halvorsen", "Brisco")), "asserted"),
                     ("competes_with", frozenset(("Halvorsen", "Brisco")), "asserted")}


def test_a_place_name_with_a_person_role_is_a_person(nlp):
    # the tagger reads "Goyal" as a town; the apposition says a minister
    facts = triples("Piyush Goyal, India's commerce minister, visited Washington.", nlp)
    assert ("Goyal", "works_for", "IN", "asserted") in facts


@pytest.mark.parametrize("text, expected", [
    # a plural descriptor of a coordination stands for every name in it
    ("Samsung Electronics and SK Hynix, the South Korean chipmakers that operate large plants in China, "
     "received waivers.",
     {("Samsung Electronics", "based_in", "KR", "asserted"), ("SK Hynix", "based_in", "KR", "asserted"),
      ("Samsung Electronics", "operates_in", "CN", "asserted"), ("SK Hynix", "operates_in", "CN", "asserted")}),
    # a name the tagger missed, described as a company; an unnamed ministry acts for its country
    ("Dutch equipment maker ASML, which dominates the market for lithography machines, said it was assessing "
     "the rules.", {("ASML", "based_in", "NL", "asserted")}),
    ("China's foreign ministry criticized the Japanese decision.", {("CN", "criticizes", "JP", "asserted")}),
    # a company's business named by its country is there now, whatever happens to it
    ("Toyota's US plants will build 500,000 cars next year.", {("Toyota", "operates_in", "US", "asserted")}),
    # a supply that ended before something was dropped is negated
    ("YMTC had been supplying memory chips to Apple before the deal was dropped last year.",
     {("YMTC", "supplies", "Apple", "negated")}),
    # blacklisting: what the verb puts on the list, companies and a country's companies
    ("The United States on Friday added 36 Chinese companies, including memory chipmaker YMTC, to a trade "
     "blacklist.", {("US", "sanctions", "YMTC", "asserted"), ("YMTC", "based_in", "CN", "asserted")}),
    # "ordered by the shipyard from X": the supplier's phrase the parser hung on the agent; "the shipyard" is the
    # shipbuilder, a "Shipbuilding" a company
    ("Halvorsen Shipbuilding won the contract. The main engines for the ships had been ordered by the shipyard "
     "from Finland's Brandt Motors.", {("Brandt Motors", "supplies", "Halvorsen Shipbuilding", "asserted"),
                                       ("Brandt Motors", "based_in", "FI", "asserted")}),
])
def test_coordinations_and_blacklists(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # a denied claim is negated; a reported one asserted; a doubted one possible
    ("Microsoft rejected claims that it had partnered with Huawei.",
     {("Microsoft", "partners_with", "Huawei", "negated")}),
    ("Microsoft denied that it had partnered with Huawei.", {("Microsoft", "partners_with", "Huawei", "negated")}),
    ("Microsoft said that it had partnered with Huawei.", {("Microsoft", "partners_with", "Huawei", "asserted")}),
    ("Analysts doubt that Apple will ever buy Tesla.", {("Apple", "acquires", "Tesla", "possible")}),
])
def test_denials_and_doubts(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # "Epic Games" is a company, the "Olympic Games" an event; a case against a company is a suit
    ("Epic Games filed a lawsuit against Apple in 2020.", {("Epic Games", "sues", "Apple", "asserted")}),
    ("Samsung won a patent case against Apple.", {("Samsung", "sues", "Apple", "asserted")}),
    # criticism of a company's plans is criticism of the company
    ("Greenpeace protested against Shell's Arctic drilling plans.",
     {("Greenpeace", "criticizes", "Shell", "asserted")}),
    # a group led by a named company acts through it
    ("A group of shareholders led by Brandt Capital Management filed a lawsuit against Halvorsen Corp.",
     {("Brandt Capital Management", "sues", "Halvorsen", "asserted")}),
])
def test_suits_and_protests(nlp, text, expected):
    assert triples(text, nlp) == expected


def test_games_and_shows_are_events_only_with_an_event_word(nlp):
    types = {e.name: e.type for e in extract_document("Athletes arrived for the Olympic Games in Tokyo, where "
                                                      "Epic Games sponsored a show.", nlp).entities}
    assert types.get("Olympic Games") == "Event"


@pytest.mark.parametrize("text, expected", [
    # "X's parent company Y"; an owner the tagger missed before "-owned"
    ("Jaguar Land Rover's parent company Tata Motors reported profits.",
     {("Jaguar Land Rover", "subsidiary_of", "Tata Motors", "asserted")}),
    ("Meta-owned WhatsApp launched a new feature.", {("Meta", "invests_in", "WhatsApp", "asserted")}),
])
def test_parents_and_owners(nlp, text, expected):
    assert triples(text, nlp) == expected


def test_selling_a_stake_is_not_supply(nlp):
    assert triples("Shell sold its stake in the Nigerian venture to Eni.", nlp) == set()
    assert triples("Boeing sold 20 jets to Ryanair.", nlp) == {("Boeing", "supplies", "Ryanair", "asserted")}


def test_dateline_gives_no_publisher_triple(nlp):
    # Where a wire story was filed says nothing about where the agency is based (guideline: no publisher triples).
    text = "DENVER, Colo. (AP) -- Snow closed roads on Monday."
    assert facts_with_spans(text, nlp) == set()


def test_string_store_does_not_grow_across_documents(nlp, monkeypatch):
    # spaCy memory zones free the strings of each chunk of documents once it is extracted; the facts keep theirs
    import kg.extract.extractor as extractor
    from kg.documents import Document

    monkeypatch.setattr(extractor, "MEMORY_ZONE_DOCS", 10)
    list(extractor.extract_documents([Document(id="warm", text="Acme Corp. bought Globex Inc.")], nlp))
    before = len(nlp.vocab.strings)
    documents = [Document(id=str(i), text=f"Zorblax{i} Industries bought Quintor{i} Corp. in Frobnia{i}.")
                 for i in range(30)]
    out = list(extractor.extract_documents(documents, nlp))
    assert len(out) == 30
    assert len(nlp.vocab.strings) == before
    assert [(f.subject, f.action, f.object) for f in out[25][1].facts] == [
        ("Zorblax25 Industries", "acquires", "Quintor25")]


def test_entity_names_end_before_function_words(nlp):
    # the tagger's "Occidental Petroleum to" is "Occidental Petroleum"
    text = "Berkshire Hathaway raised its stake in Occidental Petroleum to 25 percent."
    assert ("Occidental Petroleum", "Company") in {(e.name, e.type) for e in extract_document(text, nlp).entities}


ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("path", ["README.md", "bench/README.md", "samples/README.md", "pyproject.toml",
                                  "ontology/lexicon.toml", "kg/cli.py"])
def test_text_that_is_not_news_extracts_without_error(nlp, path):
    # markdown tables, code and TOML: "**" or "|" tagged as organisations normalise to no name at all
    extract_document((ROOT / path).read_text(encoding="utf-8"), nlp)


_MESSY = st.lists(st.sampled_from(["**", "|", "Acme", "Corp.", "of", "the", "'s", "-", "(", ")", "AP", "Inc",
                                  "China", "Chinese", "said", "bought", "a", "stake", "in", "\n", ",", ".", "&",
                                  "Jane", "Roe", "chief", "executive", "US$", "12", "percent", "jobs", "--"]),
                  min_size=1, max_size=40).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_MESSY)
def test_any_token_soup_extracts_without_error(nlp, text):
    extraction = extract_document(text, nlp)
    for fact in extraction.facts:
        assert fact.subject and fact.object and 0 <= fact.confidence <= 1


def test_a_bug_in_extraction_names_the_document(nlp, monkeypatch):
    import kg.extract.extractor as extractor
    from kg.documents import Document
    from kg.errors import ExtractionError

    def broken(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(extractor, "extract_doc", broken)
    with pytest.raises(ExtractionError) as error:
        list(extractor.extract_documents([Document(id="doc-7", text="Acme bought Globex.")], nlp))
    assert str(error.value) == ("cannot extract facts from doc-7: IndexError: list index out of range "
                                "(a bug in kg; please report it with this document)")


def test_a_whole_article_written_for_the_tests(nlp):
    # tests/data/embraer_azul.txt: an order, descriptors, a role, rivals (one the tagger missed), a lease, a
    # competition; "on Tuesday" is no company
    text = (Path(__file__).parent / "data" / "embraer_azul.txt").read_text(encoding="utf-8")
    assert triples(text, nlp) == {
        ("Embraer", "supplies", "Azul", "asserted"),
        ("Embraer", "based_in", "BR", "asserted"),
        ("Azul", "based_in", "BR", "asserted"),
        ("Francisco Gomes Neto", "leads", "Embraer", "asserted"),
        ("Azul", "competes_with", "LATAM", "asserted"),
        ("Azul", "competes_with", "Gol", "asserted"),
        ("AerCap", "supplies", "Azul", "asserted"),
        ("AerCap", "based_in", "IE", "asserted"),
        ("Embraer", "competes_with", "Airbus", "asserted"),
    }


@pytest.mark.parametrize("text, expected", [
    # a wire dateline ends its own sentence: the lead sentence keeps its subject
    ("OSLO, May 3 (Reuters) - Danish drugmaker Hedegaard Pharma A/S has sued Teva Pharmaceutical in London.",
     {("Hedegaard Pharma", "sues", "Teva Pharmaceutical", "asserted"),
      ("Hedegaard Pharma", "based_in", "DK", "asserted")}),
    ("LISBON/MADRID, Feb 9 - Portuguese grocer Mercadão agreed to buy Tiendas Sol, the companies said.",
     {("Mercadão", "acquires", "Tiendas Sol", "planned"), ("Mercadão", "based_in", "PT", "asserted")}),
])
def test_dateline_is_not_the_subject(nlp, text, expected):
    assert triples(text, nlp) == expected


def test_legal_forms_written_with_dots_or_a_slash(nlp):
    # "A/S" is three tokens the tagger leaves out of the name (here it missed the name too): the mention takes
    # the form along, the entity's name drops it
    facts = extract_document("Hedegaard Foods A/S and Bremer Mühlen S.p.A. signed an agreement on Monday.",
                             nlp).facts
    assert {(f.subject, f.action, f.object) for f in facts} == {
        ("Hedegaard Foods", "partners_with", "Bremer Mühlen")}
    assert {(f.subject_mention, f.object_mention) for f in facts} == {("Hedegaard Foods A/S", "Bremer Mühlen S.p.A.")}


def test_nominal_with_a_demonym_skips_companies_known_to_be_from_elsewhere(nlp):
    text = ("Argentina's Pampa Airlines has ordered 30 Airbus jets. The airline is also studying an order from "
            "Embraer. An order from Pampa would be a welcome win for the Brazilian planemaker, which competes "
            "with Airbus.")
    assert triples(text, nlp) == {
        ("Pampa", "based_in", "AR", "asserted"), ("Airbus", "supplies", "Pampa", "asserted"),
        ("Embraer", "supplies", "Pampa", "possible"), ("Embraer", "based_in", "BR", "asserted"),
        ("Embraer", "competes_with", "Airbus", "asserted")}


@pytest.mark.parametrize("text, expected", [
    ("Pampa Airlines is considering an order for 20 jets from Embraer.",
     {("Embraer", "supplies", "Pampa Airlines", "possible")}),
    ("Qantas placed an order for 12 A350 jets from Airbus.", {("Airbus", "supplies", "Qantas", "asserted")}),
])
def test_orders_considered_and_goods_between(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # the tagger took these names for people: where someone works, or what is based somewhere, is a company
    ("\"She is an operator,\" said Jonas Keller, an analyst at Frankfurt-based Bankhaus Weber.",
     {("Jonas Keller", "works_for", "Bankhaus Weber", "asserted"), ("Bankhaus Weber", "based_in", "DE", "asserted")}),
    ("Mary Lee, a lawyer with Hogan Lovells, said the case was weak.",
     {("Mary Lee", "works_for", "Hogan Lovells", "asserted")}),
])
def test_workplaces_tagged_as_people(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # "rival" describing a name: the rival of whoever acts on the name (the tagger may call it an adjective)
    ("Coralbay Resources has agreed to buy smaller rival Pilbara Ridge for about $6 billion.",
     {("Coralbay Resources", "acquires", "Pilbara Ridge", "planned"),
      ("Coralbay Resources", "competes_with", "Pilbara Ridge", "asserted")}),
    ("Volkswagen has lost ground to domestic rival BMW in recent years.",
     {("Volkswagen", "competes_with", "BMW", "asserted")}),
])
def test_rival_of_the_clause_subject(nlp, text, expected):
    assert triples(text, nlp) == expected


def test_nominal_prefers_the_company_called_that_kind_before(nlp):
    # "the airline" is the company the text called an airline (its name says so), not the joint venture or
    # the lessor named since
    text = ("Argentina's Pampa Airlines has ordered 30 Airbus jets. It will also lease six jets from Irish lessor "
            "Avolon. CFM is a joint venture between GE Aerospace and Safran. Chief executive Martín Rossi said "
            "the airline was also studying an order from Embraer.")
    facts = triples(text, nlp)
    assert ("Embraer", "supplies", "Pampa Airlines", "possible") in facts
    assert ("Martín Rossi", "leads", "Pampa Airlines", "asserted") in facts
    assert not {f for f in facts if f[2] in ("CFM", "Avolon") and f[1] in ("supplies", "leads")}


@pytest.mark.parametrize("text, expected", [
    # an age between commas makes a person, whatever the tagger said
    ("Claudia Ritter, 52, has run Voss Trucks since 2019.", {("Claudia Ritter", "leads", "Voss Trucks", "asserted")}),
    # an acronym is not a person's name
    ("ACCC commissioner Peter Halloran said in a statement.", {("Peter Halloran", "works_for", "ACCC", "asserted")}),
    # a capital accused or sanctioned stands for its government
    ("China's Ministry of Commerce accused Tokyo of abusing export controls.",
     {("Ministry of Commerce", "based_in", "CN", "asserted"),
      ("Ministry of Commerce", "criticizes", "JP", "asserted")}),
])
def test_people_acronyms_and_capitals_as_targets(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # the head of a function works for the company; the head of the company leads it
    ("\"We are delighted,\" said Benoît Lemaire, Airbus's head of sales for Latin America.",
     {("Benoît Lemaire", "works_for", "Airbus", "asserted")}),
    ("Jane Roe, director of research at Siemens, said so.", {("Jane Roe", "works_for", "Siemens", "asserted")}),
    # "-based" on the descriptor in apposition
    ("Kanemitsu Precision, a Nagoya-based maker of wafer-cleaning equipment, said it would stop supplying Lingxin.",
     {("Kanemitsu Precision", "based_in", "JP", "asserted"),
      ("Kanemitsu Precision", "supplies", "Lingxin", "negated")}),
])
def test_heads_of_functions_and_based_descriptors(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # reduced passive relatives: the agent owns
    ("Acme Corp, owned by Siemens, makes pumps.", {("Siemens", "invests_in", "Acme", "asserted")}),
    ("Altavia Movel is 74 percent owned by Lisbon-based Grupo Lusacom.",
     {("Grupo Lusacom", "invests_in", "Altavia Movel", "asserted"), ("Grupo Lusacom", "based_in", "PT", "asserted")}),
    # contracts awarded: each one awarded supplies the one awarding (no joint bid between them)
    ("Altavia has awarded its 5G network contracts to Sweden's Ericsson and Finland's Nokia.",
     {("Ericsson", "supplies", "Altavia", "asserted"), ("Nokia", "supplies", "Altavia", "asserted"),
      ("Ericsson", "based_in", "SE", "asserted"), ("Nokia", "based_in", "FI", "asserted")}),
])
def test_owned_by_and_contracts_awarded(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # a minister whose ministry the article names heads it; one whose ministry it does not works for the country
    ("Brazil's Ministry of Communications barred Huawei. Communications Minister Paulo Andrade said he welcomed "
     "the choice.",
     {("Ministry of Communications", "based_in", "BR", "asserted"),
      ("Ministry of Communications", "sanctions", "Huawei", "asserted"),
      ("Paulo Andrade", "leads", "Ministry of Communications", "asserted")}),
    ("Japan's Ministry of Economy, Trade and Industry (METI) said it had added the companies to its list. "
     "\"We have confirmed it,\" Economy, Trade and Industry Minister Kenji Arakawa told a news conference.",
     {("METI", "based_in", "JP", "asserted"), ("Kenji Arakawa", "leads", "METI", "asserted")}),
    ("German economy minister Rainer Bruederle said so.", {("Rainer Bruederle", "works_for", "DE", "asserted")}),
    # with a country's department and another's ministry of the same portfolio, a secretary heads the department
    # and a minister the ministry; the department written with and without its country is one body, named by its
    # name (not by the portfolio)
    ("The Commerce Department blacklisted Vextra Systems. China's Ministry of Commerce criticised the US Commerce "
     "Department. Commerce Secretary Jane Roe said the ban would stay.",
     {("Commerce Department", "sanctions", "Vextra Systems", "asserted"),
      ("Commerce Department", "based_in", "US", "asserted"), ("Ministry of Commerce", "based_in", "CN", "asserted"),
      ("Ministry of Commerce", "criticizes", "Commerce Department", "asserted"),
      ("Jane Roe", "leads", "Commerce Department", "asserted")}),
    ("The Commerce Department blacklisted Vextra Systems. China's Ministry of Commerce criticised the US Commerce "
     "Department. Commerce Minister Gao Hucheng said the ban was wrong.",
     {("Commerce Department", "sanctions", "Vextra Systems", "asserted"),
      ("Commerce Department", "based_in", "US", "asserted"), ("Ministry of Commerce", "based_in", "CN", "asserted"),
      ("Ministry of Commerce", "criticizes", "Commerce Department", "asserted"),
      ("Gao Hucheng", "leads", "Ministry of Commerce", "asserted"),
      ("Gao Hucheng", "criticizes", "Commerce Department", "asserted")}),
    # a department whose name has more than the portfolio's words is not the minister's
    ("The Zambian government suspended the licence, Mines Minister Jane Roe told parliament. The country's Mines "
     "Safety Department is conducting an inquiry.", {("Jane Roe", "works_for", "ZM", "asserted")}),
    # two countries' bodies of one name stay two
    ("The United States Air Force ordered tankers from Airbus. The UAE Air Force ordered tankers from Airbus too.",
     {("Airbus", "supplies", "United States Air Force", "asserted"),
      ("Airbus", "supplies", "UAE Air Force", "asserted")}),
])
def test_ministers_of_named_ministries(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # a counted group is not a country's companies in general: the named examples are sanctioned and from there
    ("Japan on Friday imposed export controls on 14 Chinese technology companies, including memory chipmaker "
     "Lingxin Microelectronics and laser specialist Huaxin Photonics.",
     {("JP", "sanctions", "Lingxin Microelectronics", "asserted"), ("JP", "sanctions", "Huaxin Photonics", "asserted"),
      ("Lingxin Microelectronics", "based_in", "CN", "asserted"), ("Huaxin Photonics", "based_in", "CN", "asserted")}),
    ("Beijing imposed export controls on Japanese chemical companies.", {("CN", "sanctions", "JP", "asserted")}),
    ("Toyota, Honda and other Japanese carmakers cut prices.",
     {("Toyota", "based_in", "JP", "asserted"), ("Honda", "based_in", "JP", "asserted")}),
    ("Toyota and other carmakers cut prices.", set()),
    ("German carmakers such as BMW and Daimler cut prices.",
     {("BMW", "based_in", "DE", "asserted"), ("Daimler", "based_in", "DE", "asserted")}),
])
def test_named_examples_of_a_countrys_companies(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # "the ministry", "the union": the organisation named before with that head word, not the country
    ("China's Ministry of Commerce criticised the move. \"Japan should correct its wrong practice,\" ministry "
     "spokeswoman Zhao Lan said.",
     {("Ministry of Commerce", "based_in", "CN", "asserted"),
      ("Zhao Lan", "works_for", "Ministry of Commerce", "asserted")}),
    ("The Australian Workers' Union said it wanted guarantees. \"We have heard every promise,\" said Kerry "
     "Doolan, the union's spokeswoman.",
     {("Kerry Doolan", "works_for", "Australian Workers' Union", "asserted")}),
])
def test_organisation_nominals(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # a unit in apposition after a comma; a lawsuit faced, brought by its plaintiff
    ("Pilbara Ridge Minerals must sell its rail haulage unit, Ridgeline Rail, before the takeover can be completed.",
     {("Ridgeline Rail", "subsidiary_of", "Pilbara Ridge Minerals", "asserted")}),
    ("Apple faces a lawsuit filed by Epic Games in California.", {("Epic Games", "sues", "Apple", "asserted")}),
])
def test_units_after_a_comma_and_lawsuits_faced(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # an industry word the tagger left out of a name makes it a company's name
    ("Glytara has been sold in Japan since 2023 by Tokyo-based Kinoshita Pharmaceutical.",
     {("Kinoshita Pharmaceutical", "operates_in", "JP", "asserted"),
      ("Kinoshita Pharmaceutical", "based_in", "JP", "asserted")}),
    # "Department of Energy" is an organisation, whatever industry it names
    ("The Department of Energy fined Westinghouse.",
     {("Department of Energy", "investigates", "Westinghouse", "asserted")}),
])
def test_industry_words_in_names(nlp, text, expected):
    assert triples(text, nlp) == expected


def test_unknown_place_sanctioned_is_a_company(nlp):
    assert triples("The EU sanctioned Gazprom.", nlp) == {("EU", "sanctions", "Gazprom", "asserted")}


def test_dateline_places_are_places_not_companies(nlp):
    # with a title-case agency or none at all, the dateline's city is a place: no company called STUTTGART,
    # and the later "Stuttgart-based" lifts to the country
    for text in ("STUTTGART, March 12 (Reuters) - Voss Automobilwerke named a new chief executive. Voss, the "
                 "Stuttgart-based group, said so.",
                 "STUTTGART, March 12 - Voss Automobilwerke named a new chief executive. Voss, the Stuttgart-based "
                 "group, said so."):
        facts = extract_document(text, nlp).facts
        assert {f.subject for f in facts} | {f.object for f in facts} <= {"Voss", "Voss Automobilwerke", "DE"}
        assert {(f.action, f.object) for f in facts} == {("based_in", "DE")}


@pytest.mark.parametrize("text, expected", [
    # the tagger missed the names: what is based somewhere is a company; "the city of X" is X
    ("Lingxin, which is based in the eastern city of Hefei, said the listing was groundless.",
     {("Lingxin", "based_in", "CN", "asserted")}),
    ("Huaxin, which is based in Wuhan, did not respond to a request for comment.",
     {("Huaxin", "based_in", "CN", "asserted")}),
])
def test_untagged_names_based_somewhere(nlp, text, expected):
    assert triples(text, nlp) == expected


def test_surname_tagged_as_organisation_stays_the_person(nlp):
    # the tagger calls the later "Ritter" an organisation; no company is called Ritter, the person is
    text = ("Claudia Ritter was named chief executive of Siemens. \"This gives us the volume,\" Ritter told "
            "reporters. Analysts welcomed Ritter's appointment.")
    facts = extract_document(text, nlp).facts
    assert {(f.subject, f.action, f.object) for f in facts} == {("Claudia Ritter", "leads", "Siemens")}
    assert {e.name: e.type for e in extract_document(text, nlp).entities}.get("Claudia Ritter") == "Person"


def test_chairman_of_a_companys_board_leads_it(nlp):
    text = "Siemens reported results. \"She knows this company,\" said Heinrich Albers, chairman of Siemens's board."
    assert ("Heinrich Albers", "leads", "Siemens", "asserted") in triples(text, nlp)


def test_plural_nominal_with_a_demonym_is_not_one_company(nlp):
    text = ("Osaka-based Hoshida Chemical denied the report. Analysts said the curbs could hurt Japanese "
            "manufacturers more than the Chinese firms targeted.")
    assert triples(text, nlp) == {("Hoshida Chemical", "based_in", "JP", "asserted")}


def test_bare_spokesman_speaks_for_the_company_already_in_the_story(nlp):
    text = ("Nordvik said it was cooperating fully. \"Patient safety is our first priority,\" spokesman Lars "
            "Bendtsen said.")
    assert triples(text, nlp) == {("Lars Bendtsen", "works_for", "Nordvik", "asserted")}
    # with no company before the sentence, nothing is guessed
    assert triples("\"They plan to resubmit,\" said spokeswoman Barbara Hutson of the plan for Acme Corp.",
                   nlp) == set()


def test_company_named_after_its_founder_stays_a_company(nlp):
    text = ("Brandvik, the Norwegian furniture retailer, said it would open stores in Poland. Founder Ola "
            "Brandvik will hand over the chief executive's job. Shares in Brandvik rose 4 percent.")
    entities = {e.name: e.type for e in extract_document(text, nlp).entities}
    assert entities.get("Brandvik") == "Company" and entities.get("Ola Brandvik") == "Person"


def test_investigation_into_the_deal_and_a_name_cut_at_and(nlp):
    # the tagger cuts the commission's name at "and"; "the deal" is the takeover read before: both companies
    text = ("Coralbay has agreed to buy Pilbara Ridge. The Australian Competition and Consumer Commission said on "
            "Wednesday it had opened an investigation into the deal.")
    commission = "Australian Competition and Consumer Commission"
    assert triples(text, nlp) == {
        ("Coralbay", "acquires", "Pilbara Ridge", "planned"),
        (commission, "investigates", "Coralbay", "asserted"), (commission, "investigates", "Pilbara Ridge", "asserted")}


def test_the_regulator_is_the_body_named_not_a_partner(nlp):
    # "the Japanese regulator" is the Japanese body named before; cooperating with its probe is no partnership
    text = ("Japan's Pharmaceuticals and Medical Devices Agency (PMDA) said it had opened an investigation into "
            "Nordvik. Nordvik said it was cooperating fully with the Japanese regulator.")
    assert triples(text, nlp) == {("PMDA", "based_in", "JP", "asserted"),
                                  ("PMDA", "investigates", "Nordvik", "asserted")}


@pytest.mark.parametrize("text, expected", [
    ("Samsung will supply displays for Apple's next generation of phones.",
     {("Samsung", "supplies", "Apple", "planned")}),
    ("CFM is a joint venture between GE Aerospace and France's Safran.",
     {("CFM", "subsidiary_of", "GE Aerospace", "asserted"), ("CFM", "subsidiary_of", "Safran", "asserted"),
      ("GE Aerospace", "partners_with", "Safran", "asserted"), ("Safran", "based_in", "FR", "asserted")}),
    ("The airline is in talks with Aerolíneas Argentinas, Argentina's state-owned flag carrier.",
     {("Aerolíneas Argentinas", "based_in", "AR", "asserted"), ("AR", "invests_in", "Aerolíneas Argentinas",
                                                                  "asserted")}),
])
def test_goods_for_a_companys_products_joint_ventures_and_state_carriers(nlp, text, expected):
    assert triples(text, nlp) == expected


def test_untagged_person_with_a_role_and_no_guess_for_someones_spokesman(nlp):
    # the tagger missed the name; the apposition's role makes a person; "the Greens' spokesman" is someone's,
    # so no company is guessed for the role
    text = "Lachlan Wray, the Greens' resources spokesman, accused Siemens of buying its way out of competition."
    assert triples(text, nlp) == {("Lachlan Wray", "criticizes", "Siemens", "asserted")}


def test_the_countrys_flag_carrier(nlp):
    # "the country's": the one country the last sentences are about
    text = ("Argentina's transport minister praised the deal. The airline is in talks with Aerolíneas Argentinas, "
            "the country's state-owned flag carrier.")
    assert triples(text, nlp) == {("Aerolíneas Argentinas", "based_in", "AR", "asserted"),
                                  ("AR", "invests_in", "Aerolíneas Argentinas", "asserted")}


def test_successor_takes_the_roles_of_the_one_succeeded(nlp):
    text = "Markus Feldmann resigned as chief executive of Siemens. Claudia Ritter will succeed him."
    assert triples(text, nlp) == {("Markus Feldmann", "leads", "Siemens", "negated"),
                                  ("Claudia Ritter", "leads", "Siemens", "planned")}
    # the one replaced "as chief executive" in a passive: the successor takes the roles the other held
    text = ("Anand Raghavan, chief executive of Konkola Copper Mines, resigned. He has been replaced as chief "
            "executive, with immediate effect, by Peter Mwansa.")
    assert ("Peter Mwansa", "leads", "Konkola Copper Mines", "asserted") in triples(text, nlp)


@pytest.mark.parametrize("text, expected", [
    ("Japan, home to key suppliers such as Tokyo Electron and Shin-Etsu Chemical, has been under pressure.",
     {("Tokyo Electron", "based_in", "JP", "asserted"), ("Shin-Etsu Chemical", "based_in", "JP", "asserted")}),
    ("Seattle is home to Amazon and Starbucks.",
     {("Amazon", "based_in", "US", "asserted"), ("Starbucks", "based_in", "US", "asserted")}),
])
def test_home_to(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    ("Lingxin Microelectronics, which counts smartphone maker Xiaomi among its customers, said the listing was "
     "groundless.", {("Lingxin Microelectronics", "supplies", "Xiaomi", "asserted")}),
    ("Foxconn's customers include Apple.", {("Foxconn", "supplies", "Apple", "asserted")}),
    # every name of the list, the ones the tagger missed too; nothing when "its" is taken for a customer
    ("Inspur Group counts Baidu, Alibaba and Tencent among its biggest customers.",
     {("Inspur Group", "supplies", "Baidu", "asserted"), ("Inspur Group", "supplies", "Alibaba", "asserted"),
      ("Inspur Group", "supplies", "Tencent", "asserted")}),
    ("Foxconn counts Apple, Dell and HP among its customers.", set()),
])
def test_customers_named(nlp, text, expected):
    assert triples(text, nlp) == expected


def test_restricting_shipments_to_a_countrys_companies(nlp):
    text = ("China's Ministry of Commerce said it could restrict shipments of gallium and rare earths to "
            "Japanese companies.")
    assert triples(text, nlp) == {("Ministry of Commerce", "based_in", "CN", "asserted"),
                                  ("Ministry of Commerce", "sanctions", "JP", "possible")}


def test_products_named_by_their_kind_are_not_companies(nlp):
    text = ("Nordvik has sued Sarvana over its diabetes injection Glytara. Glytara generated sales of 3.1 billion "
            "crowns in the United States last year. BMW's sales in China fell 10 percent.")
    # the product's sales in a country are its maker's presence there
    assert triples(text, nlp) == {("Nordvik", "sues", "Sarvana", "asserted"), ("BMW", "operates_in", "CN", "asserted"),
                                  ("Nordvik", "operates_in", "US", "asserted")}


def test_investigating_a_product_investigates_its_maker(nlp):
    text = ("Nordvik has sued Sarvana over its diabetes injection Glytara. Japan's Pharmaceuticals and Medical "
            "Devices Agency (PMDA) said it had opened an investigation into Glytara. Nordvik said it was "
            "cooperating fully with the Japanese regulator.")
    assert triples(text, nlp) == {("Nordvik", "sues", "Sarvana", "asserted"), ("PMDA", "based_in", "JP", "asserted"),
                                  ("PMDA", "investigates", "Nordvik", "asserted")}


def test_counted_group_in_a_headline_is_not_the_country(nlp):
    assert triples("Japan blacklists 14 Chinese tech firms over military risk", nlp) == set()


def test_joining_a_companys_committee_is_working_for_it(nlp):
    assert triples("Jane Roe will join Siemens's executive committee once the deal closes.", nlp) == {
        ("Jane Roe", "works_for", "Siemens", "planned")}


@pytest.mark.parametrize("text, expected", [
    ("Audi fights a lawsuit brought by Lakeshore Auto Group, one of the largest dealership groups in the United "
     "States.", {("Lakeshore Auto Group", "sues", "Audi", "asserted"),
                 ("Lakeshore Auto Group", "operates_in", "US", "asserted")}),
    ("Lakeshore Auto Group is one of the biggest car dealers in Canada.",
     {("Lakeshore Auto Group", "operates_in", "CA", "asserted")}),
])
def test_one_of_the_largest_in_a_country(nlp, text, expected):
    assert triples(text, nlp) == expected


def test_pronoun_prefers_the_subject_whose_head_is_not_its_last_word(nlp):
    # "Ministry of Commerce" is a subject by its head word "Ministry"; "it" is the ministry, not the company
    text = ("Lingxin said the listing was groundless. China's Ministry of Commerce said it \"firmly opposes\" the "
            "decision and accused Tokyo of abusing export controls.")
    assert ("Ministry of Commerce", "criticizes", "JP", "asserted") in triples(text, nlp)
    assert not {f for f in triples(text, nlp) if f[0] == "Lingxin"}


def test_the_government_is_not_a_country_that_only_says_where_a_company_is_from(nlp):
    # Finland and China only say where Nokia and Huawei are from; the government is that of the subject, Brazil's
    text = ("Brazil's Altavia has awarded its network contracts to Sweden's Ericsson and Finland's Nokia and will "
            "phase out equipment from China's Huawei after the government raised security concerns about the "
            "Chinese supplier.")
    assert {f for f in triples(text, nlp) if f[1] == "criticizes"} == {("BR", "criticizes", "Huawei", "asserted")}


@pytest.mark.parametrize("text, expected", [
    ("Siemens is the largest shareholder in Alstom.", {("Siemens", "invests_in", "Alstom", "asserted")}),
    ("Siemens, the largest shareholder in Alstom, backed the deal.", {("Siemens", "invests_in", "Alstom", "asserted")}),
    ("Regulators in the European Union fined Google last year.",
     {("European Union", "investigates", "Google", "asserted")}),
    ("Officials in China fined Apple.", {("CN", "investigates", "Apple", "asserted")}),
])
def test_shareholders_and_officials_in_a_place(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # leaving a market ends a presence: the trigger itself says negated
    ("Vodafone has pulled out of Russia.", {("Vodafone", "operates_in", "RU", "negated")}),
    ("Carrefour exited the Chinese market in 2019.", {("Carrefour", "operates_in", "CN", "negated")}),
    ("BHP will close its nickel mines in Australia.", {("BHP", "operates_in", "AU", "asserted")}),
])
def test_presence_ended_and_mines(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    ("Foxconn, Apple's main assembler, is building a plant in India.",
     {("Foxconn", "supplies", "Apple", "asserted"), ("Foxconn", "operates_in", "IN", "asserted")}),
    ("Qatar Airways has cancelled its order for 50 Airbus A321 jets.",
     {("Airbus", "supplies", "Qatar Airways", "negated")}),
])
def test_assemblers_and_cancelled_orders(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # an infinitive on a deal takes the subject of the one who signed it
    ("Nokia signed a five-year deal to supply 5G equipment to Deutsche Telekom.",
     {("Nokia", "supplies", "Deutsche Telekom", "asserted")}),
    # a person may buy a company: "by X" does not make X a company (and a person acquires nothing here)
    ("The takeover of Twitter by Elon Musk was completed in October.", set()),
])
def test_deal_infinitives_and_buyers_by(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # a model designation is no company; the buyer the tagger missed acts through "agreed to buy"
    ("Airbus has delivered the first A350 to Lufthansa.", {("Airbus", "supplies", "Lufthansa", "asserted")}),
    ("Aramco agreed to buy a 10 percent stake in Rongsheng Petrochemical.",
     {("Aramco", "invests_in", "Rongsheng Petrochemical", "planned")}),
])
def test_model_designations_and_controlled_business_verbs(nlp, text, expected):
    assert triples(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # an unknown name and a country in one compound name a company; a model's designation is no company
    ("Garuda Indonesia is expected to order 50 Boeing 737 MAX jets.",
     {("Boeing", "supplies", "Garuda Indonesia", "planned")}),
    # a "facility" that places an order is a company
    ("Boeing won a $10 billion order from Saudi Arabia's Riyadh Air.",
     {("Boeing", "supplies", "Riyadh Air", "asserted"), ("Riyadh Air", "based_in", "SA", "asserted")}),
])
def test_airline_names_the_tagger_splits_or_misreads(nlp, text, expected):
    assert triples(text, nlp) == expected


def test_name_coordinated_with_a_company_in_a_deal_is_a_company(nlp):
    assert triples("Embraer and Saab agreed to cooperate on defence projects.", nlp) == {
        ("Embraer", "partners_with", "Saab", "planned")}
