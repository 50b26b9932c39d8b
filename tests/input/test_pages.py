"""HTML pages: the article's text, title, URL and date, without the page around it."""

import builtins
import html
import re

import pytest

from ..conftest import SAMPLES
from .conftest import check_offsets, records, run

BARE_DATE = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})\s+")


def page(paragraphs, title="Talks resume", date=None, time=None, url=None):
    """A saved news page: header, navigation, the article, related links and a footer."""
    head = [f"<title>{html.escape(title)} | The Daily Wire Service</title>"]
    if date:
        head.append(f'<meta property="article:published_time" content="{date}T09:30:00Z">')
    if url:
        head.append(f'<link rel="canonical" href="{url}">')
    byline = f'<p class="byline">By Staff, <time datetime="{time}">{time}</time></p>' \
        if time else ""
    body = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">{''.join(head)}</head>
<body>
<header><a href="/">The Daily Wire Service</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/business">Business</a></li>
<li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main><article><h1>{html.escape(title)}</h1>{byline}
{body}
</article>
<aside class="related"><h2>Related</h2><ul>
<li><a href="/a">&ldquo;We are not done,&rdquo; the union said of the vote</a></li>
<li><a href="/b">Studios said they were ready to talk, sources said</a></li></ul></aside>
</main>
<footer><p>&copy; 2023 The Daily Wire Service. The company said all rights are reserved.</p>
<p><a href="/privacy">Privacy</a> | <a href="/contact">Contact us</a></p></footer>
</body></html>
"""


def sample_page(path):
    """The sample's paragraphs in a page, its bare date line as the page's date."""
    text = path.read_text(encoding="utf-8")
    date = None
    if m := BARE_DATE.match(text):
        date, text = m.group(1), text[m.end():]
    return page([line.strip() for line in text.split("\n") if line.strip()], date=date)


def triples(result):
    return [(r["content"].strip(), r["speaker"], r["party"]) for r in records(result)]


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name[:3])
def test_a_sample_saved_as_a_page_gives_the_claims_of_its_text(tmp_path, sample):
    path = tmp_path / "article.html"
    path.write_text(sample_page(sample), encoding="utf-8")
    as_page = run("extract", path, "--format", "jsonl")
    as_text = run("extract", sample, "--format", "jsonl")
    assert as_page.exit_code == 0, as_page.stderr
    assert triples(as_page) == triples(as_text)
    text = run("text", path).stdout
    check_offsets(records(as_page), {str(path): text})
    assert "Related" not in text and "Privacy" not in text and "&ldquo;" not in text


def test_a_page_gives_its_title_url_and_date_and_entities_decoded(tmp_path):
    path = tmp_path / "a.htm"
    path.write_text(page(["&ldquo;We will not accept this deal,&rdquo; the union said on "
                          "Wednesday.", "The studios said the offer was fair."],
                         title="Guild rejects offer", date="2023-08-10",
                         url="https://news.test/guild-rejects-offer"), encoding="utf-8")
    result = run("extract", path, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    first, second = records(result)
    assert first["content"] == "We will not accept this deal,"
    assert (first["title"], first["url"]) == ("Guild rejects offer",
                                              "https://news.test/guild-rejects-offer")
    assert (first["article_date"], first["article_date_source"]) == ("2023-08-10", "metadata")
    assert first["said_on"] == "2023-08-09"
    assert second["speaker"] == "The studios"


def test_a_time_element_dates_a_page_and_no_date_is_never_today(tmp_path):
    dated = tmp_path / "dated.html"
    dated.write_text(page(["The union said talks would resume."], time="2023-07-14"))
    undated = tmp_path / "undated.html"
    undated.write_text(page(["The union said talks would resume."]))
    found = records(run("extract", dated, undated, "--format", "jsonl"))
    assert [r["article_date"] for r in found] == ["2023-07-14", None]


def test_a_page_with_no_article_is_skipped_with_the_reason(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<!DOCTYPE html><html><head><title>x</title></head><body></body></html>")
    result = run("extract", path)
    assert result.exit_code == 1
    assert f"skipped {path}: no article text was found in the page" in result.stderr


def test_without_the_html_extra_a_page_names_the_command_that_installs_it(tmp_path,
                                                                            monkeypatch):
    real_import = builtins.__import__

    def no_trafilatura(name, *args, **kwargs):
        if name == "trafilatura":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    path = tmp_path / "a.html"
    path.write_text(page(["The union said talks would resume."]))
    result = run("extract", path)
    assert result.exit_code == 1
    assert f"skipped {path}: reading HTML pages needs the optional 'html' dependencies; " \
           "install them with: pip install 'wgaclaims[html]'" in result.stderr
