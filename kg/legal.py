"""Companies' legal forms ("Inc.", "A/S", "S.p.A.", "OOO"), from cleanco's table of legal terms by country."""

from __future__ import annotations

from functools import lru_cache

from cleanco import termdata

#: forms common enough in English news to drop however they are written ("Ltd", "inc.", "Corp")
COMMON_FORMS = frozenset(
    "inc incorporated co corp corporation ltd limited llc llp lp plc sa ag nv gmbh bv spa ab asa oy oyj se kk "
    "pte pty sarl sas srl kg kgaa".split()
)


def _key(word: str) -> str:
    return word.lower().replace(".", "").strip("(),")


#: every one-word legal form of cleanco's table, lower-cased, without dots ("a/s", "spa", "ooo")
LEGAL_FORMS = COMMON_FORMS | frozenset(
    _key(term) for terms in termdata.terms_by_type.values() for term in terms if " " not in term.strip()
)


@lru_cache(maxsize=4096)
def is_legal_form(word: str) -> bool:
    """Whether ``word``, as written, is a company's legal form.

    A common form counts in any case ("Ltd", "inc."); the rest of cleanco's table only when written in
    capitals or with dots or a slash ("A/S", "S.p.A.", "OOO"), since some are also words or names ("Teo").
    """
    key = _key(word)
    if key in COMMON_FORMS:
        return True
    return len(key) > 1 and key in LEGAL_FORMS and (word.isupper() or "." in word or "/" in word)
