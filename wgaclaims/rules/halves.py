"""The second half of a claim that its attribution splits in two.

'"Now that I can speak," he told the host, "it was demoralizing."' and
"Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt." each hold
one speaker's words on both sides of the attribution; the half the parse did
not give the cue becomes a second draft that inherits the first one's speaker.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .attribution import Attribution
from .classify import classify
from .content.sentence import attribution_bounds, closing_comma, only_adverbial
from .content.trims import CONCESSIVE
from .context import DocContext
from .drafts import Draft
from .syntax import QUOTE_CHARS

_CLOSING = re.compile(r"[.!?,…]{0,3}[\"”’']")


def quote_before_attribution(ctx: DocContext, attr: Attribution, draft: Draft) -> Draft | None:
    """'"Now that I can speak," he told the host, "it was demoralizing."': both halves.

    When the cue's content is the quote after it, a quote that ends right
    before the speaker and cue is the first half of the same split quote.
    """
    if draft.nested or draft.type != "direct" or attr.cue.frame != "speech":
        return None
    first = ctx.adjacent_quote(attr)
    if first is None or first.content_start >= draft.start:
        return None
    return Draft("direct", first.content_start, first.content_end,
                 first.start, inherits=draft, cue=draft.cue)


def rest_after_parenthetical(ctx: DocContext, attr: Attribution, draft: Draft) -> Draft | None:
    """"Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt.": both halves.

    An attribution set off by commas inside a sentence leaves the claim on
    both sides of it; the half after it is a second claim of the same
    speaker, as with a quote split around its attribution. An unquoted
    indirect claim whose first half is a subject with no verb, or whose
    second half is too short to stand alone, is instead one claim across the
    aside: `draft` is extended.
    """
    doc = ctx.doc
    bounds = _parenthetical(doc, attr, draft)
    if bounds is None:
        return None
    first, last = bounds
    rest = _rest_of_sentence(doc, attr.cue.token.sent, last)
    if not rest or _describes_speaker(rest, first, last, attr):
        return None
    start, end = rest[0].idx, rest[-1].idx + len(rest[-1])
    plain = draft.type in ("indirect", "according_to") \
        and not any(t.text in QUOTE_CHARS for t in rest)
    short = len([t for t in rest if not t.is_punct]) < 3
    if plain and _adverbial_only(doc, draft):
        # "In addition, according to the department, ...": an adverbial says when or how,
        # and the claim is the half after the attribution, as after a speech verb.
        draft.start, draft.end = start, end
        return None
    if plain and (short or _subject_only(doc, draft)):
        # "The museum, he said, would make visitors face ...": a half with no verb is
        # no claim of its own; one claim across the aside.
        # "The deal, she said, is fair.": one claim across the aside, too.
        draft.end = end
        return None
    if short:
        return None
    closing = _CLOSING.match(ctx.text, end)
    if closing is not None:
        end = closing.end()  # keep a closing mark, and the stop before it, with the quote
    kind, start, end = classify(ctx, attr.cue.frame, (start, end), draft.nested)
    return Draft(kind, start, end, start, inherits=draft, cue=draft.cue, nested=draft.nested)


def _parenthetical(doc: Doc, attr: Attribution, draft: Draft) -> tuple[int, int] | None:
    """The first and last tokens of an attribution set off by a closing comma after the
    draft's content, or None."""
    if draft.type == "position" or attr.speaker is None:
        return None
    comma = closing_comma(attr.cue, attr.speaker)
    if comma is None:
        return None
    first, last = attribution_bounds(attr.cue, attr.speaker)[0], comma - 1
    if draft.end > doc[first].idx:
        return None  # the content is already after the attribution
    return first, last


def _rest_of_sentence(doc: Doc, sent: Span, last: int) -> list[Token]:
    """The words after the attribution's closing comma (at last + 1), to the sentence's
    end, without trailing punctuation or a concessive aside of the reporter's."""
    rest = [t for t in doc[last + 2:sent.end] if not t.is_space]
    for t in rest:  # "..., although it may take days to tell": the reporter's aside
        if t.text == "," and t.i + 1 < sent.end and doc[t.i + 1].lower_ in CONCESSIVE:
            rest = [u for u in rest if u.i < t.i]
            break
    while rest and rest[-1].is_punct:
        rest.pop()
    return rest


def _describes_speaker(rest: list[Token], first: int, last: int, attr: Attribution) -> bool:
    """"..., according to Bill McInturff, a Republican pollster who ...": words that hang
    on the attribution's speaker (tokens first..last, the cue aside) describe it; they are
    no second half of the claim. Words the parser hung on the cue verb itself ("he said,
    including payments for ...") go on with the claim."""
    cue = range(attr.cue.token.i, attr.cue.last.i + 1)
    roots = [t for t in rest if t.head.i < rest[0].i or t.head.i > rest[-1].i]
    # "..., one executive said, seemingly addressing criticism that ...": a clause on the
    # cue is the reporter's gloss of the act; a phrase on it ("including ...") is not.
    return bool(roots) and all(first <= t.head.i <= last and (
        t.head.i not in cue or t.dep_ != "prep") for t in roots)


def _adverbial_only(doc: Doc, draft: Draft) -> bool:
    """Whether the half before the attribution is one adverbial phrase or clause."""
    before = doc.char_span(draft.start, draft.end, alignment_mode="expand")
    words = [t for t in before or () if not (t.is_punct or t.is_space)]
    return bool(words) and only_adverbial(words)


def _subject_only(doc: Doc, draft: Draft) -> bool:
    """Whether the half before the attribution has no verb: a subject alone."""
    before = doc.char_span(draft.start, draft.end, alignment_mode="expand")
    return before is not None and not any(t.pos_ in ("VERB", "AUX") for t in before)
