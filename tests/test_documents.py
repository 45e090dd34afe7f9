"""Tests for kg.documents: finding inputs and reading documents."""

from __future__ import annotations

import hashlib
import io
import json
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import documents
from kg.documents import SUFFIXES, Document, find_inputs, read_document, read_documents
from kg.errors import DocumentError, InputNotFoundError

NO_DOCS = "(looked for .txt, .md, .html, .jsonl)"


def write(path: Path, content: str | bytes) -> Path:
    """Write text (as UTF-8, no newline translation) or bytes, creating folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def write_jsonl(path: Path, records: list[object]) -> Path:
    return write(path, "".join(json.dumps(record) + "\n" for record in records))


def read_all(paths: object, **kwargs: object) -> list[Document]:
    return list(read_documents(paths, **kwargs))  # type: ignore[arg-type]


def read_error(paths: object, **kwargs: object) -> DocumentError:
    with pytest.raises(DocumentError) as info:
        read_all(paths, **kwargs)
    return info.value


# --------------------------------------------------------------------------
# Document


def test_document_defaults_and_frozen() -> None:
    doc = Document(id="a", text="Hello")
    assert (doc.title, doc.url, doc.date, doc.source) == (None, None, None, None)
    with pytest.raises(FrozenInstanceError):
        doc.text = "changed"  # type: ignore[misc]


def test_content_hash_is_sha256_of_title_text_url_date() -> None:
    doc = Document(id="a", text="Body", title="T", url="http://u", date="2024-01-02", source="x")
    expected = hashlib.sha256(b"T\nBodyhttp://u2024-01-02").hexdigest()
    assert doc.content_hash == expected
    bare = Document(id="b", text="Body")
    assert bare.content_hash == hashlib.sha256(b"\nBody").hexdigest()


def test_content_hash_ignores_id_and_source_but_not_content() -> None:
    doc = Document(id="a", text="Body", title="T", source="one")
    assert doc.content_hash == Document(id="z", text="Body", title="T", source="two").content_hash
    assert doc.content_hash != Document(id="a", text="Body", title="U").content_hash
    assert doc.content_hash != Document(id="a", text="Body!", title="T").content_hash
    assert doc.content_hash != Document(id="a", text="Body", title="T", date="2024").content_hash


# --------------------------------------------------------------------------
# find_inputs


def test_suffixes() -> None:
    assert SUFFIXES == (".txt", ".md", ".html", ".htm", ".jsonl")


def test_find_inputs_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputNotFoundError) as info:
        find_inputs([missing])
    assert str(info.value) == f"no such file or directory: {missing}"


def test_find_inputs_checks_all_paths_first(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", "Hello world")
    missing = tmp_path / "missing"
    with pytest.raises(InputNotFoundError, match="no such file or directory"):
        find_inputs([good, missing])
    # A missing path after an empty folder is reported as missing: nothing was walked yet.
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputNotFoundError) as info:
        find_inputs([tmp_path / "empty", missing])
    assert str(info.value) == f"no such file or directory: {missing}"


def test_read_documents_checks_paths_before_reading(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", "Hello world")
    stdin = io.StringIO("from stdin")
    with pytest.raises(InputNotFoundError):
        read_documents(["-", good, tmp_path / "missing"], stdin=stdin)
    assert stdin.tell() == 0  # standard input was not read


def test_find_inputs_walks_folder_sorted_and_filtered(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "b")
    write(tmp_path / "a.md", "a")
    write(tmp_path / "sub" / "c.html", "<p>c</p>")
    write(tmp_path / "sub" / "d.htm", "<p>d</p>")
    write(tmp_path / "sub" / "deeper" / "e.jsonl", '{"id": 1, "text": "e"}\n')
    write(tmp_path / "UPPER.TXT", "upper")
    # ignored:
    write(tmp_path / "a.gold.json", "{}")
    write(tmp_path / "notes.json", "{}")
    write(tmp_path / "data.csv", "x,y")
    write(tmp_path / ".hidden.txt", "hidden")
    write(tmp_path / ".git" / "x.txt", "hidden dir")
    write(tmp_path / "sub" / ".cache" / "y.md", "hidden dir")
    found = find_inputs([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [  # type: ignore[union-attr]
        "UPPER.TXT",
        "a.md",
        "b.txt",
        "sub/c.html",
        "sub/d.htm",
        "sub/deeper/e.jsonl",
    ]
    assert all(isinstance(p, Path) for p in found)


def test_find_inputs_keeps_explicit_files_of_any_suffix(tmp_path: Path) -> None:
    odd = write(tmp_path / "story.text", "x")
    gold = write(tmp_path / "a.gold.json", "{}")
    hidden = write(tmp_path / ".hidden.txt", "x")
    assert find_inputs([odd, str(gold), hidden]) == [odd, gold, hidden]


def test_find_inputs_stdin_and_single_path(tmp_path: Path) -> None:
    file = write(tmp_path / "a.txt", "x")
    assert find_inputs(["-", file]) == ["-", file]
    assert find_inputs(str(file)) == [file]


def test_find_inputs_lists_each_input_once(tmp_path: Path) -> None:
    file = write(tmp_path / "a.txt", "x")
    assert find_inputs([file, tmp_path, str(file), "-", "-"]) == [file, "-"]


def test_find_inputs_folder_without_documents(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    write(folder / "a.gold.json", "{}")
    write(folder / ".hidden.txt", "x")
    write(folder / "data.csv", "x")
    with pytest.raises(InputNotFoundError) as info:
        find_inputs([folder])
    assert str(info.value) == f"no readable documents in {folder} {NO_DOCS}"


# --------------------------------------------------------------------------
# Plain text and Markdown


def test_txt_document(tmp_path: Path) -> None:
    path = write(tmp_path / "story-1.txt", "Acme Corp hired Jane Doe.\nShe starts Monday.\n")
    (doc,) = read_all([path])
    assert doc == Document(
        id="story-1",
        text="Acme Corp hired Jane Doe.\nShe starts Monday.\n",
        title=None,
        source=str(path),
    )


def test_txt_title_detected_and_kept_in_text(tmp_path: Path) -> None:
    text = "\n  Acme buys Globex  \n\nAcme Corp said on Monday it would buy Globex.\n"
    doc = read_document(write(tmp_path / "a.txt", text))
    assert doc.title == "Acme buys Globex"
    assert doc.text == text
    assert doc.text.index("Acme buys Globex") == 3


@pytest.mark.parametrize(
    "text",
    [
        "Acme said something.\n\nMore text here.",  # ends with a period
        "Acme buys Globex\nNo blank line after it.",  # not followed by a blank line
        "x" * 200 + "\n\nBody.",  # too long
        "Only a headline\n\n",  # nothing after the blank line
        "Only a headline",
    ],
)
def test_txt_no_title(tmp_path: Path, text: str) -> None:
    assert read_document(write(tmp_path / "a.txt", text)).title is None


def test_txt_title_just_under_limit(tmp_path: Path) -> None:
    title = "y" * 199
    assert read_document(write(tmp_path / "a.txt", f"{title}\n\nBody.")).title == title


def test_txt_title_may_end_with_question_mark(tmp_path: Path) -> None:
    assert read_document(write(tmp_path / "a.txt", "Who won?\n\nBody.")).title == "Who won?"


def test_md_hash_title(tmp_path: Path) -> None:
    text = "# Acme buys Globex\nAcme Corp said on Monday it would buy Globex.\n"
    doc = read_document(write(tmp_path / "a.md", text))
    assert doc.title == "Acme buys Globex"
    assert doc.text == text


def test_md_title_from_plain_rule_and_subheading(tmp_path: Path) -> None:
    assert read_document(write(tmp_path / "a.md", "Plain title\n\nBody.")).title == "Plain title"
    assert read_document(write(tmp_path / "b.md", "## Section\n\nBody.")).title == "Section"
    assert read_document(write(tmp_path / "c.md", "#hashtag\n\nBody.")).title == "#hashtag"


def test_crlf_normalised(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"Title line\r\n\r\nFirst.\r\nSecond.\r\n")
    doc = read_document(path)
    assert doc.text == "Title line\n\nFirst.\nSecond.\n"
    assert doc.title == "Title line"


def test_bom_removed(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"\xef\xbb\xbfTitle\n\nBody text.")
    doc = read_document(path)
    assert doc.text == "Title\n\nBody text."
    assert doc.title == "Title"


def test_explicit_file_with_other_suffix_is_read_as_text(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "story.text", "Hello there."))
    assert (doc.id, doc.text) == ("story", "Hello there.")


# --------------------------------------------------------------------------
# Bad files


def test_binary_file(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"abc\x00def")
    error = read_error([path])
    assert error.source == str(path)
    assert error.reason == "binary file, not text"
    assert str(error) == f"{path}: binary file, not text"


def test_nul_after_first_8_kib_is_not_binary(tmp_path: Path) -> None:
    data = b"a" * 8192 + b"\x00"
    assert read_document(write(tmp_path / "a.txt", data)).text == data.decode()


def test_not_utf8(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "café".encode("latin-1"))
    error = read_error([path])
    assert error.reason == "not valid UTF-8 text (byte 0xe9 at offset 3); re-encode it as UTF-8"
    assert isinstance(error.__cause__, UnicodeDecodeError)


@pytest.mark.parametrize("content", ["", "   \n\t\n", "\ufeff", "\r\n\r\n"])
def test_empty_document(tmp_path: Path, content: str) -> None:
    path = write(tmp_path / "a.txt", content)
    error = read_error([path])
    assert (error.source, error.reason) == (str(path), "document is empty")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, where file modes do not stop reading: fake the OS error.
    path = write(tmp_path / "a.txt", "text")

    def refuse(file: object, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(file))

    monkeypatch.setattr(documents, "open", refuse, raising=False)
    error = read_error([path])
    assert error.reason == "cannot read file (Permission denied)"
    jsonl = write(tmp_path / "b.jsonl", '{"id": 1, "text": "x"}\n')
    assert read_error([jsonl]).reason == "cannot read file (Permission denied)"


def test_error_message_is_one_line(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", '{"id": 1, "text": \n')
    assert "\n" not in str(read_error([path]))


# --------------------------------------------------------------------------
# HTML

HTML = """<!DOCTYPE html>
<html>
<head>
  <title>  Acme buys
    Globex </title>
  <meta property="og:url" content="https://news.example/acme">
  <link rel="canonical" href="https://news.example/canonical">
  <meta property="article:published_time" content="2024-03-01T09:30:00Z">
  <style>p { color: red }</style>
  <script>document.write("<p>hidden</p>");</script>
