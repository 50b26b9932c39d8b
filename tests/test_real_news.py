"""Rules drawn from real news on labour disputes: what is a claim and what is not."""

from __future__ import annotations

import pytest


def _contents(claims) -> list[str]:
    return [c.content for c in claims]


# A speech verb whose object only names a topic says nothing that could be true or false.
@pytest.mark.parametrize("text, topic", [
    ("The two producers talked about how the walkout might delay their new series.",
     "how the walkout might delay"),
    ("Union members voiced a mix of opinions on the proposed contract.",
     "opinions on the proposed contract"),
    ("The council has published a memo outlining its version of how the meeting collapsed.",
     "its version of how"),
])
def test_a_topic_is_no_claim(extract, text, topic):
    assert not any(topic in c for c in _contents(extract(text)))


# The same verbs with a claim after them still give it.
@pytest.mark.parametrize("text, claim", [
    ("Union members voiced concern that the contract would cut their pay.",
     "the contract would cut their pay"),
    ("The producers said the walkout might delay their new series.",
     "the walkout might delay their new series"),
])
def test_a_claim_beside_a_topic_verb_stays(extract, text, claim):
    assert any(claim in c for c in _contents(extract(text)))


# "offered to" with an infinitive is a proposal: a position, with no speech cue.
@pytest.mark.parametrize("text, position", [
    ("The producers offered to share streaming figures with the union.",
     "share streaming figures with the union"),
    ("On Monday the league also offered to cap the number of games per season.",
     "cap the number of games per season"),
])
def test_an_offer_is_a_position(extract, text, position):
    claims = extract(text)
    assert any(position in c.content and c.type == "position" for c in claims)


def test_an_offer_to_someone_is_no_position(extract):
    claims = extract("The studio offered to the guild a larger share of the profits.")
    assert not any(c.type == "position" for c in claims)


# A conjunction before a parenthetical attribution states nothing; the quote after it does.
@pytest.mark.parametrize("text", [
    "The chair praised the deal. But, she added, “it leaves our pensions exposed.”",
    "He backed the vote. And, he said, “we will keep the pressure on.”",
])
def test_a_lone_conjunction_is_no_claim(extract, text):
    contents = [c.content.strip() for c in extract(text)]
    assert not any(c in ("But", "And") for c in contents)


# Thanks are an act, and taking people's side ("fighting for them") is no position held.
@pytest.mark.parametrize("text", [
    "Several showrunners thanked the guild for its hard work at the table.",
    "Dozens of actors thanked their union for standing up for them this summer.",
    "The negotiators kept fighting for them until the very last night.",
])
def test_thanks_and_sides_are_no_claims(extract, text):
    assert extract(text) == []
