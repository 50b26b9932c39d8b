"""displaCy's "span" style input for a text and marks given by character offsets.

displaCy's manual input is a list of tokens with spans given by token index,
while claims carry character offsets; so the text is cut into tokens at every
whitespace run and again at every claim, speaker and cue boundary, and no
spaCy model is needed. spaCy is imported only when a text is drawn.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

JOIN = "transparent"
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

# A caption as TEMPLATE["start"] opens it: group 1 is its mark's label.
_CAPTION = re.compile(r'<span class="wc-cap" id="([^"]+)"')
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
    at its start as a link to `link`, with `title` as its hover text.
    """

    start: int
    end: int
    label: str
    colour: str
    caption: str = ""
    link: str = ""
    title: str = ""


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
    """
    bounds = token_bounds(text, [edge for m in marks for edge in (m.start, m.end)])
    if not bounds:
        return [], {}
    tokens = _Tokens(text, bounds)
    chunks = tokens.chunks(chunk_tokens)
    limits = [*chunks[1:], len(bounds)]
    docs: list[dict[str, Any]] = [
        {"text": text[bounds[cs][0]:bounds[ce - 1][1]],
         "tokens": [text[s:e].translate(_DISPLAY) for s, e in bounds[cs:ce]], "spans": []}
        for cs, ce in zip(chunks, limits, strict=True)]
    colours: dict[str, str] = {}
    for a, b, m in tokens.spans(marks):
        first = bisect_right(chunks, a) - 1
        for c in range(first, bisect_right(chunks, b - 1)):
            pa, pb = tokens.trim(max(a, chunks[c]), min(b, limits[c]))
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


class _Tokens:
    """A text's tokens (see token_bounds): which are whitespace, where marks fall on them."""

    def __init__(self, text: str, bounds: list[tuple[int, int]]) -> None:
        self.text = text
        self.bounds = bounds
        self.index = {start: i for i, (start, _) in enumerate(bounds)}
        self.index[len(text)] = len(bounds)
        self.blank = [text[s:e].isspace() for s, e in bounds]

    def trim(self, a: int, b: int) -> tuple[int, int]:
        """Tokens a to b without the whitespace at either end."""
        while a < b and self.blank[a]:
            a += 1
        while b > a and self.blank[b - 1]:
            b -= 1
        return a, b

    def spans(self, marks: Sequence[Mark]) -> list[tuple[int, int, Mark]]:
        """Each mark as (first token, end token, mark), then the joins.

        displaCy writes a space after each token outside a span. A token that
        touches the next with no space between (the quote mark before a quote)
        is therefore put in a span of its own, drawn in no colour.
        """
        spans: list[tuple[int, int, Mark]] = []
        depth = [0] * (len(self.bounds) + 1)
        for m in marks:
            if not 0 <= m.start < m.end <= len(self.text):
                continue
            a, b = self.trim(self.index[m.start], self.index[m.end])
            if a < b:
                spans.append((a, b, m))
                depth[a] += 1
                depth[b] -= 1
        covered = 0
        for i in range(len(self.bounds) - 1):
            covered += depth[i]
            if not covered and not self.blank[i] and not self.blank[i + 1]:
                start, end = self.bounds[i]
                spans.append((i, i + 1, Mark(start, end, f"join-{i}", JOIN)))
        return spans

    def chunks(self, chunk_tokens: int) -> list[int]:
        """The first token of each displaCy doc: one a line, cut at a space when long."""
        chunks = [0]
        for i in range(1, len(self.bounds)):
            if self.blank[i] and (_LINE_BREAK.search(self.text, *self.bounds[i])
                                  or i - chunks[-1] >= chunk_tokens):
                chunks.append(i)
        return chunks


def render_text(text: str, marks: Sequence[Mark]) -> str:
    """The text as displaCy span markup, every mark drawn; empty for an empty text."""
    from spacy import displacy

    docs, colours = displacy_docs(text, marks)
    if not docs:
        return ""
    options = {"colors": colours, "template": TEMPLATE, "top_offset": TOP_OFFSET,
               "span_label_offset": LABEL_OFFSET, "top_offset_step": STEP}
    markup = str(displacy.render(docs, style="span", manual=True, jupyter=False, options=options))
    return with_titles(markup, {m.label: m.title for m in marks if m.caption and m.title})


def with_titles(markup: str, titles: dict[str, str]) -> str:
    """The captions of the labels in `titles` given their title (hover text), escaped.

    displaCy's templates have no place for a title, so it is written into the caption's
    opening tag, found by its id; displaCy escapes the article's text, so only a
    caption's own tag can match.
    """
    if not titles:
        return markup

    def titled(match: re.Match[str]) -> str:
        title = titles.get(match[1])
        return match[0] if title is None else f'{match[0]} title="{html.escape(title)}"'

    return _CAPTION.sub(titled, markup)


