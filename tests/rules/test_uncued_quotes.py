"""Quotes no cue claimed (rules/uncued_quotes.py): follow-on quotes, quotes signed with a dash.

Rows of (text, claims), read as tests/rules/__init__.py says.
"""

import pytest

CASES = [
    # split quote: two claims, one speaker
    ("“We are united,” Fran Drescher said. “The studios must come back to the table.”",
     [("direct", "SAG-AFTRA", "Fran Drescher", "We are united,"),
      ("direct", "SAG-AFTRA", "Fran Drescher", "The studios must come back to the table.")]),
    # quoted paragraphs in a row are all the first speaker's
    ("“We will keep fighting,” Duncan Crabtree-Ireland told reporters.\n\n"
     "“The companies know what they need to do. They have known it for months.”\n\n"
     "“Nothing has changed since July. Nothing at all has changed.”",
     [("direct", "SAG-AFTRA", "Duncan Crabtree-Ireland", "We will keep fighting,"),
      ("direct", "SAG-AFTRA", "Duncan Crabtree-Ireland",
       "The companies know what they need to do. They have known it for months."),
      ("direct", "SAG-AFTRA", "Duncan Crabtree-Ireland",
       "Nothing has changed since July. Nothing at all has changed.")]),
    # ... but a subheading set in quotes on its own line is no one's words
    ("“We will keep fighting,” Duncan Crabtree-Ireland told reporters.\n\n"
     "‘A Long Hot Summer.’\n\nTalks resumed on Monday.",
     [("direct", "SAG-AFTRA", "Duncan Crabtree-Ireland", "We will keep fighting,")]),
    ("“We will keep fighting,” Duncan Crabtree-Ireland told reporters.\n\n"
     "‘Not So Fast.’\n\nTalks resumed on Monday.",
     [("direct", "SAG-AFTRA", "Duncan Crabtree-Ireland", "We will keep fighting,")]),
    # ... and so is the name of a work the sentence runs into
    ("“We will keep fighting,” Fran Drescher said in June on the podcast “Here Comes the Strike.”",
     [("direct", "SAG-AFTRA", "Fran Drescher", "We will keep fighting,")]),
    ("The studios had stalled for weeks, Fran Drescher wrote in her column, “Picket Lines.”",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "The studios had stalled for weeks")]),
    # a partial quote goes on with the last speaker's words when its subject is a pronoun
    ('Fran Drescher said the studios had stalled. '
     'They also "refused to move on residuals or on protections from AI."',
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the studios had stalled"),
      ("mixed", "SAG-AFTRA", "Fran Drescher",
       "refused to move on residuals or on protections from AI.")]),
    # ... not when the sentence names a subject of its own, nor when it is a short title
    ('Fran Drescher said the studios had stalled. The studios blasted suggestions that the '
     'deal was "good for the companies and for the writers alike."',
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the studios had stalled"),
      ("mixed", "AMPTP", "The studios", 'suggestions that the deal was "good for the companies '
       'and for the writers alike."')]),
    ('Fran Drescher said the studios had stalled. Writers picketed the "Barbie" set.',
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the studios had stalled")]),
    # a scare quote that is the predicate of someone who can hold it is theirs
    ('As talks resumed, the WGA negotiators were "guardedly hopeful" about a deal.',
     [("direct", "WGA", "the WGA negotiators", "guardedly hopeful")]),
    ('The deal is "historic" for the union.', []),
    # a headline that attributes a quote: "X: '...'" or "X '...'" before a link word
    ("WGA Members ‘Cautiously Hopeful’ as Studio Chiefs Join the Talks\n\n"
     "Talks resumed on Monday.",
     [("direct", "WGA", "WGA Members", "Cautiously Hopeful")]),
    ("Bass: ‘We Will Not Let This City Down’\n\nTalks resumed on Monday.",
     [("direct", "Bass", "Bass", "We Will Not Let This City Down")]),
    # ... and not a quote that is a title or a scare quote inside a headline's phrase
    ("Hollywood’s ‘Summer of Heat’ Ends With Deals\n\nTalks resumed on Monday.", []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_construction(claims_of, text, expected):
    got = [(c.type, c.party, c.speaker, c.content) for c in claims_of(text)]
    assert got == expected


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
