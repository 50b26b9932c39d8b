"""Content of cues that take an object (rules/content/objects.py): "called X an insult".

Rows of (text, claims), read as tests/rules/__init__.py says.
"""

import pytest

CASES = [
    # object speech acts, with two objects or a phrase
    ("Fran Drescher called the offer “an insult.”",
     [("mixed", "SAG-AFTRA", "Fran Drescher", "the offer “an insult.”")]),
    ("The AMPTP called on the guild to return to the table.",
     [("indirect", "AMPTP", "The AMPTP", "the guild to return to the table")]),
    ("The WGA called a meeting for Friday.", []),
    # a speech verb whose object states a proposition; not one whose object names a topic
    ("Fran Drescher stressed the need to protect actors from AI.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the need to protect actors from AI")]),
    ("The guild sent a message detailing plans for the vote.", []),
    # an infinitive of purpose is no part of the object; one the verb takes is
    ("Karen Bass invoked the 1988 strike to argue that the studios can afford the raise.",
     [("indirect", "Bass", "Karen Bass", "the 1988 strike"),
      ("indirect", "Bass", "Karen Bass", "the studios can afford the raise")]),
    ("The WGA urged the studios to return to the table.",
     [("indirect", "WGA", "The WGA", "the studios to return to the table")]),
    # "citing" a reason states it; a quoted predicate the parser hung anywhere
    ("Karen Bass declined to say more, citing a desire to keep the talks confidential.",
     [("indirect", "Bass", "Karen Bass", "a desire to keep the talks confidential")]),
    ("Fran Drescher called the offer “insulting” in a post on Tuesday.",
     [("mixed", "SAG-AFTRA", "Fran Drescher", "the offer “insulting”")]),
    ("The guild called a meeting for Tuesday.", []),
    # items coordinated with the content, wherever the parser hung them
    ("Fran Drescher has mentioned raising residuals and forcing studios to share data.",
     [("indirect", "SAG-AFTRA", "Fran Drescher",
       "raising residuals and forcing studios to share data")]),
    ("The WGA wants to raise minimums, limit AI and create a new staffing rule.",
     [("position", "WGA", "The WGA",
       "to raise minimums, limit AI and create a new staffing rule")]),
    # a clause's subject that the parser read as the cue's object stays in the clause
    ("Fran Drescher seemed to think the outreach to the writers was phony.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the outreach to the writers was phony")]),
    # objects: a quoted predicate, a negated infinitive, a relative clause inside
    ("Karen Bass called the studios “greedy beyond belief” after the meeting.",
     [("mixed", "Bass", "Karen Bass", "the studios “greedy beyond belief”")]),
    ("The WGA challenged the studios not to abandon the talks.",
     [("indirect", "WGA", "The WGA", "the studios not to abandon the talks")]),
    ("The WGA told members that the studios, which had walked out, would return.",
     [("indirect", "WGA", "The WGA", "the studios, which had walked out, would return")]),
    ("The studios want writers who will work for less.",
     [("position", "AMPTP", "The studios", "writers who will work for less")]),
    ("The WGA rejected the offer, the proposal and the timeline.",
     [("position", "WGA", "The WGA", "the offer, the proposal and the timeline")]),
    ("The WGA called the offer “a joke” and walked out.",
     [("mixed", "WGA", "The WGA", "the offer “a joke”")]),
    # a negated verb of agreement is a refusal, a position; a refusal to speak is none
    ("The studios would not agree to a minimum staff size.",
     [("position", "AMPTP", "The studios", "a minimum staff size")]),
    ("The WGA will not accept cuts to residuals.",
     [("position", "WGA", "The WGA", "cuts to residuals")]),
    ("The producer would not agree to an interview.", []),
    # a dash and an indefinite noun after a position gloss it; a list after a dash spells it
    ("The WGA called for a strike vote — a step that unions often take before talks.",
     [("position", "WGA", "The WGA", "a strike vote")]),
    ("The WGA is calling for two things — higher pay and shorter seasons.",
     [("position", "WGA", "The WGA", "two things — higher pay and shorter seasons")]),
    # a participle set off by commas on the speaker's clause describes the speaker
    ("Jones, seeking a second term as president, told members that the studios must pay.",
     [("indirect", None, "Jones", "the studios must pay")]),
    ("The WGA, demanding higher pay, walked out of the talks.",
     [("position", "WGA", "The WGA", "higher pay")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_construction(claims_of, text, expected):
    got = [(c.type, c.party, c.speaker, c.content) for c in claims_of(text)]
    assert got == expected


# "offered to" with an infinitive is a proposal: a position, with no speech cue.
@pytest.mark.parametrize("text, position", [
    ("The producers offered to share streaming figures with the union.",
     "share streaming figures with the union"),
    ("On Monday the league also offered to cap the number of games per season.",
     "cap the number of games per season"),
])
def test_an_offer_is_a_position(claims_of, text, position):
    claims = claims_of(text)
    assert any(position in c.content and c.type == "position" for c in claims)


def test_an_offer_to_someone_is_no_position(claims_of):
    claims = claims_of("The studio offered to the guild a larger share of the profits.")
    assert not any(c.type == "position" for c in claims)


# Thanks are an act, and taking people's side ("fighting for them") is no position held.
@pytest.mark.parametrize("text", [
    "Several showrunners thanked the guild for its hard work at the table.",
    "Dozens of actors thanked their union for standing up for them this summer.",
    "The negotiators kept fighting for them until the very last night.",
])
def test_thanks_and_sides_are_no_claims(claims_of, text):
    assert claims_of(text) == []


# A cue inside a relative clause whose object is the relative word: what it offered (or
# the deal that it offered) stands outside the clause; the person it went to is no claim.
@pytest.mark.parametrize("text", [
    "The alliance pushed back with its account of what it offered union negotiators in May.",
    "The deal which the studios offered the guild in May was rejected.",
])
def test_a_relative_object_leaves_no_claim(claims_of, text):
    assert not any("negotiators" in c.content or c.content.startswith("the guild")
                   for c in claims_of(text))
