"""A claim its attribution splits in two (rules/halves.py): both halves, or one across it.

Rows of (text, claims), read as tests/rules/__init__.py says.
"""

import pytest

CASES = [
    # a phrase the parser hung on the cue goes on with the claim; a clause on it glosses it
    ("The new deal gives actors a share of the streaming market, he said, including "
     "payments for shows made for the web.",
     [("indirect", None, "he", "The new deal gives actors a share of the streaming market"),
      ("indirect", None, "he", "including payments for shows made for the web")]),
    ("The deal came late, one executive told the paper, seemingly addressing criticism that "
     "the guild moved too fast.",
     [("indirect", None, "one executive", "The deal came late")]),
    # ... but an adverbial before "according to X" is no claim: the half after it is
    ("In addition, according to the WGA, nearly two thousand more writers lost work.",
     [("according_to", "WGA", "the WGA", "nearly two thousand more writers lost work")]),
    # an attribution in mid-sentence leaves the claim on both sides of it
    ("The offer was fair, the AMPTP said, until the guild walked away.",
     [("indirect", "AMPTP", "the AMPTP", "The offer was fair"),
      ("indirect", "AMPTP", "the AMPTP", "until the guild walked away")]),
    # a quote resumed right after its attribution continues the same speaker
    ("“The reason we struck,” Fran Drescher said, “is that the studios would not move.”",
     [("direct", "SAG-AFTRA", "Fran Drescher", "The reason we struck,"),
      ("direct", "SAG-AFTRA", "Fran Drescher", "is that the studios would not move.")]),
    # a split quote whose cue takes the second half as its object keeps the first half too
    ("“We have waited long enough,” she told the studios, “and we will not wait longer.”",
     [("direct", None, "she", "We have waited long enough,"),
      ("direct", None, "she", "and we will not wait longer.")]),
    # an aside inside a split quote ends where the quote resumes
    ("“Every time you say that,” Fran Drescher said, referring to the offer, "
     "“you insult our members.”",
     [("direct", "SAG-AFTRA", "Fran Drescher", "Every time you say that,"),
      ("indirect", "SAG-AFTRA", "Fran Drescher", "the offer"),
      ("direct", "SAG-AFTRA", "Fran Drescher", "you insult our members.")]),
    # what hangs on a mid-sentence attribution describes its speaker; it is no claim
    ("Studio profits fell last year, according to Bill Smith, a pollster who studies them.",
     [("according_to", None, "Bill Smith", "Studio profits fell last year")]),
    # a parenthetical attribution with a short rest: one claim across it
    ("The deal, Fran Drescher said, is fair.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "The deal, Fran Drescher said, is fair")]),
    # ... and so with a long rest, when the half before the aside is a bare subject
    ("The deal, Fran Drescher said, would make writers face uncomfortable truths.",
     [("indirect", "SAG-AFTRA", "Fran Drescher",
       "The deal, Fran Drescher said, would make writers face uncomfortable truths")]),
    # a relative clause cut by its attribution: what follows the attribution
    ("Writers picketed near the studio, which, Fran Drescher said, is losing money.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "is losing money")]),
    # halves on both sides of an attribution, and of a split quote with an inverted cue
    ("The studios have the money, Fran Drescher said, and they should pay the writers.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "The studios have the money"),
      ("indirect", "SAG-AFTRA", "Fran Drescher", "and they should pay the writers")]),
    ("“We are ready,” said Fran Drescher, “and we will wait.”",
     [("direct", "SAG-AFTRA", "Fran Drescher", "We are ready,"),
      ("direct", "SAG-AFTRA", "Fran Drescher", "and we will wait.")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_construction(claims_of, text, expected):
    got = [(c.type, c.party, c.speaker, c.content) for c in claims_of(text)]
    assert got == expected
