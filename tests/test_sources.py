import io
import sys

import pytest

from wgaclaims.errors import InputError
from wgaclaims.input.reading import iter_articles
from wgaclaims.input.sources import decode, iter_paths, read_article, split_headers


@pytest.mark.parametrize("text, headers, body", [
    ("date: 2023-08-10\ntitle: Talks resume\n\nThe WGA said.", {"date": "2023-08-10",
                                                             "title": "Talks resume"}, 38),
    ("Poll: Voters worried\n\nThe WGA said.", {}, 0),  # not a known header key
    ("The WGA said.\n\nMore.", {}, 0),
    ("date: 2023-08-10\r\n\r\nBody", {"date": "2023-08-10"}, 20),
    ("no blank line at all", {}, 0),
    # the bare form opening samples/002: the article goes on on the same line
    (" date 2023-08-10 The Writers Guild ...", {"date": "2023-08-10"}, 17),
    ("date 2023-08-10\n\nBody", {"date": "2023-08-10"}, 17),
    ("Date night at the Oscars\n\nThe WGA said.", {}, 0),  # only an ISO date makes a header
])
def test_split_headers(text, headers, body):
    assert split_headers(text) == (headers, body)


def test_decode_keeps_bom_and_crlf_so_offsets_match_the_file():
    text, warning = decode("f.txt", "\ufeffA\r\nB".encode())
    assert text == "\ufeffA\r\nB" and warning is None


def test_decode_falls_back_to_cp1252_with_a_warning_naming_the_file():
    text, warning = decode("old.txt", b"caf\xe9 \x93quoted\x94")
    assert text == "café “quoted”"
    assert "old.txt" in warning and "--encoding" in warning


def test_decode_with_named_encoding_and_a_wrong_one():
    assert decode("f", "é".encode("latin-1"), "latin-1")[0] == "é"
    with pytest.raises(InputError, match="--encoding"):
        decode("f", b"\xff\xfe", "ascii")


def test_binary_input_is_refused_with_the_fix():
    with pytest.raises(InputError, match="looks like a PDF.*--glob"):
        decode("scan.txt", b"%PDF-1.4\x00\x01\x02")
    with pytest.raises(InputError, match="binary"):
        decode("scan.txt", b"\x01\x02 no signature \x00")


def test_folders_are_walked_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "a.txt", "b/1.txt", "c.md", "d.pdf"):
        (tmp_path / name).write_text("x")
    found = list(iter_paths([str(tmp_path)], "*.txt"))
    assert [p.rsplit("/", 2)[-2:] for p in found] == [
        [tmp_path.name, "a.txt"], ["b", "1.txt"], ["b", "2.txt"]]
    assert [p.rsplit("/", 1)[-1] for p in iter_paths([str(tmp_path)], "*.md")] == ["c.md"]
    # by default, every kind read; several patterns match any
    assert [p.rsplit("/", 1)[-1] for p in iter_paths([str(tmp_path)])] == [
        "a.txt", "1.txt", "2.txt", "c.md"]
    assert [p.rsplit("/", 1)[-1] for p in iter_paths([str(tmp_path)], ("*.md", "a.*"))] == [
        "a.txt", "c.md"]


def test_problems_take_the_place_of_their_input(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "ok.txt").write_text("fine")
    items = list(iter_articles([str(tmp_path / "missing.txt"), str(tmp_path / "empty"),
                                str(tmp_path / "ok.txt")]))
    assert isinstance(items[0], InputError) and "no such file" in str(items[0])
    assert isinstance(items[1], InputError) and "--glob" in str(items[1])
    assert items[2].text == "fine"


def test_stdin_is_read_as_bytes(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("“Hi,” she said.".encode())))
    article, _ = read_article("-")
    assert article.source == "-" and article.text == "“Hi,” she said."


def test_header_lines_name_the_article_in_its_records():
    from wgaclaims.input.sources import article_from_text

    article = article_from_text("a.txt", "id: pay-42\nheadline: Talks resume\nlink: https://x.test/a\n\n"
                                         "The guild said talks resume.")
    assert (article.article_id, article.title, article.url) == (
        "pay-42", "Talks resume", "https://x.test/a")
    plain = article_from_text("b.txt", "The guild said talks resume.")
    assert (plain.article_id, plain.title, plain.url) == (None, None, None)
