"""Gathering a content's tokens from the tree: subtrees, coordinated items, split subjects."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..syntax import SUBJECT_DEPS


def subtree_tokens(roots: Iterable[Token], exclude: set[int]) -> list[Token]:
    out: list[Token] = []
    for root in roots:
        out.extend(t for t in root.subtree if t.i not in exclude)
    return out


def coordinated(roots: list[Token], verb: Token) -> list[Token]:
    """Items coordinated with a content that the parser hung on the cue verb instead:
    "mentioned refinancing loans and forcing universities to ...", "wants to triple
    the program, grow the Corps and create ...". Only a non-finite verb of the same
    form as the content's own, with no subject of its own: in "will reject the offer
    and strike" the second verb is a second act, not part of what is rejected."""
    if not roots:
        return []
    last = max(r.i for r in roots)
    # The content's own form: its verb ("to triple"), or a gerund the parser read as a
    # modifier opening the object ("refinancing student loans").
    forms = {r.tag_ for r in roots} | {r.left_edge.tag_ for r in roots if r.i == last
                                       and r.dep_ == "dobj" and r.left_edge.dep_ == "amod"}
    return [c for c in verb.children if c.dep_ in ("conj", "dep") and c.i > last
            and c.tag_ in ("VBG", "VB") and c.tag_ in forms
            and not any(d.dep_ in SUBJECT_DEPS for d in c.children)]


def from_that_clause(tokens: list[Token]) -> list[Token]:
    """'telling the major studios that it wants ...': the content starts at the that-clause."""
    for t in sorted(tokens, key=lambda t: t.i):
        if t.lower_ == "that" and t.dep_ == "mark" and t.i > min(u.i for u in tokens):
            return [u for u in tokens if u.i > t.i]
    return tokens


def with_split_subject(ccomps: list[Token], verb: Token) -> list[Token]:
    """A clause's subject that the parser took for the cue's object: in "seemed to think
    the outreach was phony" the clause "was phony" has no subject, and the object right
    before it is that subject."""
    first = min(ccomps, key=lambda c: c.i)
    if any(c.dep_ in SUBJECT_DEPS + ("nsubjpass", "expl") for c in first.children):
        return ccomps
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < first.i), None)
    if obj is None:
        return ccomps
    between = obj.doc[obj.left_edge.i:first.left_edge.i]
    if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in between):
        return ccomps
    # "the outreach | to black voters | was ...": a phrase the parser hung on the verb too
    return [t for t in verb.children if t.i in range(between.start, between.end)
            and t.dep_ in ("dobj", "prep")] + ccomps
