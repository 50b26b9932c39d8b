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
        return _after_claim_aside(framed, r.cue_tokens)
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
    return trailing_claims_cut(_after_claim_aside(tokens, r.cue_tokens), r.cue_tokens, tok)


_DASHES = frozenset({"—", "–"})


def _after_claim_aside(tokens: list[Token], cues: set[int]) -> list[Token]:
    """"As the union holds out — with members telling the paper they took second jobs —
    producers will wait, according to X": an aside between dashes that holds another
    claim ends what comes before it; X sources the clause after it."""
    inner = next((t.i for t in tokens if t.i in cues), None)
    if inner is None:
        return tokens
    close = next((t.i for t in tokens if t.i > inner and t.text in _DASHES), None)
    opened = any(t.text in _DASHES for t in tokens if t.i < inner)
    rest = [t for t in tokens if close is not None and t.i > close]
    return rest if opened and word_count(rest) >= 3 else tokens


def state_content(r: Reading) -> list[Token]:
    """The clause a belief or feeling holds: "is confident that talks will resume"."""
    clause = state_clause(r.token, r.lexicon)
    return subtree_tokens([clause], r.exclude) if clause is not None else []


def noun_content(r: Reading) -> list[Token]:
    """The clause a noun cue names: "the claim that talks ended"."""
    clause = that_clause(r.token)
    return subtree_tokens([clause], r.exclude) if clause is not None else []
