"""Drafts from attributions: a cue, its speaker and the content the parse links to it.

The content is clipped to the cue's paragraph, or taken from a quote right
beside the cue ('"...," she said'; 'said: "..."') when the parse linked none;
classify.py then types it. A cue inside a quote, a position of a generic
source and a question in the reporter's words give no draft.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .attribution import Attribution
from .classify import classify, generic, may_nest
from .context import DocContext
from .drafts import Draft
from .halves import quote_before_attribution, rest_after_parenthetical
from .syntax import QUOTE_CHARS

_COLON_GAP = re.compile(r"[^\S\n]*:[^\S\n]*")


def from_attribution(ctx: DocContext, attr: Attribution) -> tuple[Draft | None, list[Draft]]:
    """The draft of one attribution, and the second halves of a claim its attribution
    splits (see halves.py)."""
    cue, speaker = attr.cue, attr.speaker
    assert speaker is not None
    nested = ctx.enclosing_quote(cue.start) is not None
    if nested and not may_nest(attr):
        return None, []
    content = _content(ctx, attr)
    if content is None:
        return None, []
    kind, start, end = classify(ctx, cue.frame, content, nested)
    if end <= start:
        return None, []
    if kind == "position" and generic(speaker):
        return None, []  # a position is held by a particular party
    if not nested and _in_question(ctx, cue.token):
        return None, []  # "Do you support Trump?", "Did the guild say ...?": nothing claimed
    draft = Draft(kind, start, end, cue.start, speaker=speaker,
                  cue=(cue.start, cue.end), nested=nested, frame=cue.frame)
    halves = [rest_after_parenthetical(ctx, attr, draft),
              quote_before_attribution(ctx, attr, draft)]
    return draft, [h for h in halves if h is not None]


def _content(ctx: DocContext, attr: Attribution) -> tuple[int, int] | None:
    """The span the cue introduces: the parse's content within the cue's paragraph, else a
    quote beside a cue of speech or thought, with a quote announced by a colon after it."""
    cue = attr.cue
    content = _within_paragraph(ctx, attr.content, cue.start)
    if content is not None and _a_work(ctx, content):
        content = None  # 'said on the podcast "Here's the Thing"': where, not what
    if content is None and cue.frame in ("speech", "cognition", "according"):
        adjacent = ctx.adjacent_quote(attr)
        if adjacent is not None:
            content = (adjacent.content_start, adjacent.content_end)
    if content is None or content[1] <= content[0]:
        return None
    content = _with_quote_after_colon(ctx, content)
    if cue.frame in ("speech", "cognition") and cue.end <= content[0]:
        content = _with_clause_after_colon(ctx, content)
    return content


def _a_work(ctx: DocContext, content: tuple[int, int]) -> bool:
    """Whether the content is all inside a quote that names a work (see names_a_work)."""
    return any(q.start <= content[0] and content[1] <= q.end and ctx.names_a_work(q)
               for q in ctx.quotes_over(*content))


def _in_question(ctx: DocContext, tok: Token) -> bool:
    """Whether tok's sentence is a question in the reporter's own words."""
    sent = tok.sent
    last = next((t for t in reversed(sent) if not (t.is_space or t.text in QUOTE_CHARS)),
                None)
    return last is not None and last.text == "?" and ctx.enclosing_quote(last.idx) is None


def _with_quote_after_colon(ctx: DocContext, content: tuple[int, int]) -> tuple[int, int]:
    """'said she has the quality for the job: "Steadiness."': the quote the clause
    announces with a colon is part of what was said."""
    start, end = content
    gap = _COLON_GAP.match(ctx.text, end)
    if gap is None:
        return content
    quote = ctx.quote_at(gap.end())
    if quote is None or ctx.paragraph_of(quote.start) != ctx.paragraph_of(start):
        return content
    return start, quote.end


def _with_clause_after_colon(ctx: DocContext, content: tuple[int, int]) -> tuple[int, int]:
    """'noted that the actors face two problems: streaming pays less and AI ...': the
    words a colon opens in the same sentence spell out what was said, and go with it."""
    gap = _COLON_GAP.match(ctx.text, content[1])
    last = ctx.doc.char_span(content[1] - 1, content[1], alignment_mode="expand")
    if gap is None or not last:
        return content
    # the rest of the content's sentence after the colon (none if the colon ends it)
    words = [t for t in last[-1].sent if t.idx >= gap.end() and not t.is_space]
    while words and words[-1].is_punct:
        words.pop()
    if not words or any(t.text in QUOTE_CHARS for t in words):
        return content  # a quote after the colon is matched from the quote side
    return content[0], words[-1].idx + len(words[-1])



def _within_paragraph(ctx: DocContext, content: tuple[int, int] | None,
                      cue: int) -> tuple[int, int] | None:
    """Clip a content to its cue's paragraph; a quote running on is matched later."""
    if content is None:
        return None
    p_start, p_end = ctx.paras[max(0, ctx.paragraph_of(cue))]
    start, end = max(content[0], p_start), min(content[1], p_end)
    return (start, end) if end > start else None
