"""People's names in one article: the surname a mention uses and the fullest name given.

The parser's entities are unreliable on names ("Scott said" tagged as an
organisation, "Crabtree-Ireland" split at its hyphens), so a name is read from
the text: the whitespace-delimited word at the mention, hyphens kept, and the
run of capitalised words written before it elsewhere in the article. Where
the article writes each word is indexed once, so finding a name's every
mention costs a lookup, not a pass over the whole text.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..rules.words import words

_EDGE = "\"'“”‘’()[],.;:!?"
_NAME_WORD = re.compile(r"[A-Z][\w-]*|[A-Z]\.")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# A run of word characters and hyphens: a surname is found where such a run begins with it.
_RUN = re.compile(r"[\w-]+")


def surname_at(text: str, tok: Token) -> str:
    """The word a name token stands in, hyphens kept: "Crabtree" in "Crabtree-Ireland's"
    -> "Crabtree-Ireland"."""
    start, end = tok.idx, tok.idx + len(tok.text)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    word = text[start:end].strip(_EDGE)
    return _POSSESSIVE.sub("", word).strip(_EDGE)


def _capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper() and word.lower() not in words("referents",
                                                                          "honorifics")


class PersonNames:
    """The fullest name of each surname in one article, read once per surname."""

    def __init__(self, doc: Doc, text: str, titles: frozenset[str]) -> None:
        self.doc = doc
        self.text = text
        self.titles = titles  # role and title words, never part of a name
        self._fullest: dict[str, tuple[str, int, int] | None] = {}
        self._runs: dict[str, list[int]] | None = None

    def fullest(self, surname: str) -> tuple[str, int, int] | None:
        """(name, start, end) of the longest "First Middle Surname" the article writes."""
        if surname not in self._fullest:
            self._fullest[surname] = self._find(surname)
        return self._fullest[surname]

    def _find(self, surname: str) -> tuple[str, int, int] | None:
        if not surname or not surname[0].isupper():
            return None
        best: tuple[str, int, int] | None = None
        for m in self._mentions(surname):
            first = m.start()
            line = self.text[max(0, m.start() - 80):m.start()].rsplit("\n", 1)[-1]
            before = line.split(" ")
            parts = before[-4:-1] if len(before) > 1 and not before[-1] else []
            for word in reversed(parts):  # "Jo A. Ray", not "City. Jo Ray"
                if not _NAME_WORD.fullmatch(word) or not _capitalised(word) \
                        or word.lower() in self.titles:
                    break
                first -= len(word) + 1
            name = self.text[first:m.end()]
            if best is None or len(name) > len(best[0]):
                best = (name, first, m.end())
        return best

    def _mentions(self, surname: str) -> list[re.Match[str]]:
        """Where the article writes `surname` as a whole word (hyphens part of the word).

        Such a mention begins a run of word characters and hyphens, and that run is
        the surname's own first run ("O" of "O'Neil"), so the runs index every
        candidate; each is confirmed with the pattern at its position.
        """
        if self._runs is None:
            self._runs = {}
            for m in _RUN.finditer(self.text):
                self._runs.setdefault(m.group(), []).append(m.start())
        first = _RUN.match(surname)
        if first is None:
            return []
        pattern = re.compile(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])")
        return [found for at in self._runs.get(first.group(), ())
                if (found := pattern.match(self.text, at)) is not None]

    def span(self, surname: str) -> Span | None:
        """The tokens of the fullest name, for reading what the article says around it."""
        found = self.fullest(surname)
        if found is None:
            return None
        return self.doc.char_span(found[1], found[2], alignment_mode="expand")
