"""The content finder (rules/content/find.py): one reader for every frame.

The finder's readings are tested through the claims they give, in the tables
of the content modules' tests beside this one; here, the refusals it makes for every
frame (a topic, a lone conjunction), on recorded parses.
"""

from typing import get_args

import pytest

from wgaclaims.rules.content.find import READERS
from wgaclaims.rules.frames import Frame


def test_every_frame_has_a_content_reader():
    assert set(READERS) == set(get_args(Frame))



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
def test_a_topic_is_no_claim(claims_of, text, topic):
    assert not any(topic in c for c in _contents(claims_of(text)))


# Wanting to know how or whether something is so asks; it holds no position.
@pytest.mark.parametrize("text, topic", [
    ("The union wants to know whether the studios will come back to the table.",
     "to know whether"),
    ("The actors want to learn how the new rules will affect their work.", "to learn how"),
    ("Voters want to know what is in the returns.", "what is in the returns"),
])
def test_a_want_to_know_is_a_question(claims_of, text, topic):
    assert not any(topic in c for c in _contents(claims_of(text)))


# A relative clause the parser hung on the cue is no content of it.
@pytest.mark.parametrize("text, topic", [
    ("She expressed deep worry about “public fan mods,” whereby fans use a singer’s voice to "
     "record whatever lines they want.", "whereby"),
])
def test_a_relative_clause_is_no_content(claims_of, text, topic):
    assert not any(topic in c for c in _contents(claims_of(text)))


# The same verbs with a claim after them still give it.
@pytest.mark.parametrize("text, claim", [
    ("Union members voiced concern that the contract would cut their pay.",
     "the contract would cut their pay"),
    ("The producers said the walkout might delay their new series.",
     "the walkout might delay their new series"),
])
def test_a_claim_beside_a_topic_verb_stays(claims_of, text, claim):
    assert any(claim in c for c in _contents(claims_of(text)))


# A conjunction before a parenthetical attribution states nothing; the quote after it does.
@pytest.mark.parametrize("text", [
    "The chair praised the deal. But, she added, “it leaves our pensions exposed.”",
    "He backed the vote. And, he said, “we will keep the pressure on.”",
])
def test_a_lone_conjunction_is_no_claim(claims_of, text):
    contents = [c.content.strip() for c in claims_of(text)]
    assert not any(c in ("But", "And") for c in contents)
