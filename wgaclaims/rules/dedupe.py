"""The last pass over a document's drafts: one claim per content, none inside another.

A cue inside another claim's content is part of what that claim says
("saying she thinks a resolution can be reached"), unless the rules made it a
nested claim; two drafts of the same content are one claim.
"""

from __future__ import annotations

from .drafts import Draft


def drop_embedded(drafts: list[Draft]) -> list[Draft]:
    """Drop a claim whose cue lies inside another claim's content, unless nested by rule.

    "saying she thinks a resolution can be reached": "thinks" is part of
    what she said, not a second claim.
    """
    drafts = [d for d in drafts if not _sources_a_report(d, drafts)]
    return [d for d in drafts if d.nested or not any(
        o is not d and not o.nested and o.covers(d.anchor) and not d.covers(o.anchor)
        for o in drafts)]


def _sources_a_report(d: Draft, drafts: list[Draft]) -> bool:
    # "According to the Reporter, the union sent an email announcing that ...": the
    # sourcing of a report of speech, thought or a position; the union's announcement
    # is the claim. Not "According to police, officers saw him and ordered him to
    # stop": an act the source narrates is part of its account.
    return d.type == "according_to" and any(
        o is not d and d.covers(o.anchor) and not o.nested
        and o.frame in ("speech", "cognition", "noun", "state", "position")
        for o in drafts)


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
