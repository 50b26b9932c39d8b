"""Content that is a clause beside the cue: "according to X, ...", "is confident that
...", "the claim that ..."."""

from __future__ import annotations

from spacy.tokens import Token

from ..cues import state_clause
from ..syntax import that_clause
from .reading import Reading, subtree_tokens, word_count
from .sentence import sentence_sourced
from .trims import trailing_claims_cut


def according_content(r: Reading) -> list[Token]:
    """What "according to X" sources: the sentence around it, or the side of its head
    clause the phrase does not stand on."""
    tok = r.token
    framed = sentence_sourced(r.cue, r.speaker)
    if framed is not None:
        return framed
    head = tok.head
    if head.i == tok.i:
        return []
    pp = {t.i for t in tok.subtree}
    # Clip to the sentence: "according to" never reaches over a full stop.
    tokens = [t for t in head.subtree if t.sent == tok.sent and t.i not in r.exclude]
    # The clause stands on one side of the phrase: '"...," according to X.' or
    # 'According to X, ...'. Keep the side with more words.
    lo, hi = min(pp), max(pp)
    left = [t for t in tokens if t.i < lo]
    right = [t for t in tokens if t.i > hi]
    tokens = left if word_count(left) >= word_count(right) else right
    return trailing_claims_cut(tokens, r.cue_tokens, tok)


def state_content(r: Reading) -> list[Token]:
    """The clause a belief or feeling holds: "is confident that talks will resume"."""
    clause = state_clause(r.token, r.lexicon)
    return subtree_tokens([clause], r.exclude) if clause is not None else []


def noun_content(r: Reading) -> list[Token]:
    """The clause a noun cue names: "the claim that talks ended"."""
    clause = that_clause(r.token)
    return subtree_tokens([clause], r.exclude) if clause is not None else []
