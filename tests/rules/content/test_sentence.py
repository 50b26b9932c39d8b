"""Content read from where the attribution stands (rules/content/sentence.py).

Rows of (text, claims), read as tests/rules/__init__.py says.
"""

import pytest

CASES = [
    # final attributions: "according to" a description, an "as" aside, a passive before it
    ("Talks broke down, according to two people close to the union.",
     [("according_to", None, "two people close to the union", "Talks broke down")]),
    ("The strike will end soon, as police have said.",
     [("indirect", None, "police", "The strike will end soon")]),
    ("The studios were pressured into accepting a deal, the WGA claimed.",
     [("indirect", "WGA", "the WGA", "The studios were pressured into accepting a deal")]),
    # a sentence-final attribution after a clause the parser did not link
    ("No deal before September, the studios say.",
     [("indirect", "AMPTP", "the studios", "No deal before September")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_construction(claims_of, text, expected):
    got = [(c.type, c.party, c.speaker, c.content) for c in claims_of(text)]
    assert got == expected
