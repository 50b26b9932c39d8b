"""Which side a person or an unnamed source is on, from the article's own words.

The words read are the title before a name ("SAG-AFTRA's X", "WGA West
president X", "striking union member X"), an apposition or parenthesis after
it ("X, president of the guild's West Coast branch", "X, also on the
negotiating committee"), a tie ("X of the union", "X for the studios"), a
predicate ("X and Y were among those on the guild's committee") and a group
the name is listed in ("writers, including X"). A party's name there is an
affiliation; a party noun ("the guild's") is the party last named with it; a
role ("showrunner") counts where the article sets that party's dispute; an
officer of another organisation ("Acme Guild president X") is on no side.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..rules.words import words
from .registry import NameMatch, Registry
from .setting import Setting, roles_in

TITLE_WORDS = 8  # tokens before a name read as its title
APPOSITION_WORDS = 20  # tokens after it read as its apposition
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "NUM"})


@dataclass(frozen=True)
class Tie:
    """What the article's words say of a source's side: a party (or None for another
    side), how it was found (affiliation, role, description) and the words."""

    party: str | None
    via: str | None
    start: int
    end: int


def _title_token(tok: Token) -> bool:
    if tok.pos_ in _TITLE_POS or tok.tag_ == "POS" or tok.text in ("-", "/", "&"):
        return True
    if tok.lower_ in ("and", "former") or (tok.pos_ == "DET" and tok.text[0].isupper()):
        return True
    return tok.pos_ == "VERB" and tok.tag_ in ("VBG", "VBN") and tok.dep_ == "amod"


def title_before(name: Span) -> Span | None:
    """ "former showrunner", "SAG-AFTRA National Executive Director and Chief Negotiator"."""
    start = name.start
    while start > max(name.sent.start, name.start - TITLE_WORDS) \
            and _title_token(name.doc[start - 1]):
        start -= 1
    while start < name.start and name.doc[start].lower_ == "and":
        start += 1
    return name.doc[start:name.start] if start < name.start else None


def _closing(doc: Doc, at: int, end: int, closer: str) -> int:
    for i in range(at, end):
        if doc[i].text == closer:
            return i
    return end


def _past_partner(name: Span, end: int) -> int:
    """Where a name's coordinated partner ends: "X and Y, the creators of ..." -> after Y."""
    doc, i = name.doc, name.end
    if i + 1 < end and doc[i].lower_ in ("and", "&") and doc[i + 1].pos_ == "PROPN":
        i += 1
        while i < end and doc[i].pos_ == "PROPN":
            i += 1
    return i


def windows_after(name: Span) -> list[Span]:
    """The apposition, parenthesis or tie after a name ("Jo, a guild member, said")."""
    doc = name.doc
    end = min(name.sent.end, name.end + APPOSITION_WORDS)
    i = _past_partner(name, end)
    out: list[Span] = []
    if i < end and doc[i].text == "(":
        close = _closing(doc, i + 1, end, ")")
        out.append(doc[i + 1:close])
        i = close + 1
    if i < end and doc[i].text in (",", "—", "–"):
        close = _closing(doc, i + 1, end, doc[i].text if doc[i].text == "," else doc[i].text)
        out.append(doc[i + 1:close])
    elif i < end and doc[i].lower_ in words("referents", "ties"):
        out.append(doc[i:doc[i].right_edge.i + 1])
    return [w for w in out if len(w) and _descriptive(w)]


def _descriptive(window: Span) -> bool:
    """An apposition describes the name; a clause after a list's closing comma does not
    ("writers, including X, said the guild ..."), unless it is a relative clause."""
    if window[0].lower_ in ("who", "whose"):
        return True
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in window)


def windows_around(name: Span) -> list[Span]:
    """Where the article says who the named person is: title, apposition, predicate, group."""
    out = [w for w in (title_before(name),) if w is not None] + windows_after(name)
    tok = name.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":  # "X and Y were among those on ..."
        verb = tok.head
        out += [name.doc[c.left_edge.i:c.right_edge.i + 1] for c in verb.children
                if c.i > verb.i and c.dep_ in ("attr", "prep", "acomp")]
    if tok.dep_ == "pobj" and tok.head.lower_ in ("including", "among"):
        group = tok.head.head  # "scribes and producers, including X"
        if group.pos_ in ("NOUN", "PROPN"):
            out.append(name.doc[group.left_edge.i:group.i + 1])
    return out


