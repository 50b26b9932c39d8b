"""The rules' word lists, kept as data in data/words.toml and checked when loaded.

Each section of the file belongs to the rules module of the same name ("[content]" to
rules/content, "[classify]" to rules/classify, and "[when]" to dating/when, ...), so a
word list is found next to the rule that reads it. A list is a set of words or phrases; a
typo that would make a rule silently never fire (an empty list, a duplicate, a word with
stray spaces) stops the load with the file, section and key.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

WORDS_FILE = "data/words.toml"


class WordListError(ValueError):
    """A word list in data/words.toml that the rules could not use as written."""


def _check(section: str, key: str, value: Any) -> frozenset[str]:
    where = f"{WORDS_FILE} [{section}] {key}"
    if not isinstance(value, list) or not value:
        raise WordListError(f"{where}: expected a non-empty list of words")
    seen: set[str] = set()
    for word in value:
        if not isinstance(word, str) or not word or word != word.strip():
            raise WordListError(f"{where}: {word!r} is not a word (a string with no outer spaces)")
        if word in seen:
            raise WordListError(f"{where}: {word!r} is listed twice")
        seen.add(word)
    return frozenset(seen)


def parse(raw: str) -> dict[str, dict[str, frozenset[str]]]:
    """Every section's lists, checked; raises WordListError naming the first bad entry."""
    data = tomllib.loads(raw)
    table: dict[str, dict[str, frozenset[str]]] = {}
    for section, lists in data.items():
        if not isinstance(lists, dict):
            raise WordListError(f"{WORDS_FILE} [{section}]: expected a section of named lists")
        table[section] = {key: _check(section, key, value) for key, value in lists.items()}
    return table


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, frozenset[str]]]:
    return parse(resources.files("wgaclaims").joinpath(WORDS_FILE).read_text("utf-8"))


def words(section: str, key: str) -> frozenset[str]:
    """The list `key` of `[section]`; a missing one is a KeyError naming both."""
    try:
        return _table()[section][key]
    except KeyError:
        raise KeyError(f"{WORDS_FILE} has no list [{section}] {key}") from None
