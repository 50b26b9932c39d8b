"""Cut a text too long for one spaCy Doc into pieces, at paragraph breaks where it can.

The parser's memory grows with the length of a Doc (about 520 MB at 100,000
characters with en_core_web_sm, 1.6 GB at 400,000), and some claim rules
grow faster than the text, so a 50 MB article is read as pieces of at most
`limit` characters. A piece ends at the last blank line in its second half;
where there is none, at a line break, then a sentence end, then a space, and
only in a text with none of these, anywhere. Cutting only in the second half
keeps the pieces long, so the number of pieces stays proportional to the text.

Pieces are (start, end) offsets into the text, so claims found in a piece are
placed in the article by adding its start.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Best first. Each match's end is where the next piece begins.
_BREAKS = (
    re.compile(r"\n[ \t\r\f\v]*\n\s*"),           # a blank line: a paragraph break
    re.compile(r"\n\s*"),                           # a line break
    re.compile(r"[.!?…][\"'”’)\]]*\s+"),            # a sentence end
    re.compile(r"\s+"),                             # a space
)


def _cut(text: str, start: int, limit: int) -> int:
    """Where the piece that begins at `start` should end: at most `limit` characters on."""
    lo, hi = start + limit // 2, start + limit
    for pattern in _BREAKS:
        last = None
        for last in pattern.finditer(text, lo, hi):  # noqa: B007 -- only the last one is kept
            pass
        if last is not None:
            return last.end()
    return hi


def pieces(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces covering `text`, none longer than `limit`.

    A text within the limit is one piece, however it is laid out.
    """
    if limit < 2:
        raise ValueError(f"a piece limit of {limit} characters is too small")
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, limit)
        yield start, end
        start = end
    yield start, len(text)
