"""Finding cues: the words that introduce claims, with the frame each belongs to.

A verb, noun or phrase from the lexicon is a cue unless the parse says it is
negated ("did not say"), used as a noun ("WGA demands"), or lacks the clause
its frame needs ("confident" with no "that ..."). These functions only read
the parse; speakers, contents and claim types are decided later.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from .asides import as_aside
from .frames import Cue, Frame
from .lexicon import Lexicon
from .syntax import (
    FINITE_TAGS,
    QUOTE_CHARS,
    SUBJECT_DEPS,
    passive_subject,
    that_clause,
    unmarked_clause,
)
from .words import words

# [cues] in data/words.toml says what each list is for.
REFUSALS = words("cues", "refusals")
# A word tagged as a verb in a noun's slot ("pushed back against WGA demands") is a noun.
NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "compound", "amod", "appos",
                          "poss", "npadvmod", "attr"})
QUESTION_MARKS = words("cues", "question_openers")
SUPPOSING = words("cues", "supposing")
DISCOURSE_MARKER = words("cues", "discourse_marker")
DEMAND_NOUNS = words("cues", "demand_nouns")
LISTING_VERBS = words("cues", "listing_verbs")


def _follows(tok: Token, rest: Iterable[str]) -> Token | None:
    """The last token when the words after tok are exactly `rest`, else None."""
    doc, last = tok.doc, tok
    for word in rest:
        if last.i + 1 >= len(doc) or doc[last.i + 1].lower_ != word:
            return None
        last = doc[last.i + 1]
    return last


def _negated(tok: Token) -> bool:
    """"did not say", and "refused to comment", "declined to say": no speech at all.

    Not '"Probably not," she said': a "not" cut off from the verb by a comma or a
    quote mark is the quoted answer, whatever the parser hangs it on.
    """
    doc = tok.doc
    return any(c.dep_ == "neg" and not any(
        t.text == "," or t.text in QUOTE_CHARS for t in doc[min(c.i, tok.i) + 1:max(c.i, tok.i)])
               for c in tok.children) or (
        tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSALS)


def candidates(doc: Doc | Span, lemmas: Iterable[str], forms: Iterable[str] = ()
               ) -> list[Token]:
    """The tokens whose lemma or lower-cased form is one of the given words, in order.

    Compared as string hashes over the parse's arrays: making a Token object for
    every word of a long article costs more than the rules that read the few
    that matter.
    """
    whole = doc if isinstance(doc, Doc) else doc.doc
    lo, hi = (0, len(whole)) if isinstance(doc, Doc) else (doc.start, doc.end)
    if hi <= lo:
        return []
    strings = whole.vocab.strings
    arr = whole.to_array([LEMMA, LOWER])[lo:hi]
    wanted_lemmas = numpy.array([strings[w] for w in lemmas], dtype=arr.dtype)
    wanted_forms = numpy.array([strings[w] for w in forms], dtype=arr.dtype)
    hits = numpy.isin(arr[:, 0], wanted_lemmas) | numpy.isin(arr[:, 1], wanted_forms)
    return [whole[lo + int(i)] for i in numpy.flatnonzero(hits)]


def state_verb(pred: Token, lexicon: Lexicon) -> Token | None:
    """The verb whose subject holds a state: "is confident", "made clear", "was worried"."""
    lower = pred.lower_
    if pred.dep_ in ("acomp", "oprd", "ccomp") and pred.head.pos_ in ("VERB", "AUX"):
        verb = pred.head
        if lower in lexicon.states_with_make:
            return verb if verb.lemma_.lower() == "make" else None
        return verb if lower in lexicon.states else None
    if lower in lexicon.states and pred.tag_ == "VBN" and passive_subject(pred) is not None:
        return pred  # "Bass was worried the strike ...": the parser's passive
    return None


def state_clause(pred: Token, lexicon: Lexicon) -> Token | None:
    """The clause a belief or feeling predicate holds, or None: "confident that ..."."""
    if pred.lower_ not in lexicon.states and pred.lower_ not in lexicon.states_with_make:
        return None
    verb = state_verb(pred, lexicon)
    if verb is None or _negated(verb) or _negated(pred):
        return None
    for owner in (pred, verb):
        for c in owner.children:
            if c.i > pred.i and (c.dep_ == "ccomp" or (
                    c.dep_ == "advcl" and (c.left_edge.lower_ == "that" or unmarked_clause(c)))):
                if c.left_edge.lower_ in QUESTION_MARKS:
                    return None  # "unsure whether ...": a question
                return c
    return None


def find_cues(doc: Doc | Span, lexicon: Lexicon) -> list[Cue]:
    """Every cue in doc, in text order; negated verbs ("did not say") are not cues."""
    tokens = candidates(doc, lexicon.cue_lemmas, lexicon.cue_forms)
    return [cue for tok in tokens if (cue := _cue_at(tok, lexicon)) is not None]


def _cue_at(tok: Token, lexicon: Lexicon) -> Cue | None:
    """The cue tok starts, if any: "according to", a state, a verb, a noun, in that order."""
    lemma = lexicon.forms.get(tok.lower_) or tok.lemma_.lower()
    return (_according_cue(tok, lexicon) or _state_cue(tok, lexicon)
            or _verb_cue(tok, lemma, lexicon) or _noun_cue(tok, lemma, lexicon)
            or _demands_listed(tok, lemma))


def _one_word(tok: Token, frame: Frame) -> Cue:
    """A cue of one word."""
    return Cue(tok, tok.idx, tok.idx + len(tok), frame, tok)


def _through(tok: Token, last: Token, frame: Frame) -> Cue:
    """A cue of several words, from tok through last."""
    return Cue(tok, tok.idx, last.idx + len(last), frame, last)


def _according_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"according to the WGA": a sourcing phrase from the lexicon, word for word."""
    for phrase in lexicon.according:
        if tok.lower_ == phrase[0] and (last := _follows(tok, phrase[1:])) is not None:
            return _through(tok, last, "according")
    if tok.lower_ in lexicon.set_off and _set_off_source(tok):
        return _one_word(tok, "according")
    return None