</head>
<body>
  <h1>Acme buys Globex</h1>
  <div><p>Acme Corp   said on
  Monday it would buy <b>Globex</b> &amp; partners.</p>


  <p>Jane Doe leads the deal.</p></div>
  <ul><li>One</li><li>Two</li></ul>
  Line one<br>Line two
  <script>var x = 1;</script>
</body>
</html>
"""


def test_html_document(tmp_path: Path) -> None:
    path = write(tmp_path / "acme.html", HTML)
    doc = read_document(path)
    assert doc.id == "acme"
    assert doc.source == str(path)
    assert doc.title == "Acme buys Globex"
    assert doc.url == "https://news.example/acme"
    assert doc.date == "2024-03-01T09:30:00Z"
    assert doc.text == (
        "Acme buys Globex\n\n"
        "Acme Corp said on Monday it would buy Globex & partners.\n\n"
        "Jane Doe leads the deal.\n\n"
        "One\nTwo\n\n"
        "Line one\nLine two"
    )
    assert "hidden" not in doc.text and "color" not in doc.text and "var x" not in doc.text


def test_html_canonical_link_and_date_meta(tmp_path: Path) -> None:
    markup = (
        '<html><head><link rel="canonical" href="https://c.example/x">'
        '<meta name="date" content="2023-12-31"></head><body><p>Text.</p></body></html>'
    )
    doc = read_document(write(tmp_path / "x.htm", markup))
    assert (doc.url, doc.date, doc.title, doc.text) == ("https://c.example/x", "2023-12-31", None, "Text.")


def test_html_non_iso_date_is_dropped(tmp_path: Path) -> None:
    markup = '<meta name="date" content="March 3rd"><p>Text.</p>'
    assert read_document(write(tmp_path / "x.html", markup)).date is None


def test_html_without_visible_text_is_empty(tmp_path: Path) -> None:
    path = write(tmp_path / "x.html", "<html><head><title>T</title></head><body><script>1</script></body>")
    assert read_error([path]).reason == "document is empty"


def test_html_collapses_blank_lines_and_handles_crlf(tmp_path: Path) -> None:
    markup = b"<div><div><p>A</p></div></div>\r\n<div><br><br><br><p>B</p></div>\r\n<pre>x\r\n\r\n\r\n\r\ny</pre>"
    assert read_document(write(tmp_path / "x.html", markup)).text == "A\n\nB\n\nx\n\ny"


# --------------------------------------------------------------------------
# JSONL


def test_jsonl_documents(tmp_path: Path) -> None:
    path = write(
        tmp_path / "corpus.jsonl",
        '{"id": "a1", "text": "First story.", "title": "One", "url": "http://u/1", "date": "2024-01-01"}\n'
        "\n"
        '{"id": 7, "text": "Second story.", "extra": [1, 2]}\r\n',
    )
    first, second = read_all([path])
    assert first == Document(
        id="a1",
        text="First story.",
        title="One",
        url="http://u/1",
        date="2024-01-01",
        source=f"{path}:1",
    )
    assert second == Document(id="7", text="Second story.", source=f"{path}:3")


def test_jsonl_null_optional_fields_are_absent(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": "x", "title": None, "date": None}])
    assert read_document(path).title is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "a", "text": "x"', "line is not valid JSON ("),
        ("not json", "line is not valid JSON ("),
        ('{"id": "a"}', "missing required field 'text'"),
        ('{"id": "a", "text": 5}', "field 'text' must be a string"),
        ('{"id": "a", "text": null}', "field 'text' must be a string"),
        ('{"id": "a", "text": ""}', "document is empty"),
        ('{"id": "a", "text": "  \\n "}', "document is empty"),
        ('{"id": "a", "text": "x", "date": 20240101}', "field 'date' must be a string"),
        ('{"id": "a", "text": "x", "title": ["t"]}', "field 'title' must be a string"),
        ('{"id": "a", "text": "x", "url": {}}', "field 'url' must be a string"),
        ('{"text": "x"}', "missing required field 'id'"),
        ('{"id": [1], "text": "x"}', "field 'id' must be a string or a number"),
        ("[1, 2]", "line is not a JSON object (got an array)"),
    ],
)
def test_jsonl_line_errors(tmp_path: Path, line: str, reason: str) -> None:
    path = write(tmp_path / "c.jsonl", '{"id": "ok", "text": "fine"}\n' + line + "\n")
    errors: list[DocumentError] = []
    docs = read_all([path], on_error=errors.append)
    assert [d.id for d in docs] == ["ok"]
    (error,) = errors
    assert error.source == f"{path}:2"
    if reason.endswith("("):
        assert error.reason.startswith(reason) and error.reason.endswith(")")
    else:
        assert error.reason == reason


def test_jsonl_invalid_json_reason_is_short(tmp_path: Path) -> None:
    path = write(tmp_path / "c.jsonl", '{"id": "a", "text": "x",}\n')
    assert read_error([path]).reason == (
        "line is not valid JSON (Expecting property name enclosed in double quotes at column 25)"
    )


def test_jsonl_duplicate_id(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [{"id": "x", "text": "a"}, {"id": "x", "text": "b"}])
    errors: list[DocumentError] = []
    docs = read_all([path], on_error=errors.append)
    assert [d.text for d in docs] == ["a"]
    assert [(e.source, e.reason) for e in errors] == [
        (f"{path}:2", f"duplicate document id 'x' (first seen at {path}:1)")
    ]


def test_jsonl_duplicate_id_across_files_and_numbers(tmp_path: Path) -> None:
    one = write_jsonl(tmp_path / "one.jsonl", [{"id": 1, "text": "a"}])
    two = write_jsonl(tmp_path / "two.jsonl", [{"id": "1", "text": "b"}])
    error = read_error([one, two])
    assert (error.source, error.reason) == (f"{two}:1", f"duplicate document id '1' (first seen at {one}:1)")


def test_jsonl_bad_utf8_line_reports_file_offset(tmp_path: Path) -> None:
    path = write(tmp_path / "c.jsonl", b'{"id": 1, "text": "a"}\n{"id": 2, "text": "\xff"}\n')
    errors: list[DocumentError] = []
    assert [d.id for d in read_all([path], on_error=errors.append)] == ["1"]
    assert [(e.source, e.reason) for e in errors] == [
        (f"{path}:2", "not valid UTF-8 text (byte 0xff at offset 42); re-encode it as UTF-8")
    ]


def test_jsonl_binary_and_empty_files(tmp_path: Path) -> None:
    binary = write(tmp_path / "b.jsonl", b'{"id": 1, "text": "a\x00"}\n')
    empty = write(tmp_path / "e.jsonl", "\n  \n")
    errors: list[DocumentError] = []
    assert read_all([binary, empty], on_error=errors.append) == []
    assert [(e.source, e.reason) for e in errors] == [
        (str(binary), "binary file, not text"),
        (str(empty), "document is empty"),
    ]


def test_jsonl_bom_on_first_line(tmp_path: Path) -> None:
    path = write(tmp_path / "c.jsonl", b'\xef\xbb\xbf{"id": 1, "text": "a"}\n')
    assert read_document(path).text == "a"


# --------------------------------------------------------------------------
# Streaming, errors and ids


def test_read_documents_is_lazy_and_streams_jsonl(tmp_path: Path) -> None:
    lines = ['{"id": "first", "text": "First."}', '{"id": "second", "text": "Second."}', "{bad json"]
    path = write(tmp_path / "big.jsonl", "\n".join(lines) + "\n")
    errors: list[DocumentError] = []
    docs = read_documents([path], on_error=errors.append)
    assert isinstance(docs, Iterator)
    assert next(docs).id == "first"
    assert errors == []  # the bad line further down has not been read yet
    assert next(docs).id == "second"
    assert errors == []
    assert list(docs) == []
    assert [e.source for e in errors] == [f"{path}:3"]


def test_reading_stops_at_first_error_without_on_error(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Good one.")
    write(tmp_path / "b.txt", b"\x00\x01")
    write(tmp_path / "c.txt", "Never reached.")
    docs = read_documents([tmp_path])
    assert next(docs).id == "a"
    with pytest.raises(DocumentError, match="binary file, not text"):
        next(docs)


def test_on_error_continues_past_bad_documents(tmp_path: Path) -> None:
    write(tmp_path / "1.txt", "Good one.")
    write(tmp_path / "2.txt", b"\x00binary")
    write(tmp_path / "3.md", "   ")
    write(tmp_path / "4.html", b"<p>caf\xe9</p>")
    write(tmp_path / "5.jsonl", '{"id": "j", "text": "Jay."}\n{"id": "k"}\n{"id": "l", "text": "Ell."}\n')
    write(tmp_path / "6.txt", "Good two.")
    errors: list[DocumentError] = []
    docs = read_all([tmp_path], on_error=errors.append)
    assert [d.id for d in docs] == ["1", "j", "l", "6"]
    assert [(Path(e.source).name, e.reason) for e in errors] == [
        ("2.txt", "binary file, not text"),
        ("3.md", "document is empty"),
        ("4.html", "not valid UTF-8 text (byte 0xe9 at offset 6); re-encode it as UTF-8"),
        ("5.jsonl:2", "missing required field 'text'"),
    ]


def test_same_stem_in_different_folders_is_a_duplicate(tmp_path: Path) -> None:
    first = write(tmp_path / "a" / "story.txt", "One.")
    second = write(tmp_path / "b" / "story.txt", "Two.")
    errors: list[DocumentError] = []
    docs = read_all([tmp_path], on_error=errors.append)
    assert [(d.id, d.text) for d in docs] == [("story", "One.")]
    assert [(e.source, e.reason) for e in errors] == [
        (str(second), f"duplicate document id 'story' (first seen at {first})")
    ]


def test_ids_are_stems(tmp_path: Path) -> None:
    write(tmp_path / "x" / "alpha.txt", "A.")
    write(tmp_path / "x" / "beta.md", "B.")
    write(tmp_path / "gamma.html", "<p>C.</p>")
    assert [d.id for d in read_all([tmp_path])] == ["gamma", "alpha", "beta"]


def test_read_documents_accepts_single_path(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Hi.")
    assert [d.id for d in read_all(str(path))] == ["a"]


def test_read_document_single_and_errors(tmp_path: Path) -> None:
    assert read_document(write(tmp_path / "a.txt", "Hi.")).text == "Hi."
    many = write_jsonl(tmp_path / "m.jsonl", [{"id": 1, "text": "a"}, {"id": 2, "text": "b"}])
    with pytest.raises(DocumentError, match="more than one document"):
        read_document(many)
    with pytest.raises(DocumentError, match="document is empty"):
        read_document(write(tmp_path / "e.txt", ""))
    with pytest.raises(InputNotFoundError):
        read_document(tmp_path / "missing.txt")


# --------------------------------------------------------------------------
# Standard input


def test_stdin_plain_text() -> None:
    (doc,) = read_all(["-"], stdin=io.StringIO("\ufeffBreaking news\r\n\r\nAcme buys Globex.\r\n"))
    assert doc == Document(
        id="stdin", text="Breaking news\n\nAcme buys Globex.\n", title="Breaking news", source="-"
    )


def test_stdin_jsonl() -> None:
    data = '{"id": "a", "text": "One."}\n\n{"id": "b", "text": "Two.", "date": "2024-05-05"}\n'
    docs = read_all(["-"], stdin=io.StringIO(data))
    assert [(d.id, d.source, d.date) for d in docs] == [("a", "-:1", None), ("b", "-:3", "2024-05-05")]


def test_stdin_jsonl_line_errors() -> None:
    data = '{"id": "a", "text": "One."}\n{"id": "b", "text": 3}\n'
    errors: list[DocumentError] = []
    docs = read_all(["-"], stdin=io.StringIO(data), on_error=errors.append)
    assert [d.id for d in docs] == ["a"]
    assert [(e.source, e.reason) for e in errors] == [("-:2", "field 'text' must be a string")]


@pytest.mark.parametrize(
    "data",
    [
        '{"id": "a", "text": "One."}\nthen some prose\n',  # a line that is not JSON
        '{"id": "a", "title": "no text field"}\n',  # an object without "text"
        '{"id": "a", "text": "One."}\n[1]\n',  # a line that is not an object
    ],
)
def test_stdin_that_is_not_jsonl_is_one_document(data: str) -> None:
    (doc,) = read_all(["-"], stdin=io.StringIO(data))
    assert (doc.id, doc.text) == ("stdin", data)


def test_stdin_empty() -> None:
    error = read_error(["-"], stdin=io.StringIO("  \n"))
    assert (error.source, error.reason) == ("-", "document is empty")


def test_stdin_defaults_to_sys_stdin_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Hello\r\nworld")))
    assert read_document("-").text == "Hello\nworld"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"ab\xffc")))
    error = read_error(["-"])
    assert error.reason == "not valid UTF-8 text (byte 0xff at offset 2); re-encode it as UTF-8"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"a\x00b")))
    assert read_error(["-"]).reason == "binary file, not text"


def test_stdin_mixed_with_files(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "File.")
    docs = read_all([path, "-"], stdin=io.StringIO("Piped."))
    assert [(d.id, d.text) for d in docs] == [("a", "File."), ("stdin", "Piped.")]


# --------------------------------------------------------------------------
# Property: any text either reads back exactly or fails with DocumentError

_pieces = st.one_of(
    st.characters(exclude_categories=("Cs",)),
    st.sampled_from(["\r\n", "\r", "\n", "\n\n", "\ufeff", "\x00", " ", ".", "# ", "\t"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_pieces, max_size=60).map("".join))
def test_any_text_reads_back_exactly_or_fails_cleanly(text: str) -> None:
    data = text.encode("utf-8")
    expected = text.removeprefix("\ufeff").replace("\r\n", "\n")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.txt"
        path.write_bytes(data)
        try:
            docs = list(read_documents([path]))
        except DocumentError as error:
            assert error.source == str(path)
            if b"\x00" in data[:8192]:
                assert error.reason == "binary file, not text"
            else:
                assert not expected.strip()
                assert error.reason == "document is empty"
            return
    assert len(docs) == 1
    (doc,) = docs
    assert doc.text == expected
    assert doc.id == "doc"
    assert doc.title is None or (doc.title in doc.text and "\n" not in doc.title)
