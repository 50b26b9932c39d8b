"""Content of speech and cognition cues: "said that ...", "The deal, she said, is fair."

Each reading below tries one place the parse may put what was said; the
first that finds it wins, in the order of `_READINGS`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..asides import as_clause
from ..syntax import QUOTE_CHARS, SUBJECT_DEPS, explicit_subject, that_clause
from .reading import (
    Reading,
    coordinated,
    from_that_clause,
    proposition_sized,
    subtree_tokens,
    with_split_subject,
)
from .sentence import clause_before_final_attribution


def speech_content(r: Reading) -> list[Token]:
    """What a speech or cognition cue introduces: the first reading that finds it."""
    for read in _READINGS:
        tokens = read(r)
        if tokens is not None:
            return tokens
    return []


def _earlier_report(clause: Token, r: Reading) -> bool:
    """A clause before the cue that is itself a report ("she said, but ..., Melanie
    said yes") is not what this cue's speaker said."""
    return (clause.i < r.token.i and clause.lemma_.lower() in r.lexicon.speech
            and explicit_subject(clause) is not None
            and not any(t.text in QUOTE_CHARS for t in r.doc[clause.left_edge.i:clause.i]))


def _before_colon(clause: Token, cue: Token) -> bool:
    """"We have been here before: the studios declared war ...": a clause that a colon
    closes before the cue is the writer's lead-in, not what the cue's speaker said."""
    end = clause.right_edge.i + 1
    return clause.i < cue.i and end < cue.i and clause.doc[end].text == ":"


def _that_clause_as_adverbial(verb: Token) -> list[Token]:
    """"tweeted in the early hours that Machado was ...": a that-clause the parser
    hung on the cue as an adverbial clause is its complement all the same."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
            and c.left_edge.lower_ == "that"]


def _that_clause_on_occasion(r: Reading) -> list[Token]:
    """"said in a statement that ...": the parser hangs the clause on the occasion."""
    return [clause for p in r.token.children if p.dep_ == "prep" and p.i > r.token.i
            for o in p.children if o.dep_ == "pobj"
            and o.lemma_.lower() in r.lexicon.occasions
            and (clause := that_clause(o)) is not None][:1]


def _complement_clauses(r: Reading) -> list[Token]:
    """The clauses the cue takes as what was said, wherever the parser hung them."""
    tok = r.token
    ccomps = [c for c in tok.children if c.dep_ == "ccomp" and not _earlier_report(c, r)
              and not _before_colon(c, tok)]
    # "Claiming X, Trump told Fox that ...": with clauses on both sides, the one after
    # the cue is what was said.
    ccomps = [c for c in ccomps if c.i > tok.i] or ccomps
    return ccomps or _that_clause_as_adverbial(tok) or _that_clause_on_occasion(r)


def _complement(r: Reading) -> list[Token] | None:
    """"said that talks ended", "believes the deal is fair": the cue's clause."""
    clauses = _complement_clauses(r)
    if not clauses:
        return None
    return subtree_tokens(with_split_subject(clauses, r.token), r.exclude)


def _before_final_attribution(r: Reading) -> list[Token] | None:
    """"Language unclear on whether mothers are covered, experts say.": the clause before."""
    return clause_before_final_attribution(r.cue, r.speaker) or None


def _host_clause(r: Reading) -> list[Token] | None:
    """The clause an attribution is set into, when the cue hangs on it."""
    tok = r.token
    if tok.head.i == tok.i:
        return None
    own = {t.i for t in tok.subtree}
    if tok.dep_ == "advcl" and as_clause(tok):
        # "..., as police have said.": the clause the "as" aside is hung on.
        return [t for t in tok.head.subtree if t.i not in own and t.sent == tok.sent]
    if tok.dep_ == "parataxis":
        # "The deal, she said, is fair."
        return [t for t in tok.head.subtree if t.i not in own]
    return None


def _infinitive_complement(r: Reading) -> list[Token] | None:
    """"promised to raise wages", "urged the studios to return": the infinitive, with an
    object before it, for the verbs whose infinitive is what they say."""
    if r.lemma not in r.lexicon.xcomp_content:
        return None
    xs = [c for c in r.token.children if c.dep_ == "xcomp"]
    if not xs:
        return None
    objs = [c for c in r.token.children if c.dep_ == "dobj" and c.i < min(x.i for x in xs)]
    return subtree_tokens(objs + xs + coordinated(xs, r.token), r.exclude)


def _clause_read_as_object(r: Reading) -> list[Token] | None:
    """"said the deal more than triples residuals": a clause the parser read as an
    object and loose modifiers. Everything after the cue is the content."""
    tok = r.token
    if r.lemma not in r.lexicon.object_content or not any(
            c.dep_ == "dobj" for c in tok.children):
        return None
    kids = [c for c in tok.children if c.i > tok.i and c.dep_ not in ("punct", "cc", "conj")]
    # "told us ...": the first object of "tell" is whom it was told to.
    if r.lemma == "tell" and len(kids) > 1 and kids[0].dep_ in ("dobj", "dative"):
        kids = kids[1:]
    tokens = subtree_tokens(kids, r.exclude)
    return from_that_clause(tokens) if proposition_sized(tokens) else None


def _proposition_object(r: Reading) -> list[Token] | None:
    """"is stressing the need to bolster ...", "promised lower taxes and jobs": a
    noun phrase that carries a proposition of its own (three words or more)."""
    if r.lemma not in r.lexicon.phrase_content:
        return None
    objects = [c for c in r.token.children if c.dep_ == "dobj" and c.i > r.token.i]
    tokens = subtree_tokens(objects, r.exclude)
    return tokens if proposition_sized(tokens) else None


# What may stand between a cue and a that-clause the parser hung elsewhere: "insist, most
# recently in an interview with ABC News, that ...", "yelling to the officers that ...".
_BETWEEN_POS = frozenset({"PUNCT", "ADV", "ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM",
                          "PART", "SPACE"})


def _stray_that_clause(r: Reading) -> list[Token] | None:
    """"continues to insist, most recently in an interview, that he wants ...": a
    that-clause after the cue and its adjuncts, which the parser hung on another word (or
    made the sentence's root), is what the cue introduces."""
    tok, doc = r.token, r.doc
    for t in doc[tok.i + 1:tok.sent.end]:
        if t.lower_ == "that" and t.dep_ == "mark" and t.head.i > t.i:
            verb = t.head
            if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
                return None
            return [u for u in doc[t.i:verb.right_edge.i + 1] if u.i not in r.exclude]
        if t.pos_ not in _BETWEEN_POS or t.lower_ == "that":
            return None
    return None


_READINGS: tuple[Callable[[Reading], list[Token] | None], ...] = (
    _complement, _before_final_attribution, _host_clause, _infinitive_complement,
    _clause_read_as_object, _proposition_object, _stray_that_clause)
