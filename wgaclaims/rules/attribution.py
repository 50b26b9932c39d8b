"""Attributions: each cue with the speaker and the content the parse gives it.

The entry of the rules: cue -> speaker -> content. Deciding claim types and
parties happens later.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from .content.find import find_content
from .frames import Cue
from .lexicon import Lexicon
from .speakers import find_speaker


@dataclass(frozen=True)
class Attribution:
    """A cue with the speaker and content the parse gives it (either may be missing)."""

    cue: Cue
    speaker: Span | None
    content: tuple[int, int] | None


def attribute(cues: list[Cue], lexicon: Lexicon) -> list[Attribution]:
    """Speaker and content for each cue, as far as the parse gives them."""
    speakers = [find_speaker(cue, lexicon) for cue in cues]
    # Cues that end another claim's content where they start a clause of their own:
    # only those that carry a claim of their own (a speaker and a content), and not
    # positions ("it wants ..." inside reported words is part of them).
    live = {cue.token.i for cue, speaker in zip(cues, speakers, strict=True)
            if cue.frame != "position" and speaker is not None
            and find_content(cue, speaker, lexicon, set()) is not None}
    return [Attribution(cue, speaker, find_content(cue, speaker, lexicon, live))
            for cue, speaker in zip(cues, speakers, strict=True)]
