"""Read news documents from files, folders, JSONL corpora and standard input.

Every input becomes a :class:`Document`. Character offsets used elsewhere in
``kg`` point into :attr:`Document.text`, so for plain-text and Markdown files
that text is the file content exactly as decoded (a leading BOM removed and
``"\\r\\n"`` turned into ``"\\n"``); titles are detected but kept in the text.

Inputs are read lazily: :func:`read_documents` is an iterator and reads JSONL
corpora one line at a time, so a large corpus is never held in memory. A bad
document raises :class:`~kg.errors.DocumentError` with a one-line reason, or is
handed to an ``on_error`` callback so that reading goes on with the next one.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import TextIO

from kg.errors import DocumentError, InputNotFoundError

__all__ = [
    "SUFFIXES",
    "Document",
    "find_inputs",
    "read_document",
    "read_documents",
]

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
"""File suffixes picked up when walking a folder (compared case-insensitively)."""

STDIN = "-"
"""The path that stands for standard input."""

_SNIFF_BYTES = 8192
_MAX_TITLE_CHARS = 200
_BOM = "\ufeff"
_GOLD_SUFFIX = ".gold.json"

ErrorHandler = Callable[[DocumentError], None]


@dataclass(frozen=True)
class Document:
    """One news document.

    Attributes:
        id: The file name without its extension, the JSONL ``"id"`` (as a
            string), or ``"stdin"``.
        text: The document text; entity offsets are offsets into it.
        title: The title, when one is known.
        url: The document's URL, when known.
        date: The publication date as an ISO 8601 string, when known.
        source: Where the document came from, for messages: the path,
            ``"PATH:LINE"`` for a JSONL line, or ``"-"`` for standard input.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    source: str | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 hex digest of title, text, url and date; stable across runs.

        The hashed string is ``title + "\\n" + text + url + date`` with missing
        fields taken as empty strings. ``id`` and ``source`` are not part of it,
        so the same content read from another place hashes the same.
        """
        payload = (self.title or "") + "\n" + self.text + (self.url or "") + (self.date or "")
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------
# Finding inputs


def find_inputs(paths: Iterable[str | Path] | str | Path) -> list[Path | str]:
    """Expand command-line paths into the list of inputs to read.

    Files are kept as given, whatever their suffix. Folders are walked
    recursively for files ending in one of :data:`SUFFIXES`, in sorted order,
    skipping hidden files and folders (names starting with ``"."``) and files
    ending in ``.gold.json``. ``"-"`` stands for standard input and is kept as
    the string ``"-"``. An input named twice (or reached twice, e.g. a file and
    its folder) is listed once, where it first appears.

    Every path is checked before anything is listed or read.

    Args:
        paths: Files, folders and/or ``"-"``. A single path is accepted too.

    Returns:
        The files to read, as :class:`~pathlib.Path` objects, and ``"-"``.

    Raises:
        InputNotFoundError: A path does not exist
            (``"no such file or directory: PATH"``), or a folder holds no
            readable document.
    """
    given = [paths] if isinstance(paths, (str, Path)) else list(paths)
    for item in given:
        if not _is_stdin(item) and (str(item) == "" or not Path(item).exists()):
            raise InputNotFoundError(f"no such file or directory: {item}")

    found: list[Path | str] = []
    seen: set[str] = set()

    def add(entry: Path | str) -> None:
        key = STDIN if isinstance(entry, str) else os.path.realpath(entry)
        if key not in seen:
            seen.add(key)
            found.append(entry)

    for item in given:
        if _is_stdin(item):
            add(STDIN)
            continue
        path = Path(item)
        if path.is_dir():
            files = _walk_folder(path)
            if not files:
                raise InputNotFoundError(
                    f"no readable documents in {item} (looked for .txt, .md, .html, .jsonl)"
                )
            for file in files:
                add(file)
        else:
            add(path)
    return found


def _is_stdin(item: str | Path) -> bool:
    return str(item) == STDIN


def _walk_folder(root: Path) -> list[Path]:
    """Readable files under ``root``, sorted by their path relative to it."""
    files: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(name for name in dirnames if not name.startswith("."))
        for name in filenames:
            lowered = name.lower()
            if name.startswith(".") or lowered.endswith(_GOLD_SUFFIX):
                continue
            if lowered.endswith(SUFFIXES):
                files.append(Path(dirpath) / name)
    files.sort(key=lambda file: file.relative_to(root).parts)
    return files


# --------------------------------------------------------------------------
# Reading documents


def read_documents(
    paths: Iterable[str | Path] | str | Path,
    *,
    on_error: ErrorHandler | None = None,
    stdin: TextIO | None = None,
) -> Iterator[Document]:
    """Read every document found in ``paths``, lazily.

    ``paths`` are expanded with :func:`find_inputs` right away, so a missing
    path raises :class:`~kg.errors.InputNotFoundError` at the call, before
    anything is read. Documents are then read one at a time as the iterator is
    consumed; JSONL files are read line by line.

    Document ids must be unique within one call: a second document with an id
    already seen is an error (``"duplicate document id 'X' (first seen at
    SOURCE)"``).

    Args:
        paths: Files, folders and/or ``"-"`` for standard input.
        on_error: Called with each :class:`~kg.errors.DocumentError`; reading
            then goes on with the next document. Without it, the first bad
            document raises.
        stdin: The stream read for ``"-"``; defaults to :data:`sys.stdin`.

    Returns:
        An iterator of :class:`Document` objects in input order.

    Raises:
        InputNotFoundError: A path does not exist or a folder holds no documents.
        DocumentError: While iterating, for a bad document when ``on_error`` is
            not given.
    """
    inputs = find_inputs(paths)
    return _iter_documents(inputs, on_error, stdin)


def read_document(path: str | Path, *, stdin: TextIO | None = None) -> Document:
    """Read a single document from one file (or ``"-"``).

    Raises:
        InputNotFoundError: The path does not exist.
        DocumentError: The document is bad, or the input holds more than one
            document (use :func:`read_documents` for those).
    """
    documents = read_documents([path], stdin=stdin)
    first = next(documents, None)
    if first is None:
        raise DocumentError(str(path), "document is empty")
    if next(documents, None) is not None:
        raise DocumentError(str(path), "holds more than one document; use read_documents()")
    return first


def _iter_documents(
    inputs: list[Path | str], on_error: ErrorHandler | None, stdin: TextIO | None
) -> Iterator[Document]:
    first_seen: dict[str, str] = {}
    for item in inputs:
        for result in _documents_from(item, stdin):
            if isinstance(result, Document):
                earlier = first_seen.get(result.id)
                if earlier is None:
                    first_seen[result.id] = result.source or ""
                    yield result
                    continue
                result = DocumentError(
                    result.source or "",
                    f"duplicate document id {result.id!r} (first seen at {earlier})",
                )
            if on_error is None:
                raise result
            on_error(result)


def _documents_from(item: Path | str, stdin: TextIO | None) -> Iterator[Document | DocumentError]:
    """Documents and per-document errors from one input, in order."""
    if isinstance(item, str):
        yield from _read_stdin(stdin)
        return
    kind = _kind(item)
    if kind == "jsonl":
        yield from _read_jsonl_file(item)
        return
    source = str(item)
    try:
        text = _decode(_read_bytes(item), source)
        if kind == "html":
            yield _html_document(text, item.stem, source)
        else:
            yield _text_document(text, item.stem, source, markdown=kind == "md")
    except DocumentError as error:
        yield error


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "md"
    if suffix == ".jsonl":
        return "jsonl"
    return "text"


def _read_bytes(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise _read_error(str(path), exc) from exc


def _read_error(source: str, exc: OSError) -> DocumentError:
    reason = exc.strerror or str(exc) or type(exc).__name__
    return DocumentError(source, f"cannot read file ({reason})")


def _utf8_error(source: str, exc: UnicodeDecodeError, base: int = 0) -> DocumentError:
    byte = exc.object[exc.start]
    error = DocumentError(
        source,
        f"not valid UTF-8 text (byte 0x{byte:02x} at offset {base + exc.start}); re-encode it as UTF-8",
    )
    error.__cause__ = exc
    return error


def _decode(data: bytes, source: str) -> str:
    """Decode a whole file: reject binary data and bad UTF-8, drop a BOM, normalise CRLF."""
    if b"\0" in data[:_SNIFF_BYTES]:
        raise DocumentError(source, "binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _utf8_error(source, exc) from exc
    return _normalise(text)


def _normalise(text: str) -> str:
    return text.removeprefix(_BOM).replace("\r\n", "\n")


# --------------------------------------------------------------------------
# Plain text and Markdown

_MD_TITLE = re.compile(r"#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")
_MD_HEADING = re.compile(r"#{2,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")


def _text_document(text: str, doc_id: str, source: str, *, markdown: bool) -> Document:
    if not text.strip():
        raise DocumentError(source, "document is empty")
    return Document(id=doc_id, text=text, title=_detect_title(text, markdown=markdown), source=source)


def _detect_title(text: str, *, markdown: bool) -> str | None:
    """The title of a plain-text or Markdown document, if it has one.

    The first non-empty line is the title when a blank line and then more text
    follow it, and it is short (under 200 characters) and does not end with a
    period. In Markdown a leading ``"# "`` heading is always the title.
    """
    lines = text.split("\n")
    index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if index is None:
        return None
    candidate = lines[index].strip()
    if markdown:
        match = _MD_TITLE.fullmatch(candidate)
        if match:
            return match.group(1).strip() or None
        match = _MD_HEADING.fullmatch(candidate)
        if match:
            candidate = match.group(1).strip()
    followed_by_blank = index + 1 < len(lines) and not lines[index + 1].strip()
    has_body = any(line.strip() for line in lines[index + 2 :])
    if (
        followed_by_blank
        and has_body
        and candidate
        and len(candidate) < _MAX_TITLE_CHARS
        and not candidate.endswith(".")
    ):
        return candidate
    return None


# --------------------------------------------------------------------------
# HTML

_SKIP_TAGS = frozenset({"script", "style", "head", "noscript", "template", "svg"})
_HEAD_TAGS = frozenset({"title", "meta", "link", "base", "style", "script", "noscript", "template"})
_PARAGRAPH_TAGS = frozenset(
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl",
        "section", "article", "header", "footer", "main", "aside", "nav", "figure", "hr",
        "address", "form", "fieldset", "details",
    }
)  # fmt: skip
_LINE_TAGS = frozenset({"div", "li", "tr", "dt", "dd", "figcaption", "caption", "summary"})
_CELL_TAGS = frozenset({"td", "th"})
_DATE_KEYS = (
    "article:published_time",
    "date",
    "datepublished",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "pubdate",
)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


class _HTMLTextExtractor(HTMLParser):
    """Collects the visible text, title, URL and date of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._chunks: list[str] = []
        self._breaks = 0  # newlines owed before the next text (0, 1 or 2)
        self._space = False  # a space owed before the next text on the same line
        self._skip: list[str] = []
        self._pre = 0
        self._title_parts: list[str] | None = None
        self.title: str | None = None
        self.og_url: str | None = None
        self.canonical: str | None = None
        self.dates: dict[str, str] = {}

    # Parser callbacks

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: (value or "").strip() for name, value in attrs}
        if tag == "meta":
            self._meta(attributes)
            return
        if tag == "link":
            self._link(attributes)
            return
        if tag == "title":
            if self.title is None and self._title_parts is None and "svg" not in self._skip:
                self._title_parts = []
            return
        if tag == "body" or (self._skip == ["head"] and tag not in _HEAD_TAGS):
            self._skip = [name for name in self._skip if name != "head"]  # implicit </head>
        if tag in _SKIP_TAGS:
            self._skip.append(tag)
            return
        if self._skip:
            return
        if tag == "br":
            self._breaks = min(self._breaks + 1, 2)
            return
        if tag == "pre":
            self._pre += 1
        self._block(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._end_title()
            return
        if tag in self._skip:
            last = len(self._skip) - 1 - self._skip[::-1].index(tag)
            del self._skip[last:]
            return
        if self._skip or tag == "br":
            return
        if tag == "pre" and self._pre:
            self._pre -= 1
        self._block(tag)

    def handle_data(self, data: str) -> None:
        if self._title_parts is not None:
            self._title_parts.append(data)
        elif self._skip:
            return
        elif self._pre:
            if data:
                self._flush()
                self._chunks.append(data)
        else:
            self._write(data)

    # Helpers

    def _block(self, tag: str) -> None:
        if tag in _PARAGRAPH_TAGS:
            self._breaks = 2
        elif tag in _LINE_TAGS:
            self._breaks = max(self._breaks, 1)
        elif tag in _CELL_TAGS:
            self._space = True

    def _write(self, data: str) -> None:
        collapsed = _HTML_SPACE.sub(" ", data)
        words = collapsed.strip(" ")
        if not words:
            self._space = self._space or bool(collapsed)
            return
        if collapsed.startswith(" "):
            self._space = True
        self._flush()
        self._chunks.append(words)
        self._space = collapsed.endswith(" ")

    def _flush(self) -> None:
        """Write the break or space owed before new text (none at the start)."""
        if self._chunks:
            if self._breaks:
                self._chunks.append("\n" * self._breaks)
            elif self._space:
                self._chunks.append(" ")
        self._breaks = 0
        self._space = False

    def _end_title(self) -> None:
        if self._title_parts is not None:
            self.title = _HTML_SPACE.sub(" ", "".join(self._title_parts)).strip() or None
            self._title_parts = None

    def _meta(self, attributes: dict[str, str]) -> None:
        content = attributes.get("content", "")
        if not content:
            return
        for attribute in ("property", "name", "itemprop"):
            key = attributes.get(attribute, "").lower()
            if key == "og:url" and self.og_url is None:
                self.og_url = content
            elif key in _DATE_KEYS:
                self.dates.setdefault(key, content)

    def _link(self, attributes: dict[str, str]) -> None:
        rel = attributes.get("rel", "").lower().split()
        href = attributes.get("href", "")
        if "canonical" in rel and href and self.canonical is None:
            self.canonical = href

    # Results

    def text(self) -> str:
        """The visible text: trailing spaces dropped, blank-line runs collapsed."""
        text = "\n".join(line.rstrip() for line in "".join(self._chunks).split("\n"))
        return re.sub(r"\n{3,}", "\n\n", text).strip()

    def date(self) -> str | None:
        """The first meta date (in order of preference) that is an ISO 8601 string."""
        for key in _DATE_KEYS:
            value = self.dates.get(key)
            if value and _is_iso_date(value):
                return value
        return None


def _is_iso_date(value: str) -> bool:
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _html_document(markup: str, doc_id: str, source: str) -> Document:
    parser = _HTMLTextExtractor()
    try:
        parser.feed(markup)
        parser.close()
    except AssertionError as exc:  # html.parser's reaction to some malformed markup
        raise DocumentError(source, f"HTML could not be parsed ({exc})") from exc
    parser._end_title()
    text = parser.text()
    if not text:
        raise DocumentError(source, "document is empty")
    return Document(
        id=doc_id,
        text=text,
        title=parser.title,
        url=parser.og_url or parser.canonical,
        date=parser.date(),
        source=source,
    )


# --------------------------------------------------------------------------
# JSONL


def _read_jsonl_file(path: Path) -> Iterator[Document | DocumentError]:
    """Documents from a JSONL file, reading one line at a time."""
    source = str(path)
    try:
        with open(path, "rb") as handle:
            if b"\0" in handle.read(_SNIFF_BYTES):
                yield DocumentError(source, "binary file, not text")
                return
            handle.seek(0)
            offset = 0
            nonblank = 0
            for lineno, raw in enumerate(handle, start=1):
                line_source = f"{source}:{lineno}"
                line_offset = offset
                offset += len(raw)
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    nonblank += 1
                    yield _utf8_error(line_source, exc, base=line_offset)
                    continue
                if lineno == 1:
                    line = line.removeprefix(_BOM)
                if not line.strip():
                    continue
                nonblank += 1
                yield _jsonl_result(line, line_source)
    except OSError as exc:
        yield _read_error(source, exc)
        return
    if not nonblank:
        yield DocumentError(source, "document is empty")


def _jsonl_result(line: str, source: str) -> Document | DocumentError:
    try:
        return _parse_jsonl_line(line, source)
    except DocumentError as error:
        return error


def _parse_jsonl_line(line: str, source: str) -> Document:
    """Parse one JSONL line into a document, or raise DocumentError."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DocumentError(source, f"line is not valid JSON ({exc.msg} at column {exc.colno})") from exc
    except RecursionError as exc:
        raise DocumentError(source, "line is not valid JSON (nested too deeply)") from exc
    if not isinstance(record, dict):
        raise DocumentError(source, f"line is not a JSON object (got {_json_type(record)})")
    if "id" not in record:
        raise DocumentError(source, "missing required field 'id'")
    raw_id = record["id"]
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int, float)):
        raise DocumentError(source, "field 'id' must be a string or a number")
    doc_id = str(raw_id)
    if not doc_id.strip():
        raise DocumentError(source, "field 'id' must not be empty")
    if "text" not in record:
        raise DocumentError(source, "missing required field 'text'")
    text = record["text"]
    if not isinstance(text, str):
        raise DocumentError(source, "field 'text' must be a string")
    if not text.strip():
        raise DocumentError(source, "document is empty")
    optional: dict[str, str | None] = {}
    for field in ("title", "url", "date"):
        value = record.get(field)
        if value is not None and not isinstance(value, str):
            raise DocumentError(source, f"field '{field}' must be a string")
        optional[field] = value
    return Document(id=doc_id, text=text, source=source, **optional)


def _json_type(value: object) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return "null"


# --------------------------------------------------------------------------
# Standard input


def _read_stdin(stdin: TextIO | None) -> Iterator[Document | DocumentError]:
    """All of standard input as one document, or as JSONL when it looks like JSONL."""
    try:
        text = _read_stdin_text(stdin)
    except DocumentError as error:
        yield error
        return
    if _looks_like_jsonl(text):
        for lineno, line in enumerate(text.split("\n"), start=1):
            if line.strip():
                yield _jsonl_result(line, f"{STDIN}:{lineno}")
        return
    try:
        yield _text_document(text, "stdin", STDIN, markdown=False)
    except DocumentError as error:
        yield error


def _read_stdin_text(stdin: TextIO | None) -> str:
    stream = sys.stdin if stdin is None else stdin
    if stream is None:
        raise DocumentError(STDIN, "cannot read file (no standard input)")
    # Prefer the raw bytes of sys.stdin so decoding errors are reported exactly.
    source = getattr(stream, "buffer", None) if stdin is None else None
    try:
        data = (source or stream).read()
    except OSError as exc:
        raise _read_error(STDIN, exc) from exc
    except UnicodeDecodeError as exc:
        raise _utf8_error(STDIN, exc) from exc
    if isinstance(data, bytes):
        return _decode(data, STDIN)
    if "\0" in data[:_SNIFF_BYTES]:
        raise DocumentError(STDIN, "binary file, not text")
    return _normalise(data)


def _looks_like_jsonl(text: str) -> bool:
    """True when text starts with "{" and every non-blank line is a JSON object with "text"."""
    if not text.lstrip().startswith("{"):
        return False
    for line in text.split("\n"):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            return False
        if not isinstance(record, dict) or "text" not in record:
            return False
    return True
