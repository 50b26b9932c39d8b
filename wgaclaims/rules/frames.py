"""The cue record every rule module reads: its words, where they stand, and its frame.

A cue is the word or phrase that introduces a claim ("said", "according to",
"calling for"); its frame (from data/cues.toml) says where the speaker and
the content stand relative to it in the dependency tree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Token

# Where a cue's speaker and content stand, one name per kind of cue:
#   speech      "said", "told", "argued": a reported clause, or a quote beside it
#   cognition   "believes", "thinks": the same slots as speech
#   object      "called the offer an insult", "pointed to ...": the object is the claim
#   evidence    "polls show ...", "the audit found ...": a clause or an object
#   noun        "the claim that ...", "Trump's warning that ...": the noun's that-clause
#   state       "is confident that ...", "made clear that ...": the predicate's clause
#   according   "according to X, ...": the clause the phrase is set beside
#   position    "rejected the offer", "is calling for ...": a demand or refusal held
Frame = Literal["speech", "cognition", "object", "evidence", "noun", "state", "according",
                "position"]


@dataclass(frozen=True)
class Cue:
    """A cue: its head token, its character span, its frame and last token."""

    token: Token
    start: int
    end: int
    frame: Frame
    last: Token

    @property
    def text(self) -> str:
        return self.token.doc[self.token.i:self.last.i + 1].text
