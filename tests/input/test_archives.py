"""Archives: JSON lines, a JSON array, CSV and TSV, one article a row."""

import csv
import io
import json

import pytest

from wgaclaims.input.archives import archive_articles, count_rows
from wgaclaims.input.rows import Fields, read_date

from .conftest import check_offsets, records, run

FIRST = ("The guild said on Wednesday that talks would resume next week.\n\n"
         '"We are ready to talk," said the alliance.')
SECOND = "The union said the offer was unacceptable."
ROWS = [
    {"id": "pay-1", "title": "Talks resume", "url": "https://news.test/1",
     "published": "2023-08-10T09:30:00-07:00", "text": FIRST},
    {"id": "pay-2", "title": "Offer refused", "text": SECOND},
]


def write_jsonl(path, rows, extra=()):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + "".join(extra),
                    encoding="utf-8")
    return path


def write_table(path, rows, delimiter=","):
    fields = list(dict.fromkeys(k for r in rows for k in r))
    out = io.StringIO()
    writer = csv.DictWriter(out, fields, delimiter=delimiter, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def texts_of(path, *args):
    """The text each article of `path` is read as, by article_id, as `wgaclaims text` says."""
    result = run("text", path, *args)
    return {r["article_id"]: r["text"] for r in records(result)}


@pytest.mark.parametrize("name", ["a.jsonl", "a.ndjson", "a.json", "a.csv", "a.tsv"])
def test_each_row_is_an_article_with_its_id_title_url_and_date(tmp_path, name):
    path = tmp_path / name
    if name == "a.json":
        path.write_text(json.dumps(ROWS, indent=2), encoding="utf-8")
    elif name.endswith(("csv", "tsv")):
        write_table(path, ROWS, "\t" if name.endswith("tsv") else ",")
    else:
        write_jsonl(path, ROWS)
    result = run("extract", path, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert "2 articles read, 3 claims found" in result.stderr
    found = records(result)
    assert [(r["article_id"], r["title"], r["url"], r["speaker"]) for r in found] == [
        ("pay-1", "Talks resume", "https://news.test/1", "The guild"),
        ("pay-1", "Talks resume", "https://news.test/1", "the alliance"),
        ("pay-2", "Offer refused", None, "The union")]
    assert {r["source"] for r in found} == {str(path)}
    first = found[0]
    assert (first["article_date"], first["article_date_source"]) == ("2023-08-10", "field")
    assert (first["said_on_text"], first["said_on"]) == ("Wednesday", "2023-08-09")
    assert found[2]["article_date"] is None
    check_offsets(found, texts_of(path))
    assert texts_of(path)["pay-1"] == FIRST


def test_the_same_text_as_a_row_and_as_a_file_gives_the_same_claims(tmp_path):
    archive = write_jsonl(tmp_path / "a.jsonl", [{"text": FIRST}])
    (tmp_path / "one.txt").write_text(FIRST, encoding="utf-8")
    as_row = records(run("extract", archive, "--format", "jsonl"))
    as_file = records(run("extract", tmp_path / "one.txt", "--format", "jsonl"))
    assert [r["article_id"] for r in as_row] == [f"{archive}:1"] * 2
    drop = ("source", "article_id")
    assert [{k: v for k, v in r.items() if k not in drop} for r in as_row] == [
        {k: v for k, v in r.items() if k not in drop} for r in as_file]


def test_bad_rows_are_named_by_file_and_line_and_the_others_read(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [
        ROWS[0], {"id": "empty", "text": "  "}, {"id": "when", "published": "last Tuesday",
                                                "text": SECOND}], ['{"text": "cut off\n', "\n",
                                                                   '["a list"]\n',
                                                                   json.dumps(ROWS[1]) + "\n"])
    result = run("extract", path, "--format", "jsonl")
    assert result.exit_code == 1
    assert f"skipped {path}:2: has no text in its 'text' field" in result.stderr
    assert f"skipped {path}:3: its 'published' field holds 'last Tuesday', not a date; " \
           "write it as 2023-08-10" in result.stderr
    assert f"skipped {path}:4: not valid JSON" in result.stderr
    assert f"skipped {path}:6: holds a list, not an object" in result.stderr
    assert "2 articles read, 3 claims found, 4 skipped (2 bad JSON, 1 no text, 1 bad date)" \
        in result.stderr
    assert [r["article_id"] for r in records(result)] == ["pay-1", "pay-1", "pay-2"]


def test_the_fields_are_named_by_options(tmp_path):
    path = write_table(tmp_path / "a.csv", [
        {"story": SECOND, "slug": "s-1", "headline_text": "Refused", "when": "2023-08-10",
         "web": "https://news.test/s-1"}])
    result = run("extract", path, "--format", "jsonl", "--text-field", "story", "--id-field",
                 "slug", "--title-field", "headline_text", "--date-field", "when",
                 "--url-field", "web")
    assert result.exit_code == 0, result.stderr
    [r] = records(result)
    assert (r["article_id"], r["title"], r["url"], r["article_date"]) == (
        "s-1", "Refused", "https://news.test/s-1", "2023-08-10")


@pytest.mark.parametrize("args, problem", [
    ((), "has no text field (text, content or body); its fields are: story, slug; name the one "
         "to read with --text-field FIELD"),
    (("--text-field", "body_text"), "has no field 'body_text'; its fields are: story, slug"),
    (("--text-field", "story", "--date-field", "day"), "has no field 'day'; its fields are: "
                                                        "story, slug; name the one to read with "
                                                        "--date-field FIELD"),
])
def test_a_file_without_the_fields_is_one_error_listing_its_fields(tmp_path, args, problem):
    for path in (write_table(tmp_path / "a.csv", [{"story": SECOND, "slug": "x"}] * 3),
                 write_jsonl(tmp_path / "a.jsonl", [{"story": SECOND, "slug": "x"}] * 3)):
        result = run("extract", path, "--format", "jsonl", *args)
        assert result.exit_code == 1
        assert result.stderr.count("skipped /") == 1
        assert f"skipped {path}: {problem}" in result.stderr


@pytest.mark.parametrize("content, problem", [
    ('{"text": "One article."}', "is not a JSON array of objects (it holds one object)"),
    ('"text"', "is not a JSON array of objects (it holds something starting with '\"')"),
])
def test_a_json_file_that_is_not_an_array_of_objects_is_refused(tmp_path, content, problem):
    path = tmp_path / "a.json"
    path.write_text(content)
    result = run("extract", path)
    assert result.exit_code == 1 and f"skipped {path}: {problem}" in result.stderr


def test_a_json_array_named_as_json_lines_is_one_error(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(ROWS, indent=2))
    result = run("extract", path)
    assert result.exit_code == 1 and result.stderr.count("skipped /") == 1
    assert f"skipped {path}: is a JSON array, not JSON lines (one object a line); name it " \
           "a.json" in result.stderr


def test_a_json_array_is_read_an_object_at_a_time_with_its_lines(tmp_path, monkeypatch):
    from wgaclaims.input import archives

    monkeypatch.setattr(archives, "_WINDOW", 7)  # objects longer than the window widen it
    path = tmp_path / "a.json"
    path.write_text('[\n  {"text": "One."},\n  {"text": "Two\\nlines."},\n  3,\n'
                    '  {"text": "Four."}\n]\n')
    got = list(archive_articles(str(path), "json", Fields()))
    assert [getattr(a, "text", None) for a in got] == ["One.", "Two\nlines.", None, "Four."]
    assert [getattr(a, "article_id", None) for a in got] == [
        f"{path}:2", f"{path}:3", None, f"{path}:5"]
    assert str(got[2]) == f"{path}:4: holds a number, not an object with a text field; " \
                          'make each row an object such as {"id": ..., "text": ...}'
    assert count_rows(str(path), "json") == 4
    path.write_text('[{"text": "One."}, {"text": "Two."}')
    assert "the array is not closed" in str(list(archive_articles(str(path), "json",
                                                                  Fields()))[-1])
    path.write_text('[{"text": "One."},\n {"text": "Two."\n, {"text": "Three."}]')
    *_, last = archive_articles(str(path), "json", Fields())
    assert str(last).startswith(f"{path}:2: not valid JSON (Expecting property name enclosed "
                                "in double quotes); fix it there; the rows before it were "
                                "read, the rest of the file was not")


def test_a_csv_record_spanning_lines_is_named_by_its_first_line(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text('id,text\nx,"The guild said\n\nit would strike."\ny,\nz,The union said no.\n')
    got = list(archive_articles(str(path), "csv", Fields()))
    assert str(got[1]) == f"{path}:5: has no text in its 'text' field; fill it in or " \
                          "remove the row; the other rows were read"
    assert [getattr(a, "article_id", None) for a in got] == ["x", None, "z"]
    assert count_rows(str(path), "csv") == 3


def test_rows_stream_one_at_a_time(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [{"text": f"Row {n}."} for n in range(3)])
    rows = archive_articles(str(path), "jsonl", Fields())
    assert next(rows).text == "Row 0."
    with path.open("a") as f:  # a row appended after reading started is still read
        f.write(json.dumps({"text": "Row 3."}) + "\n")
    assert [a.text for a in rows] == ["Row 1.", "Row 2.", "Row 3."]


@pytest.mark.parametrize("value, day", [
    ("2023-08-10", "2023-08-10"), ("2023-08-10T23:30:00-07:00", "2023-08-10"),
    ("2023-08-10 09:00", "2023-08-10"), ("Thu, 10 Aug 2023 14:00:00 GMT", "2023-08-10"),
    ("2023-02-30", None), ("last Tuesday", None), ("10/08/2023", None),
])
def test_date_fields(value, day):
    assert read_date(value) == day
