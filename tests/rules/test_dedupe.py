"""The last pass over drafts: embedded cues dropped, one claim per content. No spaCy needed."""

from wgaclaims.rules.dedupe import dedupe, drop_embedded
from wgaclaims.rules.drafts import Draft


def test_a_cue_inside_another_claims_content_is_part_of_it():
    # "..., saying she thinks a resolution can be reached": "thinks" is inside what she said
    outer = Draft("indirect", 10, 60, anchor=2, frame="speech")
    inner = Draft("indirect", 30, 60, anchor=22, frame="cognition")
    assert drop_embedded([outer, inner]) == [outer]


def test_a_nested_claim_is_kept_inside_another():
    outer = Draft("direct", 10, 60, anchor=2, frame="speech")
    inner = Draft("indirect", 30, 60, anchor=22, frame="speech", nested=True)
    assert drop_embedded([outer, inner]) == [outer, inner]


def test_according_to_gives_way_to_the_report_it_sources():
    # "According to the Reporter, the union sent an email announcing that ..."
    sourcing = Draft("according_to", 20, 90, anchor=0, frame="according")
    report = Draft("indirect", 60, 90, anchor=45, frame="speech")
    assert drop_embedded([sourcing, report]) == [report]


def test_according_to_keeps_an_account_of_acts():
    # "According to police, officers saw him and ordered him to stop."
    sourcing = Draft("according_to", 20, 90, anchor=0, frame="according")
    assert drop_embedded([sourcing]) == [sourcing]


def test_one_draft_per_content_the_first_in_text_order_kept():
    first = Draft("direct", 10, 20, anchor=5)
    same = Draft("mixed", 10, 20, anchor=8)
    later = Draft("indirect", 30, 40, anchor=25)
    assert dedupe([later, same, first]) == [first, later]
