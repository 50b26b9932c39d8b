"""Drafts from quotes no cue claimed: follow-on quotes and quotes signed with a dash.

A follow-on quote with no cue takes the speaker of the claim just before it,
as news writing intends ('"X," she said. "And Y."'). A short quote with no
speaker (a scare quote, a title) is not a claim.
"""

from __future__ import annotations

import re

from .context import DocContext, word_count
from .drafts import Draft
from .quotes import Quote

MIN_UNCUED_WORDS = 4  # fewer words in quotes with no cue is a scare quote or a title
# '" ― Christina Luis' to the end of the line: a dash, then a short name (any spaces
# but a line break, no-break spaces too).
_SIGNATURE = re.compile(
    r"[^\S\n]*([―—–]{1,2}|--)[^\S\n]*([A-Z][\w.'’-]*(?:[^\S\n]+[\w.'’-]+){0,5})[^\S\n]*$",
    re.MULTILINE)
_SENTENCE_END = re.compile(r"[.!?…][\"”’']?\s+")


def from_uncued_quotes(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """Follow-on quotes with no cue of their own take the last speaker before them."""
    out: list[Draft] = []
    for q in ctx.top:
        if ctx.in_block(q.start) or _mostly_taken(q, drafts + out):
            continue
        draft = _dash_signature(ctx, q) or _follow_on(ctx, q, drafts + out)
        if draft is not None:
            out.append(draft)
    return out


def _mostly_taken(q: Quote, drafts: list[Draft]) -> bool:
    """Whether claims already cover half of the quote's words or more."""
    taken = sum(d.overlap(q.content_start, q.content_end) for d in drafts)
    return taken * 2 >= q.content_end - q.content_start


def _follow_on(ctx: DocContext, q: Quote, drafts: list[Draft]) -> Draft | None:
    """The quote as a claim of the speaker of the claim before it, if it continues it."""
    previous = _previous_claim(ctx, q, drafts)
    if previous is None:
        return None
    whole = _whole_sentences(ctx, q)
    # '"X," she said, "and Y."': the second half of a split quote is all quoted words.
    resumed = _continues_after_attribution(ctx, q, previous)
    if not whole and not resumed and (
            word_count(ctx.text[q.content_start:q.content_end]) < MIN_UNCUED_WORDS
            or _has_own_subject(ctx, q)):
        return None
    return Draft("direct" if whole or resumed else "mixed", q.content_start,
                 q.content_end, q.start, inherits=previous, cue=previous.cue)


def _dash_signature(ctx: DocContext, q: Quote) -> Draft | None:
    """A quote signed with a dash and a name, as in epigraphs and pull quotes:
    '"He does not answer to anyone." ― Christina Luis'."""
    p_end = ctx.paras[ctx.paragraph_of(q.start)][1]
    m = _SIGNATURE.match(ctx.text, q.end, max(q.end, p_end))
    if m is None:
        return None
    name_end = m.start(2) + len(m.group(2).rstrip("."))  # "― Steve Quinlan."
    speaker = ctx.doc.char_span(m.start(2), name_end, alignment_mode="expand")
    if speaker is None:
        return None
    return Draft("direct", q.content_start, q.content_end, q.start, speaker=speaker,
                 cue=(m.start(1), m.end(1)), frame="speech")


def _whole_sentences(ctx: DocContext, q: Quote) -> bool:
    """True when the quote starts a sentence and ends one, but for punctuation.

    Read from the text, not the parser's sentences, which often run an
    attribution and the next quote together ('..." it continued. "Our ...').
    """
    p_start, p_end = ctx.paras[ctx.paragraph_of(q.start)]
    before = ctx.text[p_start:q.start]
    tail = _SENTENCE_END.split(before)[-1]
    after = ctx.text[q.end:max(p_end, q.end)]
    head = _SENTENCE_END.split(after)[0] if _SENTENCE_END.search(after) else after
    return word_count(tail) == 0 and word_count(head) == 0


def _continues_after_attribution(ctx: DocContext, q: Quote, previous: Draft) -> bool:
    """'"One of the reasons," Mr. Obama said, "is that ..."': the quote resumes right
    after the attribution, with only a comma, or a short object and a comma ('she told
    the studios, "..."'), between."""
    ends = [e for e in (previous.cue[1] if previous.cue else None,
                        previous.speaker.end_char if previous.speaker is not None else None)
            if e is not None and e <= q.start]
    if not ends:
        return False
    gap = ctx.text[max(ends):q.start].strip()
    return gap in (",", "", ":") or (gap.endswith(",") and word_count(gap) <= 4
                                     and not _SENTENCE_END.search(gap) and "\n" not in gap)


def _has_own_subject(ctx: DocContext, q: Quote) -> bool:
    """Whether the sentence around a partial quote names its own subject.

    'They also "did not indicate ..."' continues the last speaker's words;
    'The committee blasted suggestions that ... "good for the companies"'
    is a new sentence about someone else, not a continuation.
    """
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    root = span[0].sent.root
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass") and not (q.start <= child.idx < q.end):
            return child.pos_ != "PRON"
    return False


def _previous_claim(ctx: DocContext, q: Quote, drafts: list[Draft]) -> Draft | None:
    """The latest claim before q in the same or the previous paragraph."""
    para = ctx.paragraph_of(q.start)
    before = [d for d in drafts if d.anchor < q.start and not d.nested
              and d.type != "position" and para - ctx.paragraph_of(d.anchor) <= 1]
    return max(before, key=lambda d: d.anchor, default=None)
