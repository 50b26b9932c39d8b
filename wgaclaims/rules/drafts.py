"""Claims before their speakers are resolved: what was said, by which words, where.

A Draft holds character offsets and the spaCy span naming the speaker; the
rules in claims.py and documents.py make them, resolve/referents.py turns
their speakers into parties and names, and the component turns them into
Claim records.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from .frames import Frame


@dataclass
class Draft:
    type: str
    start: int
    end: int
    anchor: int  # where the claim is said: its cue, or its quote
    speaker: Span | None = None
    cue: tuple[int, int] | None = None
    nested: bool = False
    frame: Frame | None = None  # the cue's frame: speech, evidence, position, ...
    inherits: Draft | None = None  # a follow-on quote takes this draft's speaker
    party: str | None = None
    speaker_name: str | None = None
    party_via: str | None = None  # how the party was found (model.PARTY_VIA)
    party_evidence: tuple[int, int] | None = None  # the words that settled it
    speaker_chars: tuple[int, int] | None = None

    def origin(self) -> Draft:
        """The draft that names this one's speaker: itself, or the first of a chain of
        follow-on quotes ('"A." ... "B." ... "C."' all take A's cue's speaker)."""
        d = self
        while d.inherits is not None:
            d = d.inherits
        return d

    def covers(self, pos: int) -> bool:
        return self.start <= pos < self.end

    def overlap(self, start: int, end: int) -> int:
        return max(0, min(self.end, end) - max(self.start, start))
