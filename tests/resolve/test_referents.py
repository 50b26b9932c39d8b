"""Who a speaker is (resolve/referents.py): names, pronouns, descriptions, documents.

Without the trained model: the claims component runs on each text's recorded
parse (tests/parses/, written by tests/record_parses.py).
"""

import pytest

# (text, [(type, party, speaker, content) of each claim])
CASES = [
    # a description points to the last party named with that noun
    ("The Writers Guild of America met the AMPTP on Monday. "
     "The guild said the studios had walked away from the table.",
     [("indirect", "WGA", "The guild", "the studios had walked away from the table")]),
    # ... and stays unresolved when nothing before it fits: no guessing
    ("The guild said the studios had walked away from the table.",
     [("indirect", None, "The guild", "the studios had walked away from the table")]),
    # a name, whatever the cue's tense
    ("The AMPTP has argued that the proposals would cost too much.",
     [("indirect", "AMPTP", "The AMPTP", "the proposals would cost too much")]),
    ("The DGA believes a deal can be reached by June.",
     [("indirect", "DGA", "The DGA", "a deal can be reached by June")]),
    # a relative pronoun is the speaker as written; the noun it hangs on says who
    ("Talks stalled after the AMPTP, which said the offer was final, walked out.",
     [("indirect", "AMPTP", "which", "the offer was final")]),
    # pronoun resolved to the last speaker
    ("Mayor Karen Bass met both sides on Tuesday. She said a deal was close.",
     [("indirect", "Bass", "She", "a deal was close")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_construction(claims_of, text, expected):
    got = [(c.type, c.party, c.speaker, c.content) for c in claims_of(text)]
    assert got == expected


# (text, [(party, speaker, speaker_name) of each claim])
REFERENTS = [
    # "she" skips the organisation that spoke last, back to the person named
    ("Fran Drescher spoke to the crowd. Later the studios said the offer stood. "
     "She said it was an insult.",
     [("AMPTP", "the studios", "Alliance of Motion Picture and Television Producers"),
      ("SAG-AFTRA", "She", "Fran Drescher")]),
    # ... and over a line break, to a quote after a reported clause
    ("Fran Drescher said the studios would fold.\n“We will win,” she added.",
     [("SAG-AFTRA", "Fran Drescher", "Fran Drescher"), ("SAG-AFTRA", "she", "Fran Drescher")]),
    # a person named without a party still gives the pronoun its name
    ("Tom Hanks walked the picket line on Monday. He said the writers deserved better.",
     [(None, "He", "Tom Hanks")]),
    # a document speaks for whoever the article said sent it, else for the last organisation
    ("The studios issued a memo on Friday. The memo stated that talks would resume.",
     [("AMPTP", "The memo", "Alliance of Motion Picture and Television Producers")]),
    ("The studios issued a statement on Friday. The AMPTP said talks would resume. "
     "The document argued that writers were paid well.",
     [("AMPTP", "The AMPTP", "Alliance of Motion Picture and Television Producers"),
      ("AMPTP", "The document", "Alliance of Motion Picture and Television Producers")]),
    # a document a publication carries is the publication's, not the last party's
    ("The WGA said it would hold the line. Studios will wait for months, according to a "
     "Variety report.",
     [("WGA", "The WGA", "Writers Guild of America"), (None, "a Variety report", None)]),
    # a role takes a party named before it, and declines when two were named
    ("The studios called the strike costly. Its negotiators said the gap was wide.",
     [("AMPTP", "The studios", "Alliance of Motion Picture and Television Producers"),
      ("AMPTP", "Its negotiators", "Alliance of Motion Picture and Television Producers")]),
    ("The WGA met the studios on Monday. Negotiators said the gap was wide.",
     [(None, "Negotiators", None)]),
    # a pronoun with nobody before it stays unresolved
    ("They said the deal was done.", [(None, "They", None)]),
]


@pytest.mark.parametrize("text, expected", REFERENTS, ids=[r[0][:40] for r in REFERENTS])
def test_referent(claims_of, text, expected):
    assert [(c.party, c.speaker, c.speaker_name) for c in claims_of(text)] == expected


def test_title_establishes_a_persons_party_for_the_article(claims_of):
    text = ("Jane Roe, a spokeswoman for the AMPTP, spoke on Monday. "
            "Roe said the offer was final.")
    claims = claims_of(text)
    assert [(c.party, c.speaker, c.speaker_name) for c in claims] == [
        ("AMPTP", "Roe", "Jane Roe")]
