"""What a speaker's words stand for before any party is looked up.

A relative pronoun stands for its noun ("Smith, who said"), a description the
parser made the subject for the name beside it ("Smith, the star of a sitcom,
said"); "both sides" names two sides at once; "the guild" is a particular one.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..rules.words import words
from .registry import Registry
from .setting import roles_in

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


def definite(span: Span) -> bool:
    """'the guild', 'the union group', 'its negotiators': a particular, known source."""
    first = span[0]
    return first.lower_ in DEFINITE or first.tag_ == "PRP$" or any(
        c.dep_ in ("poss", "compound") for c in span.root.children)


def joint(span: Span) -> bool:
    """'both sides', 'each side', 'the two sides': a source naming two sides at once."""
    head = span.root
    if head.lemma_.lower() not in words("referents", "joint_nouns"):
        return False
    return head.tag_ == "NNS" or any(
        c.lower_ in words("referents", "joint_determiners") for c in head.children)


def appositive_of(span: Span) -> Token | None:
    """The name a descriptive speaker stands beside: "Jo Smith, the star of a sitcom"."""
    head = span.root
    if head.dep_ == "appos" and head.head.pos_ == "PROPN" and head.head.i < span.start:
        return head.head
    before = span.start - 2
    if before >= span.sent.start and span.doc[before + 1].text == "," \
            and span[0].lower_ in ("the", "a", "an") and span.doc[before].pos_ == "PROPN" \
            and span.doc[before].ent_type_ == "PERSON":
        return span.doc[before]
    return None


def two_parties(span: Span, registry: Registry) -> bool:
    """ "the writers and actors", "the guild and the studios": two sides at once."""
    head = span.root
    if not any(c.dep_ == "conj" for c in head.children):
        return False
    sides: set[tuple[str, ...]] = set()
    for tok in [head, *(c for c in head.children if c.dep_ == "conj")]:
        named = {m.party for m in registry.find_names(tok.text)}
        nouns = {*registry.parties_for_noun(tok.lemma_.lower()),
                 *registry.parties_for_noun(tok.lower_)}
        for role in roles_in(registry, tok.text):
            nouns.update(role.parties if len(role.parties) == 1 else ())
        if named or nouns:
            sides.add(tuple(sorted(named or nouns)))
    return len(sides) > 1
