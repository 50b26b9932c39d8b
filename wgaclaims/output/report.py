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
import zlib
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, TYPE_CHECKING

from ..model import Article, Claim
from .records import Writer, via_text
from .spans import Mark, render_text

if TYPE_CHECKING:
    from ..resolve.registry import Party

UNATTRIBUTED = "#c8c8c8"
# Colours for parties whose registry entry gives none: light enough for dark
# caption text, apart from each other and from the built-in parties' colours.
PALETTE = ("#f5a65b", "#4fc9a8", "#b9a3e3", "#f08a7e", "#c2cf5f", "#f4a3c8", "#a3b8cc",
           "#d4ab82")
SPEAKER_BAR = "#3b4252"
CUE_BAR = "repeating-linear-gradient(90deg, #6b7280 0 3px, transparent 3px 6px)"
CONTENT_CHARS = 180  # a claim's content in the table is cut to about this many characters

def party_colours(parties: Iterable[Party]) -> dict[str, str]:
    """Each party's colour: its own from the registry, else the next PALETTE colour
    that no party has as its own, in registry order."""
    parties = list(parties)
    given = {p.colour for p in parties if p.colour}
    free = [c for c in PALETTE if c not in given] or list(PALETTE)
    colours: dict[str, str] = {}
    uncoloured = 0
    for p in parties:
        if p.colour:
            colours[p.id] = p.colour
        else:
            colours[p.id] = free[uncoloured % len(free)]
            uncoloured += 1
    return colours


def colour_of(party: str | None, colours: Mapping[str, str]) -> str:
    """A claim's colour: its party's, grey when it has none, and for a party the
    registry does not list, a palette colour fixed by its id."""
    if party is None:
        return UNATTRIBUTED
    return colours.get(party) or PALETTE[zlib.crc32(party.encode()) % len(PALETTE)]


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


def chip(party: str | None, colours: Mapping[str, str]) -> str:
    return (f'<span class="wc-chip" style="background: {colour_of(party, colours)}">'
            f'{html.escape(party or "none")}</span>')


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
                    colours: Mapping[str, str]) -> str:
    """An article's heading (source, date, claims), its text drawn, and its claims' table."""
    e = html.escape
    date = (f"article date {e(article.article_date)} ({e(article.article_date_source or '')})"
            if article.article_date else "no article date")
    count = f"{len(claims)} claim{'' if len(claims) == 1 else 's'}"
    text = render_text(article.text, marks_of(claims, first, colours))
    return (f'<section class="wc-article"><h2>{e(article.source)}</h2>'
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
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1.5rem; }
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
.wc-text { max-width: 42rem; font: 17px/1.75 Georgia, "DejaVu Serif", serif;
  overflow-wrap: anywhere; }
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


class HtmlWriter(Writer):
    """The report as one page, written an article at a time.

    Articles with no claims (after filters) are counted but not shown. A long
    article comes in pieces, one `write` each with the same Article; they are
    gathered and the article drawn once, when the next one comes or at `close`.
    """

    def __init__(self, stream: IO[str], parties: Sequence[Party] = (),
                 details: Mapping[str, str] | None = None) -> None:
        super().__init__(stream)
        self.details = dict(details or {})
        self.colours = party_colours(parties)
        self.articles = 0
        self.shown = 0
        self.pending: tuple[Article, list[Claim]] | None = None
        stream.write(page_head(parties, self.colours))

    def write(self, claims: Sequence[Claim], article: Article | None = None) -> None:
        if article is None:
            raise ValueError("an HTML report needs the article each batch of claims is from")
        if self.pending is not None and self.pending[0] is article:
            self.pending[1].extend(claims)
            return
        self.flush_article()
        self.pending = (article, list(claims))

    def flush_article(self) -> None:
        if self.pending is None:
            return
        article, claims = self.pending
        self.pending = None
        self.articles += 1
        if claims:
            self.stream.write(article_section(article, claims, self.count + 1, self.colours))
            self.count += len(claims)
            self.shown += 1
        self.stream.flush()

    def close(self) -> None:
        self.flush_article()
        articles = f"{self.articles} article{'' if self.articles == 1 else 's'}"
        summary = (f"{self.count} claim{'' if self.count == 1 else 's'} in {self.shown} of "
                   f"{articles}" if self.count else f"No claims found in {articles}.")
        self.stream.write(f"</main>\n<footer>{summary}</footer>\n</body>\n</html>\n")
        super().close()
