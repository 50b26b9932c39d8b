"""An HTML report: each article's text with its claims highlighted in place, and a table.

spaCy's displaCy draws the text in its "span" style, which stacks spans that
overlap as bars under the words (a quote nested in a quote, a speaker inside
a claim) and captions each at its start. displaCy's manual input is a list of
tokens with spans given by token index, while claims carry character offsets;
so the text is cut into tokens at every whitespace run and again at every
claim, speaker and cue boundary, and no spaCy model is needed.

The page is one self-contained file: inline CSS, no scripts, no fonts, images
or other URLs, and a Content-Security-Policy that tells the browser so. The
article text is untrusted: displaCy escapes every token, and all else written
here goes through `html.escape`. spaCy is imported only when a text is drawn.
"""

from __future__ import annotations

import html
import re
import zlib
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any

from ..model import Article, Claim
from ..resolve.registry import Party
from .records import Writer

UNATTRIBUTED = "#c8c8c8"
# Colours for parties whose registry entry gives none: light enough for dark
# caption text, apart from each other and from the built-in parties' colours.
PALETTE = ("#f5a65b", "#4fc9a8", "#b9a3e3", "#f08a7e", "#c2cf5f", "#f4a3c8", "#a3b8cc",
           "#d4ab82")
SPEAKER_BAR = "#3b4252"
CUE_BAR = "repeating-linear-gradient(90deg, #6b7280 0 3px, transparent 3px 6px)"
JOIN = "transparent"
CONTENT_CHARS = 180  # a claim's content in the table is cut to about this many characters
CHUNK_TOKENS = 400   # displaCy docs per article: a line each, at most about this many tokens

# displaCy's layout, in px: the first bar's distance below the top of a line,
# room for a caption under the lowest bar, and the step between stacked bars.
TOP_OFFSET = 27
LABEL_OFFSET = 17
STEP = 16

# displaCy fills these with a token's text, its bars and its captions, and
# puts a span's `label` in the caption's id. It writes the label, kb_id and
# kb_url as they are: they are made here, and escaped here.
TEMPLATE = {
    "span": '<span class="wc-t">{text}<span class="wc-strut" style="line-height: '
            '{total_height}px"></span>{span_slices}{span_starts}</span>',
    "slice": '<span class="wc-bar" style="background: {bg}; top: {top_offset}px"></span>',
    "start": '<span class="wc-cap" id="{label}" style="background: {bg}; '
             'top: {top_offset}px">{kb_link}</span>',
}

_RUNS = re.compile(r"\s+|\S+")
_LINE_BREAK = re.compile(r"[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# What the browser is shown for characters HTML has no use for: line breaks HTML
# does not know as such become "\n"; other control characters, U+FFFD.
_DISPLAY = str.maketrans(
    {**{c: "\ufffd" for c in [*range(0x00, 0x09), *range(0x0E, 0x1C), 0x7F, *range(0x80, 0xA0)]},
     **{c: "\n" for c in (0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029)}, 0x1F: " "})


@dataclass(frozen=True)
class Mark:
    """A stretch of an article to draw: a claim, a speaker or a cue.

    `label` is unique in the page: it becomes the id of the caption drawn at
    the mark's start ("claim-3", the target of the table's links). `colour` is
    a CSS background for its bar and caption; `caption`, when given, is shown
    at its start as a link to `link`.
    """

    start: int
    end: int
    label: str
    colour: str
    caption: str = ""
    link: str = ""


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
                          caption=f"{n} {c.party or 'unattributed'} {kind(c)}", link=f"#row-{n}"))
        for what, start, end, colour in (("speaker", c.speaker_start, c.speaker_end, SPEAKER_BAR),
                                         ("cue", c.cue_start, c.cue_end, CUE_BAR)):
            if start is not None and end is not None and (what, start, end) not in seen:
                seen.add((what, start, end))
                marks.append(Mark(start, end, f"{what}-{n}", colour))
    return marks


def kind(claim: Claim) -> str:
    return claim.type.replace("_", " ") + (" (nested)" if claim.nested else "")


def token_bounds(text: str, cuts: Iterable[int]) -> list[tuple[int, int]]:
    """(start, end) of tokens that cover `text` exactly: its whitespace runs and the
    runs between them, cut again at every offset in `cuts`."""
    if not text:
        return []
    points = {m.start() for m in _RUNS.finditer(text)}
    points.update(c for c in cuts if 0 < c < len(text))
    starts = sorted(points)
    return list(zip(starts, [*starts[1:], len(text)], strict=True))


