"""What a pronoun points back to, checked for agreement.

"he" and "she" point to a person, "it" to an organisation or a document,
"they" to a group (or one person of unknown gender). None of them points to
a publication, a place or a date: only people and parties the article named
(or sources it already resolved) are candidates.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .registry import NameMatch, Registry

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
THING_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
_NOT_PEOPLE = frozenset({"ORG", "GPE", "LOC", "FAC", "DATE", "TIME", "WORK_OF_ART", "NORP"})


def person_mentions(doc: Doc, registry: Registry, names: list[NameMatch]) -> list[Span]:
    """The people the article names, in order: entities the parser calls people that name
    no organisation of the registry, and the registry's people."""
    found: dict[int, Span] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.root.pos_ != "PROPN":
            continue
        if any(not m.person for m in registry.find_names(ent.text)):
            continue  # "SAG-AFTRA" taken for a person
        found[ent.start_char] = ent
    for m in names:
        if m.person and m.start not in found:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                found[m.start] = span
    return [found[k] for k in sorted(found)]


def clause_subject(tok: Token) -> Token | None:
    """The subject of the nearest clause above a pronoun: "the guild reached a deal it
    called historic" -> "guild"."""
    node = tok.head
    while True:
        subject = next((c for c in node.children
                        if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i), None)
        if subject is not None and subject.i < tok.i:
            return subject
        if node.head.i == node.i:
            return None
        node = node.head


def previous_subject(tok: Token) -> Token | None:
    """The subject of the sentence before: "Hundreds of actors marched. They said ..."."""
    sent = tok.sent
    if sent.start == 0:
        return None
    before = tok.doc[sent.start - 1].sent
    return next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def acceptable(tok: Token) -> bool:
    """Whether a word may be a pronoun's antecedent at all: not a place, date or title."""
    return tok.ent_type_ not in _NOT_PEOPLE or tok.ent_type_ == "ORG"
