"""Claims made from quotes and attributions (rules/claims.py), without the trained model.

Each row: a short text, written for these tests, and the claims a reader would
list for it, as (type, party, speaker, content), found by the claims component
on the text's recorded parse (tests/parses/, written by tests/record_parses.py).
"""

import pytest

from wgaclaims.model import CLAIM_TYPES

CASES = [
    # direct quotes: curly and straight, cue after, inverted, colon
    ("“The offer is an insult,” the WGA said.",
     [("direct", "WGA", "the WGA", "The offer is an insult,")]),
    ('"We are ready to talk," said the alliance.',
     [("direct", "AMPTP", "the alliance", "We are ready to talk,")]),
    ('In a statement Friday, SAG-AFTRA leaders said: "We will not back down."',
     [("direct", "SAG-AFTRA", "SAG-AFTRA leaders", "We will not back down.")]),
    # split quote: two claims, one speaker
    ("“We are united,” Fran Drescher said. “The studios must come back to the table.”",
     [("direct", "SAG-AFTRA", "Fran Drescher", "We are united,"),
      ("direct", "SAG-AFTRA", "Fran Drescher", "The studios must come back to the table.")]),
    # mixed: reported speech quoting part of the words
    ("The AMPTP said the demands were “simply unworkable” for the companies.",
     [("mixed", "AMPTP", "The AMPTP", "the demands were “simply unworkable” for the companies")]),
    # an attribution in mid-sentence leaves the claim on both sides of it
    ("The offer was fair, the AMPTP said, until the guild walked away.",
     [("indirect", "AMPTP", "the AMPTP", "The offer was fair"),
      ("indirect", "AMPTP", "the AMPTP", "until the guild walked away")]),
    # a sentence-final attribution after a clause the parser did not link
    ("No deal before September, the studios say.",
     [("indirect", "AMPTP", "the studios", "No deal before September")]),
    # a quote a reported clause announces with a colon is part of it
    ("Karen Bass said the city needs one thing: “A fair deal, and soon.”",
     [("mixed", "Bass", "Karen Bass", "the city needs one thing: “A fair deal, and soon.”")]),
    # the quoted noun phrase is not the speaker, the nearest subject is
    ("“My reaction, that was outrageous,” SAG-AFTRA's chief negotiator said on Monday.",
     [("direct", "SAG-AFTRA", "SAG-AFTRA's chief negotiator",
       "My reaction, that was outrageous,")]),
    # a quote resumed right after its attribution continues the same speaker
    ("“The reason we struck,” Fran Drescher said, “is that the studios would not move.”",
     [("direct", "SAG-AFTRA", "Fran Drescher", "The reason we struck,"),
      ("direct", "SAG-AFTRA", "Fran Drescher", "is that the studios would not move.")]),
    # a quoted fragment the reporter's clause goes on from is mixed, not direct
    ("The AMPTP said that “a deal” had been reached on residuals.",
     [("mixed", "AMPTP", "The AMPTP", "“a deal” had been reached on residuals")]),
    ("The WGA said “better pay” and shorter seasons would bring writers back.",
     [("mixed", "WGA", "The WGA", "“better pay” and shorter seasons would bring writers back")]),
    # two predicates after the object, both quoted
    ("Fran Drescher called the studios “greedy” and “tone deaf.”",
     [("mixed", "SAG-AFTRA", "Fran Drescher", "the studios “greedy” and “tone deaf.”")]),
    # a split quote whose cue takes the second half as its object keeps the first half too
    ("“We have waited long enough,” she told the studios, “and we will not wait longer.”",
     [("direct", None, "she", "We have waited long enough,"),
      ("direct", None, "she", "and we will not wait longer.")]),
    # a colon after the speaker and cue announces the quote, not the clause before
    ("After a long meeting, the WGA commented: “Nothing has changed.”",
     [("direct", "WGA", "the WGA", "Nothing has changed.")]),
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
    # an elliptical answer ends the quote; its "not" does not negate the cue
    ('"We are ready for a deal. Probably not," Fran Drescher said.',
     [("direct", "SAG-AFTRA", "Fran Drescher", "We are ready for a deal. Probably not,")]),
    ("Karen Bass did not say the strike must end.", []),
    # a relative clause cut by its attribution: what follows the attribution
    ("Writers picketed near the studio, which, Fran Drescher said, is losing money.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "is losing money")]),
    # halves on both sides of an attribution, a split quote with an inverted cue
    ("The studios have the money, Fran Drescher said, and they should pay the writers.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "The studios have the money"),
      ("indirect", "SAG-AFTRA", "Fran Drescher", "and they should pay the writers")]),
    ("“We are ready,” said Fran Drescher, “and we will wait.”",
     [("direct", "SAG-AFTRA", "Fran Drescher", "We are ready,"),
      ("direct", "SAG-AFTRA", "Fran Drescher", "and we will wait.")]),
    ('Karen Bass said she has one hope for the talks: "A fair deal."',
     [("mixed", "Bass", "Karen Bass", 'she has one hope for the talks: "A fair deal."')]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_construction(claims_of, text, expected):
    got = [(c.type, c.party, c.speaker, c.content) for c in claims_of(text)]
    assert got == expected


def test_nested_quote_keeps_its_inner_speaker(claims_of):
    text = ("“The AMPTP told us ‘we see no need to meet,’ and then went silent,” "
            "the WGA said in a statement.")
    claims = claims_of(text)
    outer = [c for c in claims if not c.nested]
    inner = [c for c in claims if c.nested]
    assert [(c.type, c.party) for c in outer] == [("direct", "WGA")]
    assert [(c.party, c.content) for c in inner] == [("AMPTP", "we see no need to meet,")]


def test_reported_words_inside_a_quote_are_a_nested_claim(claims_of):
    text = ("“There is no deal because the AMPTP said it needed more time,” "
            "the union said.")
    inner = [c for c in claims_of(text) if c.nested]
    assert [(c.type, c.party, c.content) for c in inner] == [
        ("indirect", "AMPTP", "it needed more time")]


def test_follow_on_paragraph_quote_inherits_the_speaker(claims_of):
    text = ("“We will keep fighting,” Duncan Crabtree-Ireland told reporters.\n\n"
            "“The companies know what they need to do to end this.”")
    claims = claims_of(text)
    assert [(c.type, c.party, c.speaker) for c in claims] == [
        ("direct", "SAG-AFTRA", "Duncan Crabtree-Ireland")] * 2


def test_quote_signed_with_a_dash(claims_of):
    text = "“The studios will have to come back.” ― Fran Drescher\n\nMore news."
    assert [(c.type, c.party, c.speaker) for c in claims_of(text)] == [
        ("direct", "SAG-AFTRA", "Fran Drescher")]


def test_signed_quotes_one_a_line_each_keep_their_own_signature(claims_of):
    # Pull quotes one a line in one paragraph, signed after a no-break space.
    text = ("“The studios will have to come back.”\u00a0― Fran Drescher\u00a0\n"
            "“We are not going anywhere.” ―\u00a0Adam Conover.\n\nMore news.")
    assert [(c.type, c.speaker, c.content) for c in claims_of(text)] == [
        ("direct", "Fran Drescher", "The studios will have to come back."),
        ("direct", "Adam Conover", "We are not going anywhere.")]


@pytest.mark.parametrize("text", [
    "“", "“”", '"""""', "‘’‘’", "He said “this never closes.\n\nAnd the next paragraph.",
    "“Open one. “Open two.” Close? ” said he.", "\n\n\n", "said said said",
])
def test_odd_marks_never_crash_and_offsets_hold(claims_of, text):
    for c in claims_of(text):
        assert text[c.start:c.end] == c.content and c.type in CLAIM_TYPES
