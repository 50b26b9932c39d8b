"""An HTML report: each article's text with its claims highlighted in place, and a table.

spaCy's displaCy draws the text in its "span" style (see spans.py), which
stacks spans that overlap as bars under the words (a quote nested in a quote,
a speaker inside a claim) and captions each at its start.

The page is one self-contained file: inline CSS, no scripts, no fonts, images
or other URLs, and a Content-Security-Policy that tells the browser so. The
article text is untrusted: displaCy escapes every token, and all else written
here goes through `html.escape`. spaCy is imported only when a text is drawn.
"""

from __future__ import annotations

import html
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from typing import IO, TYPE_CHECKING

from ..model import Article, Claim
from .colours import PALETTE as PALETTE
from .colours import UNATTRIBUTED as UNATTRIBUTED
from .colours import colour_of, party_colours
from .records import ArticleWriter, via_text
from .report_summary import Tally, chip, summary_section
from .spans import Mark, render_text

if TYPE_CHECKING:
    from ..resolve.registry import Party

SPEAKER_BAR = "#3b4252"
CUE_BAR = "repeating-linear-gradient(90deg, #6b7280 0 3px, transparent 3px 6px)"
CONTENT_CHARS = 180  # a claim's content in the table is cut to about this many characters
SPOOL_BYTES = 8 << 20  # drawn articles are held in memory up to this size, then on disk


def marks_of(claims: Sequence[Claim], first: int, colours: Mapping[str, str]) -> list[Mark]:
    """The claims numbered from `first`, with their speakers and cues (each drawn once
    where claims share them)."""
    marks: list[Mark] = []
    seen: set[tuple[str, int, int]] = set()
    for n, c in enumerate(claims, first):
        marks.append(Mark(c.start, c.end, f"claim-{n}", colour_of(c.party, colours),
                          caption=f"{n} {c.party or 'unattributed'} {kind(c)}", link=f"#row-{n}",
                          title=party_title(c)))
        for what, start, end, colour in (("speaker", c.speaker_start, c.speaker_end, SPEAKER_BAR),
                                         ("cue", c.cue_start, c.cue_end, CUE_BAR)):
            if start is not None and end is not None and (what, start, end) not in seen:
                seen.add((what, start, end))
                marks.append(Mark(start, end, f"{what}-{n}", colour))
    return marks


def party_title(claim: Claim) -> str:
    """The party and how it was found, for hover text: `WGA (role: "striking writers")`."""
    if claim.party is None:
        return "no party"
    how = via_text(claim)
    return f"{claim.party} ({how})" if how else claim.party


def kind(claim: Claim) -> str:
    return claim.type.replace("_", " ") + (" (nested)" if claim.nested else "")


def shorten(text: str, limit: int = CONTENT_CHARS) -> str:
    """Whitespace collapsed; past `limit` characters, cut at a word and ended with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > limit // 2 else limit].rstrip(" ,;:") + " …"


def said_on(claim: Claim) -> str:
    """The date as its precision allows; an expression not resolved, as written, dimmed."""
    e = html.escape
    if claim.said_on is None:
        return f'<span class="wc-dim">{e(claim.said_on_text)}</span>' if claim.said_on_text else ""
    if claim.said_on_precision == "month":
        return e(claim.said_on[:7])
    if claim.said_on_precision == "week":
        return f"week of {e(claim.said_on)}"
    return e(claim.said_on)


def claims_table(claims: Sequence[Claim], first: int, colours: Mapping[str, str]) -> str:
    """One row a claim, numbered from `first`; the number links to the claim in the text.

    How the party was found shows on hover over the party, as over the claim's caption.
    """
    e = html.escape
    rows = []
    for n, c in enumerate(claims, first):
        # The fullest name ("she" -> "Karen Bass") shows on hover: written out, a
        # party's full name would crowd the column.
        name = (f' title="{e(c.speaker_name)}"'
                if c.speaker_name and c.speaker_name != c.speaker else "")
        rows.append(
            f'<tr id="row-{n}"><td class="wc-n"><a href="#claim-{n}">{n}</a></td>'
            f'<td title="{e(party_title(c))}">{chip(c.party, colours)}</td>'
            f"<td>{e(kind(c))}</td>"
            f"<td{name}>{e(c.speaker or '')}</td>"
            f"<td>{e(c.cue or '')}</td><td class=\"wc-when\">{said_on(c)}</td>"
            f'<td class="wc-content">{e(shorten(c.content))}</td></tr>')
    return ('<table class="wc-claims"><thead><tr><th>#</th><th>party</th><th>type</th>'
            "<th>speaker</th><th>cue</th><th>said on</th><th>content</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def article_section(article: Article, claims: Sequence[Claim], first: int,
                    colours: Mapping[str, str], anchor: str = "") -> str:
    """An article's heading (source, date, claims), its text drawn, and its claims' table;
    `anchor` is its id, for the summary's links."""
    e = html.escape
    date = (f"article date {e(article.article_date)} ({e(article.article_date_source or '')})"
            if article.article_date else "no article date")
    count = f"{len(claims)} claim{'' if len(claims) == 1 else 's'}"
    text = render_text(article.text, marks_of(claims, first, colours))
    ident = f' id="{anchor}"' if anchor else ""
    return (f'<section class="wc-article"{ident}><h2>{e(article.source)}</h2>'
            f'<p class="wc-meta">{date} · {count}, numbered {first} to '
            f"{first + len(claims) - 1}</p>"
            f'<div class="wc-text">{text}</div>{claims_table(claims, first, colours)}</section>\n')


