"""Domain exceptions. Each message is one line a person can act on.

The CLI prints ``Error: <message>`` and exits with code 1; the library never
prints. Third-party errors are re-raised ``from`` the original.
"""

from __future__ import annotations


class KGError(Exception):
    """Base class for every error kg reports to a user."""


class DocumentError(KGError):
    """A document (file, stdin or JSONL line) could not be read."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class InputNotFoundError(KGError):
    """A path given on the command line does not exist."""


class StoreError(KGError):
    """The store could not be opened, read or written."""


class StoreNotFoundError(StoreError):
    """No store exists at the given location."""


class QueryError(KGError):
    """A SPARQL query is invalid or not allowed."""


class UnknownFormatError(KGError):
    """An export or output format is not known."""


class EntityNotFoundError(KGError):
    """No entity in the graph matches a name."""

    def __init__(self, name: str, suggestions: list[str] | None = None) -> None:
        self.name = name
        self.suggestions = list(suggestions or [])
        message = f"no entity named {name!r} in the graph"
        if self.suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        else:
            message += "; try `kg entities` to list them"
        super().__init__(message)


class ModelError(KGError):
    """The spaCy pipeline could not be loaded."""


class ExtractionError(KGError):
    """Extraction failed on a document: a bug in kg, reported with the document's id instead of a traceback."""


class GoldError(KGError):
    """A gold file or benchmark file is missing or malformed."""
