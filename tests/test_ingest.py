"""Reading inputs: files, folders, JSON Lines, encodings, and bad input that must be named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.ingest import decode_bytes, read_inputs, url_document_id


def _only(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


def test_text_file_becomes_document_with_stem_id(tmp_path: Path) -> None:
    path = tmp_path / "talks-resume.txt"
    path.write_text("Talks resume in Geneva\nThe delegations met on Monday.\n", encoding="utf-8")
    document = _only(read_inputs([str(path)]))
    assert document.id == "talks-resume"
    assert document.text.startswith("Talks resume in Geneva")
    assert document.html is None
    assert document.origin == str(path)


def test_folder_is_read_recursively_in_order_skipping_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "second.html").write_text("<p>Hello there, this is a page.</p>", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First article text.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("hidden", encoding="utf-8")
    ids = [item.id for item in read_inputs([str(tmp_path)])]
    assert ids == ["a", "second"]


def test_jsonl_keeps_fields_and_metadata_and_names_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {"id": "a1", "title": "T", "text": "Body one.", "published": "2024-01-02", "desk": "world"}
        ),
        "{not json",
        json.dumps({"id": "a3", "title": "No text"}),
        "",
        json.dumps({"html": "<p>Body four.</p>"}),
        json.dumps(["a", "list"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert len(items) == 5
    first, bad_json, no_text, from_html, not_object = items
    assert first.id == "a1" and first.published == "2024-01-02" and first.metadata == {"desk": "world"}
    assert isinstance(bad_json, InputError) and bad_json.origin == f"{path}:2"
    assert "not valid JSON" in str(bad_json)
    assert isinstance(no_text, InputError) and no_text.origin == f"{path}:3"
    assert "no 'text' or 'html'" in str(no_text)
    assert from_html.id == "feed-5" and from_html.html == "<p>Body four.</p>"
    assert isinstance(not_object, InputError) and "JSON object" in str(not_object)


def test_empty_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n\n")
    error = _only(read_inputs([str(path)]))
    assert isinstance(error, InputError)
    assert str(error) == f"{path}: the input is empty"


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    error = _only(read_inputs([str(path)]))
    assert isinstance(error, InputError) and "binary" in str(error)


def test_non_utf8_text_is_decoded_by_detection() -> None:
    text = "Le ministre a déclaré que les négociations reprendraient à Genève après l'été, a précisé l'ambassade."
    decoded = decode_bytes(text.encode("cp1252"), "latin.txt")
    assert decoded == text


@pytest.mark.parametrize(
    "text",
    [
        "Le président français a rencontré le chancelier allemand à Berlin mardi, selon l’Élysée.",
        "Protesters in Bogotá said the façade of the old théâtre was damaged; Señor Núñez agreed.",
    ],
)
def test_a_short_western_text_is_not_read_in_a_baltic_or_central_european_code_page(text: str) -> None:
    assert decode_bytes(text.encode("cp1252"), "short.txt") == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (
            "Президент России Владимир Путин провел переговоры с премьер-министром Индии в Москве во вторник.",
            "cp1251",
        ),
        ("Ο πρωθυπουργός συναντήθηκε με τον πρόεδρο στην Αθήνα την Τετάρτη το πρωί.", "cp1253"),
    ],
)
def test_cyrillic_and_greek_code_pages_keep_their_own_letters(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), "other.txt") == text


def test_utf8_bom_is_dropped() -> None:
    assert decode_bytes("\ufeffHello world".encode(), "bom.txt") == "Hello world"


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    error = _only(read_inputs([str(path)]))
    assert isinstance(error, InputError)
    assert "50.0 MB" in str(error) and "--max-size" in str(error)


def test_missing_path_and_unsupported_type_are_named(tmp_path: Path) -> None:
    other = tmp_path / "table.csv"
    other.write_text("a,b\n", encoding="utf-8")
    missing, unsupported = read_inputs([str(tmp_path / "nope.txt"), str(other)])
    assert "no such file" in str(missing)
    assert "unsupported file type .csv" in str(unsupported)


@pytest.mark.parametrize(
    ("url", "expected_prefix"),
    [
        ("https://example.org/world/2024/06/talks-resume.html", "talks-resume-"),
        ("https://example.org/", ""),
    ],
)
def test_url_ids_are_readable_and_stable(url: str, expected_prefix: str) -> None:
    first, second = url_document_id(url), url_document_id(url)
    assert first == second
    assert first.startswith(expected_prefix)
    assert len(first.rsplit("-", 1)[-1]) == 8


def test_text_too_long_for_the_parser_is_refused_by_name(tmp_path: Path) -> None:
    """Under the byte limit but over the parser's character limit: refused here, not by the parse."""
    long_text = "The ministers met again on Monday. " * 40_000  # 1.4 million characters, 1.4 MB
    path = tmp_path / "archive.txt"
    path.write_text(long_text, encoding="utf-8")
    error = _only(read_inputs([str(path)]))
    assert isinstance(error, InputError) and error.origin == str(path)
    assert "characters" in str(error) and "split it" in str(error)
    lines = tmp_path / "dump.jsonl"
    lines.write_text(json.dumps({"id": "long", "text": long_text}) + "\n", encoding="utf-8")
    error = _only(read_inputs([str(lines)]))
    assert isinstance(error, InputError) and error.origin == f"{lines}:1"


def test_standard_input_is_one_document_text_or_html(tmp_path: Path) -> None:
    import io

    from eventwire.ingest import read_stdin

    text = "Talks resume in Geneva\nThe delegations met on Monday.\n"
    first = read_stdin(stream=io.BytesIO(text.encode()))
    again = read_stdin(stream=io.BytesIO(text.encode()))
    assert first.text == text and first.html is None and first.origin == "-"
    assert first.id == again.id and first.id.startswith("stdin-")  # piping it again changes nothing
    page = read_stdin(stream=io.BytesIO(b"<!DOCTYPE html><html><body><p>Talks resumed.</p></body></html>"))
    assert page.html and page.text is None
    assert "empty" in str(read_stdin(stream=io.BytesIO(b"  \n")))
    assert "--max-size" in str(read_stdin(stream=io.BytesIO(b"x" * 2000), max_bytes=1000))


def test_utf16_jsonl_is_read_line_by_line(tmp_path: Path) -> None:
    """As Windows tools save it, with a byte order mark: every line used to be an 'encoding' error."""
    path = tmp_path / "export.jsonl"
    records = [{"id": "one", "text": "Talks résumé in Genève."}, {"id": "two", "text": "The envoys met."}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-16")
    documents = list(read_inputs([str(path)]))
    assert [(d.id, d.text, d.origin) for d in documents] == [
        ("one", "Talks résumé in Genève.", f"{path}:1"),
        ("two", "The envoys met.", f"{path}:2"),
    ]


def test_a_folder_without_readable_files_is_named(tmp_path: Path) -> None:
    (tmp_path / "scans").mkdir()
    (tmp_path / "scans" / "page.png").write_bytes(b"\x89PNG\r\n")
    error = _only(read_inputs([str(tmp_path / "scans")]))
    assert isinstance(error, InputError) and error.origin == str(tmp_path / "scans")
    assert ".txt, .html" in error.reason


def test_a_record_whose_text_is_no_string_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text('{"id": "a", "text": ["Police arrested ten protesters."]}\n', encoding="utf-8")
    error = _only(read_inputs([str(path)]))
    assert isinstance(error, InputError) and "field 'text' must be a string, not list" in str(error)
