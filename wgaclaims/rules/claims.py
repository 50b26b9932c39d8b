"""From cues and quotes to typed claims: direct, mixed, indirect, according_to, position.

The parse links most cues to their content; quotes then decide the type (a
content that is all quote is direct, one that quotes part of its words is
mixed). Quotes the parse left unlinked are matched from the quote side: a
quote beside a cue ('"...," she said'; 'said: "..."') takes that cue, and a
follow-on quote with no cue takes the speaker of the claim just before it,
as news writing intends. A short quote with no speaker (a scare quote, a
title) is not a claim.

The rules live beside this module, one concern each: cue_drafts (a draft
per attribution), halves (a claim split by its attribution), classify (the
type), uncued_quotes (the quote side) and dedupe (the last pass).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .attribution import attribute
from .context import DocContext
from .cue_drafts import from_attribution
from .cues import find_cues
from .dedupe import dedupe, drop_embedded
from .drafts import Draft
from .lexicon import Lexicon
from .quotes import Quote
from .uncued_quotes import from_uncued_quotes


def build_drafts(doc: Doc, text: str, paras: list[tuple[int, int]], quotes: list[Quote],
                 lexicon: Lexicon, blocks: list[tuple[int, int]]) -> list[Draft]:
    """All cue- and quote-based drafts of a parsed document, in text order."""
    ctx = DocContext(doc, text, paras, quotes, lexicon, blocks)
    cues = [c for c in find_cues(doc, lexicon) if not ctx.in_block(c.start)]
    attrs = [a for a in attribute(cues, lexicon) if a.speaker is not None]
    drafts: list[Draft] = []
    halves: list[Draft] = []  # second halves around a parenthetical attribution
    for attr in attrs:
        draft, more = from_attribution(ctx, attr)
        if draft is not None:
            drafts.append(draft)
        halves.extend(more)
    drafts = drop_embedded(drafts + halves)
    drafts.extend(from_uncued_quotes(ctx, drafts))
    return dedupe([d for d in drafts if not _headline_act(ctx, d)])


# Cue frames by which a headline attributes what follows: "Bass Says ...", "X: '...'".
_ATTRIBUTING = frozenset({"speech", "according"})


def _headline_act(ctx: DocContext, draft: Draft) -> bool:
    """"Guild Rejects Final Offer": a headline that reports an act or a position is the
    publisher's summary, no claim; one that attributes words ("Bass Says ...") is."""
    return ctx.in_headline(draft.anchor) and draft.frame not in _ATTRIBUTING
