"""The summary that opens the HTML report: figures, a timeline in SVG, articles, run details."""

import io
import re

from wgaclaims.model import Article
from wgaclaims.output.colours import UNATTRIBUTED
from wgaclaims.output.report import HtmlWriter
from wgaclaims.output.report_summary import Tally, summary_section, timeline_svg

from .test_report import PARTIES, claim_in

TEXT = '"We will strike," the WGA said. "No," the AMPTP said. "Maybe," she said.'


def claims_on(*days: tuple[str | None, str | None, str]):
    """Claims of TEXT, one per (party, said_on, precision)."""
    contents = ["We will strike,", "No,", "Maybe,"]
    return [claim_in(TEXT, contents[i % 3], party=party, said_on=day, said_on_precision=how,
                     type="direct" if i % 2 == 0 else "mixed")
            for i, (party, day, how) in enumerate(days)]


def report(batches, details=None) -> str:
    out = io.StringIO()
    writer = HtmlWriter(out, PARTIES, details or {"wgaclaims": "0.1.0", "model": "m 1"})
    for article, claims in batches:
        writer.write(claims, article)
    writer.close()
    return out.getvalue()


def test_the_report_opens_with_the_summary_before_any_article():
    article = Article("a.txt", TEXT, title="Talks & <b>tears</b>", url="https://x.test/a")
    page = report([(article, claims_on(("WGA", "2023-08-09", "day"),
                                       ("AMPTP", "2023-08-10", "day"),
                                       (None, None, None)))],
                  {"wgaclaims": "0.1.0", "model": "en_core_web_sm 3.8.0", "--party": "WGA"})
    start, end = page.index('<section class="wc-summary"'), page.index('<section class="wc-art')
    assert start < end
    summary = page[start:end]
    assert "3 claims in 1 of 1 article" in summary
    # Per party and type: rows by count, no party last; a column per type used.
    heads = re.findall(r"<th>([^<]*)</th>", summary)
    assert heads[:4] == ["party", "direct", "mixed", "total"]
    rows = re.findall(r'<tr><th><span class="wc-chip"[^>]*>([^<]+)</span></th>(.*?)</tr>',
                      summary)
    assert [r[0] for r in rows] == ["AMPTP", "WGA", "none"]
    # Articles: linked by their title, escaped, with source, date and URL as text only.
    assert '<a href="#article-1">Talks &amp; &lt;b&gt;tears&lt;/b&gt;</a>' in summary
    assert 'id="article-1"' in page and "https://x.test/a" in summary
    assert 'href="https' not in page
    # Run details, and nothing that changes from run to run.
    assert "<dt>model</dt><dd>en_core_web_sm 3.8.0</dd>" in summary
    assert "<dt>--party</dt><dd>WGA</dd>" in summary
    assert page == report([(article, claims_on(("WGA", "2023-08-09", "day"),
                                               ("AMPTP", "2023-08-10", "day"),
                                               (None, None, None)))],
                          {"wgaclaims": "0.1.0", "model": "en_core_web_sm 3.8.0",
                           "--party": "WGA"})


def test_the_timeline_stacks_each_days_claims_by_party_in_their_colours():
    tally = Tally()
    tally.add(Article("a.txt", TEXT), claims_on(
        ("WGA", "2023-08-07", "day"), ("WGA", "2023-08-07", "day"),
        ("AMPTP", "2023-08-07", "day"), (None, "2023-08-09", "day"),
        ("WGA", "2023-07-31", "week"), ("WGA", None, None)), "article-1")
    assert tally.timeline_by() == "day"
    svg = timeline_svg(tally, {"WGA": "#56b4e9", "AMPTP": "#e69f00"}, "day")
    assert svg.startswith("<svg") and "<script" not in svg
    pieces = re.findall(r'<rect [^>]*fill="([^"]+)"><title>([^<]+)</title>', svg)
    assert pieces == [("#56b4e9", "2023-08-07: WGA 2"), ("#e69f00", "2023-08-07: AMPTP 1"),
                      (UNATTRIBUTED, "2023-08-09: no party 1")]
    assert re.findall(r">(\d\d-\d\d)</text>", svg) == ["08-07", "08-08", "08-09"]
    # A week's claims count by week; two were not dated to the day.
    assert tally.undated["day"] == 2 and tally.undated["week"] == 1


def test_a_long_timeline_is_drawn_by_week():
    tally = Tally()
    tally.add(Article("a.txt", TEXT), claims_on(("WGA", "2023-05-02", "day"),
                                                ("WGA", "2023-08-10", "day")), "article-1")
    assert tally.timeline_by() == "week"
    svg = timeline_svg(tally, {}, "week")
    assert "2023-05-01: WGA 1" in svg and "2023-08-07: WGA 1" in svg


def test_with_no_claims_the_summary_says_so():
    tally = Tally()
    tally.add(Article("a.txt", "Nothing."), [], None)
    section = summary_section(tally, {}, {})
    assert "No claims found in 1 article." in section
    assert "No claim is dated to the day." in section
    assert '<span class="wc-count">0</span> a.txt</li>' in section
