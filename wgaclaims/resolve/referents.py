"""Who a speaker is: names, pronouns, descriptions and documents resolved to parties.

Claims are resolved in text order, each against what the article has said
before it: the registry names it mentioned, the people it named with a party
title ("AMPTP President Carol Lombardini"), the speakers already resolved
(for "she", "it", "they"), and the documents it said someone sent (for "the
email stated"). Where nothing fits, the party stays null: a wrong party is
worse than none.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..rules.documents import Introduction
from ..rules.drafts import Draft
from ..rules.lexicon import Lexicon
from .registry import NameMatch, Registry

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
THING_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
TITLE_WINDOW = 6  # tokens before a name searched for a party title


DEFINITE = frozenset({"the", "this", "that", "these", "those"})


RELATIVE = frozenset({"who", "which", "that", "whom"})


def relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun subject stands for: "Smith, who said ..." -> Smith."""
    if tok.lower_ not in RELATIVE or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    return None


def _definite(span: Span) -> bool:
    """'the guild', 'the union group', 'its negotiators': a particular, known source."""
    first = span[0]
    return first.lower_ in DEFINITE or first.tag_ == "PRP$" or any(
        c.dep_ == "poss" for c in span.root.children)


@dataclass(frozen=True)
class Referent:
    """A resolved source, remembered for the pronouns and descriptions after it."""

    pos: int
    party: str | None
    name: str | None
    person: bool
    document: str | None = None  # the document noun, when the speaker is a document


