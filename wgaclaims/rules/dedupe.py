"""The last pass over a document's drafts: one claim per content, none inside another.

A cue inside another claim's content is part of what that claim says
("saying she thinks a resolution can be reached"), unless the rules made it a
nested claim; two drafts of the same content are one claim.
"""

from __future__ import annotations

from bisect import bisect_left

from .drafts import Draft
from .ranges import Ranges


def drop_embedded(drafts: list[Draft]) -> list[Draft]:
    """Drop a claim whose cue lies inside another claim's content, unless nested by rule.

    "saying she thinks a resolution can be reached": "thinks" is part of
    what she said, not a second claim. The drafts are indexed by anchor and by
    span once (see ranges.py), so each asks only of those near it.
    """
    anchored = sorted(((d.anchor, n, d) for n, d in enumerate(drafts)), key=lambda a: a[:2])
    drafts = [d for d in drafts if not _sources_a_report(d, anchored)]
    spans: Ranges[Draft] = Ranges((o.start, o.end, o) for o in drafts if not o.nested)
    kept = []
    for d in drafts:
        outer = [o for _, _, o in spans.at(d.anchor) if o is not d and not d.covers(o.anchor)]
        if outer and all(_reports_another(d, o) for o in outer):
            d.nested = True
        if d.nested or not outer:
            kept.append(d)
    return kept


def _reports_another(d: Draft, outer: Draft) -> bool:
    """"Officials said the mayor told them that the budget was balanced": the mayor's
    words, reported inside the officials' claim, are the mayor's claim too (a nested
    claim). Only speech by a named other source, the subject of its cue: "saying she
    thinks ..." is what she said, "he said he told them ..." is his one claim, and "came
    to emphasize the deal" is an act, not words reported. A quote inside ("the offer
    signals “the end”") is the outer speaker's choice of words."""
    if d.type != "indirect" or d.frame != "speech" or d.speaker is None \
            or outer.speaker is None or d.cue is None:
        return False
    root = d.speaker.root
    if root.pos_ == "PRON" or root.tag_ in ("WDT", "WP") or root.dep_ != "nsubj" \
            or root.head.idx != d.cue[0]:
        return False
    return outer.start <= d.start and d.end <= outer.end \
        and root.lower_ != outer.speaker.root.lower_


def _sources_a_report(d: Draft, anchored: list[tuple[int, int, Draft]]) -> bool:
    # "According to the Reporter, the union sent an email announcing that ...": the
    # sourcing of a report of speech, thought or a position; the union's announcement
    # is the claim. Not "According to police, officers saw him and ordered him to
    # stop": an act the source narrates is part of its account.
    if d.type != "according_to":
        return False
    first = bisect_left(anchored, d.start, key=lambda a: a[0])
    last = bisect_left(anchored, d.end, key=lambda a: a[0])
    return any(o is not d and not o.nested
               and o.frame in ("speech", "cognition", "noun", "state", "position")
               for _, _, o in anchored[first:last])


def dedupe(drafts: list[Draft]) -> list[Draft]:
    """One draft per (start, end), the first in text order; sorted by anchor."""
    seen: set[tuple[int, int]] = set()
    out = []
    for d in sorted(drafts, key=lambda d: (d.start, d.end, d.anchor)):
        if (d.start, d.end) in seen:
            continue
        seen.add((d.start, d.end))
        out.append(d)
    return sorted(out, key=lambda d: (d.anchor, d.start))
