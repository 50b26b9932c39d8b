"""Asides that source a sentence: "as the Post reported, ...", "..., as one adviser put it".

Read from the words around the cue more than from the parse, which often hangs
an "as" aside on the wrong verb and takes the sentence's subject for the speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .frames import Cue
from .syntax import OBJECT_DEPS, QUOTE_CHARS, SUBJECT_DEPS, apposition_closed_by
from .words import words


def as_clause(verb: Token) -> bool:
    """An aside that sources its head clause: "as police have said", "as the Post reported".

    Only with a subject and nothing said after the verb: "as he said goodbye" is a time.
    """
    kids = list(verb.children)
    return (any(c.dep_ == "mark" and c.lower_ == "as" for c in kids)
            and any(c.dep_ in SUBJECT_DEPS for c in kids)
            and not any(c.dep_ in OBJECT_DEPS and c.i > verb.i for c in kids))


# [asides] in data/words.toml says what each list is for.
AGENT_TAIL = words("asides", "agent_tail")
_ASIDE_OPEN = frozenset({",", "—", "–", "("})
_ASIDE_CLOSE = frozenset({",", "—", "–", ")"})


@dataclass(frozen=True)
class Aside:
    """"As the Post reported, ...", "..., as one adviser pointed out, ...": an
    attribution set off as an "as" clause. Token indices: the "as", the speaker
    words, and the words the aside sources (one span, across the aside when
    the sentence goes on after it)."""

    speaker: Span
    content: list[Token]


def as_aside(cue: Cue) -> Aside | None:
    """The "as" aside this cue is the verb of, read from the words, not the parse.

    The parser often hangs "as X pointed out" on the wrong verb and takes the
    sentence's subject for the speaker; the words decide: "as", a noun phrase,
    the cue, at most a short object or adjunct ("told the Daily News", "put it",
    "reported on Tuesday"), all between commas or at a sentence edge. "as he
    said it would" or "as the union said goodbye" say something else: a verb or
    a clause after the cue rules the aside out.
    """
    tok, doc = cue.token, cue.token.doc
    if cue.frame not in ("speech", "cognition") or tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    passive = _passive_aside(cue)
    if passive is not None:
        return passive
    speaker = _as_and_speaker(tok)
    closing = _aside_end(cue)
    if speaker is None or closing is None:
        return None
    opening, name_end = speaker
    quoted = _quote_after(doc, closing)
    if quoted is not None:
        # "At the eleventh hour, or, as one producer joked, "the 15th hour", ...": the
        # aside brings the quote after it, not the sentence around it.
        return Aside(doc[opening + 1:name_end], quoted)
    return _aside(doc, opening, closing, doc[opening + 1:name_end])


def _quote_after(doc: Doc, closing: int) -> list[Token] | None:
    """The quote, marks included, that opens right after the comma closing an aside and is
    itself set off (a comma or dash after it) while the sentence goes on; else None.
    "The deal, as the union said, "changes everything" for members": there the quote is
    part of the sentence the aside sources."""
    sent = doc[closing].sent
    nxt = closing + 1
    if doc[closing].text != "," or nxt >= sent.end or doc[nxt].text not in QUOTE_CHARS:
        return None
    end = next((t.i for t in doc[nxt + 1:sent.end] if t.text in QUOTE_CHARS), None)
    if end is None or not any(t.is_alpha for t in doc[end + 1:sent.end]):
        return None
    marks = {doc[end - 1].text, doc[end + 1].text if end + 1 < sent.end else ""}
    return list(doc[nxt:end + 1]) if marks & {",", "—", "–"} else None


def _as_and_speaker(verb: Token) -> tuple[int, int] | None:
    """Where the aside's "as" stands and where the speaker's name after it ends, read
    back from the verb: "as POLITICO has reported", "as Steven Rosenthal, a tax
    lawyer, put it"."""
    doc, sent = verb.doc, verb.sent
    i = verb.i - 1
    while i >= sent.start and doc[i].dep_ in ("aux", "advmod") and doc[i].lower_ != "as":
        i -= 1  # "as POLITICO has reported", "as he later said"
    words_end = name_end = i + 1  # name_end: where the speaker's name ends
    appos = _apposition_before(doc, i)
    if appos is not None:
        name_end = appos  # "as Steven Rosenthal, a tax lawyer, put it"
        i = appos - 1
    while i >= sent.start and doc[i].lower_ != "as" and words_end - i <= 10 + (
            words_end - name_end):
        if doc[i].text in _ASIDE_OPEN or doc[i].pos_ in ("VERB", "AUX"):
            return None
        i -= 1
    if i < sent.start or doc[i].lower_ != "as" or i + 1 >= name_end:
        return None
    return (i, name_end) if _set_off_name(doc, i, name_end) else None