def legend(parties: Sequence[Party], colours: Mapping[str, str]) -> str:
    e = html.escape
    items = [f'<li>{chip(p.id, colours)} {e(p.name)}</li>' for p in parties]
    items.append(f"<li>{chip(None, colours)} no party</li>")
    items.append(f'<li><span class="wc-key" style="background: {SPEAKER_BAR}"></span> '
                 "speaker</li>")
    items.append(f'<li><span class="wc-key" style="background: {CUE_BAR}"></span> cue</li>')
    return f'<ul class="wc-legend">{"".join(items)}</ul>'


STYLE = """
body { margin: 0; background: #fafaf7; color: #1f2328;
  font: 15px/1.5 -apple-system, "Segoe UI", "DejaVu Sans", Helvetica, Arial, sans-serif; }
header, main, footer { max-width: 100rem; margin: 0 auto; padding: 0 1.5rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 0; overflow-wrap: anywhere; }
.wc-lede { margin: 0 0 .75rem; color: #57606a; }
.wc-legend { display: flex; flex-wrap: wrap; gap: .35rem 1.25rem; list-style: none;
  margin: 0; padding: .6rem .8rem; background: #fff; border: 1px solid #d8dee4;
  border-radius: 6px; }
.wc-chip { display: inline-block; padding: 0 .4em; border-radius: 3px; font-size: .85em;
  font-weight: 600; color: #111; white-space: nowrap; }
.wc-key { display: inline-block; width: 2.2em; height: 4px; vertical-align: middle; }
.wc-article { margin: 2rem 0; padding: 1.25rem 1.5rem 1.5rem; background: #fff;
  border: 1px solid #d8dee4; border-radius: 8px; }
.wc-meta { margin: .2rem 0 1rem; color: #57606a; font-size: .9em; }
.wc-text { font: 17px/1.75 Georgia, "DejaVu Serif", serif; overflow-wrap: anywhere; }
.wc-text .spans { display: inline; white-space: pre-line; line-height: inherit !important; }
.wc-t { position: relative; }
.wc-strut { vertical-align: top; }
.wc-bar { position: absolute; left: -1px; width: calc(100% + 2px); height: 4px; }
.wc-cap { position: absolute; left: -1px; z-index: 1; margin-top: -2px; padding: 1px 4px;
  border-radius: 3px; font: 600 11px/1.2 "DejaVu Sans", Arial, sans-serif; color: #111;
  white-space: nowrap; scroll-margin-top: 5rem; }
.wc-cap:empty { display: none; }
.wc-cap a { color: inherit !important; }
.wc-cap:target { outline: 3px solid #1f2328; outline-offset: 1px; }
.wc-claims { width: 100%; margin-top: 1.5rem; border-collapse: collapse; font-size: .9em; }
.wc-claims th { text-align: left; font-weight: 600; border-bottom: 2px solid #d8dee4;
  padding: .3rem .5rem; white-space: nowrap; }
.wc-claims .wc-when { white-space: nowrap; }
.wc-claims .wc-when .wc-dim { white-space: normal; }
.wc-claims td { vertical-align: top; border-bottom: 1px solid #eaeef2; padding: .35rem .5rem; }
.wc-claims tr:target { background: #fff8c5; }
.wc-n a { font-weight: 600; }
.wc-content { min-width: 18rem; }
.wc-dim { color: #6e7781; font-style: italic; }
footer { padding-bottom: 2rem; color: #57606a; }
.wc-summary { margin: 1.5rem 0 2rem; padding: 1.25rem 1.5rem; background: #fff;
  border: 1px solid #d8dee4; border-radius: 8px; }
.wc-pair { display: grid; gap: 0 3rem;
  grid-template-columns: repeat(auto-fit, minmax(24rem, 1fr)); }
.wc-pair > div { min-width: 0; }
.wc-summary h3 { font-size: 1rem; margin: 1.25rem 0 .4rem; }
.wc-total-line { font-size: 1.1rem; font-weight: 600; margin: .25rem 0 .75rem; }
.wc-figures { border-collapse: collapse; font-size: .9em; }
.wc-figures th, .wc-figures td { padding: .2rem .6rem; border-bottom: 1px solid #eaeef2;
  text-align: right; font-variant-numeric: tabular-nums; }
.wc-figures th:first-child { text-align: left; }
.wc-figures thead th { font-weight: 600; border-bottom: 2px solid #d8dee4; white-space: nowrap; }
.wc-total { font-weight: 600; }
.wc-timeline { display: block; width: 100%; max-width: 60rem; height: auto;
  font: 11px "DejaVu Sans", Arial, sans-serif; fill: #57606a; }
.wc-articles { margin: 0; padding-left: 1.5rem; }
.wc-articles li { break-inside: avoid; overflow-wrap: anywhere; }
.wc-count { display: inline-block; min-width: 2.2em; font-weight: 600;
  font-variant-numeric: tabular-nums; }
.wc-run { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0;
  font-size: .9em; }
.wc-run dt { color: #57606a; }
.wc-run dd { margin: 0; overflow-wrap: anywhere; }
"""


