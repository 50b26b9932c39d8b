"""What a content's edges drop (rules/content/trims.py): asides, occasions, breaks.

Rows of (text, claims), read as tests/rules/__init__.py says.
"""

import pytest

CASES = [
    # a colon that announces a quote: the cue after it sources the quote, not the sentence
    ("Fran Drescher was blunt: “The studios must come back to the table now,” she said.",
     [("direct", "SAG-AFTRA", "she", "The studios must come back to the table now,")]),
    # a relative clause or apposition after a comma at the end is the reporter's aside
    ("Fran Drescher said the studios had made an offer to Netflix, which later declined it.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the studios had made an offer to Netflix")]),
    ("Carol Lombardini said the guild must meet Bob Iger, the head of Disney.",
     [("indirect", "AMPTP", "Carol Lombardini", "the guild must meet Bob Iger")]),
    ("Fran Drescher said that the actors would not cross the picket line — a promise she "
     "has made at every rally.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the actors would not cross the picket line")]),
    # an object inside a clause that comes before the main clause ends with that clause
    ("While the WGA railed against the studios' offer on residuals, it kept talking.",
     [("indirect", "WGA", "the WGA", "the studios' offer on residuals")]),
    # a phrase set off by a comma after an object is the act's manner, not its object
    ("The WGA criticized the offer, in large part.",
     [("indirect", "WGA", "The WGA", "the offer")]),
    # a time opening the content says when it was said; a participle after a final comma is
    # the reporter's comment
    ("Karen Bass told reporters this weekend she would meet both sides, "
     "clearly raising the stakes.",
     [("indirect", "Bass", "Karen Bass", "she would meet both sides")]),
    # ... but a bare participle goes on with what was said
    ("Karen Bass said the deal would raise pay, allowing writers to stay in the city.",
     [("indirect", "Bass", "Karen Bass",
       "the deal would raise pay, allowing writers to stay in the city")]),
    ("Fran Drescher exhorted members to “stay strong” through the summer.",
     [("mixed", "SAG-AFTRA", "Fran Drescher", "members to “stay strong” through the summer")]),
    # the occasion of a speech act is not part of its object; inside a reported clause it is
    ("Fran Drescher criticized the offer as an “insult” during a rally in Burbank.",
     [("mixed", "SAG-AFTRA", "Fran Drescher", "the offer as an “insult”")]),
    ("Fran Drescher said the studios had walked out during the talks.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the studios had walked out during the talks")]),
    # a relative clause that picks out its noun stays in the content
    ("The WGA said the members who voted against the deal were a small minority.",
     [("indirect", "WGA", "The WGA",
       "the members who voted against the deal were a small minority")]),
    # a comma that closes an apposition does not set off what follows
    ('The WGA accused the alliance\'s president, Carol Lombardini, of "bad faith."',
     [("mixed", "WGA", "The WGA", 'the alliance\'s president, Carol Lombardini, of "bad faith."')]),
    ('Karen Bass branded the studios an "outlaw cartel."',
     [("mixed", "Bass", "Karen Bass", 'the studios an "outlaw cartel."')]),
    # an adverbial phrase or clause says when or why, not what
    ("During the strike, Karen Bass said, the city lost jobs.",
     [("indirect", "Bass", "Karen Bass", "the city lost jobs")]),
    ("But when the studios cut their offer, the WGA said.", []),
    ("That was what Karen Bass said when she left the meeting.", []),
    # "during" an occasion or a time says when it was said; during anything else, what
    ("Fran Drescher called the offer an insult during a rally.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the offer an insult")]),
    ("Karen Bass called the strike a common hardship during long walkouts.",
     [("indirect", "Bass", "Karen Bass", "the strike a common hardship during long walkouts")]),
    # what follows a semicolon or "but" is another clause, not more of the content
    ("The union said it would strike; the studios did not respond.",
     [("indirect", None, "The union", "it would strike")]),
    ("The studios urged writers to return, but the guild refused.",
     [("indirect", "AMPTP", "The studios", "writers to return")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_construction(claims_of, text, expected):
    got = [(c.type, c.party, c.speaker, c.content) for c in claims_of(text)]
    assert got == expected
