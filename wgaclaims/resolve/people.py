"""What an article says of the people it names: registry members, and the side it ties them to.

Asked per surname, so that every later mention ("Ray", "she") keeps what the article said
where it gave the person's fullest name.
"""

from __future__ import annotations

from spacy.tokens import Span

from .affiliation import Affiliations, Tie, windows_around
from .names import PersonNames
from .registry import NameMatch, Registry
from .setting import Setting


class NamedPeople:
    def __init__(self, text: str, registry: Registry, mentions: list[NameMatch],
                 names: PersonNames, ties: Affiliations, setting: Setting) -> None:
        self.text = text
        self.registry = registry
        self.mentions = mentions  # registry names in the whole text, once
        self.names = names
        self.ties = ties
        self.setting = setting
        self.surnames = registry.member_surnames()
        self._ties: dict[str, Tie | None] = {}

    def member(self, surname: str, name: str | None) -> str | None:
        """The party of the registry member a surname stands for, if the article named them."""
        if surname in self.surnames and self._member_named(surname, name):
            return self.surnames[surname]
        return None

    def _member_named(self, surname: str, name: str | None) -> bool:
        """Whether a surname is the registry member's: the article names the member in full,
        and gives no other first name for it ("Ada Fisher" is not "Joely Fisher")."""
        members = {m for p in self.registry.parties for m in p.members
                   if m.split()[-1] == surname}
        named = any(self.text[m.start:m.end] in members for m in self.mentions if m.person)
        return named and (name is None or name == surname or name in members)

    def tie(self, surname: str) -> Tie | None:
        """What the article says of a person where it gives their fullest name."""
        if surname not in self._ties:
            full = self.names.span(surname)
            tie = None
            if full is not None:
                windows = windows_around(full)
                tie = self.ties.of_windows(windows, full.start_char)
                if tie is None and " " in full.text:
                    tie = self._on_the_line(windows)
            self._ties[surname] = tie
        return self._ties[surname]

    def _on_the_line(self, windows: list[Span]) -> Tie | None:
        """A person the article meets on one party's picket line, described as nothing
        else ("Jo Ray (a show's title) said"), is on that side; "an analyst" is not."""
        if self.setting.picket is None:
            return None
        if any(t.pos_ == "NOUN" and t.text.islower() for w in windows for t in w):
            return None
        party, start, end = self.setting.picket
        return Tie(party, "role", start, end)
