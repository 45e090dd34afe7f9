"""Sentence lookups that do not walk the document.

spaCy's ``Token.sent`` and ``Doc.sents`` rebuild the sentence list on every
call, which made sentence lookups the largest cost of extraction. The
boundaries are read once per ``Doc`` and kept in ``Doc.user_data`` as plain
integers (so a ``Doc`` still pickles and serialises).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_KEY = "kg_sentence_starts"


def starts(doc: Doc) -> list[int]:
    """Token index of the first token of every sentence, in order."""
    found = doc.user_data.get(_KEY)
    if found is None or (found and found[-1] >= len(doc)):
        found = [s.start for s in doc.sents]
        doc.user_data[_KEY] = found
    return found


def index_of(token: Token) -> int:
    """Position of the token's sentence in the document."""
    return bisect_right(starts(token.doc), token.i) - 1


def sentence(token: Token) -> Span:
    """The sentence of a token (same as ``token.sent``, without walking the document)."""
    doc = token.doc
    found = starts(doc)
    n = bisect_right(found, token.i) - 1
    end = found[n + 1] if n + 1 < len(found) else len(doc)
    return doc[found[n]:end]


def sentence_start(doc: Doc, n: int) -> int:
    """Token index where sentence ``n`` starts (clamped to the first sentence)."""
    found = starts(doc)
    return found[max(0, min(n, len(found) - 1))]


class CachedDoc:
    """A ``Doc`` whose tokens are made once.

    spaCy builds a new ``Token`` object on every ``doc[i]`` and every step of
    ``for token in doc``; extraction reads the same tokens many times over. This
    wrapper keeps one ``Token`` per position and hands out the same object again;
    slices are real ``Span`` objects of the wrapped ``Doc``, and every other
    attribute is the ``Doc``'s own.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens = list(doc)

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int):
            return self.tokens[key]
        return self.doc[key]

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens)

    def __len__(self) -> int:
        return len(self.tokens)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.doc, name)
