"""Readings of the dependency parse that the cue, aside, speaker and content rules share."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .quotes import ALL_MARKS

SUBJECT_DEPS = ("nsubj", "csubj")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a tensed verb or a modal
# Dependents of a cue that carry its content, by frame.
OBJECT_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp", "oprd", "prep", "attr", "acomp"})
# Quote marks as tokens: every mark quotes.py pairs, and a doubled apostrophe as one token.
QUOTE_CHARS = frozenset(ALL_MARKS) | {"''"}


def that_clause(noun: Token) -> Token | None:
    """The "that" clause a noun takes as its content: "the claim that talks ended"."""
    for child in noun.children:
        # A relative clause has no "that" of its own as a marker: one that does is a
        # complement the parser took for a relative ("a report that Trump had a loss").
        if child.dep_ in ("acl", "ccomp", "relcl") and child.i > noun.i and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            return child
    return None


def explicit_subject(verb: Token) -> Token | None:
    """The subject written for verb: its nearest subject, or a passive's agent."""
    # The nearest subject: in '"My reaction, that was outrageous," the strategist said'
    # the parser may take the quoted noun for a second subject of "said".
    subjects = sorted((c for c in verb.children if c.dep_ in SUBJECT_DEPS),
                      key=lambda c: abs(c.i - verb.i))
    for child in subjects:
        # "the union, which said ...": the speaker as written is "which"; who it is
        # comes from the noun the clause hangs on (see resolve.referents.relative_antecedent).
        return child
    for child in verb.children:
        if child.dep_ == "agent":  # passive: "was told by the union"
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


def passive_subject(verb: Token) -> Token | None:
    """The passive subject of verb: "the plan" of "the plan was criticized"."""
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def entity_of(tok: Token) -> Span:
    """The entity a token is part of, read from its IOB tags (doc.ents makes every span)."""
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def apposition_closed_by(comma: Token, through: frozenset[str] | None = None) -> Token | None:
    """The apposition whose last word stands right before comma, or None: climbing from
    that word to its heads before the comma (only along the relations in through, if
    given) until an apposition is reached."""
    prev = comma.doc[comma.i - 1] if comma.i > 0 else None
    while prev is not None and prev.dep_ != "appos" and prev.head.i != prev.i \
            and prev.head.i < comma.i and (through is None or prev.dep_ in through):
        prev = prev.head
    return prev if prev is not None and prev.dep_ == "appos" else None


def unmarked_clause(verb: Token) -> bool:
    """A finite clause with a subject of its own and no word to join it ("made it clear
    he had misgivings"): an adverbial clause needs its "when" or "because", so this is
    a complement the parser hung elsewhere."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") \
        and any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
        and not any(c.dep_ == "mark" for c in verb.children)
