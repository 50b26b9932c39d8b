"""The words that name a speaker, from the head word the speaker rules found: the head's
phrase without the clauses, asides and far conjuncts hung on it, and whole however the
parser split it ("The WGA | negotiating committee", "Netflix co-CEO Ted Sarandos")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .frames import Cue
from .syntax import SUBJECT_DEPS, entity_of

# Dependents of a speaker's head word that are not part of its name ("Trump this week said":
# a time).
SPEAKER_DROP = frozenset({"relcl", "appos", "advcl", "parataxis", "npadvmod"})
# Punctuation that sets off an apposition or aside; a hyphen inside a name stays.
SPEAKER_BREAK = frozenset({",", "(", ")", "[", "]", "—", "–", ";", ":", '"', "“", "”"})


def speaker_span(head: Token, cue: Cue) -> Span:
    """The words naming the speaker: the head's phrase without clauses hung on it."""
    doc = head.doc
    start, end = _run_around(sorted(t.i for t in _name_tokens(head, cue)), head.i)
    start = _name_parsed_as_two(head, start)
    start = _branch_of(doc, start, end)
    end = _whole_name(head, end)
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                               or doc[end - 1].dep_ == "case"):  # "Trump's claim"
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]


def _outside_name(child: Token, head: Token, cue: Cue) -> bool:
    """A dependent that is no part of the speaker's name: a clause or apposition hung on
    it, the cue, punctuation that sets off an aside, a far conjunct."""
    if child.dep_ == "appos" and child.pos_ == "PROPN" and head.pos_ == "PROPN" \
            and not child.doc[child.i - 1].is_punct and child.i > head.i:
        return False  # "Alliance of Motion Picture and ...": a name the parser split
    return (child.dep_ in SPEAKER_DROP or child.i == cue.token.i or child.text in SPEAKER_BREAK
            or (child.dep_ == "acl" and cue.token in child.subtree)
            or (child.dep_ in ("cc", "conj") and child.i > head.i + 6))


def _name_tokens(head: Token, cue: Cue) -> list[Token]:
    """The head and the dependents of its name, walking down from it."""
    keep = [head]
    stack = [c for c in head.children]
    while stack:
        child = stack.pop()
        if _outside_name(child, head, cue):
            continue
        keep.append(child)
        stack.extend(child.children)
    return keep


def _run_around(indices: list[int], head: int) -> tuple[int, int]:
    """[start, end) of the contiguous run of indices around head."""
    # Keep the contiguous run around the head: a gap means a dropped clause.
    lo = hi = indices.index(head)
    while lo > 0 and indices[lo - 1] == indices[lo] - 1:
        lo -= 1
    while hi + 1 < len(indices) and indices[hi + 1] == indices[hi] + 1:
        hi += 1
    return indices[lo], indices[hi] + 1


def _name_parsed_as_two(head: Token, start: int) -> int:
    """"The WGA | negotiating committee": one name parsed as two subjects of one verb."""
    doc = head.doc
    before = doc[start - 1] if start > head.sent.start else None
    if (before is not None and before.dep_ == head.dep_ and head.dep_ in SUBJECT_DEPS
            and before.head.i == head.head.i and before.i != head.head.i):
        return before.left_edge.i
    return start


def _whole_name(head: Token, end: int) -> int:
    """A speaker never stops at a hyphen inside a name: "Netflix co-CEO Ted Sarandos",
    which the parser may take for three subjects split at the hyphens, is one."""
    doc = head.doc
    while end < len(doc) and not doc[end - 1].whitespace_:
        sibling = _subject_sibling(head, doc[end])
        if sibling is None or sibling.left_edge.i != end:
            break
        end = sibling.right_edge.i + 1
    return end


def _subject_sibling(head: Token, tok: Token) -> Token | None:
    """The subject of the head's verb that tok belongs to, if another one."""
    while tok.head.i != head.head.i and tok.head.i != tok.i:
        tok = tok.head
    if tok.i != head.i and tok.head.i == head.head.i and tok.dep_ == head.dep_ \
            and head.dep_ in SUBJECT_DEPS:
        return tok
    return None


def _branch_of(doc: Doc, start: int, end: int) -> int:
    """Where a speaker starts that names a branch of an organisation: "the Writers
    Guild of America, West" -- the parser takes the place for the whole name."""
    if end - start != 1 or start < 2 or doc[start].ent_type_ not in ("LOC", "GPE") \
            or doc[start - 1].text != ",":
        return start
    org = doc[start - 2]
    if org.ent_type_ != "ORG" or (
            start < len(doc) - 1 and doc[start + 1].ent_type_ == "ORG"):
        return start
    return entity_of(org).start
