"""Who a speaker is: names, pronouns, descriptions and documents resolved to parties.

Claims are resolved in text order, each against what the article has said
before it: the registry names it mentioned, what it said of the people it
named (affiliation.py), the dispute it is about (setting.py), the speakers
already resolved (for "she", "it", "they"), and the documents it said someone
sent (for "the email stated"). Each party keeps how it was found and the words
that settled it. Where nothing fits, the party stays null: a wrong party is
worse than none.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..rules.documents import Introduction
from ..rules.drafts import Draft
from ..rules.lexicon import Lexicon
from ..rules.words import words
from .affiliation import Affiliations
from .mentions import (
    DEFINITE,
    appositive_of,
    definite,
    joint,
    relative_antecedent,
    two_parties,
)
from .names import PersonNames, surname_at
from .people import NamedPeople
from .pronouns import (
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    THING_PRONOUNS,
    clause_subject,
    person_mentions,
    previous_subject,
)
from .registry import NameMatch, Registry
from .setting import read_setting, roles_in

LOOKBACK_PEOPLE = 10  # people named before a description ("the WGA writer") tried for it


@dataclass(frozen=True)
class Referent:
    """A resolved source, remembered for the pronouns and descriptions after it."""

    pos: int
    party: str | None
    name: str | None
    person: bool
    document: str | None = None  # the document noun, when the speaker is a document
    via: str | None = None
    evidence: tuple[int, int] | None = None


class Resolver:
    def __init__(self, doc: Doc, text: str, registry: Registry, lexicon: Lexicon) -> None:
        self.doc = doc
        self.text = text
        self.registry = registry
        self.lexicon = lexicon
        self.mentions: list[NameMatch] = registry.find_names(text)
        self.people = person_mentions(doc, registry, self.mentions)
        self.setting = read_setting(doc, registry)
        self.ties = Affiliations(doc, registry, self.setting, self.mentions)
        self.names = PersonNames(doc, text, lexicon.roles | registry.roles
                                 | words("referents", "officers") | words("referents", "outsiders"))
        self.named = NamedPeople(text, registry, self.mentions, self.names, self.ties,
                                 self.setting)
        self.history: list[Referent] = []
        self.claims: list[Draft] = []  # resolved claims, for the sources quoted inside them
        self.documents: list[tuple[int, str, Referent]] = []  # (pos, noun, sender)

    # -- resolution -------------------------------------------------------------------------

    def resolve(self, draft: Draft) -> None:
        """Set the draft's party, speaker name and evidence, and remember the referent."""
        if draft.inherits is not None:
            src = draft.origin()
            draft.party, draft.speaker_name = src.party, src.speaker_name
            draft.party_via, draft.party_evidence = src.party_via, src.party_evidence
            return
        if draft.speaker is None:
            return
        ref = self.referent(draft.speaker, self._context(draft))
        draft.party, draft.speaker_name = ref.party, ref.name
        if ref.party is not None:
            draft.party_via, draft.party_evidence = ref.via, ref.evidence
        draft.speaker_chars = (draft.speaker.start_char, draft.speaker.end_char)
        if not draft.nested:
            self.history.append(ref)
        self.claims.append(draft)

    def _context(self, draft: Draft) -> str | None:
        """The party of the claim a nested source is quoted in ("a guild leader told me")."""
        pos = draft.speaker.start_char if draft.speaker is not None else draft.anchor
        found = next((d.party for d in reversed(self.claims)
                      if d.party and d.start <= pos < d.end), None)
        if found is None and draft.nested:  # quoted in a claim not found: its speaker's
            found = next((r.party for r in reversed(self.history) if r.pos < pos), None)
        return found

    def referent(self, span: Span, context: str | None = None) -> Referent:
        head = span.root
        name = appositive_of(span)
        if name is not None:  # "Jo Smith, the star of a sitcom, said": Jo Smith
            return self.referent(self.doc[name.left_edge.i:name.i + 1], context)
        noun = relative_antecedent(head)
        if noun is not None:
            found = self.referent(self.doc[noun.left_edge.i:noun.i + 1], context)
            return replace(found, pos=span.start_char)
        if joint(span) or two_parties(span, self.registry):
            return Referent(span.start_char, None, None, False)
        names = self.registry.find_names(span.text)
        if names:
            return self._from_name(span, names, head)
        return self._unnamed(span, head, context)

    def _unnamed(self, span: Span, head: Token, context: str | None) -> Referent:
        found = self._by_word(span, head)
        if found is None and head.pos_ != "PROPN":
            found = self._common_noun(span, head, context)
        if found is not None:
            return found
        if head.lemma_.lower() in self.lexicon.roles:
            return self._role(span)
        if head.ent_type_ == "PERSON" or head.pos_ == "PROPN":
            return self._person(span, head)
        return Referent(span.start_char, None, None, False)

    def _by_word(self, span: Span, head: Token) -> Referent | None:
        """ "another", a pronoun, or a document noun: settled by the head word itself."""
        lower = head.lower_
        if len(span) == 1 and lower in words("referents", "others"):
            return self._another(span.start_char)
        if lower in PERSON_PRONOUNS or lower in THING_PRONOUNS or lower in PLURAL_PRONOUNS:
            return self._pronoun(span.start_char, head)
        if head.lemma_.lower() in self.lexicon.documents:
            return self._document(span, head.lemma_.lower())
        return None

    def _common_noun(self, span: Span, head: Token, context: str | None) -> Referent | None:
        """ "the union", "a spokesperson for the studio alliance": a description or a tie."""
        if definite(span) and not roles_in(self.registry, span.text):
            described = self._description(span, context)
            if described is not None:
                return described
        return self._tied(span, head, context)

    def _tied(self, span: Span, head: Token, context: str | None) -> Referent | None:
        """A common noun the article ties to a side: "a spokesperson for the studio alliance"."""
        tie = self.ties.of_windows([span, *self._including(head)], span.start_char, context)
        if tie is None:
            return None
        if tie.party is not None and head.lemma_.lower() in words("referents", "bodies"):
            # "the negotiating committee" of a party named nearby speaks as that party
            return Referent(span.start_char, tie.party, self.registry.by_id[tie.party].name,
                            False, None, "description", (tie.start, tie.end))
        return Referent(span.start_char, tie.party, None, False, None, tie.via,
                        (tie.start, tie.end))

    def _including(self, head: Token) -> list[Span]:
        """ "insiders, including a studio executive": the group's named member."""
        return [self.doc[c.left_edge.i:c.right_edge.i + 1] for c in head.children
                if c.dep_ == "prep" and c.lower_ == "including"]

    def _from_name(self, span: Span, names: list[NameMatch], head: Token) -> Referent:
        # Prefer the name that contains the head word: "AMPTP President Carol Lombardini".
        offset = span.start_char
        at_head = [m for m in names if m.start + offset <= head.idx < m.end + offset]
        match = (at_head or names)[0]
        evidence = (offset + match.start, offset + match.end)
        if not at_head and not match.person:
            titled = self._titled(span, match, head, evidence)
            if titled is not None:
                return titled
        if match.person:
            return self._member(span, match, evidence)
        return Referent(offset, match.party, self.registry.by_id[match.party].name,
                        self.registry.is_person(match.party), None, "alias", evidence)

    def _titled(self, span: Span, match: NameMatch, head: Token,
                evidence: tuple[int, int]) -> Referent | None:
        """A party's name in the title of someone else: "WGA co-chair Jo Ray", "WGA members"."""
        if head.pos_ == "PROPN" and head.i > span.start:
            found = self.names.fullest(surname_at(self.text, head))  # "WGA co-chair Jo Ray"
            if found is not None and " " in found[0]:
                return Referent(span.start_char, match.party, found[0], True, None,
                                "affiliation", evidence)
        if head.pos_ == "NOUN":
            return self._party_person(span, match.party, evidence)
        return None

    def _member(self, span: Span, match: NameMatch, evidence: tuple[int, int]) -> Referent:
        """A registry person: a member, or a person party such as the mayor."""
        surname = span.text[match.start:match.end].split()[-1]
        found = self.names.fullest(surname)
        name = found[0] if found else span.text[match.start:match.end]
        if self.registry.is_person(match.party):
            reg = self.registry.by_id[match.party].name
            name = name if len(name) >= len(reg) else reg
            return Referent(span.start_char, match.party, name, True, None, "alias", evidence)
        return Referent(span.start_char, match.party, name, True, None, "member", evidence)

    def _another(self, pos: int) -> Referent:
        """ "'We will win,' another said": one more of the unnamed source quoted before."""
        ref = next((r for r in reversed(self.history) if r.pos < pos), None)
        if ref is None or ref.party is None or ref.name is not None:
            return Referent(pos, None, None, False)
        return replace(ref, pos=pos, via="description")

    def _one_person(self, head: Token) -> bool:
        """ "leader", "member", "writer": a noun for one person, not a body or a group."""
        person = (self.registry.roles | self.lexicon.roles) - words("referents", "bodies")
        return head.tag_ == "NN" and head.lemma_.lower() in person

    def _party_person(self, span: Span, party: str, evidence: tuple[int, int]) -> Referent:
        """ "one WGA member": someone of the party, not the party itself; "the WGA writer" is
        the person of that party the article named last. Bodies and groups ("the WGA
        negotiating committee", "WGA leaders") speak as the party."""
        if not self._one_person(span.root):
            return Referent(span.start_char, party, self.registry.by_id[party].name,
                            self.registry.is_person(party), None, "alias", evidence)
        name = None
        if span[0].lower_ in DEFINITE:
            before = [p for p in self.people if p.end_char <= span.start_char]
            for earlier in reversed(before[-LOOKBACK_PEOPLE:]):
                found = self.referent(earlier)
                if found.person and found.party == party:
                    name = found.name
                    break
        return Referent(span.start_char, party, name, name is not None, None, "affiliation",
                        evidence)

    def _person(self, span: Span, head: Token) -> Referent:
        """A person by name: a registry member's surname, or what the article says of them."""
        surname = surname_at(self.text, head)
        found = self.names.fullest(surname)
        name = found[0] if found else None
        if head.ent_type_ != "PERSON" and found is None:
            return Referent(span.start_char, None, None, False)
        member = self.named.member(surname, name)
        if member is not None:
            return Referent(span.start_char, member, name, True, None, "member",
                            (span.start_char, span.end_char))
        tie = self.named.tie(surname)
        if tie is None or tie.party is None:
            return Referent(span.start_char, None, name, True)
        return Referent(span.start_char, tie.party, name, True, None, tie.via,
                        (tie.start, tie.end))

    def _pronoun(self, pos: int, tok: Token) -> Referent:
        lower = tok.lower_
        if lower in PERSON_PRONOUNS:
            return self._person_antecedent(pos)
        subject = clause_subject(tok)
        if subject is None and lower in PLURAL_PRONOUNS:
            subject = previous_subject(tok)
        if subject is not None and subject.lower_ not in PERSON_PRONOUNS | THING_PRONOUNS \
                | PLURAL_PRONOUNS and subject.pos_ != "PRON":
            found = self.referent(self.doc[subject.left_edge.i:subject.right_edge.i + 1])
            if found.party is not None and not found.person:
                return replace(found, pos=pos, via="pronoun")
        ref = next((r for r in reversed(self.history) if r.pos < pos
                    and (lower in PLURAL_PRONOUNS or not r.person)), None)
        if ref is None:
            return Referent(pos, None, None, False)
        return replace(ref, pos=pos, via="pronoun")

    def _person_antecedent(self, pos: int) -> Referent:
        """ "she": the last person the article named or quoted before it."""
        ref = next((r for r in reversed(self.history) if r.pos < pos and r.person), None)
        named = [p for p in self.people if p.start_char < pos]
        if named and named[-1].start_char > (ref.pos if ref else -1):
            found = self.referent(named[-1])
            if found.person:
                return replace(found, pos=pos, via="pronoun")
        if ref is not None:
            return replace(ref, pos=pos, via="pronoun")
        return Referent(pos, None, None, True)

    def _description(self, span: Span, context: str | None) -> Referent | None:
        """ "the union", "the studio group": the party last named that the noun fits."""
        for tok in span:
            candidates = self.registry.parties_for_noun(tok.lemma_.lower())
            if tok.pos_ != "NOUN" or not candidates:
                continue
            party = context if context in candidates else self._last_mention(
                span.start_char, candidates)
            if party is None:
                party = candidates[0] if len(candidates) == 1 else self.setting.only(candidates)
            if self.registry.is_person(party) and all(m.party != party for m in self.mentions):
                party = None  # "the mayor" of an article that never names the registry's mayor
            if party is not None:  # "a guild leader" is someone of the guild, unnamed
                name = None if self._one_person(span.root) else self.registry.by_id[party].name
                return Referent(span.start_char, party, name, False, None, "description",
                                (tok.idx, tok.idx + len(tok.text)))
        return None

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
        """'the email stated': the party the article said sent that document; 'a statement
        from the studio alliance': the author it names."""
        pos = span.start_char
        sender = self._author(span)
        if sender is None and any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"
                                  for c in span.root.children):
            # "a Deadline report", "the Post's story": a document of a name no party has
            # (a party's name would have been found in the speaker's words).
            return Referent(pos, None, None, False, noun)
        if sender is None:
            sender = next((ref for at, doc_noun, ref in reversed(self.documents)
                           if at < pos and doc_noun == noun), None)
        if sender is None:
            sender = next((r for r in reversed(self.history) if r.pos < pos and not r.person),
                          None)
        if sender is None or sender.party is None:
            return Referent(pos, None, None, False, noun)
        name = sender.name if not sender.person else None
        return Referent(pos, sender.party, name, False, noun, "document", sender.evidence)

    def _author(self, span: Span) -> Referent | None:
        """The author a document's own words name: 'a letter from the guild', 'a statement
        by the union'."""
        for prep in (c for c in span.root.children if c.dep_ == "prep"
                     and c.lower_ in ("from", "by", "of")):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None:
                found = self.referent(self.doc[obj.left_edge.i:obj.right_edge.i + 1])
                if found.party is not None:
                    return found
        return None

    def _role(self, span: Span) -> Referent:
        """'negotiators said': a party named earlier in the sentence, else the last speaker's.

        'industry members' are nobody's: a modifier that names no party makes them others."""
        head = span.root
        if any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")
               and not self.ties._party_word(c) for c in head.children):
            return Referent(span.start_char, None, None, False)
        in_sentence = [m for m in self.mentions
                       if span.sent.start_char <= m.start < span.start_char]
        party: str | None
        evidence: tuple[int, int] | None
        if in_sentence:
            m = in_sentence[-1]
            party, evidence = m.party, (m.start, m.end)
        else:
            ref = next((r for r in reversed(self.history)
                        if r.pos < span.start_char and r.party), None)
            party, evidence = (ref.party, ref.evidence) if ref else (None, None)
        name = self.registry.by_id[party].name if party else None
        return Referent(span.start_char, party, name, False, None, "description", evidence)

    def note_documents(self, intros: list[Introduction]) -> None:
        """Remember who sent each document the article mentions ("the union sent an email")."""
        for intro in intros:
            self.documents.append((intro.pos, intro.noun, self.referent(intro.sender)))


def resolve_all(doc: Doc, text: str, drafts: list[Draft], registry: Registry, lexicon: Lexicon,
                intros: list[Introduction]) -> None:
    """Resolve every draft's party and speaker name, in text order."""
    resolver = Resolver(doc, text, registry, lexicon)
    resolver.note_documents(intros)
    ordered = sorted(drafts, key=lambda d: (d.speaker.start_char if d.speaker is not None
                                            else d.anchor))
    # Claims that take another's speaker come after the one they take it from, which may
    # stand later in the text ('"X," she told them, "Y."': X takes Y's speaker); a source
    # quoted inside a claim comes after the claim, whose party it may take.
    own = [d for d in ordered if d.inherits is None]
    for draft in [d for d in own if not d.nested] + [d for d in own if d.nested] + [
            d for d in ordered if d.inherits is not None]:
        resolver.resolve(draft)
