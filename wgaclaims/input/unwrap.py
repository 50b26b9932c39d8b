"""Text pasted from a PDF, unwrapped (--unwrap): one line per paragraph, words whole.

A PDF's text comes hard-wrapped at the page's width, with words hyphenated
at a line end ("acco-\\nrding to") and paragraphs often told apart only by a
short last line. Unwrapping joins a paragraph's lines with a space, joins a
word split at a line end, and separates paragraphs with a blank line, which
the paragraph rules read. A hyphen at a line end stays when the hyphenated
word is written elsewhere in the text ("strike-\\nrelated" where
"strike-related" occurs) or the next line starts with a capital or a digit
("mid-\\nApril", "2007-\\n08"). A paragraph ends at a blank line, and at a
line that ends a sentence with room left for the next line's first word:
wrapping would have put that word on it, so the break was the writer's.
"""

from __future__ import annotations

import re

from .sources import split_headers

_BLANK = re.compile(r"\n[ \t\f\v]*\n[\s]*")
_SPLIT_WORD = re.compile(r"(\w+)[-\u00ad]$")
_FIRST_WORD = re.compile(r"\w+")
# A line ending a sentence ("... in good faith." / '... a deal."').
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
# Blocks narrower than this are not wrapped prose: their lines are joined, never parted.
MIN_WIDTH = 40


def unwrap_body(text: str) -> str:
    """The text unwrapped after its header block (sources.split_headers), which is kept."""
    _, start = split_headers(text)
    return text[:start] + unwrap(text[start:])


def unwrap(text: str) -> str:
    """The text with its wrapped lines joined and its paragraphs parted by blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs: list[str] = []
    for block in _BLANK.split(text.strip("\n")):
        paragraphs.extend(_paragraphs(block.split("\n"), text))
    return "\n\n".join(p for p in paragraphs if p)


def _paragraphs(lines: list[str], text: str) -> list[str]:
    """The paragraphs of one block of lines. A line ending a sentence ends a paragraph when
    the next line's first word would have fitted on it (so the break was not the wrap's),
    as does a line before an indented one."""
    width = max((len(line.strip()) for line in lines), default=0)
    out: list[str] = []
    current = ""
    for n, line in enumerate(lines):
        current = _join(current, line.strip(), text)
        if n + 1 == len(lines):
            break
        following = lines[n + 1]
        indented_next = following[:1] in (" ", "\t") and line[:1] not in (" ", "\t")
        next_word = following.split(maxsplit=1)[0] if following.strip() else ""
        fits = len(line.strip()) + 1 + len(next_word) <= width
        if indented_next or (fits and width >= MIN_WIDTH and _SENTENCE_END.search(line.rstrip())):
            out.append(current)
            current = ""
    out.append(current)
    return out


def _join(before: str, line: str, text: str) -> str:
    """`line` added to the paragraph so far: after a space, or to a word split at the end."""
    if not before:
        return line
    split = _SPLIT_WORD.search(before)
    first = _FIRST_WORD.match(line)
    if not (split and first):
        return f"{before} {line}"
    if line[:1].islower() and (before.endswith("\u00ad")
                               or f"{split.group(1)}-{first.group()}" not in text):
        return before[:-1] + line
    return before.removesuffix("\u00ad") + ("-" if before.endswith("\u00ad") else "") + line
