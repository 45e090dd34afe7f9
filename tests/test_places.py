"""Tests for kg.extract.places: country, capital and place normalisation to ISO alpha-2."""

from __future__ import annotations

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.places import (
    capital_country,
    country_code,
    country_name,
    is_demonym,
    leading_demonym,
    place_country,
    region_country,
)

ALPHA_2 = {c.alpha_2 for c in pycountry.countries}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # names, official and common names, leading "the"
        ("China", "CN"),
        ("South Korea", "KR"),
        ("Democratic Republic of the Congo", "CD"),
        ("Democratic Republic of Congo", "CD"),  # an article inside a name is optional
        ("Republic of Korea", "KR"),
        ("North Korea", "KP"),
        ("the United States", "US"),
        ("The United States", "US"),
        ("United States of America", "US"),
        ("the Netherlands", "NL"),
        ("Germany", "DE"),
        ("Vietnam", "VN"),
        ("Viet Nam", "VN"),
        ("Russia", "RU"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("Czech Republic", "CZ"),
        ("Côte d'Ivoire", "CI"),
        ("Cote d'Ivoire", "CI"),
        ("Hong Kong", "HK"),
        ("Taiwan", "TW"),
        ("Georgia", "GE"),
        # the part before the comma of "Korea, Republic of": ambiguous, largest population wins
        ("Korea", "KR"),
        # codes and dotted abbreviations
        ("US", "US"),
        ("UK", "GB"),
        ("GB", "GB"),
        ("USA", "US"),
        ("KOR", "KR"),
        ("U.S.", "US"),
        ("U.K.", "GB"),
        ("U.S.A.", "US"),
        ("UAE", "AE"),
        # demonyms, including the head word of a multi-word demonym
        ("Chinese", "CN"),
        ("South Korean", "KR"),
        ("Korean", "KR"),
        ("North Korean", "KP"),
        ("American", "US"),
        ("German", "DE"),
        ("Dutch", "NL"),
        ("British", "GB"),
        ("French", "FR"),
        ("Indian", "IN"),
        # Britain and the constituent countries of the United Kingdom
        ("Britain", "GB"),
        ("Great Britain", "GB"),
        ("England", "GB"),
        ("Scotland", "GB"),
        ("Wales", "GB"),
    ],
)
def test_country_code(text: str, code: str) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("China's", "CN"),
        ("China\u2019s", "CN"),
        ("Korea's", "KR"),
        ("Korea\u2019s", "KR"),
        ("the U.S.'s", "US"),
        ("Britain's", "GB"),
        ("the Philippines'", "PH"),
        ("  \u201cJapan\u201d, ", "JP"),
        ("South  Korea", "KR"),
        ("Japan.", "JP"),
    ],
)
def test_country_code_normalises_possessives_and_punctuation(text: str, code: str) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize("text", ["china", "CHINA", "China", "south korea", "SOUTH KOREA", "chinese"])
def test_names_are_case_insensitive(text: str) -> None:
    assert country_code(text) in {"CN", "KR"}


@pytest.mark.parametrize("text", ["us", "it", "Us", "uk", "u.s.", "gb"])
def test_codes_count_only_in_capitals(text: str) -> None:
    assert country_code(text) is None


def test_codes_can_be_switched_off() -> None:
    assert country_code("IT") == "IT"
    assert country_code("IT", allow_codes=False) is None
    assert country_code("U.S.", allow_codes=False) is None
    assert country_code("United States", allow_codes=False) == "US"


@pytest.mark.parametrize(
    "text",
    [
        "Europe",
        "European",
        "Africa",
        "African",
        "Asia",
        "Airbus",
        "Apple",
        "Georgia Tech",
        "",
        "  ",
        "'s",
        "the",
    ],
)
def test_not_countries(text: str) -> None:
    assert country_code(text) is None


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Chinese", True),
        ("Korean", True),
        ("South Korean", True),
        ("korean", True),
        ("British", True),
        ("European", False),
        ("China", False),
        ("Airbus", False),
        ("", False),
    ],
)
def test_is_demonym(word: str, expected: bool) -> None:
    assert is_demonym(word) is expected


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Saudi", "SA"),  # of "Saudi Arabian": the first word of the name of Saudi Arabia and of no other country
        ("saudi", "SA"),
        ("Costa", "CR"),
        ("South", None),  # South Korean, South African, South Sudanese
        ("North", None),
        ("New", None),
        ("Chinese", None),  # a demonym of its own, not the first word of a longer one
        ("", None),
    ],
)
def test_leading_demonym(word: str, code: str | None) -> None:
    assert leading_demonym(word) == code
    assert not is_demonym(word) or word == "Chinese"  # (only where the tagger calls the word a nationality)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Seoul", "KR"),
        ("Seoul's", "KR"),
        ("Seoul\u2019s", "KR"),
        ("Beijing", "CN"),
        ("Washington", "US"),
        ("Washington D.C.", "US"),
        ("Washington, D.C.", "US"),
        ("Moscow", "RU"),
        ("Jakarta", "ID"),
        ("Tokyo", "JP"),
        ("London", "GB"),
    ],
)
def test_capital_country(text: str, code: str) -> None:
    assert capital_country(text) == code


