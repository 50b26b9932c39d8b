"""Cues (rules/cues.py): which words introduce claims, and which do not.

Rows of (text, claims), read as tests/rules/__init__.py says.

Then tree-walking rules on hand-built parses.
"""

import pytest

from wgaclaims.rules.cues import find_cues
from wgaclaims.rules.lexicon import load_lexicon

from .handbuilt import parse

CASES = [
    # positions
    ("The WGA is calling for higher residuals on streaming shows.",
     [("position", "WGA", "The WGA", "higher residuals on streaming shows")]),
    ("The studios pushed back against the demand for minimum staffing.",
     [("position", "AMPTP", "The studios", "the demand for minimum staffing")]),
    ("The WGA wants a share of streaming revenue.",
     [("position", "WGA", "The WGA", "a share of streaming revenue")]),
    # a party's demands listed as the subject of "include"; no party, no position
    ("The DGA's demands include higher residuals and limits on AI.",
     [("position", "DGA", "The DGA", "higher residuals and limits on AI")]),
    ("The demands include higher pay.", []),
    ("Among the SAG-AFTRA demands are higher pay and limits on AI.",
     [("position", "SAG-AFTRA", "SAG-AFTRA", "higher pay and limits on AI")]),
    ("Among SAG-AFTRA's demands: higher pay, limits on AI and a share of streaming revenue.",
     [("position", "SAG-AFTRA", "SAG-AFTRA", "higher pay, limits on AI and a share of "
       "streaming revenue")]),
    # a passive participle names what was said to or of someone: no one says it
    ("Asked what went wrong, the showrunner shrugged and went back to the picket line.", []),
    ("The guild runs a fund called the Writers Relief Fund for members in need.", []),
    ("Residual checks intended to cover rent have shrunk, the writers said.",
     [("indirect", None, "the writers", "Residual checks intended to cover rent have shrunk")]),
    # "That said," and "Having said that," only link two sentences
    ("That said, a long strike would hurt the whole city.", []),
    ("Having said that, Karen Bass thinks the talks will resume.",
     [("indirect", "Bass", "Karen Bass", "the talks will resume")]),
    # "let's say" sets up a case: no one says it
    ("Let's say the strike runs until Christmas and the studios lose a season.", []),
    # studies and polls
    ("A Bloomberg poll shows that most voters back the writers.",
     [("indirect", None, "A Bloomberg poll", "most voters back the writers")]),
    # a document "reads"; "she read the report" is no cue
    ("“Our members stand together,” the WGA letter reads.",
     [("direct", "WGA", "the WGA letter", "Our members stand together,")]),
    ("Bass read the report on Tuesday.", []),
    # refusals: a refusal to speak is nothing; a refusal to act is a position, not the act
    ("The AMPTP refused to comment on the talks.", []),
    ("The AMPTP declined to endorse the proposal.",
     [("position", "AMPTP", "The AMPTP", "to endorse the proposal")]),
    # "hoping", which the model lemmatises as "hop"; "expressed concern that ..."
    ("Karen Bass is hoping the deal holds.",
     [("indirect", "Bass", "Karen Bass", "the deal holds")]),
    ("Karen Bass hopes the studios will return.",
     [("indirect", "Bass", "Karen Bass", "the studios will return")]),
    ("The DGA is hoping to open talks in May.",
     [("indirect", "DGA", "The DGA", "to open talks in May")]),
    ("Fran Drescher expressed concern that the studios would use AI.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "concern that the studios would use AI")]),
    # evaluation, cognition and intention cues
    ("Fran Drescher praised the writers' resolve and blasted the studios' latest offer.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the writers' resolve"),
      ("indirect", "SAG-AFTRA", "Fran Drescher", "the studios' latest offer")]),
    ("Karen Bass learned that the talks had collapsed.",
     [("indirect", "Bass", "Karen Bass", "the talks had collapsed")]),
    ("The AMPTP considers the demand a threat to the business.",
     [("indirect", "AMPTP", "The AMPTP", "the demand a threat to the business")]),
    ("The AMPTP considered the offer.", []),
    ("Fran Drescher painted the studios as greedy.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the studios as greedy")]),
    ("The studios offered no evidence that the proposal would cost jobs.",
     [("indirect", "AMPTP", "The studios", "no evidence that the proposal would cost jobs")]),
    ("The DGA intends to open talks in May.",
     [("position", "DGA", "The DGA", "to open talks in May")]),
    ("The WGA prefers a shorter contract.",
     [("position", "WGA", "The WGA", "a shorter contract")]),
    # "found" with an object is evidence only from a source of evidence
    ("The audit found no record of the payments.",
     [("indirect", None, "The audit", "no record of the payments")]),
    ("Fran Drescher found ways to press her agenda.", []),
    # predicates of belief and feeling with a clause
    ("The WGA is confident that a deal can be reached.",
     [("indirect", "WGA", "The WGA", "a deal can be reached")]),
    ("Karen Bass was worried the strike would hurt the city.",
     [("indirect", "Bass", "Karen Bass", "the strike would hurt the city")]),
    ("The studios have made it clear that they will not negotiate.",
     [("indirect", "AMPTP", "The studios", "they will not negotiate")]),
    ("In an interview on Tuesday, Karen Bass made it clear she had misgivings about the deal.",
     [("indirect", "Bass", "Karen Bass", "she had misgivings about the deal")]),
    ("It is clear that the strike will last.", []),
    ("The guild is not sure the deal will hold.", []),
    ("Fran Drescher is unsure whether talks will resume.", []),
    ("The WGA is happy with the deal.", []),
    # not claims: narration, refusals to comment, scare quotes and titles, questions
    ("The AMPTP could not immediately be reached for comment.", []),
    ("The strike, which began in May, has shut down most production.", []),
    ("Writers picketed outside the “Stranger Things” set on Tuesday.", []),
    ("Will the studios return to the table?", []),
    ("Reporters asked whether the talks would resume.", []),
    ("Does the WGA support the deal?", []),
    ("Did Karen Bass say the strike must end?", []),
    ("The WGA said if the studios walk away, writers will strike.",
     [("indirect", "WGA", "The WGA", "if the studios walk away, writers will strike")]),
    # an elliptical answer ends the quote; its "not" does not negate the cue
    ('"We are ready for a deal. Probably not," Fran Drescher said.',
     [("direct", "SAG-AFTRA", "Fran Drescher", "We are ready for a deal. Probably not,")]),
    ("Karen Bass did not say the strike must end.", []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_construction(claims_of, text, expected):
    got = [(c.type, c.party, c.speaker, c.content) for c in claims_of(text)]
    assert got == expected


# -- hand-built parses --------------------------------------------------------------------------


def test_negated_verbs_and_unknown_verbs_are_not_cues(vocab):
    doc = parse(vocab, [("They", 3, "nsubj", "PRP", "they"), ("did", 3, "aux", "VBD", "do"),
                        ("not", 3, "neg", "RB", "not"), ("say", 3, "ROOT", "VB", "say"),
                        ("and", 3, "cc", "CC", "and"), ("blasted", 3, "conj", "VBD", "blast"),
                        ("and", 3, "cc", "CC", "and"), ("ran", 3, "conj", "VBD", "run")])
    assert [c.text for c in find_cues(doc, load_lexicon())] == ["blasted"]


def test_position_phrases_need_their_particles(vocab):
    doc = parse(vocab, [("It", 1, "nsubj", "PRP", "it"), ("pushed", 1, "ROOT", "VBD", "push"),
                        ("back", 1, "advmod", "RB", "back"),
                        ("against", 2, "prep", "IN", "against"),
                        ("demands", 3, "pobj", "NNS", "demand")])
    assert [(c.text, c.frame) for c in find_cues(doc, load_lexicon())] == [
        ("pushed back against", "position")]