class Affiliations:
    """Ties read from the article, asked per name or per unnamed source."""

    def __init__(self, doc: Doc, registry: Registry, setting: Setting,
                 mentions: list[NameMatch]) -> None:
        self.doc = doc
        self.registry = registry
        self.setting = setting
        self.mentions = mentions  # registry names in the whole text, once

    def of_windows(self, spans: list[Span], pos: int, context: str | None = None) -> Tie | None:
        """The first window that settles a side, read in order; None if none does."""
        for span in spans:
            tie = self.of_span(span, pos, context)
            if tie is not None:
                return tie
        return None

    def of_span(self, span: Span, pos: int, context: str | None = None) -> Tie | None:
        """A party named, a party noun, a role, another body's officer, or a body noun."""
        ev = _trimmed(span)
        for read in (self._named, self._outsider, self._role):
            tie = read(span, ev)
            if tie is not None:
                return tie
        return self._noun_tie(span, pos, context, ev)

    def _named(self, span: Span, ev: tuple[int, int]) -> Tie | None:
        """ "SAG-AFTRA's", "WGA West president": a party named; "a dual WGA-DGA member": none."""
        parties = {m.party for m in self.registry.find_names(span.text) if not m.person}
        if not parties:
            return None
        return Tie(parties.pop() if len(parties) == 1 else None, "affiliation", *ev)

    def _outsider(self, span: Span, ev: tuple[int, int]) -> Tie | None:
        """ "a screenwriter and film professor": quoted as such, on no side."""
        if {t.lower_ for t in span} & words("referents", "outsiders"):
            return Tie(None, None, *ev)
        return None

    def _role(self, span: Span, ev: tuple[int, int]) -> Tie | None:
        """ "a studio executive" is a role, though "studio" is a party noun."""
        roles = roles_in(self.registry, span.text, span.start_char)
        if not roles:
            return None
        settled = {p for r in roles for p in self.setting.settled(
            r.parties, (span.start_char, span.end_char))}
        return Tie(settled.pop() if len(settled) == 1 else None, "role", *ev)

    def _noun_tie(self, span: Span, pos: int, context: str | None,
                  ev: tuple[int, int]) -> Tie | None:
        """A party noun ("the guild's"), another body's officer, or a body noun."""
        party = self._party_noun(span, pos, context)
        if party is not None:
            return Tie(party, "affiliation", *ev)
        lowers = {t.lower_ for t in span}
        if lowers & words("referents", "officers") and any(
                t.pos_ == "PROPN" or t.ent_type_ == "ORG" for t in span):
            return Tie(None, None, *ev)  # "Acme Guild president and founder"
        if lowers & words("referents", "bodies"):
            party = self._body(span, pos)
            if party is not None:
                return Tie(party, "affiliation", *ev)
        return None

    def _party_noun(self, span: Span, pos: int, context: str | None) -> str | None:
        """ "the guild's", "union member": the party last named that the noun fits."""
        for tok in span:
            candidates = self.registry.parties_for_noun(tok.lemma_.lower())
            if not candidates or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            if not (tok.dep_ in ("poss", "compound") or _determined(tok)):
                continue
            if tok.dep_ in ("poss", "compound") and not self._of_party(tok.head):
                continue  # "the mayor's advisers" are not the mayor
            if any(c.dep_ == "compound" and not self._party_word(c) for c in tok.children):
                continue  # "the video game producers": some other producers
            if context in candidates:
                return context
            return self.last_mention(pos, candidates) or self.setting.only(candidates)
        return None

    def _of_party(self, tok: Token) -> bool:
        """Whether a noun names a party's people or bodies: "negotiator", "board", "branch"."""
        lemma = tok.lemma_.lower()
        return lemma in self.registry.roles or lemma in words("referents", "bodies") \
            or lemma in words("referents", "people") or bool(self.registry.parties_for_noun(lemma))

    def _party_word(self, tok: Token) -> bool:
        return bool(self.registry.parties_for_noun(tok.lemma_.lower())
                    or self.registry.find_names(tok.text))

    def _body(self, span: Span, pos: int) -> str | None:
        """ "also on the negotiation committee": the party named before with such a body."""
        bodies = words("referents", "bodies")
        best: str | None = None
        for m in self.mentions:
            if m.start >= pos or m.person:
                continue
            following = self.doc.char_span(m.end, min(m.end + 40, len(self.doc.text)),
                                           alignment_mode="contract")
            if following is not None and any(t.lower_ in bodies for t in following[:3]):
                best = m.party
        return best

    def last_mention(self, pos: int, parties: list[str]) -> str | None:
        found = [m.party for m in self.mentions if m.start < pos and m.party in parties]
        return found[-1] if found else None


def _determined(tok: Token) -> bool:
    return any(c.dep_ in ("det", "poss") for c in tok.children)


def _trimmed(span: Span) -> tuple[int, int]:
    """The span's characters without its outer punctuation."""
    toks = [t for t in span if not t.is_space and (not t.is_punct or t.text in ("-", "/"))]
    if not toks:
        return span.start_char, span.end_char
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)
