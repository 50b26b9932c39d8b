"""Transcripts an article reproduces: turns opened by an upper-case speaker label.

"PENCE: Well, look ..." opens a turn whose sentences are the labelled
speaker's statements, until the next paragraph.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .documents import clipped_sentences
from .drafts import Draft
from .words import words

# A transcript turn: an upper-case speaker label and a colon opening a paragraph.
# The label may follow an opening quote mark when the article quotes a transcript whole.
_TURN = re.compile(r"[ \t]*[\"“]?([A-Z][A-Z.'’-]*(?:[ \t][A-Z][A-Z.'’-]*){0,3}):[ \t]+(?=\S)")
# Labels that open news paragraphs but name no speaker.
NOT_SPEAKERS = words("transcripts", "not_speakers")  # lower-case


def _turns(text: str, paras: list[tuple[int, int]]) -> list[tuple[re.Match[str], int]]:
    """The labelled paragraphs (the label's match, the paragraph's end), when there
    are at least three of them by at least two speakers; else none."""
    turns = []
    for p_start, p_end in paras:
        m = _TURN.match(text, p_start, p_end)
        if m and m.group(1).rstrip(".").lower() not in NOT_SPEAKERS and len(m.group(1)) > 1:
            turns.append((m, p_end))
    if len(turns) < 3 or len({m.group(1) for m, _ in turns}) < 2:
        return []
    return turns


def transcript_turns(doc: Doc, text: str,
                     paras: list[tuple[int, int]]) -> tuple[list[Draft], list[tuple[int, int]]]:
    """The turns of a transcript ("PENCE: Well, look ..."), one statement per sentence.

    Only an article with at least three labelled turns by at least two
    speakers counts as a transcript, so a lone "UPDATE:" or "PREVIOUS
    COVERAGE:" line is never taken for one. Returns the drafts and the
    regions they cover (cues inside are the speaker's words, not new claims).
    """
    drafts: list[Draft] = []
    regions = []
    for m, p_end in _turns(text, paras):
        speaker = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        body = doc.char_span(m.end(), p_end, alignment_mode="expand")
        if speaker is None or body is None:
            continue
        regions.append((m.start(), p_end))
        cue = (m.end(1), m.end(1) + 1)
        for lo, hi in clipped_sentences(body, text, m.end(), p_end):
            if not text[lo:hi].endswith("?"):
                drafts.append(Draft("statement", lo, hi, lo, speaker=speaker, cue=cue,
                                    frame="speech"))
    return drafts, regions
