"""The cue record every rule module reads: its words, where they stand, and its frame.

A cue is the word or phrase that introduces a claim ("said", "according to",
"calling for"); its frame (from data/cues.toml) says where the speaker and
the content stand relative to it in the dependency tree.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token


@dataclass(frozen=True)
class Cue:
    """A cue: its head token, its character span, its frame and last token."""

    token: Token
    start: int
    end: int
    frame: str
    last: Token

    @property
    def text(self) -> str:
        return self.token.doc[self.token.i:self.last.i + 1].text