def _set_off_source(tok: Token) -> bool:
    """", per Deadline.": after a comma, a name or a named document for object, and
    nothing but the sentence's end after it."""
    doc = tok.doc
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if tok.i == 0 or doc[tok.i - 1].text != "," or obj is None:
        return False
    named = obj.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in obj.children)
    rest = [t for t in doc[obj.right_edge.i + 1:tok.sent.end] if not t.is_space]
    return named and all(t.is_punct for t in rest)


def _state_cue(tok: Token, lexicon: Lexicon) -> Cue | None:
    """"is confident that ...", "made clear that ...": a state with the clause it holds."""
    return _one_word(tok, "state") if state_clause(tok, lexicon) is not None else None


def _verb_cue(tok: Token, lemma: str, lexicon: Lexicon) -> Cue | None:
    """A cue verb used as a verb and not negated: a phrase ("pushed back against"), a
    verb with its particle ("point out"), or a single verb."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in NOMINAL_DEPS or _supposition(tok) \
            or _agentless_participle(tok) or _discourse_marker(tok):
        return None
    if _negated(tok):
        return _refusal(tok, lemma, lexicon)
    for phrase, frame in lexicon.phrases:
        if lemma == phrase[0] and (last := _follows(tok, phrase[1:])) is not None:
            return _through(tok, last, frame)
    particle = next((c for c in tok.children if c.dep_ == "prt"), None)
    if particle is not None:
        # "write off", "add up" are other verbs; "point out" is a cue of its own.
        return _one_word(tok, "speech") if f"{lemma} {particle.lower_}" in lexicon.phrasal \
            else None
    return _single_verb_cue(tok, lemma, lexicon)


def _supposition(tok: Token) -> bool:
    """"Let's say you think ...", "let us say the deal passes": the writer sets up a
    case, and no one says anything."""
    return tok.head.lemma_.lower() == "let" and tok.head.i != tok.i and any(
        c.dep_ == "nsubj" and c.lower_ in SUPPOSING for c in tok.children)


def _discourse_marker(tok: Token) -> bool:
    """"That said, the guild ...", "Having said that, ...": a phrase that only links two
    sentences, from the sentence's start to a comma."""
    sent = tok.sent
    comma = next((t.i for t in tok.doc[tok.i + 1:min(tok.i + 3, sent.end)]
                  if t.text == ","), None)  # "said," or "said that,"
    if comma is None:
        return False
    others = [t for t in tok.doc[sent.start:comma] if t.i != tok.i and not t.is_space]
    return bool(others) and all(t.lower_ in DISCOURSE_MARKER for t in others)


