"""Content that is a clause beside the cue (rules/content/clauses.py): "according to".

Rows of (text, claims), read as tests/rules/__init__.py says.
"""

import pytest

CASES = [
    # ", per X." at a sentence's end sources it as "according to" does; "per episode" not
    ("Studios will let the strike drag on for months, per Variety.",
     [("according_to", None, "Variety", "Studios will let the strike drag on for months")]),
    ("Writers earn $5,000 per episode.", []),
    # a dashed aside holding another claim ends what "according to" sources before it
    ("As the union holds out — with members telling the paper that they took second jobs — "
     "producers will let the writers go broke, according to a Variety report.",
     [("indirect", None, "members", "they took second jobs"),
      ("according_to", None, "a Variety report", "producers will let the writers go broke")]),
    # according to, before and after the clause
    ("According to the WGA, the talks broke down over streaming pay.",
     [("according_to", "WGA", "the WGA", "the talks broke down over streaming pay")]),
    ("The studios lost $5 billion in the strike, according to a Milken Institute estimate.",
     [("according_to", None, "a Milken Institute estimate",
       "The studios lost $5 billion in the strike")]),
    # a noun of speech with its "that" clause and its source
    ("Reporters checked the AMPTP's claim that writers earn more than ever.",
     [("indirect", "AMPTP", "the AMPTP", "writers earn more than ever")]),
    ("Reporters checked the claim that writers earn more than ever.", []),
    ("Writers are seizing upon a New York Times report that the studios had lost $5 billion.",
     [("indirect", None, "New York Times", "the studios had lost $5 billion")]),
    # "according to" sources a report of speech or a position less than the report itself,
    # but an act the source narrates is part of its account
    ("According to Variety, the WGA is pushing for higher residuals.",
     [("position", "WGA", "the WGA", "higher residuals")]),
    ("According to police, officers saw the man leave the car, and they ordered him to stop.",
     [("according_to", None, "police",
       "officers saw the man leave the car, and they ordered him to stop")]),
    # a passive report names its source with "by"; a document speaks for its sender
    ("It was reported by Variety that the talks had stalled.",
     [("indirect", None, "Variety", "the talks had stalled")]),
    ("The AMPTP statement claimed the writers had walked away.",
     [("indirect", "AMPTP", "The AMPTP statement", "the writers had walked away")]),
    # "according to" with no comma to set it off: the side of its clause with more words
    ("Talks collapsed on Monday according to the WGA.",
     [("according_to", "WGA", "the WGA", "Talks collapsed on Monday")]),
    ("According to the WGA the talks had collapsed.",
     [("according_to", "WGA", "the WGA", "the talks had collapsed")]),
    ("Writers earn less than before according to a report the guild released on Monday.",
     [("according_to", None, "a report", "Writers earn less than before")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_construction(claims_of, text, expected):
    got = [(c.type, c.party, c.speaker, c.content) for c in claims_of(text)]
    assert got == expected
