"""Asides that source a sentence (rules/asides.py): "as Variety reported, ...".

Rows of (text, claims), read as tests/rules/__init__.py says.
"""

import pytest

CASES = [
    # an "as" aside sources the clause it hangs on
    ("The studios had lost $5 billion by then, as the WGA has said.",
     [("indirect", "WGA", "the WGA", "The studios had lost $5 billion by then")]),
    ("The writers went home as the guild said goodbye.", []),
    # "as" asides source the sentence around them, wherever they stand
    ("As Variety reported, the studios had lost $5 billion.",
     [("indirect", None, "Variety", "the studios had lost $5 billion")]),
    ("The studios, as one of the mayor's advisers pointed out, had lost $5 billion.",
     [("indirect", None, "one of the mayor's advisers",
       "The studios, as one of the mayor's advisers pointed out, had lost $5 billion")]),
    ("The studios had lost $5 billion, as Variety reported on Tuesday.",
     [("indirect", None, "Variety", "The studios had lost $5 billion")]),
    ("The studios had lost $5 billion, as first reported by Variety on Tuesday.",
     [("indirect", None, "Variety", "The studios had lost $5 billion")]),
    ("As Fran Drescher put it, the studios are greedy.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the studios are greedy")]),
    ("The guild put the offer to a vote.", []),
    ("As the union said it would, the guild walked out.", []),
    # an "as" aside may name its speaker with an apposition and end on an adjunct
    ('As Bill Smith, a labor economist, recently put it, "The studios can afford this."',
     [("direct", None, "Bill Smith", "The studios can afford this.")]),
    ("As one studio executive pointed out with a telling side-by-side chart of the two offers, "
     "the strike cost $5 billion.",
     [("indirect", None, "one studio executive", "the strike cost $5 billion")]),
    # an aside that brings a quote set off after it: the quote, not the sentence around it
    ('At the last minute, or, as one producer joked, "the 25th minute", the two sides '
     "reached a deal.",
     [("direct", None, "one producer", "the 25th minute")]),
    # a quote that goes on with the sentence is part of what the aside sources
    ('The deal, as the union said, "changes everything" for members.',
     [("mixed", None, "the union", 'The deal, as the union said, "changes everything" for '
       "members")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_construction(claims_of, text, expected):
    got = [(c.type, c.party, c.speaker, c.content) for c in claims_of(text)]
    assert got == expected
