"""What the claim rules share about one document: its text, paragraphs, quotes and lexicon.

The rules that turn cues and quotes into drafts (cue_drafts, halves,
uncued_quotes, classify) all ask the same questions of the text: which
paragraph a position is in, which quote encloses it, whether it lies in a
block reproduced whole (a letter, a transcript), and which quote stands right
beside an attribution.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from .attribution import Attribution
from .lexicon import Lexicon
from .quotes import Quote

_WORD = re.compile(r"\w+")
# '," she said' -- only punctuation and spaces between, in one paragraph.
_BETWEEN_BEFORE = re.compile(r"[^\S\n]*(?:[,.;:!?—–-][^\S\n]*)*")


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

    def paragraph_of(self, pos: int) -> int:
        return bisect_right(self._para_starts, pos) - 1

    def enclosing_quote(self, pos: int) -> Quote | None:
        for q in self.top:
            if q.content_start <= pos < q.content_end:
                return q
        return None

    def in_block(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.blocks)

    def in_headline(self, pos: int) -> bool:
        """Whether pos lies in the article's headline: its first paragraph, when that is
        one line that ends with no full stop."""
        first = next(((s, e) for s, e in self.paras if self.text[s:e].strip()), None)
        if first is None or not first[0] <= pos < first[1]:
            return False
        line = self.text[first[0]:first[1]].strip().rstrip("\"'”’»)")
        return "\n" not in line and not line.endswith((".", "?", "!", "…"))

    def adjacent_quote(self, attr: Attribution) -> Quote | None:
        """A quote right before the speaker and cue ('"...," she said') or after a colon."""
        cue, speaker = attr.cue, attr.speaker
        assert speaker is not None
        left = min(cue.start, speaker.start_char)
        right = max(cue.end, speaker.end_char)
        before = [q for q in self.top if q.end <= left
                  and _BETWEEN_BEFORE.fullmatch(self.text[q.end:left])]
        if before:
            return before[-1]
        after = next((q for q in self.top if q.start >= right), None)
        if after is not None and self._announces(self.text[right:after.start]):
            return after
        return None

    @staticmethod
    def _announces(gap: str) -> bool:
        """Whether the words between an attribution and the quote after it lead into it:
        nothing, a comma or a colon, or a short phrase ending in a colon on one line."""
        return gap.strip() in ("", ":", ",") or (gap.rstrip().endswith(":")
                                                 and "\n" not in gap.strip()
                                                 and word_count(gap) <= 8)
