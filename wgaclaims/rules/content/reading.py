"""What a frame's reader is given, and the ways readers gather a content's tokens.

Subtrees without the attribution's own words, items the parser coordinated
with the cue instead of the content, a clause's subject taken for the cue's
object.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ..frames import Cue
from ..lexicon import Lexicon
from ..syntax import SUBJECT_DEPS


@dataclass(frozen=True)
class Reading:
    """A cue to read the content of: with its speaker, the lexicon, and the head
    tokens of the cues that carry a claim of their own (where another claim begins)."""

    cue: Cue
    speaker: Span | None
    lexicon: Lexicon
    cue_tokens: set[int]

    @property
    def token(self) -> Token:
        return self.cue.token

    @property
    def doc(self) -> Doc:
        return self.cue.token.doc

    @property
    def lemma(self) -> str:
        """The cue's lemma, as the lexicon corrects it ("hopes" is "hope", not "hop")."""
        tok = self.cue.token
        return self.lexicon.forms.get(tok.lower_) or tok.lemma_.lower()

    @cached_property
    def exclude(self) -> set[int]:
        """The speaker's and the cue's own tokens: never part of the content."""
        exclude = {t.i for t in self.speaker} if self.speaker is not None else set()
        exclude.update(range(self.cue.token.i, self.cue.last.i + 1))
        return exclude


def word_count(tokens: list[Token]) -> int:
    """The words among tokens: no punctuation, no spaces."""
    return sum(1 for t in tokens if not t.is_punct and not t.is_space)


def proposition_sized(tokens: list[Token]) -> bool:
    """Three words or more (punctuation aside): enough to state something."""
    return sum(1 for t in tokens if not t.is_punct) >= 3


def subtree_tokens(roots: Iterable[Token], exclude: set[int]) -> list[Token]:
    """The tokens under each root, in turn, but those in exclude."""
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
