"""The cue lexicon (rules/lexicon.py): data/cues.toml read into frames, forms and phrases."""

import pytest

from wgaclaims.rules.lexicon import load_lexicon


@pytest.mark.parametrize("lemma, frame", [
    ("say", "speech"),
    ("believe", "cognition"),
    ("call", "object"),
    ("show", "evidence"),
    ("walk", None),
])
def test_a_single_word_cue_has_its_frame(lemma, frame):
    assert load_lexicon().frame(lemma) == frame


def test_every_cue_can_be_found_by_its_lemma_or_its_form():
    lexicon = load_lexicon()
    assert {"say", "believe", "push"} <= lexicon.cue_lemmas and "walk" not in lexicon.cue_lemmas
    # "hoping", which the model lemmatises as "hop", is found by its form
    assert lexicon.forms["hoping"] == "hope" and "hoping" in lexicon.cue_forms
    assert "according" in lexicon.cue_forms


def test_longer_phrases_come_first():
    phrases = [words for words, _ in load_lexicon().phrases]
    assert [len(p) for p in phrases] == sorted((len(p) for p in phrases), reverse=True)
    assert (("push", "back", "against"), "position") in load_lexicon().phrases


def test_the_lexicon_is_loaded_once():
    assert load_lexicon() is load_lexicon()