@pytest.mark.parametrize("text", ["Busan", "Detroit", "Korea", "", "seoulful"])
def test_not_capitals(text: str) -> None:
    assert capital_country(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Korea", "KR"),
        ("the Netherlands", "NL"),
        ("UK", "GB"),
        ("California", "US"),
        ("Texas", "US"),
        ("Seoul", "KR"),
        ("Busan", "KR"),
        ("Southampton", "GB"),
        ("Wimborne", "GB"),
        ("Detroit", "US"),
        ("Detroit's", "US"),
        ("London", "GB"),
        ("Frankfurt", "DE"),
        ("Zürich", "CH"),
        ("Zurich", "CH"),
        ("Sao Paulo", "BR"),
        ("Washington D.C.", "US"),
        ("England", "GB"),
        ("Wimborne, UK", "GB"),
        ("Seoul, South Korea", "KR"),
        ("Busan, Korea", "KR"),
        ("Detroit, Michigan", "US"),
        ("Washington, D.C.", "US"),
        # a province or state (pycountry's first-level subdivisions), over a smaller city of that name
        ("Ontario", "CA"),
        ("Alberta", "CA"),
        ("Queensland", "AU"),
        ("Guangdong", "CN"),
        ("Maharashtra", "IN"),
        # a large city's English name, over a small town of that exact name
        ("Hanover", "DE"),
        ("Cologne", "DE"),
        ("Portland", "US"),
        # what an official name says a state is "of" ("United States of America")
        ("America", "US"),
        # the people of a "-stan" are named by its stem
        ("Kazakh", "KZ"),
        ("Uzbek", "UZ"),
        # a part of a country named by a compass or "mainland" word (but countries so named stay themselves)
        ("Mainland China", "CN"),
        ("Northern Germany", "DE"),
        ("North Korea", "KP"),
        ("East Timor", "TL"),
    ],
)
def test_place_country(text: str, code: str) -> None:
    assert place_country(text) == code


@pytest.mark.parametrize(
    "text", ["seoul", "london", "may", "Bay", "Man", "Heathrow", "Europe", "", "Airbus", "Heathrow, Airbus",
             "Asia", "Africa", "South America", "North America", "Latin America",  # (continents, regions)
             "Gulf", "Coast"]  # (one-word provinces that are ordinary geographic words)
)
def test_not_places(text: str) -> None:
    assert place_country(text) is None


@pytest.mark.parametrize(("text", "code"), [("Alabama", "US"), ("Guangdong", "CN"), ("Western Australia", "AU")])
def test_region_country(text: str, code: str) -> None:
    assert region_country(text) == code


@pytest.mark.parametrize("text", ["Paris", "France", "Montgomery", "Lorem"])
def test_region_country_is_only_for_regions(text: str) -> None:
    assert region_country(text) is None


def test_place_country_min_population() -> None:
    assert place_country("Wimborne", min_population=1_000_000) is None
    assert place_country("Seoul", min_population=1_000_000) == "KR"


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("KR", "South Korea"),
        ("kr", "South Korea"),
        ("GB", "United Kingdom"),
        ("CN", "China"),
        ("TW", "Taiwan"),
    ],
)
def test_country_name(code: str, name: str) -> None:
    assert country_name(code) == name


def test_country_name_unknown_code() -> None:
    with pytest.raises(KeyError):
        country_name("XX")


def test_every_country_name_round_trips() -> None:
    for country in pycountry.countries:
        assert country_code(country.name) == country.alpha_2
        assert country_code(country_name(country.alpha_2)) == country.alpha_2


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_country_code_never_raises(text: str) -> None:
    code = country_code(text)
    assert code is None or code in ALPHA_2


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(categories=["Lu", "Ll", "Po", "Zs"]), max_size=12))
def test_place_lookups_never_raise(text: str) -> None:
    for lookup in (place_country, capital_country, region_country):
        code = lookup(text)
        assert code is None or code in ALPHA_2
    assert isinstance(is_demonym(text), bool)
