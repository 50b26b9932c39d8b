"""Pair quotation marks into quotes: pure string functions, no spaCy.

News text mixes curly and straight marks, uses the same character for a
closing single quote and an apostrophe ("don’t", "writers’ room"), and
continues a quote over paragraphs by opening each new paragraph without
closing the last one. The rules here decide each mark from its neighbours,
pair marks within a paragraph, and drop a quote that never closes rather
than let it swallow the rest of the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
ALL_MARKS = (DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE
             + STRAIGHT_DOUBLE + STRAIGHT_SINGLE)

# Characters after which a straight mark opens a quote: "(", a dash, a space.
_OPENERS_BEFORE = "([{—–-/:;" + DOUBLE_OPEN + SINGLE_OPEN
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


@dataclass(frozen=True)
class Quote:
    """A quoted passage: `start` is the opening mark, `end` is just past the closing mark.

    A quote continued over paragraphs runs from its first opening mark to its
    last closing mark; `depth` is 0 for a top-level quote, 1 inside another.
    """

    start: int
    end: int
    depth: int = 0
    open_width: int = 1   # 2 for a doubled apostrophe, ''
    close_width: int = 1

    @property
    def content_start(self) -> int:
        return self.start + self.open_width

    @property
    def content_end(self) -> int:
        return self.end - self.close_width

    def contains(self, start: int, end: int) -> bool:
        return self.content_start <= start and end <= self.content_end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blank-line separated, else one a line."""
    sep = _BLANK_LINE if _BLANK_LINE.search(text) else re.compile(r"\n")
    spans, cursor = [], 0
    for m in sep.finditer(text):
        spans.append((cursor, m.start()))
        cursor = m.end()
    spans.append((cursor, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _doubled_apostrophe(text: str, i: int, end: int) -> bool:
    """Two straight apostrophes used as one double mark, as in archives of the New York
    Times: "''That's Mexico's vulnerability,'' said Luis Rubio"."""
    return (text[i] == STRAIGHT_SINGLE and i + 1 < end and text[i + 1] == STRAIGHT_SINGLE
            and (i == 0 or text[i - 1] != STRAIGHT_SINGLE)
            and (i + 2 >= len(text) or text[i + 2] != STRAIGHT_SINGLE))


def _role(text: str, i: int, width: int = 1) -> str:
    """'open', 'close', 'either' or 'apostrophe' for the mark at text[i] (width characters)."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    if width == 2:
        ch = STRAIGHT_DOUBLE  # '' reads as "
    if ch in DOUBLE_OPEN or ch in SINGLE_OPEN:
        return "open"
    if ch in DOUBLE_CLOSE:
        if _after_opener(before) and _is_word(after):
            return "open"  # '”Fear. I am afraid ...”': a closing mark set as an opener
        return "close"
    if ch in SINGLE_CLOSE or ch == STRAIGHT_SINGLE:
        return _single_role(ch, before, after)
    return _straight_double_role(before, after)


def _after_opener(before: str) -> bool:
    """Whether the character before a mark is one after which a quote opens."""
    return before.isspace() or before in _OPENERS_BEFORE


def _single_role(ch: str, before: str, after: str) -> str:
    """The role of a closing single mark or a straight apostrophe, from its neighbours."""
    if _is_word(before) and _is_word(after):
        return "apostrophe"  # don’t, it's, O'Brien
    if ch == STRAIGHT_SINGLE and _after_opener(before) and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or not _is_word(after)):
        return "close"  # also the possessive in "writers’ room": decided by pairing
    return "apostrophe"  # ’90s, ’em


def _straight_double_role(before: str, after: str) -> str:
    """Straight double quote: decide by which side touches a word."""
    if _after_opener(before):
        return "either" if after.isspace() else "open"
    if after.isspace() or not _is_word(after):
        return "close"
    return "either"


def _is_double(ch: str) -> bool:
    return ch in DOUBLE_OPEN or ch in DOUBLE_CLOSE or ch == STRAIGHT_DOUBLE


def _straight(text: str, i: int) -> bool:
    """Whether the double mark at text[i] is typed straight (" or '') rather than curly."""
    return text[i] in STRAIGHT_DOUBLE + STRAIGHT_SINGLE


def _opens_paragraph(text: str, start: int, end: int, straight: bool) -> bool:
    """True when a paragraph begins with an opening double quote mark typed like the
    one left open (straight or curly).

    A text sets its marks one way; a straight mark left open before a paragraph
    that opens with a curly one is a stray (often a block-quote sign lost in
    extraction), not a quote the next paragraph continues.
    """
    stripped = text[start:end].lstrip()
    if not stripped:
        return False
    i = start + (len(text[start:end]) - len(stripped))
    width = 2 if _doubled_apostrophe(text, i, end) else 1
    return ((_is_double(text[i]) or width == 2) and _role(text, i, width) in ("open", "either")
            and _straight(text, i) == straight)


def find_quotes(text: str) -> list[Quote]:
    """All quotes in text, top level and nested, sorted by start.

    A double quote left open at the end of a paragraph continues only when
    the next paragraph opens with a double quote mark of the same kind
    (straight or curly); otherwise it is
    dropped (its marks are unbalanced). Single quotes pair at the top level
    and inside double quotes; an unpaired single mark is an apostrophe.
    """
    paras = paragraphs(text)
    pairing = _Pairing(text)
    for n, (p_start, p_end) in enumerate(paras):
        pairing.start_paragraph()
        for i, width in _marks(text, p_start, p_end):
            pairing.mark(i, width, p_end)
        pairing.end_paragraph(paras[n + 1] if n + 1 < len(paras) else None)
    quotes = sorted(pairing.quotes, key=lambda q: (q.start, -q.end))
    return _mark_nesting(quotes)


def _marks(text: str, p_start: int, p_end: int) -> Iterator[tuple[int, int]]:
    """(position, width) of each quotation mark in a paragraph; a doubled apostrophe is
    one mark of width 2."""
    skip = -1  # the second apostrophe of a doubled one
    for i in range(p_start, p_end):
        if text[i] not in ALL_MARKS or i == skip:
            continue
        width = 2 if _doubled_apostrophe(text, i, p_end) else 1
        if width == 2:
            skip = i + 1
        yield i, width


class _Pairing:
    """Pairs the marks of a text, paragraph by paragraph, into quotes.

    Holds the marks still open: a double one (perhaps carried over from the
    last paragraph) and a single one.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.quotes: list[Quote] = []
        self.carried: int | None = None  # opening mark of a quote continued from the last paragraph
        self.double: int | None = None
        self.double_width = 1  # of the open double mark: 2 for ''
        self.inner: int | None = None  # a curly double mark opened inside a curly quote
        self.single: int | None = None
        self.skip_first_open = False

    def start_paragraph(self) -> None:
        self.double = self.carried
        self.single = self.inner = None
        # A continued paragraph re-opens the quote with its own first mark: skip it.
        self.skip_first_open = self.carried is not None
        self.carried = None

    def end_paragraph(self, nxt: tuple[int, int] | None) -> None:
        """Carry a double quote left open into the next paragraph if that one opens with a
        mark of the same kind; else drop it."""
        if self.double is not None and nxt and _opens_paragraph(
                self.text, *nxt, _straight(self.text, self.double)):
            self.carried = self.double

    def mark(self, i: int, width: int, p_end: int) -> None:
        role = _role(self.text, i, width)
        if _is_double(self.text[i]) or width == 2:
            self._double_mark(i, width, role)
        elif role != "apostrophe":
            self._single_mark(i, role, p_end)

    def _double_mark(self, i: int, width: int, role: str) -> None:
        opens = role in ("open", "either")
        if self.skip_first_open and opens:
            self.skip_first_open = False
            return
        self.skip_first_open = False
        if self.double is None and opens:
            self._open_double(i, width)
        elif self._nests(i, role):
            # '“I’d rather live in what he calls “hell” than ...”': a writer who
            # quotes inside a quote with the same marks. The next closing mark closes
            # the inner quote; the one after it, the outer.
            self.inner = i
        elif self.inner is not None and role in ("close", "either"):
            self.quotes.append(Quote(self.inner, i + width, 1))
            self.inner = None
        elif self.double is not None and role == "open" and _straight(self.text, self.double) \
                and not _straight(self.text, i):
            # '"Trump walked on, chanting “U-S-A!”': a straight mark left open
            # before a curly opener was a stray; the quote opens here.
            self._open_double(i, width)
        elif self.double is not None and role in ("close", "either"):
            self.single = None  # an unclosed single mark inside was an apostrophe
            self.quotes.append(Quote(self.double, i + width, 0, self.double_width, width))
            self.double = None

    def _nests(self, i: int, role: str) -> bool:
        """Whether a curly opening mark inside an open curly quote opens a quote in it."""
        return (self.double is not None and self.inner is None and role == "open"
                and not _straight(self.text, self.double) and not _straight(self.text, i))

    def _open_double(self, i: int, width: int) -> None:
        self.double, self.double_width = i, width
        self.single = None

    def _single_mark(self, i: int, role: str, p_end: int) -> None:
        depth = 0 if self.double is None else 1
        if self.single is None and role == "open":
            self.single = i
        elif self.single is not None and role == "close" and _closes_single(self.text, i, p_end):
            self.quotes.append(Quote(self.single, i + 1, depth))
            self.single = None


def _closes_single(text: str, i: int, p_end: int) -> bool:
    """Whether a closing-looking single mark closes a quote or is a plural possessive.

    "the ‘writers’ room’" — a mark after "s" followed by a lowercase word is
    taken as a possessive when another closing mark follows in the paragraph.
    """
    before = text[i - 1] if i > 0 else ""
    rest = text[i + 1:p_end]
    if before in "sS" and re.match(r" [a-z]", rest):
        return not any(c in SINGLE_CLOSE + STRAIGHT_SINGLE for c in rest)
    return True


def _mark_nesting(quotes: list[Quote]) -> list[Quote]:
    """Set depth from containment, so a single-quoted passage inside a double one is nested."""
    out: list[Quote] = []
    for q in quotes:
        depth = sum(1 for o in quotes if o is not q and o.start < q.start and q.end <= o.end)
        out.append(Quote(q.start, q.end, depth, q.open_width, q.close_width))
    return out


def top_level(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if q.depth == 0]