def _set_off_name(doc: Doc, opening: int, name_end: int) -> bool:
    """Whether the "as" at opening starts the sentence or follows a mark that opens an
    aside, and a noun or pronoun stands between it and name_end."""
    sent = doc[opening].sent
    if opening > sent.start and doc[opening - 1].text not in _ASIDE_OPEN:
        return False
    return any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[opening + 1:name_end])


def _aside_end(cue: Cue) -> int | None:
    """Where the aside closes after its cue (a comma, dash, bracket or the sentence's
    end), or None when a verb or clause comes first: "as he said it would"."""
    doc, sent = cue.token.doc, cue.token.sent
    j = cue.last.i + 1
    while j < sent.end and doc[j].text not in _ASIDE_CLOSE and not doc[j].is_sent_end:
        if (doc[j].pos_ in ("VERB", "AUX") and doc[j].dep_ != "amod") \
                or doc[j].dep_ in ("ccomp", "mark") or j - cue.last.i > 14:
            return None  # ("with a telling chart" is an adjunct; an amod is no verb)
        j += 1
    return j


def _apposition_before(doc: Doc, comma: int) -> int | None:
    """Where an apposition that a comma closes opens (its own opening comma), or None."""
    if doc[comma].text != ",":
        return None
    appos = apposition_closed_by(doc[comma])
    if appos is None or appos.left_edge.i < 2 or doc[appos.left_edge.i - 1].text != ",":
        return None
    return appos.left_edge.i - 1


def _aside(doc: Doc, opening: int, closing: int, speaker: Span) -> Aside | None:
    """The aside from its "as" to its closing mark, with the sentence words it sources."""
    content = _sourced_words(doc, opening, closing)
    while content and content[-1].is_punct and content[-1].text not in QUOTE_CHARS:
        content = content[:-1]
    if sum(1 for t in content if not (t.is_punct or t.is_space)) < 3:
        return None
    return Aside(speaker, content)


def _sourced_words(doc: Doc, opening: int, closing: int) -> list[Token]:
    """The sentence's words on each side of the aside: across it when both sides have
    words ("The deal, as the Post reported, is fair"), else the one side that does."""
    sent = doc[opening].sent
    left = [t for t in doc[sent.start:opening] if not t.is_space]
    if left and left[-1].text in _ASIDE_OPEN:
        left = left[:-1]
    right = [t for t in doc[closing + 1:sent.end] if not t.is_space] \
        if closing < sent.end and doc[closing].text in _ASIDE_CLOSE else []
    return left + list(doc[opening:closing + 1]) + right if left and right else left or right


def _passive_aside(cue: Cue) -> Aside | None:
    """"As reported by the Post, ...", "..., as first reported by the Times on Tuesday."."""
    tok, doc = cue.token, cue.token.doc
    sent = tok.sent
    if tok.tag_ != "VBN":
        return None
    opening = _as_before_participle(tok)
    by = cue.last.i + 1
    if opening is None or by >= sent.end or doc[by].lower_ != "by":
        return None
    closing = _agent_end(doc, by)
    agent = _agent(doc, by, closing) if closing is not None else None
    if closing is None or agent is None:
        return None
    return _aside(doc, opening, closing, agent) if len(agent) else None


def _as_before_participle(verb: Token) -> int | None:
    """The "as" right before a participle (adverbs between: "as first reported"), at the
    sentence's start or after a mark that opens an aside."""
    doc, sent = verb.doc, verb.sent
    i = verb.i - 1
    while i >= sent.start and doc[i].pos_ == "ADV":
        i -= 1  # "first", "previously"
    if i < sent.start or doc[i].lower_ != "as" or (
            i > sent.start and doc[i - 1].text not in _ASIDE_OPEN):
        return None
    return i


def _agent_end(doc: Doc, by: int) -> int | None:
    """Where a short "by" phrase closes (a mark or the sentence's end), or None when a
    verb or too many words come first."""
    sent = doc[by].sent
    j = by + 1
    while j < sent.end and doc[j].text not in _ASIDE_CLOSE and not doc[j].is_sent_end:
        if doc[j].pos_ in ("VERB", "AUX") or j - by > 12:
            return None
        j += 1
    return j


def _agent(doc: Doc, by: int, closing: int) -> Span | None:
    """The agent's words after "by", without a time ("by the Times on Tuesday")."""
    named = [t for t in doc[by + 1:closing] if t.ent_type_ not in ("DATE", "TIME")]
    if not named:
        return None
    agent = doc[named[0].i:named[-1].i + 1]
    if agent[-1].lower_ in AGENT_TAIL:
        agent = doc[agent.start:agent.end - 1]
    return agent
