"""Drafts from attributions (rules/cue_drafts.py): a quote beside the cue, a colon's quote.

Rows of (text, claims), read as tests/rules/__init__.py says.
"""

import pytest

CASES = [
    # direct quotes: curly and straight, cue after, inverted, colon
    ("“The offer is an insult,” the WGA said.",
     [("direct", "WGA", "the WGA", "The offer is an insult,")]),
    ('"We are ready to talk," said the alliance.',
     [("direct", "AMPTP", "the alliance", "We are ready to talk,")]),
    ('In a statement Friday, SAG-AFTRA leaders said: "We will not back down."',
     [("direct", "SAG-AFTRA", "SAG-AFTRA leaders", "We will not back down.")]),
    # a quote a reported clause announces with a colon is part of it
    ("Karen Bass said the city needs one thing: “A fair deal, and soon.”",
     [("mixed", "Bass", "Karen Bass", "the city needs one thing: “A fair deal, and soon.”")]),
    # a colon after the speaker and cue announces the quote, not the clause before
    ("After a long meeting, the WGA commented: “Nothing has changed.”",
     [("direct", "WGA", "the WGA", "Nothing has changed.")]),
    # ... also after a reported clause with a plain colon
    ('Karen Bass said she has one hope for the talks: "A fair deal."',
     [("mixed", "Bass", "Karen Bass", 'she has one hope for the talks: "A fair deal."')]),
    # ... and so are the unquoted words a colon opens in the same sentence
    ("Fran Drescher noted that the actors face two problems at once: streaming pays less "
     "and AI threatens their likeness.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the actors face two problems at once: "
       "streaming pays less and AI threatens their likeness")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_construction(claims_of, text, expected):
    got = [(c.type, c.party, c.speaker, c.content) for c in claims_of(text)]
    assert got == expected
