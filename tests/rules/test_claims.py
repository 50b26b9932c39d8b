"""All of a document's drafts together (rules/claims.py): nested claims, odd quote marks.

The claims component runs on each text's recorded parse (tests/parses/, written
by tests/record_parses.py), so no model is loaded.
"""

import pytest

from wgaclaims.model import CLAIM_TYPES


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


@pytest.mark.parametrize("text", [
    "“", "“”", '"""""', "‘’‘’", "He said “this never closes.\n\nAnd the next paragraph.",
    "“Open one. “Open two.” Close? ” said he.", "\n\n\n", "said said said",
])
def test_odd_marks_never_crash_and_offsets_hold(claims_of, text):
    for c in claims_of(text):
        assert text[c.start:c.end] == c.content and c.type in CLAIM_TYPES


# A headline that reports an act or a position is the publisher's summary, no claim; one
# that attributes words is a claim.
@pytest.mark.parametrize("text, expected", [
    ("WGA rejects final offer from studios\n\nTalks broke off on Monday.", []),
    ("Mayor Bass says strike must end\n\nTalks broke off on Monday.",
     [("indirect", "Bass", "Mayor Bass", "strike must end")]),
])
def test_a_headline_claims_only_what_it_attributes(claims_of, text, expected):
    assert [(c.type, c.party, c.speaker, c.content) for c in claims_of(text)] == expected


# Words a named other source said, reported inside a claim, are that source's claim
# too (nested); the outer speaker again, a pronoun or a verb of thought is not.
@pytest.mark.parametrize("text, expected", [
    ("Union officials said the studio chief told them that a deal was close.",
     [("Union officials", False), ("the studio chief", True)]),
    ("The guild said it told members that a deal was close.", [("The guild", False)]),
    ("The guild said the members think that a deal is close.", [("The guild", False)]),
])
def test_a_named_source_reported_in_a_claim_has_a_nested_claim(claims_of, text, expected):
    assert [(c.speaker, c.nested) for c in claims_of(text)] == expected


def test_a_demonstrative_inside_a_split_quote_is_no_nested_speaker(claims_of):
    text = "“That,” the negotiator added, “promises to make the next contract much harder.”"
    assert [(c.speaker, c.nested, c.content) for c in claims_of(text)] == [
        ("the negotiator", False, "That,"),
        ("the negotiator", False, "promises to make the next contract much harder.")]
