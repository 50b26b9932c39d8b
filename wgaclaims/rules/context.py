"""What the claim rules share about one document: its text, paragraphs, quotes and lexicon.

The rules that turn cues and quotes into drafts (cue_drafts, halves,
uncued_quotes, classify) all ask the same questions of the text: which
paragraph a position is in, which quote encloses it, whether it lies in a
block reproduced whole (a letter, a transcript), and which quote stands right
beside an attribution.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc

from .attribution import Attribution
from .lexicon import Lexicon
from .quotes import Quote
from .ranges import Ranges
from .words import words

_WORD = re.compile(r"\w+")
TITLE_WORDS = 8  # a title or a subheading is short
BEFORE_TITLE = words("works", "before_title")
_TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_LONG_WORD = 4  # words this long or longer are capitalised in a title ("in", "the" are not)
# '," she said' -- only punctuation and spaces between, in one paragraph.
_BETWEEN_BEFORE = re.compile(r"[^\S\n]*(?:[,.;:!?—–-][^\S\n]*)*")
_BETWEEN_CHARS = ",.;:!?—–-"


def title_cased(text: str, min_capitals: int = 1) -> bool:
    """Whether text reads as a title: a few words, the first and every long one capitalised
    ("Here’s the Thing", "All Bets Are Off"), with at least min_capitals capitalised."""
    found = _TITLE_WORD.findall(text)
    return 0 < len(found) <= TITLE_WORDS and found[0][0].isupper() \
        and sum(w[0].isupper() for w in found) >= min_capitals \
        and all(w[0].isupper() for w in found if len(w) >= _LONG_WORD)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


class DocContext:
    """One parsed document as the claim rules see it."""

    def __init__(self, doc: Doc, text: str, paras: list[tuple[int, int]], quotes: list[Quote],
                 lexicon: Lexicon, blocks: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.text = text
        self.lexicon = lexicon
        self.top = [q for q in quotes if q.depth == 0]
        self.inner = [q for q in quotes if q.depth > 0]
        self.blocks = blocks
        self.paras = paras
        self._para_starts = [s for s, _ in self.paras]
        # Indexed once: the rules ask of these for every cue and quote.
        self._top: Ranges[Quote] = Ranges((q.start, q.end, q) for q in self.top)
        self._top_starts = [q.start for q in self.top]
        self._inner: Ranges[Quote] = Ranges((q.start, q.end, q) for q in self.inner)
        self._blocks: Ranges[None] = Ranges((s, e, None) for s, e in blocks)
        self._headline = self._find_headline()

    def paragraph_of(self, pos: int) -> int:
        return bisect_right(self._para_starts, pos) - 1

    def enclosing_quote(self, pos: int) -> Quote | None:
        return next((q for _, _, q in self._top.at(pos)
                     if q.content_start <= pos < q.content_end), None)

    def quotes_over(self, start: int, end: int, nested: bool = False) -> list[Quote]:
        """The top-level (or, with `nested`, the inner) quotes that share a character
        with [start, end), in order of start."""
        pool = self._inner if nested else self._top
        return [q for _, _, q in pool.overlapping(start, end)]

    def quote_at(self, start: int) -> Quote | None:
        """The first top-level quote that opens at `start`."""
        at = bisect_left(self._top_starts, start)
        return self.top[at] if at < len(self.top) and self.top[at].start == start else None

    def in_block(self, pos: int) -> bool:
        return self._blocks.holds(pos)

    def names_a_work(self, q: Quote) -> bool:
        """'said on the podcast “Here’s the Thing.”', 'in his book, “An American Son.”': a
        short quote in title case after a word for a work (data/words.toml [works]) is
        the work's name, and no more of what anyone said."""
        before = self.text[self.paras[self.paragraph_of(q.start)][0]:q.start].rstrip(" ,")
        last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
        return last in BEFORE_TITLE and title_cased(self.text[q.content_start:q.content_end])

    def in_headline(self, pos: int) -> bool:
        """Whether pos lies in the article's headline (see _find_headline)."""
        return self._headline is not None and self._headline[0] <= pos < self._headline[1]

    def _find_headline(self) -> tuple[int, int] | None:
        """The article's headline: its first paragraph, when that is one line that ends
        with no full stop (closing quote marks aside)."""
        first = next(((s, e) for s, e in self.paras if self.text[s:e].strip()), None)
        if first is None:
            return None
        line = self.text[first[0]:first[1]].strip().rstrip("\"'”’»)")
        return first if "\n" not in line and not line.endswith((".", "?", "!", "…")) else None

    def adjacent_quote(self, attr: Attribution) -> Quote | None:
        """A quote right before the speaker and cue ('"...," she said') or after a colon."""
        cue, speaker = attr.cue, attr.speaker
        assert speaker is not None
        left = min(cue.start, speaker.start_char)
        right = max(cue.end, speaker.end_char)
        before = [q for _, _, q in self._top.overlapping(self._gap_start(left) - 1, left + 1)
                  if q.end <= left and _BETWEEN_BEFORE.fullmatch(self.text[q.end:left])]
        if before:
            return before[-1]
        at = bisect_left(self._top_starts, right)
        after = self.top[at] if at < len(self.top) else None
        if after is not None and self._announces(self.text[right:after.start]):
            return after
        return None

    def _gap_start(self, end: int) -> int:
        """Where the run of spaces (no line break) and punctuation before `end` begins:
        a quote that ends before it has words between it and `end`."""
        start = end
        while start > 0 and (self.text[start - 1] in _BETWEEN_CHARS
                             or self.text[start - 1].isspace() and self.text[start - 1] != "\n"):
            start -= 1
        return start

    @staticmethod
    def _announces(gap: str) -> bool:
        """Whether the words between an attribution and the quote after it lead into it:
        nothing, a comma or a colon, or a short phrase ending in a colon on one line."""
        return gap.strip() in ("", ":", ",") or (gap.rstrip().endswith(":")
                                                 and "\n" not in gap.strip()
                                                 and word_count(gap) <= 8)
