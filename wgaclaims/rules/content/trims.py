"""Trims shared by the content readers: what a content's edges drop.

Another speaker's claim at the end ("..., which the union contends was ..."),
the reporter's aside after a comma, an occasion ("in an interview"), the words
after a clause break, and edge punctuation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..frames import Cue
from ..lexicon import Lexicon
from ..syntax import QUOTE_CHARS, SUBJECT_DEPS, explicit_subject
from ..words import words
from .reading import word_count

# [content] in data/words.toml says what each list is for.
CONCESSIVE = words("content", "concessive")
TRIM_PUNCT = frozenset(".,;:!?—–-…")
LEADING_DROP = words("content", "leading_drop")


def char_span(tokens: list[Token], doc: Doc) -> tuple[int, int] | None:
    """Characters from the first to the last token, without edge punctuation and "that"."""
    if not tokens:
        return None
    lo, hi = min(t.i for t in tokens), max(t.i for t in tokens)
    while lo <= hi and (doc[lo].is_space or doc[lo].text in TRIM_PUNCT
                        or (doc[lo].lower_ in LEADING_DROP
                            and doc[lo].dep_ in ("mark", "advmod"))):
        lo += 1
    while hi >= lo and (doc[hi].is_space or doc[hi].text in TRIM_PUNCT):
        hi -= 1
    if hi < lo:
        return None
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


CLAUSE_BREAK_WORDS = words("content", "clause_breaks")


def rest_of_clause(cue: Cue, cue_tokens: set[int], exclude: set[int]) -> list[Token]:
    """The words after a cue up to the end of its clause.

    A position's object is often a long list the parser splits oddly ("calling
    for standards on staffing, increases in residuals and regulations ...");
    the clause ends at a semicolon, or at a comma before a participial cue
    ("..., saying ..."), a relative or a concessive clause.
    """
    doc, sent = cue.token.doc, cue.token.sent
    tokens: list[Token] = []
    for t in doc[cue.last.i + 1:_clause_end(cue, sent.end)]:
        if t.text == ";":
            break
        if t.text in (",", "—", "–") and t.i + 1 < sent.end \
                and _clause_after_comma(doc[t.i + 1], sent.end, cue_tokens, tokens):
            break
        if t.i not in exclude:
            tokens.append(t)
    return tokens


def _clause_end(cue: Cue, sent_end: int) -> int:
    """Where the clause holding the cue ends: "while the guild railed against X, it sought Y"
    and "after railing against X, the union produced Y" end before the main clause.
    A clause or phrase wholly before the word it modifies is subordinate, and a cue
    in it says nothing of the main clause after it."""
    node = cue.token
    while node.head.i != node.i:
        if node.dep_ in ("advcl", "prep") and node.head.i > node.right_edge.i \
                and node.right_edge.i > cue.last.i:
            return node.right_edge.i + 1
        node = node.head
    return sent_end


def _clause_after_comma(nxt: Token, sent_end: int, cue_tokens: set[int],
                        tokens: list[Token]) -> bool:
    """Whether the word after a comma or dash (or after the "and" that follows it)
    starts another clause: a cue, a relative or concessive word, another's
    attribution, an aside on the scene, or a quote resuming."""
    if nxt.pos_ == "CCONJ" and nxt.i + 1 < sent_end:
        nxt = nxt.doc[nxt.i + 1]  # ", and contends ..."
    if nxt.i in cue_tokens or nxt.lower_ in CLAUSE_BREAK_WORDS:
        return True
    if _subject_of_cue(nxt, cue_tokens):
        return True  # "..., Cohn wrote, ...": another's attribution begins
    if nxt.tag_ in ("VBG", "VBN") and nxt.dep_ in ("advcl", "acl", "conj", "dep"):
        return True  # ", looping the streets around ...": an aside on the scene
    # '..., referring to the excuse, "you give ammunition ...': a quote resumes
    return nxt.text in QUOTE_CHARS and not any(u.text in QUOTE_CHARS for u in tokens)


def _subject_of_cue(tok: Token, cue_tokens: set[int]) -> bool:
    """Whether tok begins the subject of one of the cues ("Mr. Cohn" of "wrote")."""
    while tok.dep_ in ("compound", "det", "amod", "poss", "nmod") and tok.head.i > tok.i:
        tok = tok.head
    return tok.dep_ in SUBJECT_DEPS and tok.head.i in cue_tokens


def one_side(tokens: list[Token], cue: Cue) -> list[Token]:
    """Content on one side of its cue: "which the union contends was ..." keeps "was ...".

    Where the parse puts words on both sides of the cue into the content, the
    side with more words is the content and the other is the attribution.
    """
    before = [t for t in tokens if t.i < cue.token.i]
    after = [t for t in tokens if t.i > cue.last.i]
    if not before or not after:
        return tokens
    if _set_into_clause(cue, before):
        return before
    return before if word_count(before) > word_count(after) else after


def _set_into_clause(cue: Cue, before: list[Token]) -> bool:
    """"The offer was fair, the AMPTP said, until ...": the rest comes later. Not
    "which, Tompkins said, is full of ...": a relative pronoun alone says nothing."""
    return cue.token.dep_ == "parataxis" and word_count(before) > 0 and not all(
        t.tag_ in ("WDT", "WP") for t in before if not (t.is_punct or t.is_space))


def trailing_claims_cut(tokens: list[Token], cues: set[int], own: Token) -> list[Token]:
    """Drop a relative or coordinated clause with its own cue and subject from the end.

    "warned the AMPTP not to repeat tactics of the strike, which the union
    contends was ..." -- the which-clause is the union's claim, not part of
    the warning.
    """
    for tok in sorted(tokens, key=lambda t: t.i):
        cut = _claim_cut(tok, tokens, cues, own)
        if cut is not None:
            return [t for t in tokens if t.i < cut]
    return tokens


def _claim_cut(tok: Token, tokens: list[Token], cues: set[int], own: Token) -> int | None:
    """Where the content ends if tok opens another claim or the reporter's aside."""
    if tok.i in cues and tok.i != own.i:
        cut = _second_speech_act(tok, tokens)
        if cut is None:
            cut = _purpose_of_speaking(tok, own)
        if cut is None:
            cut = _claim_clause(tok)
        if cut is not None:
            return cut
    return _concessive_aside(tok)