def displacy_docs(text: str, marks: Sequence[Mark],
                  chunk_tokens: int = CHUNK_TOKENS) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """displaCy's manual span input for `text`, and the colour of every span label.

    The text becomes one doc per line (a longer line is cut at a space every
    `chunk_tokens` tokens): displaCy compares every token with every span of
    its doc, so small docs keep a long article fast; the page lays them out
    as one flow. A mark is drawn over its tokens but not over whitespace at
    its ends; continued into the next doc, it goes on without a caption.

    displaCy writes a space after each token outside a span. A token that
    touches the next with no space between (the quote mark before a quote)
    is therefore put in a span of its own, drawn in no colour.
    """
    ends = [edge for m in marks for edge in (m.start, m.end)]
    bounds = token_bounds(text, ends)
    if not bounds:
        return [], {}
    index = {start: i for i, (start, _) in enumerate(bounds)}
    index[len(text)] = len(bounds)
    blank = [text[s:e].isspace() for s, e in bounds]

    def trim(a: int, b: int) -> tuple[int, int]:
        while a < b and blank[a]:
            a += 1
        while b > a and blank[b - 1]:
            b -= 1
        return a, b

    spans: list[tuple[int, int, Mark]] = []
    depth = [0] * (len(bounds) + 1)
    for m in marks:
        if not 0 <= m.start < m.end <= len(text):
            continue
        a, b = trim(index[m.start], index[m.end])
        if a < b:
            spans.append((a, b, m))
            depth[a] += 1
            depth[b] -= 1
    covered = 0
    for i in range(len(bounds) - 1):
        covered += depth[i]
        if not covered and not blank[i] and not blank[i + 1]:
            spans.append((i, i + 1, Mark(bounds[i][0], bounds[i][1], f"join-{i}", JOIN)))

    chunks = [0]
    for i in range(1, len(bounds)):
        if blank[i] and (_LINE_BREAK.search(text, *bounds[i]) or i - chunks[-1] >= chunk_tokens):
            chunks.append(i)
    limits = [*chunks[1:], len(bounds)]
    docs: list[dict[str, Any]] = [
        {"text": text[bounds[cs][0]:bounds[ce - 1][1]],
         "tokens": [text[s:e].translate(_DISPLAY) for s, e in bounds[cs:ce]], "spans": []}
        for cs, ce in zip(chunks, limits, strict=True)]
    colours: dict[str, str] = {}
    for a, b, m in spans:
        first = bisect_right(chunks, a) - 1
        for c in range(first, bisect_right(chunks, b - 1)):
            pa, pb = trim(max(a, chunks[c]), min(b, limits[c]))
            if pa >= pb:
                continue
            span: dict[str, Any] = {"start_token": pa - chunks[c], "end_token": pb - chunks[c],
                                    "label": m.label if c == first else f"{m.label}-{c}"}
            if m.caption and c == first:
                span["kb_id"] = html.escape(m.caption)
                span["kb_url"] = html.escape(m.link)
            docs[c]["spans"].append(span)
            colours[span["label"]] = m.colour
    return docs, colours


def render_text(text: str, marks: Sequence[Mark]) -> str:
    """The text as displaCy span markup, every mark drawn; empty for an empty text."""
    from spacy import displacy

    docs, colours = displacy_docs(text, marks)
    if not docs:
        return ""
    options = {"colors": colours, "template": TEMPLATE, "top_offset": TOP_OFFSET,
               "span_label_offset": LABEL_OFFSET, "top_offset_step": STEP}
    return str(displacy.render(docs, style="span", manual=True, jupyter=False, options=options))


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
    """One row a claim, numbered from `first`; the number links to the claim in the text."""
    e = html.escape
    rows = []
    for n, c in enumerate(claims, first):
        # The fullest name ("she" -> "Karen Bass") shows on hover: written out, a
        # party's full name would crowd the column.
        name = (f' title="{e(c.speaker_name)}"'
                if c.speaker_name and c.speaker_name != c.speaker else "")
        rows.append(
            f'<tr id="row-{n}"><td class="wc-n"><a href="#claim-{n}">{n}</a></td>'
            f"<td>{chip(c.party, colours)}</td><td>{e(kind(c))}</td>"
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
            "the number links to its row in the table under the article, and back.</p>"
            f"{legend(parties, colours)}</header>\n<main>\n")


class HtmlWriter(Writer):
    """The report as one page, written an article at a time.

    Articles with no claims (after filters) are counted but not shown. A long
    article comes in pieces, one `write` each with the same Article; they are
    gathered and the article drawn once, when the next one comes or at `close`.
    """

    def __init__(self, stream: IO[str], parties: Sequence[Party] = ()) -> None:
        super().__init__(stream)
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
