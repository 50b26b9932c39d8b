"""Content of speech and cognition cues (rules/content/speech.py): "said that ...".

Rows of (text, claims), read as tests/rules/__init__.py says.
"""

import pytest

CASES = [
    # a that-clause the parser hangs on the cue as an adverbial clause
    ("Fran Drescher tweeted in the early morning hours that the offer was “insulting.”",
     [("mixed", "SAG-AFTRA", "Fran Drescher", "the offer was “insulting.”")]),
    # a that-clause after the cue's adjuncts that the parser hung elsewhere is its content
    ("Fran Drescher continues to insist, most recently on a podcast with Variety, that she "
     "really wants to go back to work.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "she really wants to go back to work")]),
    ("Karen Bass can be heard yelling to the officers that the writers were unarmed.",
     [("indirect", "Bass", "Karen Bass", "the writers were unarmed")]),
    # a clause a colon closes before the cue is the writer's lead-in
    ("The pattern is familiar: the studios announced new layoffs on Friday.", []),
    # with clauses on both sides of a speech cue, the one after it is what was said
    ("Insisting the talks had failed, Carol Lombardini told reporters that the studios "
     "would wait.",
     [("indirect", "AMPTP", "Carol Lombardini", "the talks had failed"),
      ("indirect", "AMPTP", "Carol Lombardini", "the studios would wait")]),
    # the clause of "said in a statement that ...", which the parser hangs on the occasion
    ("Karen Bass said in a statement that the strike must end.",
     [("indirect", "Bass", "Karen Bass", "the strike must end")]),
    ("The studios walked out as the union said goodbye.", []),
    # a participle opening the sentence is the speaker's circumstance, not what was said
    ("Speaking to reporters on Tuesday, Karen Bass responded to the studios.", []),
    # "told us ...": whom it was told to is no part of what was said
    ("The WGA told us the deal more than triples residuals.",
     [("indirect", "WGA", "The WGA", "the deal more than triples residuals")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_construction(claims_of, text, expected):
    got = [(c.type, c.party, c.speaker, c.content) for c in claims_of(text)]
    assert got == expected