def _second_speech_act(tok: Token, tokens: list[Token]) -> int | None:
    """"praised writers' resolve and blasted suggestions ...": a second speech act
    of the same subject ends the first one's object, however it was parsed."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.pos_ == "CCONJ" \
            and tok.tag_ in ("VBD", "VBZ", "VBP") and before.i > min(t.i for t in tokens):
        return before.i
    return None


def _purpose_of_speaking(tok: Token, own: Token) -> int | None:
    """"invoked the 1988 strike to argue that ...": a purpose of speaking is a
    claim of its own, whether the parser hangs it on the verb or its object."""
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children) \
            and ((tok.dep_ == "advcl" and tok.head.i == own.i)
                 or (tok.dep_ == "relcl" and tok.head.dep_ == "dobj"
                     and tok.head.head.i == own.i)):
        return min(t.i for t in tok.subtree)
    return None


def _claim_clause(tok: Token) -> int | None:
    """"..., which the union contends was ...": a relative, conjoined or adverbial
    clause with a cue and a subject of its own (not a restrictive relative)."""
    if tok.dep_ in ("relcl", "conj", "advcl") and explicit_subject(tok) is not None \
            and not _restrictive_relative(tok):
        return min(t.i for t in tok.subtree)
    return None


def _concessive_aside(tok: Token) -> int | None:
    """Where a concessive clause set off by punctuation begins, its mark included."""
    # "..., although she would not elaborate": the reporter's aside, not the claim.
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONCESSIVE
                                   for c in tok.children):
        left = min(t.i for t in tok.subtree)
        if left > 0 and tok.doc[left - 1].text in (",", ";", "—", "–"):
            return left - 1
    return None


def _restrictive_relative(verb: Token) -> bool:
    """"the panel that ruled ...", "companies that are offering ...": a relative clause
    with no comma before it picks out its noun; it is part of the content, not a
    claim that ends it."""
    if verb.dep_ != "relcl":
        return False
    left = verb.left_edge
    return left.tag_ in ("WDT", "WP") and (left.i == 0 or left.doc[left.i - 1].text != ",")


# What a comma sets off at the end of a content: "..., which forced her to leave",
# "..., a former governor", "..., implicitly putting his name on the line" (a participle
# only with an adverb of comment before it).
ASIDE_DEPS = frozenset({"relcl", "appos", "advcl"})
# ... or a dash: "he does not want to do that -- a proposal he has raised before".
ASIDE_MARKS = frozenset({",", "—", "–", "--"})
# After a dash, a noun phrase the parser hangs on the verb is an aside too ("-- a proposal
# he has raised before"); but a list after a dash spells out what was said ("problems
# facing families -- the cost of childcare, student debt and ...").
DASHED_ASIDE_DEPS = ASIDE_DEPS | {"npadvmod"}


def is_occasion(prep: Token, lexicon: Lexicon) -> bool:
    """A prepositional phrase that says when or where a speech act took place: "in an
    interview", "at a rally", "during the debate", "on Tuesday". Not "during grueling bids
    for office": that is part of what was said."""
    # "in an interview", "at a rally", and the day or hour: "on Tuesday", "at noon"
    # (not a span of time the act is about: "stay strong through the summer")
    return any(c.dep_ == "pobj" and (c.lemma_.lower() in lexicon.occasions or (
        prep.lower_ in ("on", "at", "during") and c.ent_type_ in ("DATE", "TIME", "EVENT")))
               for c in prep.children)


