"""--unwrap: text pasted from a PDF, its lines joined and its words whole."""

import pytest

from wgaclaims.input.unwrap import unwrap

from .conftest import check_offsets, records, run

# Wrapped at about 60 characters, as a PDF's text comes out; paragraphs end in a short line.
PDF_TEXT = """The guild will continue to bargain in good faith, acco-
rding to a statement released late on Friday by the nego-
tiating committee.
The union said that a resolution of the dispute over the
pay of striking writers was near, and that a resol-
ution of the dispute over residuals would follow.
"We are ready to return to the table," the alliance said in
a message to its members sent on Thursday morning.
"""


@pytest.mark.parametrize("text, unwrapped", [
    ("a word acco-\nrding to", "a word according to"),
    ("strike-\nrelated and strike-related", "strike-related and strike-related"),
    ("until mid-\nApril", "until mid-April"),
    ("the 2007-\n08 strike", "the 2007-08 strike"),
    ("soft\u00ad\nhyphen", "softhyphen"),
    ("talks -\nthe union", "talks - the union"),
    ("one\r\ntwo\n\n\nthree", "one two\n\nthree"),
])
def test_words_and_lines_are_joined(text, unwrapped):
    assert unwrap(text) == unwrapped


def test_a_short_line_ending_a_sentence_ends_a_paragraph():
    assert unwrap(PDF_TEXT).split("\n\n") == [
        "The guild will continue to bargain in good faith, according to a statement released "
        "late on Friday by the negotiating committee.",
        "The union said that a resolution of the dispute over the pay of striking writers was "
        "near, and that a resolution of the dispute over residuals would follow.",
        '"We are ready to return to the table," the alliance said in a message to its members '
        "sent on Thursday morning."]


def test_unwrap_gives_whole_cues_and_contents_and_offsets_into_the_unwrapped_text(tmp_path):
    path = tmp_path / "pasted.txt"
    path.write_text(PDF_TEXT, encoding="utf-8")
    wrapped = records(run("extract", path, "--format", "jsonl"))
    result = run("extract", path, "--format", "jsonl", "--unwrap")
    assert result.exit_code == 0, result.stderr
    found = records(result)
    assert not any(r["cue"] == "according to" for r in wrapped)
    assert [(r["cue"], r["content"]) for r in found if r["cue"] == "according to"] == [
        ("according to", "The guild will continue to bargain in good faith")]
    assert all("\n" not in r["content"] and "resol-" not in r["content"] for r in found)
    text = run("text", path, "--unwrap").stdout
    assert text == unwrap(PDF_TEXT)
    check_offsets(found, {str(path): text})


def test_a_header_block_is_kept_and_markdown_is_unwrapped_after_its_front_matter(tmp_path):
    from wgaclaims.input.markdown import markdown_article
    from wgaclaims.input.unwrap import unwrap_body

    assert unwrap_body("date: 2023-08-10\ntitle: Talks\n\nThe guild said talks\nwould resume.") \
        == "date: 2023-08-10\ntitle: Talks\n\nThe guild said talks would resume."
    article = markdown_article("a.md", "---\ndate: 2023-08-10\n---\n**The guild** said talks\n"
                                       "would resume.\n", unwrap_lines=True)
    assert (article.headers, article.text) == ({"date": "2023-08-10"},
                                               "The guild said talks would resume.")
