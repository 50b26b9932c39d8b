"""Typing a cue's content by its quotes, and the speakers that cannot make a claim.

On blank-model docs: classify reads only the text and the quotes, so no parse is needed.
"""

import pytest
import spacy

from wgaclaims.rules.classify import classify, generic
from wgaclaims.rules.context import DocContext
from wgaclaims.rules.lexicon import load_lexicon
from wgaclaims.rules.quotes import find_quotes, paragraphs


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def context(nlp, text: str) -> DocContext:
    return DocContext(nlp(text), text, paragraphs(text), find_quotes(text), load_lexicon(), [])


@pytest.mark.parametrize("text, frame, content, expected", [
    # all quote: direct, fitted to the words inside the marks
    ('She said "we will strike now."', "speech", '"we will strike now."',
     ("direct", "we will strike now.")),
    # a whole quoted utterance opens the content; the rest is the reporter's
    ('She said "We will strike," and then went silent.', "speech",
     '"We will strike," and then went silent', ("direct", "We will strike,")),
    # quoted words inside a clause the reporter finishes: mixed, reaching the closing mark
    ('She said the plan was "a bad joke" for members.', "speech",
     'the plan was "a bad joke', ("mixed", 'the plan was "a bad joke"')),
    ('She said "budget cuts" and taxes would pay for it.', "speech",
     '"budget cuts" and taxes would pay for it', ("mixed",
                                                 '"budget cuts" and taxes would pay for it')),
    # no quote: indirect, or according_to for "according to"
    ("She said the talks had failed.", "speech", "the talks had failed",
     ("indirect", "the talks had failed")),
    ("According to the guild, the talks had failed.", "according", "the talks had failed",
     ("according_to", "the talks had failed")),
    # a position keeps its span whatever it quotes
    ('The union is calling for "fair pay" now.', "position", 'calling for "fair pay"',
     ("position", 'calling for "fair pay"')),
])
def test_classify(nlp, text, frame, content, expected):
    ctx = context(nlp, text)
    start = text.index(content)
    kind, s, e = classify(ctx, frame, (start, start + len(content)), nested=False)
    assert (kind, text[s:e]) == expected


@pytest.mark.parametrize("speaker, is_generic", [
    ("other guilds", True),
    ("many writers", True),
    ("a union", True),
    ("the union", False),
    ("the WGA", False),
])
def test_generic_speakers_hold_no_position(nlp, speaker, is_generic):
    assert generic(nlp(speaker)[:]) is is_generic


# -- on recorded parses -----------------------------------------------------------------------
# Each row: a short text, written for these tests, and the claims a reader would list for it,
# as (type, party, speaker, content), found by the claims component on the text's recorded
# parse (tests/parses/, written by tests/record_parses.py).

CASES = [
    # mixed: reported speech quoting part of the words
    ("The AMPTP said the demands were “simply unworkable” for the companies.",
     [("mixed", "AMPTP", "The AMPTP", "the demands were “simply unworkable” for the companies")]),
    # a quoted fragment the reporter's clause goes on from is mixed, not direct
    ("The AMPTP said that “a deal” had been reached on residuals.",
     [("mixed", "AMPTP", "The AMPTP", "“a deal” had been reached on residuals")]),
    ("The WGA said “better pay” and shorter seasons would bring writers back.",
     [("mixed", "WGA", "The WGA", "“better pay” and shorter seasons would bring writers back")]),
    # two predicates after the object, both quoted
    ("Fran Drescher called the studios “greedy” and “tone deaf.”",
     [("mixed", "SAG-AFTRA", "Fran Drescher", "the studios “greedy” and “tone deaf.”")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_construction(claims_of, text, expected):
    got = [(c.type, c.party, c.speaker, c.content) for c in claims_of(text)]
    assert got == expected
