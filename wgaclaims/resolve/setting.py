"""Whose dispute an article is about, and whose picket line it stands on.

A role ("showrunner", "actor") ties a person to a party only where the article
sets that party's dispute: it names the party, or it has the party's people
on strike ("Striking writers walked the lines"). An article whose picket
lines belong to one party ("actors on the guild's picket line") places the
people it meets there on that side.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..rules.words import words
from .registry import Registry


@dataclass(frozen=True)
class RoleMatch:
    """A registry role in the text: its characters, the parties it names, plural or not."""

    start: int
    end: int
    parties: tuple[str, ...]
    plural: bool


def roles_in(registry: Registry, text: str, offset: int = 0) -> list[RoleMatch]:
    """The registry roles written in text ("showrunner", "voice-over actors")."""
    if registry.role_pattern is None:
        return []
    return [RoleMatch(offset + m.start(), offset + m.end(),
                      tuple(registry.role_parties(m.group(1))), bool(m.group(2)))
            for m in registry.role_pattern.finditer(text.lower())]


@dataclass
class Setting:
    """The parties whose dispute the article sets, and its picket line's party."""

    disputes: dict[str, tuple[int, int]] = field(default_factory=dict)  # party -> evidence
    picket: tuple[str, int, int] | None = None  # party, evidence start, end

    def only(self, parties: list[str]) -> str | None:
        """The one of these parties whose dispute the article sets, if exactly one: "the
        union" in an article that names one union, before or after."""
        settled = [p for p in parties if p in self.disputes]
        return settled[0] if len(settled) == 1 else None

    def settled(self, parties: tuple[str, ...], outside: tuple[int, int] = (0, 0)) -> list[str]:
        """The parties whose dispute is set by words other than those in `outside`: "many
        writers" does not set the writers' dispute by itself."""
        return [p for p in parties if p in self.disputes
                and not outside[0] <= self.disputes[p][0] < outside[1]]


def _sentence_parties(registry: Registry, sent: Span) -> list[tuple[str, int, int]]:
    """Parties a sentence names or whose people it names: (party, start, end) each."""
    found = [(m.party, sent.start_char + m.start, sent.start_char + m.end)
             for m in registry.find_names(sent.text) if not m.person]
    for role in roles_in(registry, sent.text, sent.start_char):
        found += [(p, role.start, role.end) for p in role.parties]
    return found


def read_setting(doc: Doc, registry: Registry) -> Setting:
    """The article's disputes and picket line, read once per document."""
    setting = Setting()
    dispute, picket = words("referents", "strike"), words("referents", "picket")
    votes: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    for sent in doc.sents:
        _note_disputes(registry, sent, setting, dispute)
        lowers = {t.lower_ for t in sent}
        if not lowers & picket:
            continue
        at = next(t for t in sent if t.lower_ in picket)
        for party, start, end in _sentence_parties(registry, sent):
            votes[party] += 1
            lo, hi = min(start, at.idx), max(end, at.idx + len(at.text))
            first.setdefault(party, (lo, hi))
    ranked = votes.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        party = ranked[0][0]
        setting.picket = (party, *first[party])
    return setting


def _note_disputes(registry: Registry, sent: Span, setting: Setting,
                   dispute: frozenset[str]) -> None:
    """A party named, or its people in the plural beside a strike word, sets its dispute."""
    for m in registry.find_names(sent.text):
        if not m.person:
            setting.disputes.setdefault(
                m.party, (sent.start_char + m.start, sent.start_char + m.end))
    if {t.lower_ for t in sent} & dispute:
        for role in roles_in(registry, sent.text, sent.start_char):
            # "strike captains" are every union's: a role of several parties sets none
            for p in role.parties if role.plural and len(role.parties) == 1 else ():
                setting.disputes.setdefault(p, (role.start, role.end))