class Resolver:
    def __init__(self, doc: Doc, text: str, registry: Registry, lexicon: Lexicon) -> None:
        self.doc = doc
        self.text = text
        self.registry = registry
        self.lexicon = lexicon
        self.persons = [e for e in doc.ents if e.label_ == "PERSON"]
        self._fullest: dict[str, str] | None = None
        self.learned = self._learn_titles()
        self.mentions: list[NameMatch] = [
            m for m in registry.find_names(self.text, self.learned)]
        self.history: list[Referent] = []
        self.documents: list[tuple[int, str, str | None]] = []  # (pos, noun, party)

    # -- what the article establishes -------------------------------------------------------

    def _learn_titles(self) -> dict[str, str]:
        """People the article names with a party title: "AMPTP President Carol Lombardini",
        "Carol Lombardini [AMPTP president]", "Fran Drescher, president of SAG-AFTRA"."""
        learned: dict[str, str] = {}
        for ent in self.persons:
            if self.registry.find_names(ent.text):
                continue
            lo = max(ent.sent.start, ent.start - TITLE_WINDOW)
            window = list(self.doc[lo:ent.start])
            after = self.doc[ent.end:min(ent.sent.end, ent.end + 8)]
            if len(after) and after[0].text in "([,":
                closer = {"(": ")", "[": "]", ",": ","}[after[0].text]
                for tok in after[1:]:
                    if tok.text == closer:
                        break
                    window.append(tok)
            if not any(t.lemma_.lower() in self.lexicon.roles for t in window):
                continue
            words = " ".join(t.text for t in window)
            names = [m for m in self.registry.find_names(words) if not m.person]
            if len(names) and len({m.party for m in names}) == 1:
                learned[ent.text] = names[0].party
                last = ent.text.split()[-1]
                learned.setdefault(last, names[0].party)
        return learned

    def fullest_person(self, last: str) -> str | None:
        if self._fullest is None:  # built once: this runs for every person speaker
            self._fullest = {}
            for e in self.persons:
                key = e.text.split()[-1]
                if len(e.text) > len(self._fullest.get(key, "")):
                    self._fullest[key] = e.text
        return self._fullest.get(last)

    # -- resolution -------------------------------------------------------------------------

    def resolve(self, draft: Draft) -> None:
        """Set draft.party and draft.speaker_name, and remember the referent."""
        if draft.inherits is not None:
            draft.party, draft.speaker_name = draft.inherits.party, draft.inherits.speaker_name
            return
        if draft.speaker is None:
            return
        ref = self.referent(draft.speaker, draft)
        draft.party, draft.speaker_name = ref.party, ref.name
        draft.speaker_chars = (draft.speaker.start_char, draft.speaker.end_char)
        if not draft.nested:
            self.history.append(ref)

    def referent(self, span: Span, draft: Draft) -> Referent:
        head = span.root
        lower = head.lower_
        noun = relative_antecedent(head)
        if noun is not None:
            found = self.referent(self.doc[noun.left_edge.i:noun.i + 1], draft)
            return Referent(span.start_char, found.party, found.name, found.person,
                            found.document)
        names = [m for m in self.registry.find_names(span.text, self.learned)]
        if names:
            return self._from_name(span, names, head)
        if lower in PERSON_PRONOUNS:
            return self._antecedent(span.start_char, person=True)
        if lower in THING_PRONOUNS:
            return self._antecedent(span.start_char, person=False)
        if lower in PLURAL_PRONOUNS:
            return self._antecedent(span.start_char, person=False)
        lemma = head.lemma_.lower()
        if lemma in self.lexicon.documents:
            return self._document(span, lemma)
        for tok in span if _definite(span) else ():
            candidates = self.registry.parties_for_noun(tok.lemma_.lower())
            if tok.pos_ == "NOUN" and candidates:
                party = self._last_mention(span.start_char, candidates)
                if party is None and len(candidates) == 1:
                    party = candidates[0]
                if party is not None:
                    return Referent(span.start_char, party,
                                    self.registry.fullest_name(party, self.text), False)
        if lemma in self.lexicon.roles:
            return self._role(span)
        if head.ent_type_ == "PERSON" or head.pos_ == "PROPN":
            name = self.fullest_person(head.text) or span.text
            party = self.registry.member_party(head.text)
            return Referent(span.start_char, party, name if head.ent_type_ == "PERSON" else None,
                            head.ent_type_ == "PERSON")
        return Referent(span.start_char, None, None, False)

    def _from_name(self, span: Span, names: list[NameMatch], head: Token) -> Referent:
        # Prefer the name that contains the head word: "AMPTP President Carol Lombardini".
        offset = span.start_char
        at_head = [m for m in names
                   if m.start + offset <= head.idx < m.end + offset]
        match = (at_head or names)[0]
        if match.person:
            surname = span.text[match.start:match.end].split()[-1]
            name = self.fullest_person(surname) or span.text[match.start:match.end]
            if self.registry.is_person(match.party):
                reg = self.registry.by_id[match.party].name
                name = name if len(name) >= len(reg) else reg
            return Referent(offset, match.party, name, True)
        return Referent(offset, match.party,
                        self.registry.fullest_name(match.party, self.text), False)

    def _antecedent(self, pos: int, person: bool) -> Referent:
        """The source a pronoun points back to: the last speaker of its kind.

        "She" may also point to a person the article named without quoting
        ("Mayor Karen Bass met both sides. She said ..."); "it" and "they" look
        only at speakers, since the last organisation named is often an object.
        """
        ref = next((r for r in reversed(self.history) if r.pos < pos and r.person == person),
                   None)
        if person:
            named = [m for m in self.mentions if m.person and m.start < pos]
            ents = [e for e in self.persons if e.start_char < pos]
            last_named = max([m.start for m in named] + [e.start_char for e in ents], default=-1)
            if last_named > (ref.pos if ref else -1):
                at = self.doc.char_span(last_named, last_named + 1, alignment_mode="expand")
                if at is not None:
                    ent = next((e for e in self.persons if e.start_char == last_named), None)
                    span: Span | None = ent
                    if ent is None:
                        m = next(m for m in named if m.start == last_named)
                        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                    if span is not None:
                        found = self.referent(span, Draft("indirect", 0, 0, span.start_char))
                        return Referent(pos, found.party, found.name, True)
        if ref is not None:
            return Referent(pos, ref.party, ref.name, ref.person, ref.document)
        return Referent(pos, None, None, person)

    def _last_mention(self, pos: int, parties: list[str]) -> str | None:
        best: tuple[int, str] | None = None
        for m in self.mentions:
            if m.start < pos and m.party in parties:
                best = (m.start, m.party)
        for ref in self.history:
            if ref.pos < pos and ref.party in parties and (best is None or ref.pos > best[0]):
                best = (ref.pos, ref.party)
        return best[1] if best else None

    def _document(self, span: Span, noun: str) -> Referent:
        """'the email stated': the party the article said sent that document."""
        for pos, doc_noun, party in reversed(self.documents):
            if pos < span.start_char and doc_noun == noun:
                return Referent(span.start_char, party, None, False, noun)
        for ref in reversed(self.history):
            if ref.pos < span.start_char and not ref.person:
                return Referent(span.start_char, ref.party, None, False, noun)
        return Referent(span.start_char, None, None, False, noun)

    def _role(self, span: Span) -> Referent:
        """'negotiators said': a party named earlier in the sentence, else the last speaker's."""
        sent_start = span.sent.start_char
        in_sentence = [m for m in self.mentions if sent_start <= m.start < span.start_char]
        party: str | None
        if in_sentence:
            party = in_sentence[-1].party
        else:
            party = next((r.party for r in reversed(self.history)
                          if r.pos < span.start_char and r.party), None)
        name = self.registry.fullest_name(party, self.text) if party else None
        return Referent(span.start_char, party, name, False)

    def note_documents(self, intros: list[Introduction]) -> None:
        """Remember who sent each document the article mentions ("the union sent an email")."""
        for intro in intros:
            ref = self.referent(intro.sender, Draft("indirect", 0, 0, intro.sender.start_char))
            self.documents.append((intro.pos, intro.noun, ref.party))


def resolve_all(doc: Doc, text: str, drafts: list[Draft], registry: Registry, lexicon: Lexicon,
                intros: list[Introduction]) -> None:
    """Resolve every draft's party and speaker name, in text order."""
    resolver = Resolver(doc, text, registry, lexicon)
    resolver.note_documents(intros)
    ordered = sorted(drafts, key=lambda d: (d.speaker.start_char if d.speaker is not None
                                            else d.anchor))
    # Claims that take another's speaker come after the one they take it from, which may
    # stand later in the text ('"X," she told them, "Y."': X takes Y's speaker).
    for draft in [d for d in ordered if d.inherits is None] + [
            d for d in ordered if d.inherits is not None]:
        resolver.resolve(draft)