def page_head(parties: Sequence[Party], colours: Mapping[str, str]) -> str:
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta http-equiv="Content-Security-Policy" '
            "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>Claims: wgaclaims report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
            "<header><h1>Who claimed what, and when</h1>"
            '<p class="wc-lede">Each claim is underlined in its party\'s colour and numbered; '
            "the number links to its row in the table under the article, and back. "
            "Hover over a caption or a party to see how the party was found.</p>"
            f"{legend(parties, colours)}</header>\n<main>\n")


class HtmlWriter(ArticleWriter):
    """The report as one page: a summary, then each article with its claims.

    Articles with no claims (after filters) are counted and listed but not
    drawn. A long article comes in pieces, one `write` each with the same
    Article; they are gathered and the article drawn once, when the next one
    comes or at `close`. The drawn articles wait in a temporary file (on disk
    past a few megabytes) until `close` has the summary to put before them.
    """

    needs = "an HTML report"

    def __init__(self, stream: IO[str], parties: Sequence[Party] = (),
                 details: Mapping[str, str] | None = None) -> None:
        super().__init__(stream)
        self.details = dict(details or {})
        self.parties = list(parties)
        self.colours = party_colours(parties)
        self.articles = 0
        self.shown = 0
        self.tally = Tally()
        self.body = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES, mode="w+",
                                                  encoding="utf-8", newline="")

    def write_article(self, article: Article, claims: list[Claim]) -> None:
        self.articles += 1
        anchor = f"article-{self.articles}" if claims else None
        self.tally.add(article, claims, anchor)
        if anchor:
            self.body.write(article_section(article, claims, self.count + 1, self.colours,
                                            anchor))
            self.count += len(claims)
            self.shown += 1

    def close(self) -> None:
        self.flush_article()
        articles = f"{self.articles} article{'' if self.articles == 1 else 's'}"
        summary = (f"{self.count} claim{'' if self.count == 1 else 's'} in {self.shown} of "
                   f"{articles}" if self.count else f"No claims found in {articles}.")
        self.stream.write(page_head(self.parties, self.colours))
        self.stream.write(summary_section(self.tally, self.colours, self.details))
        self.body.seek(0)
        shutil.copyfileobj(self.body, self.stream)
        self.body.close()
        self.stream.write(f"</main>\n<footer>{summary}</footer>\n</body>\n</html>\n")
        super().close()