def _agentless_participle(tok: Token) -> bool:
    """"Asked what went wrong, the director ...", "a group called Lashkar", "injections
    intended to calm her": a passive participle that modifies a noun or a clause names
    what was said to or of someone; without a "by" agent no one in the sentence says it."""
    if tok.dep_ not in ("acl", "advcl") or any(
            c.dep_ in ("agent", "aux", *SUBJECT_DEPS) for c in tok.children):
        return False  # a subject or an auxiliary: a finite verb the parser hung low
    if tok.sent.root.tag_ not in FINITE_TAGS:
        # "The AMPTP called on ...", "Protesters marching ... chanted": with no finite
        # verb at its root, the parser has missed the sentence's verb, likely this one.
        return False
    # A clause-opening "Asked" is the participle, whatever its tag.
    return tok.tag_ == "VBN" or (tok.tag_ == "VBD" and tok.dep_ == "advcl"
                                 and tok.left_edge.i == tok.i)


def _refusal(tok: Token, lemma: str, lexicon: Lexicon) -> Cue | None:
    """"would not agree to a minimum staff size", "will not accept cuts": a negated verb
    of agreement states a refusal, a position. Not "refused to accept": the refusal verb
    is the cue there."""
    if not any(c.dep_ == "neg" for c in tok.children):
        return None
    for phrase in lexicon.refusals:
        if lemma == phrase[0] and (last := _follows(tok, phrase[1:])) is not None:
            return _through(tok, last, "position")
    return None


def _single_verb_cue(tok: Token, lemma: str, lexicon: Lexicon) -> Cue | None:
    """A verb cue of one word: by its frame in the lexicon, or a verb that is a cue only
    in an aside ("as one adviser put it, ...") or with a document for its subject ("the
    letter reads")."""
    if tok.pos_ == "VERB" and (single := lexicon.frame(lemma)):
        return _one_word(tok, single)
    if lemma in lexicon.aside_only:
        aside = _one_word(tok, "speech")
        return aside if as_aside(aside) is not None else None  # "as one adviser put it, ..."
    if lemma in lexicon.document_verbs and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.documents for c in tok.children):
        return _one_word(tok, "speech")  # "the letter reads"
    return None


def _noun_cue(tok: Token, lemma: str, lexicon: Lexicon) -> Cue | None:
    """"the claim that ...", "Trump's warning that ...": a cue noun with its that-clause."""
    if tok.pos_ == "NOUN" and lemma in lexicon.nouns and that_clause(tok) is not None:
        return _one_word(tok, "noun")
    return None


def _demands_listed(tok: Token, lemma: str) -> Cue | None:
    """"The WGA's demands include higher residuals and ...", "Among the guild's demands:
    ...": a party's demands, as the subject of a verb that lists them or opening a
    sentence that lists them, state its position. The words through the verb or colon
    are the cue, and the party is the noun's possessor ("the WGA's") or name ("the WGA
    demands")."""
    if tok.pos_ != "NOUN" or lemma not in DEMAND_NOUNS or not any(
            c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")
            for c in tok.children):
        return None  # "the demands include ...": no party holds them
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in LISTING_VERBS:
        return _through(tok, tok.head, "position")
    among = tok.head
    if tok.dep_ != "pobj" or among.lower_ != "among" or among.i != tok.sent.start:
        return None
    after = tok.right_edge.i + 1
    if after < tok.sent.end and (tok.doc[after].text == ":" or tok.doc[after].lemma_ == "be"):
        last = tok.doc[after]
        return Cue(tok, among.idx, last.idx + len(last), "position", last)
    return None