def _commenting_participle(verb: Token) -> bool:
    """", clearly raising the stakes": a participle the reporter opens with an adverb of
    comment says what the words did. A bare one (", allowing writers to ...") mostly goes
    on with what was said."""
    return verb.tag_ == "VBG" and any(c.dep_ == "advmod" and c.i < verb.i for c in verb.children)


def without_trailing_aside(tokens: list[Token], lexicon: Lexicon | None) -> list[Token]:
    """Drop a relative clause or apposition set off by a comma or a dash at the end of a
    content and, given the lexicon (for the object of a speech act), a closing phrase of
    occasion.

    "he expects Clinton to recover from pneumonia, which forced her to leave early":
    the clause after the comma is the reporter's background on the last noun, not
    part of what was said; "... as a 'crazy system' during a campaign stop": when it
    was said. Quoted words are never cut.
    """
    if lexicon is not None and tokens:
        tokens = _without_closing_occasion(tokens, lexicon)
    while len(tokens) > 3:
        comma = next((k for k in range(len(tokens) - 2, 0, -1)
                      if tokens[k].text in ASIDE_MARKS), None)
        if comma is None or not _aside_after(tokens, comma):
            break
        tokens = tokens[:comma]
    return tokens


def _without_closing_occasion(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """"... as a 'crazy system' during a campaign stop": the phrase of occasion that
    closes a content, unless quoted words follow it."""
    last = tokens[-1].i
    occasion = next((k for k, t in enumerate(tokens)
                     if k > 2 and t.dep_ == "prep" and t.right_edge.i >= last - 1
                     and is_occasion(t, lexicon)
                     and not any(u.text in QUOTE_CHARS for u in tokens[k:])), None)
    return tokens[:occasion] if occasion is not None else tokens


def _aside_after(tokens: list[Token], comma: int) -> bool:
    """Whether what follows the comma or dash at tokens[comma] is an aside (see ASIDE_DEPS
    and DASHED_ASIDE_DEPS) that hangs on a word before it and runs to the end, with no
    quoted words."""
    nxt = tokens[comma + 1]
    dash = tokens[comma].text != ","
    if dash and any(t.text == "," for t in tokens[comma + 1:]):
        return False
    deps = DASHED_ASIDE_DEPS if dash else ASIDE_DEPS
    clause = nxt if nxt.dep_ in deps else nxt.head
    return not (clause.dep_ not in deps or clause.head.i >= nxt.i
                or (clause.dep_ == "advcl" and not _commenting_participle(clause))
                or clause.left_edge.i != nxt.i or clause.right_edge.i < tokens[-1].i - 1
                or any(t.text in QUOTE_CHARS for t in tokens[comma:]))
