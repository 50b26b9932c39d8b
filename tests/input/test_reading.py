"""Which inputs are read: folders by kind, --glob, --files-from; `wgaclaims text`."""

import json

from .conftest import records, run

QUOTE = '"We are ready to talk," said the alliance.\n'
MARKDOWN = "[The guild](https://www.wga.org) said talks would resume.\n"


def folder(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(QUOTE)
    (tmp_path / "sub" / "b.md").write_text(MARKDOWN)
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "row-1", "text": QUOTE}) + "\n")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    return tmp_path


def test_a_folder_reads_every_kind_by_default(tmp_path):
    result = run("extract", folder(tmp_path), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert [(r["source"].rsplit("/", 1)[-1], r["article_id"].rsplit("/", 1)[-1], r["speaker"])
            for r in records(result)] == [
        ("a.txt", "a.txt", "the alliance"), ("c.jsonl", "row-1", "the alliance"),
        ("b.md", "b.md", "The guild")]


def test_glob_is_repeatable_and_every_pattern_counts(tmp_path):
    folder(tmp_path)
    one = run("extract", tmp_path, "--format", "jsonl", "--glob", "*.md")
    both = run("extract", tmp_path, "--format", "jsonl", "--glob", "*.md", "--glob", "*.txt")
    assert [r["speaker"] for r in records(one)] == ["The guild"]
    assert [r["speaker"] for r in records(both)] == ["the alliance", "The guild"]


def test_files_from_reads_one_path_a_line_from_a_file_or_stdin(tmp_path):
    folder(tmp_path)
    listing = f"{tmp_path / 'a.txt'}\n\n{tmp_path / 'sub' / 'b.md'}\n"
    (tmp_path / "list").write_text(listing)
    by_file = run("extract", "--files-from", tmp_path / "list", "--format", "jsonl")
    by_stdin = run("extract", "--files-from", "-", "--format", "jsonl", input=listing)
    assert by_file.exit_code == by_stdin.exit_code == 0, by_file.stderr
    assert [r["speaker"] for r in records(by_file)] == ["the alliance", "The guild"]
    assert by_file.stdout == by_stdin.stdout
    with_paths = run("extract", tmp_path / "c.jsonl", "--files-from", tmp_path / "list",
                     "--format", "jsonl")
    assert [r["article_id"] for r in records(with_paths)][0] == "row-1"


def test_files_from_problems_are_usage_errors(tmp_path):
    missing = run("extract", "--files-from", tmp_path / "nope")
    assert missing.exit_code == 2 and "No such file" in missing.stderr
    both = run("extract", "-", "--files-from", "-", input="a.txt\n")
    assert both.exit_code == 2 and "standard input cannot hold both" in both.stderr
    none = run("extract")
    assert none.exit_code == 2 and "--files-from" in none.stderr


def test_text_prints_what_offsets_index_for_each_kind(tmp_path):
    folder(tmp_path)
    assert run("text", tmp_path / "a.txt").stdout == QUOTE
    assert run("text", tmp_path / "sub" / "b.md").stdout == "The guild said talks would resume."
    assert records(run("text", tmp_path / "c.jsonl")) == [{"article_id": "row-1", "text": QUOTE}]
    assert run("text", tmp_path / "c.jsonl", "--id", "row-1").stdout == QUOTE
    missing = run("text", tmp_path / "c.jsonl", "--id", "row-9")
    assert missing.exit_code == 1 and "no article with the id 'row-9'" in missing.stderr
    (tmp_path / "two.jsonl").write_text('{"text": "One."}\n{"id": "b", "text": "Two."}\n')
    assert records(run("text", tmp_path / "two.jsonl")) == [
        {"article_id": f"{tmp_path / 'two.jsonl'}:1", "text": "One."},
        {"article_id": "b", "text": "Two."}]
    crlf = "“Hi,” she said.\r\n".encode()
    assert run("text", "-", input=crlf).stdout_bytes == crlf


def test_json_lines_on_stdin_are_read_as_text_with_a_warning():
    result = run("extract", "-", "--format", "jsonl",
                 input='{"text": "The union said talks would resume."}\n')
    assert "warning: -: looks like JSON lines but is read as one plain-text article; give it " \
           "a .jsonl name" in result.stderr


def test_a_list_of_names_on_stdin_is_read_as_text_with_a_warning(tmp_path):
    folder(tmp_path)
    result = run("extract", "-", input=f"{tmp_path / 'a.txt'}\n{tmp_path / 'sub' / 'b.md'}\n")
    assert "warning: -: every line names a file, but it is read as one article; to read the " \
           "files it lists, pass it with --files-from" in result.stderr
