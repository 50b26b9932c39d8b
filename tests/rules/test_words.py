"""The word lists load from data/words.toml, and a list the rules could not use stops the load."""

import pytest

from wgaclaims.rules.words import WordListError, parse, words


def test_the_packaged_lists_load():
    assert "although" in words("content", "concessive")


def test_a_missing_list_names_section_and_key():
    with pytest.raises(KeyError, match=r"\[content\] nonesuch"):
        words("content", "nonesuch")


@pytest.mark.parametrize("raw, problem", [
    ('[a]\nb = []', "non-empty list"),
    ('[a]\nb = "word"', "non-empty list"),
    ('[a]\nb = ["x", "x"]', "listed twice"),
    ('[a]\nb = [" x"]', "not a word"),
    ('[a]\nb = [""]', "not a word"),
    ('[a]\nb = [3]', "not a word"),
    ('a = ["x"]', "section of named lists"),
])
def test_a_bad_list_is_refused_with_where_it_is(raw, problem):
    with pytest.raises(WordListError, match=problem) as caught:
        parse(raw)
    assert "data/words.toml [a]" in str(caught.value)
