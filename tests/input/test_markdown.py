"""Markdown: the words a reader sees, dated and named by its front matter."""

import pytest

from wgaclaims.input.markdown import markdown_article, plain_text

from .conftest import check_offsets, records, run

ARTICLE = """---
title: "Guild rejects offer"
date: 2023-08-10
url: https://news.test/guild
tags: [strike, labor]
---

# Talks *stall* again

[The WGA](https://www.wga.org) said on **Wednesday** that the offer was "not serious."

> "We will not accept _this_ deal," the [union](https://www.wga.org "WGA") said.

- The studios said the talks were over.
"""


@pytest.mark.parametrize("markdown, text", [
    ("[the WGA](https://www.wga.org) said", "the WGA said"),
    ("[the WGA][wga] said\n\n[wga]: https://www.wga.org", "the WGA said\n\n"),
    ("![a picket line](pic.jpg) The guild said", " The guild said"),
    ("**bold** and __also__, *it* and _it_, `code`, ~~gone~~",
     "bold and also, it and it, code, gone"),
    ("## Talks resume ##", "Talks resume"),
    ("1. First point\n* second point", "First point\nsecond point"),
    ("snake_case_name and 2*3*4 stay", "snake_case_name and 2*3*4 stay"),
    ("an escaped \\*star\\*", "an escaped *star*"),
    ("```\n**kept** in code\n```", "**kept** in code"),
])
def test_markup_is_not_text(markdown, text):
    assert plain_text(markdown) == text


def test_front_matter_names_and_dates_the_article():
    article = markdown_article("a.md", ARTICLE)
    assert (article.title, article.url, article.headers["date"]) == (
        "Guild rejects offer", "https://news.test/guild", "2023-08-10")
    assert article.text.startswith("\nTalks stall again\n\nThe WGA said on Wednesday")


def test_a_markdown_article_gives_claims_without_markup(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run("extract", path, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    found = records(result)
    assert [(r["speaker"], r["content"]) for r in found] == [
        ("The WGA", 'the offer was "not serious."'),
        ("the union", "We will not accept this deal,"),
        ("The studios", "the talks were over")]
    assert {(r["article_date"], r["article_date_source"], r["title"]) for r in found} == {
        ("2023-08-10", "header", "Guild rejects offer")}
    assert found[0]["said_on"] == "2023-08-09"
    check_offsets(found, {str(path): run("text", path).stdout})
