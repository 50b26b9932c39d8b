"""Cue, speaker and content rules: pure functions over a parsed spaCy Doc.

A cue is the word or phrase that introduces a claim ("said", "according to",
"calling for"); its frame (from data/cues.toml) says where the speaker and
the content stand relative to it in the dependency tree. These functions
only read the parse; deciding claim types and parties happens later.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from .lexicon import Lexicon
from .words import words

SUBJECT_DEPS = ("nsubj", "csubj")
# Dependents of a speaker's head word that are not part of its name ("Trump this week said":
# a time).
SPEAKER_DROP = frozenset({"relcl", "appos", "advcl", "parataxis", "npadvmod"})
# Punctuation that sets off an apposition or aside; a hyphen inside a name stays.
SPEAKER_BREAK = frozenset({",", "(", ")", "[", "]", "—", "–", ";", ":", '"', "“", "”"})
# Dependents of a cue that carry its content, by frame.
OBJECT_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp", "oprd", "prep", "attr", "acomp"})
CONCESSIVE = words("content", "concessive")
# Prepositions whose -ing clause is the act of the verb's object (or passive subject):
# "accused him of saying ...", "was criticized for saying ...".
CONTROL_PREPS = frozenset({"for", "of"})
# Verbs that deny the act of the verb they govern: "refused to comment", "failed to say".
REFUSALS = frozenset({"refuse", "decline", "fail", "neglect"})
# Prepositions whose -ing clause is the subject's own act: "responded by saying ...",
# "after insisting ...", "while adding ..." (not "without saying": no speech at all).
OWN_ACT_PREPS = frozenset({"by", "after", "before", "while", "in", "upon", "on"})
QUOTE_CHARS = frozenset('"“”‘’\'«»') | {"''"}  # and a doubled apostrophe as one token
# A word tagged as a verb in a noun's slot ("pushed back against WGA demands") is a noun.
NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "compound", "amod", "appos",
                          "poss", "npadvmod", "attr"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
TRIM_PUNCT = frozenset(".,;:!?—–-…")
LEADING_DROP = frozenset({"that", "whether"})
# Words that open an indirect question: "asked whether ...", "wondered if ...".
QUESTION_MARKS = frozenset({"whether", "if"})


@dataclass(frozen=True)
class Cue:
    """A cue: its head token, its character span, its frame and last token."""

    token: Token
    start: int
    end: int
    frame: str
    last: Token

    @property
    def text(self) -> str:
        return self.token.doc[self.token.i:self.last.i + 1].text


@dataclass(frozen=True)
class Attribution:
    """A cue with the speaker and content the parse gives it (either may be missing)."""

    cue: Cue
    speaker: Span | None
    content: tuple[int, int] | None


def _follows(tok: Token, words: Iterable[str]) -> Token | None:
    """The last token when the words after tok are exactly `words`, else None."""
    doc, last = tok.doc, tok
    for word in words:
        if last.i + 1 >= len(doc) or doc[last.i + 1].lower_ != word:
            return None
        last = doc[last.i + 1]
    return last


def _that_clause(noun: Token) -> Token | None:
    """The "that" clause a noun takes as its content: "the claim that talks ended"."""
    for child in noun.children:
        # A relative clause has no "that" of its own as a marker: one that does is a
        # complement the parser took for a relative ("a report that Trump had a loss").
        if child.dep_ in ("acl", "ccomp", "relcl") and child.i > noun.i and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            return child
    return None


def _noun_source(noun: Token) -> Token | None:
    """Whose claim a noun cue reports: "Trump's claim", "warnings from economists"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return child
    clause = _that_clause(noun) or noun
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from") and child.i < clause.i:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    for child in noun.children:  # "a New York Times report that ...", "the WGA statement"
        if child.dep_ == "compound" and child.ent_type_ in ("ORG", "PERSON", "NORP", "GPE"):
            return child
    return None


def _as_clause(verb: Token) -> bool:
    """An aside that sources its head clause: "as police have said", "as the Post reported".

    Only with a subject and nothing said after the verb: "as he said goodbye" is a time.
    """
    kids = list(verb.children)
    return (any(c.dep_ == "mark" and c.lower_ == "as" for c in kids)
            and any(c.dep_ in SUBJECT_DEPS for c in kids)
            and not any(c.dep_ in OBJECT_DEPS and c.i > verb.i for c in kids))


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
    sent = tok.sent
    if cue.frame not in ("speech", "cognition") or tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    passive = _passive_aside(cue)
    if passive is not None:
        return passive
    i = tok.i - 1
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
    opening = i
    if opening > sent.start and doc[opening - 1].text not in _ASIDE_OPEN:
        return None
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[opening + 1:name_end]):
        return None
    j = cue.last.i + 1
    while j < sent.end and doc[j].text not in _ASIDE_CLOSE and not doc[j].is_sent_end:
        if (doc[j].pos_ in ("VERB", "AUX") and doc[j].dep_ != "amod") \
                or doc[j].dep_ in ("ccomp", "mark") or j - cue.last.i > 14:
            return None  # ("with a telling chart" is an adjunct; an amod is no verb)
        j += 1
    return _aside(doc, opening, j, doc[opening + 1:name_end])


def _apposition_before(doc: Doc, comma: int) -> int | None:
    """Where an apposition that a comma closes opens (its own opening comma), or None."""
    if doc[comma].text != ",":
        return None
    appos = _apposition_closed_by(doc[comma])
    if appos is None or appos.left_edge.i < 2 or doc[appos.left_edge.i - 1].text != ",":
        return None
    return appos.left_edge.i - 1


def _apposition_closed_by(comma: Token, through: frozenset[str] | None = None) -> Token | None:
    """The apposition whose last word stands right before comma, or None: climbing from
    that word to its heads before the comma (only along the relations in through, if
    given) until an apposition is reached."""
    prev = comma.doc[comma.i - 1] if comma.i > 0 else None
    while prev is not None and prev.dep_ != "appos" and prev.head.i != prev.i \
            and prev.head.i < comma.i and (through is None or prev.dep_ in through):
        prev = prev.head
    return prev if prev is not None and prev.dep_ == "appos" else None


def _aside(doc: Doc, opening: int, closing: int, speaker: Span) -> Aside | None:
    """The aside from its "as" to its closing mark, with the sentence words it sources."""
    sent = doc[opening].sent
    left = [t for t in doc[sent.start:opening] if not t.is_space]
    if left and left[-1].text in _ASIDE_OPEN:
        left = left[:-1]
    right = [t for t in doc[closing + 1:sent.end] if not t.is_space] \
        if closing < sent.end and doc[closing].text in _ASIDE_CLOSE else []
    content = left + list(doc[opening:closing + 1]) + right if left and right else left or right
    while content and content[-1].is_punct and content[-1].text not in QUOTE_CHARS:
        content = content[:-1]
    if sum(1 for t in content if not (t.is_punct or t.is_space)) < 3:
        return None
    return Aside(speaker, content)


def _passive_aside(cue: Cue) -> Aside | None:
    """"As reported by the Post, ...", "..., as first reported by the Times on Tuesday."."""
    tok, doc = cue.token, cue.token.doc
    sent = tok.sent
    if tok.tag_ != "VBN":
        return None
    i = tok.i - 1
    while i >= sent.start and doc[i].pos_ == "ADV":
        i -= 1  # "first", "previously"
    if i < sent.start or doc[i].lower_ != "as" or (
            i > sent.start and doc[i - 1].text not in _ASIDE_OPEN):
        return None
    opening = i
    by = cue.last.i + 1
    if by >= sent.end or doc[by].lower_ != "by":
        return None
    j = by + 1
    while j < sent.end and doc[j].text not in _ASIDE_CLOSE and not doc[j].is_sent_end:
        if doc[j].pos_ in ("VERB", "AUX") or j - by > 12:
            return None
        j += 1
    words = [t for t in doc[by + 1:j] if t.ent_type_ not in ("DATE", "TIME")]
    if not words:
        return None
    agent = doc[words[0].i:words[-1].i + 1]
    if agent[-1].lower_ in ("on", "in", "at", "last", "this"):
        agent = doc[agent.start:agent.end - 1]
    return _aside(doc, opening, j, agent) if len(agent) else None


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


def _state_verb(pred: Token, lexicon: Lexicon) -> Token | None:
    """The verb whose subject holds a state: "is confident", "made clear", "was worried"."""
    lower = pred.lower_
    if pred.dep_ in ("acomp", "oprd", "ccomp") and pred.head.pos_ in ("VERB", "AUX"):
        verb = pred.head
        if lower in lexicon.states_with_make:
            return verb if verb.lemma_.lower() == "make" else None
        return verb if lower in lexicon.states else None
    if lower in lexicon.states and pred.tag_ == "VBN" and _passive_subject(pred) is not None:
        return pred  # "Bass was worried the strike ...": the parser's passive
    return None


def _state_clause(pred: Token, lexicon: Lexicon) -> Token | None:
    """The clause a belief or feeling predicate holds, or None: "confident that ..."."""
    if pred.lower_ not in lexicon.states and pred.lower_ not in lexicon.states_with_make:
        return None
    verb = _state_verb(pred, lexicon)
    if verb is None or _negated(verb) or _negated(pred):
        return None
    for owner in (pred, verb):
        for c in owner.children:
            if c.i > pred.i and (c.dep_ == "ccomp" or (
                    c.dep_ == "advcl" and (c.left_edge.lower_ == "that" or _unmarked_clause(c)))):
                if c.left_edge.lower_ in QUESTION_MARKS:
                    return None  # "unsure whether ...": a question
                return c
    return None


def find_cues(doc: Doc | Span, lexicon: Lexicon) -> list[Cue]:
    """Every cue in doc, in text order; negated verbs ("did not say") are not cues."""
    cues: list[Cue] = []
    for tok in candidates(doc, lexicon.cue_lemmas, lexicon.cue_forms):
        lower = tok.lower_
        lemma = lexicon.forms.get(lower) or tok.lemma_.lower()
        found: Cue | None = None
        for phrase in lexicon.according:
            if lower == phrase[0] and (last := _follows(tok, phrase[1:])) is not None:
                found = Cue(tok, tok.idx, last.idx + len(last), "according", last)
                break
        if found is None and _state_clause(tok, lexicon) is not None:
            found = Cue(tok, tok.idx, tok.idx + len(tok), "state", tok)
        if found is None and tok.pos_ in ("VERB", "AUX") and not _negated(tok) \
                and tok.dep_ not in NOMINAL_DEPS:
            for phrase, frame in lexicon.phrases:
                if lemma == phrase[0] and (last := _follows(tok, phrase[1:])) is not None:
                    found = Cue(tok, tok.idx, last.idx + len(last), frame, last)
                    break
            particle = next((c for c in tok.children if c.dep_ == "prt"), None)
            if particle is not None:
                # "write off", "add up" are other verbs; "point out" is a cue of its own.
                if found is None and f"{lemma} {particle.lower_}" in lexicon.phrasal:
                    found = Cue(tok, tok.idx, tok.idx + len(tok), "speech", tok)
            elif found is None and tok.pos_ == "VERB" and (single := lexicon.frame(lemma)):
                found = Cue(tok, tok.idx, tok.idx + len(tok), single, tok)
            elif found is None and lemma in lexicon.aside_only:
                aside = Cue(tok, tok.idx, tok.idx + len(tok), "speech", tok)
                if as_aside(aside) is not None:
                    found = aside  # "as one adviser put it, ..."
            elif found is None and lemma in lexicon.document_verbs and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.documents
                    for c in tok.children):
                found = Cue(tok, tok.idx, tok.idx + len(tok), "speech", tok)  # "the letter reads"
        if found is None and tok.pos_ == "NOUN" and lemma in lexicon.nouns \
                and _that_clause(tok) is not None:
            found = Cue(tok, tok.idx, tok.idx + len(tok), "noun", tok)
        if found is not None:
            cues.append(found)
    return cues


# --- speakers ---------------------------------------------------------------------------

def governing_verb(tok: Token) -> Token:
    """The nearest verb above tok in the parse, or the sentence root when there is none."""
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def _explicit_subject(verb: Token) -> Token | None:
    # The nearest subject: in '"My reaction, that was outrageous," the strategist said'
    # the parser may take the quoted noun for a second subject of "said".
    subjects = sorted((c for c in verb.children if c.dep_ in SUBJECT_DEPS),
                      key=lambda c: abs(c.i - verb.i))
    for child in subjects:
        # "the union, which said ...": the speaker as written is "which"; who it is
        # comes from the noun the clause hangs on (see discourse.antecedent_noun).
        return child
    for child in verb.children:
        if child.dep_ == "agent":  # passive: "was told by the union"
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


def _is_time(tok: Token) -> bool:
    return tok.ent_type_ in ("DATE", "TIME")


def _reduced_relative_head(verb: Token) -> Token | None:
    """For "the AMPTP statement last week asserting ...": the noun before the participle.

    A participle that follows a noun phrase with no comma modifies that noun;
    time words in between ("last week") are skipped.
    """
    i = verb.i - 1
    while i >= verb.sent.start and _is_time(verb.doc[i]):
        i -= 1
    if i < verb.sent.start:
        return None
    prev = verb.doc[i]
    if prev.pos_ in ("NOUN", "PROPN") and not _is_time(prev):
        return prev
    return None


def _can_speak(noun: Token, lexicon: Lexicon | None) -> bool:
    """Whether a noun can be the source a participle after it reports."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" or noun.dep_ == "dative":
        return False  # "sent an email to its members challenging ...": the addressees
    if noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if lexicon is None:
        return noun.pos_ == "PROPN"
    lemma = noun.lemma_.lower()
    return lemma in lexicon.documents or lemma in lexicon.roles or noun.pos_ == "PROPN"


def subject_head(verb: Token, lexicon: Lexicon | None = None) -> Token | None:
    """The head word of whoever performs the cue verb, following the tree where it must.

    Conjoined verbs share their first conjunct's subject ("didn't disclose
    the terms but said ..."); participles take the subject of the clause they
    modify ("..., saying ...") or the noun they follow ("the statement
    asserting ...").
    """
    seen: set[int] = set()
    tok = verb
    while tok.i not in seen:
        seen.add(tok.i)
        subj = _explicit_subject(tok)
        if tok.i != verb.i and _participial_adjunct(verb, tok):
            # "After saying her foot was swollen, she was whisked off": the clause's
            # surface subject did the saying, passive or not (never its agent).
            if not any(c.dep_ in SUBJECT_DEPS for c in tok.children):
                subj = _passive_subject(tok)
        if subj is not None:
            return subj
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            if _can_speak(tok.head, lexicon):
                return tok.head  # "an email announcing ...", "the union leader saying ..."
            # "sent an email to its members challenging ...": the members do not speak.
            tok = governing_verb(tok)
            continue
        if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "dep", "conj"):
            before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
            if before is not None and not before.is_punct:
                noun = _reduced_relative_head(tok)
                if noun is not None:
                    return noun
        if tok.dep_ in ("conj", "xcomp", "advcl", "dep") and tok.head.i != tok.i:
            # "who are drawn to his message and feel that ...", "was asked to say": the
            # passive subject of the first verb is the subject of the second.
            if tok.dep_ in ("conj", "xcomp") and _explicit_subject(tok.head) is None \
                    and (passive := _passive_subject(tok.head)) is not None:
                return passive
            tok = tok.head
            continue
        if tok.dep_ == "relcl" and tok.head.dep_ == "dobj" \
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
            # "invoked the 1988 strike to argue that ...": an infinitive of purpose the
            # parser hung on the object; whoever invoked it argues.
            tok = tok.head.head
            continue
        if (tok.dep_ == "pcomp" and tok.head.lower_ in OWN_ACT_PREPS
                and tok.head.head.pos_ in ("VERB", "AUX")):
            tok = tok.head.head  # "responded by saying ...", "after insisting ..."
            continue
        if (tok.dep_ == "pcomp" and tok.head.lower_ in CONTROL_PREPS
                and tok.head.head.pos_ in ("VERB", "AUX")):
            # "criticized the senator for saying ...", "accused him of calling ...": the
            # object said it; "was criticized for saying ...": the passive subject did;
            # "apologized for saying ...": the subject. ("stopped short of calling": no one.)
            verb = tok.head.head
            said_by = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                            and c.i < tok.i), None)
            if said_by is not None:
                return said_by
            if tok.head.lower_ == "for":
                tok = verb
                continue
        break
    if verb.dep_ == "relcl" and verb.tag_ in ("VBD", "VBZ") and _can_speak(verb.head, lexicon) \
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return verb.head  # "Paul D. Ryan, the Speaker, on Tuesday called ...": a fragment
    # A finite cue the parser left without a subject: the nearest subject before it.
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        for tok in reversed(verb.doc[verb.sent.start:verb.i]):
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
                return tok
    return None


def _passive_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _participial_adjunct(verb: Token, main: Token) -> bool:
    """Whether verb is a participle ("saying", "after insisting") that modifies main's clause."""
    if verb.tag_ != "VBG":
        return False
    if verb.dep_ == "advcl":  # one that opens the sentence: a trailing one may hang anywhere
        return verb.head.i == main.i and verb.i < main.i
    return verb.dep_ == "pcomp" and verb.head.lower_ in OWN_ACT_PREPS and verb.head.head.i == main.i


def speaker_span(head: Token, cue: Cue) -> Span:
    """The words naming the speaker: the head's phrase without clauses hung on it."""
    keep = [head]
    stack = [c for c in head.children]
    while stack:
        child = stack.pop()
        if child.dep_ in SPEAKER_DROP or child.i == cue.token.i or child.text in SPEAKER_BREAK:
            continue
        if child.dep_ == "acl" and cue.token in child.subtree:
            continue
        if child.dep_ in ("cc", "conj") and child.i > head.i + 6:
            continue
        keep.append(child)
        stack.extend(child.children)
    indices = sorted(t.i for t in keep)
    # Keep the contiguous run around the head: a gap means a dropped clause.
    lo = hi = indices.index(head.i)
    while lo > 0 and indices[lo - 1] == indices[lo] - 1:
        lo -= 1
    while hi + 1 < len(indices) and indices[hi + 1] == indices[hi] + 1:
        hi += 1
    start, end = indices[lo], indices[hi] + 1
    doc = head.doc
    before = doc[start - 1] if start > head.sent.start else None
    if (before is not None and before.dep_ == head.dep_ and head.dep_ in SUBJECT_DEPS
            and before.head.i == head.head.i and before.i != head.head.i):
        start = before.left_edge.i  # "The WGA | negotiating committee": one name parsed as two
    start = _branch_of(doc, start, end)
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                               or doc[end - 1].dep_ == "case"):  # "Trump's claim"
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]


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
    return _entity_of(org).start


def find_speaker(cue: Cue, lexicon: Lexicon | None = None) -> Span | None:
    tok = cue.token
    if cue.frame == "according":
        to = cue.last
        for child in to.children:
            if child.dep_ == "pobj":
                return speaker_span(child, cue)
        nxt = to.i + 1
        if nxt < len(tok.doc) and tok.doc[nxt].pos_ in ("NOUN", "PROPN", "DET", "PRON"):
            return speaker_span(tok.doc[nxt].head if tok.doc[nxt].dep_ == "det"
                                else tok.doc[nxt], cue)
        return None
    aside = as_aside(cue)
    if aside is not None:
        return speaker_span(aside.speaker.root, cue)
    if cue.frame == "state":
        verb = _state_verb(tok, lexicon) if lexicon is not None else None
        if verb is None:
            return None
        holder = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if holder is None and verb.dep_ in ("conj", "xcomp"):
            # "... continued to express doubts and made clear that ...": the first verb's
            # subject holds the state.
            holder = subject_head(verb, lexicon)
        if holder is None or holder.lower_ in ("it", "this", "that", "there"):
            return None  # "it is clear that ...": nobody's belief
        return speaker_span(holder, cue)
    head = _noun_source(tok) if cue.frame == "noun" else subject_head(tok, lexicon)
    return speaker_span(head, cue) if head is not None else None


# --- content ----------------------------------------------------------------------------

def _char_span(tokens: list[Token], doc: Doc) -> tuple[int, int] | None:
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


def attribution_bounds(cue: Cue, speaker: Span | None) -> tuple[int, int]:
    """Token range [first, last] of the cue with its speaker."""
    first, last = cue.token.i, cue.last.i
    if speaker is not None:
        first, last = min(first, speaker.start), max(last, speaker.end - 1)
    return first, last


def _trailing_adjuncts(doc: Doc, i: int, end: int) -> int:
    """Skip a cue's adjuncts after it ("on Tuesday", "in a statement"): the next index."""
    while i < end and (doc[i].ent_type_ in ("DATE", "TIME") or doc[i].pos_ == "ADV"):
        i += 1
    if i < end and doc[i].dep_ == "prep" and doc[i].head.pos_ in ("VERB", "AUX"):
        i = doc[i].right_edge.i + 1
    return i


def _clause_before_final_attribution(cue: Cue, speaker: Span | None) -> list[Token]:
    """"Language unclear on whether mothers are covered, experts say.": the clause before.

    A comma, then only the speaker and cue (and their adjuncts) to the end of
    the sentence: whatever stands before the comma is what they said, even
    when the parser found no clause to link.
    """
    doc, sent = cue.token.doc, cue.token.sent
    first, last = attribution_bounds(cue, speaker)
    if first - 1 <= sent.start or doc[first - 1].text not in (",", "—", "–"):
        return []
    end = _trailing_adjuncts(doc, last + 1, sent.end)
    # What may follow: the speaker's apposition (", said Jane Doe, a pollster at ...") and
    # a participle of the cue (", adding that ..."), a claim of its own.
    own: set[int] = set()
    if speaker is not None:
        own.update(t.i for c in speaker.root.children if c.dep_ == "appos" and c.i > speaker.end
                   for t in c.subtree)
    own.update(t.i for c in cue.token.children if c.dep_ == "advcl" and c.tag_ == "VBG"
               and c.i > last for t in c.subtree)
    if any(not (t.is_punct or t.is_space) and t.i not in own for t in doc[end:sent.end]):
        return []
    if end < len(doc) and doc[end].text == ":":
        return []  # 'a friend commented: "..."': the colon announces what follows
    opening = next((t for t in doc[sent.start:first] if not t.is_space), None)
    if opening is not None and opening.text in QUOTE_CHARS:
        return []  # a quote before the cue is matched from the quote side
    before = list(doc[sent.start:first - 1])
    words = [t for t in before if not (t.is_punct or t.is_space or t.pos_ == "CCONJ")]
    if len(words) < 3:
        return []  # "Still, the Times reported ...": an opening adverb says nothing
    if _only_adverbial(words):
        return []  # "During his years in office, Mr. Obama said ...": when, not what
    return before


# Words that open a clause saying when or why, not what: "when Congress cut funding".
ADVERBIAL_OPENERS = frozenset({"when", "after", "before", "while", "until", "since",
                               "because", "although", "though", "once", "unless", "during"})


def _only_adverbial(words: list[Token]) -> bool:
    """Whether words are one adverbial phrase or clause and nothing more: a prepositional
    phrase ("During his years in office") or a subordinate clause ("when Congress cut
    funding"), with no main clause of their own."""
    first, last = words[0], words[-1]
    if first.lower_ in ADVERBIAL_OPENERS and first.dep_ in ("mark", "advmod", "prep"):
        head = first if first.dep_ == "prep" else first.head
        return head.left_edge.i <= first.i and head.right_edge.i >= last.i
    if first.pos_ == "ADP" and first.dep_ == "prep":
        return first.right_edge.i >= last.i
    if first.tag_ in ("VBG", "VBN") and first.dep_ == "advcl" \
            and not any(c.dep_ in SUBJECT_DEPS for c in first.children):
        # "Speaking to students this week, Biden responded ...": the speaker's
        # circumstance, a participle with no subject of its own.
        return first.right_edge.i >= last.i
    return False


def closing_comma(cue: Cue, speaker: Span | None) -> int | None:
    """The comma that closes an attribution set off by commas mid-sentence, or None.

    "..., he told me on Friday, ...": a short object or time may follow the cue,
    but no verb (then the comma ends a clause of the attribution's own).
    """
    doc, sent = cue.token.doc, cue.token.sent
    first, last = attribution_bounds(cue, speaker)
    if first - 1 <= sent.start or doc[first - 1].text != ",":
        return None
    comma = next((t.i for t in doc[last + 1:min(last + 7, sent.end)] if t.text == ","), None)
    if comma is None or any(t.pos_ in ("VERB", "AUX") for t in doc[last + 1:comma]):
        return None
    return comma


def _after_attribution(cue: Cue, speaker: Span | None) -> list[Token]:
    """The words after an attribution set off by commas mid-sentence, or none."""
    doc, sent = cue.token.doc, cue.token.sent
    comma = closing_comma(cue, speaker)
    if comma is None:
        return []
    rest = [t for t in doc[comma + 1:sent.end] if not t.is_space]
    while rest and rest[-1].is_punct and rest[-1].text not in QUOTE_CHARS:
        rest.pop()
    return rest if sum(1 for t in rest if not t.is_punct) >= 2 else []


def _sentence_sourced(cue: Cue, speaker: Span | None) -> list[Token] | None:
    """'According to X, CLAUSE.' and 'CLAUSE, according to X.': the whole sentence.

    Set off by a comma at either end of a sentence, the phrase sources all of it,
    whatever word the parser hung it on. Mid-sentence it sources what precedes
    it (the rest is matched as the second half of a split sentence).
    """
    doc, sent = cue.token.doc, cue.token.sent
    first, last = attribution_bounds(cue, speaker)
    opening = all(t.is_punct or t.is_space or t.pos_ == "CCONJ" for t in doc[sent.start:first])
    if opening:
        comma = next((t.i for t in doc[last + 1:sent.end] if t.text == ","), None)
        if comma is None or comma > last + 1:
            return None
        return list(doc[comma + 1:sent.end])
    if first - 1 > sent.start and doc[first - 1].text == ",":
        return list(doc[sent.start:first - 1])
    return None


def _from_that_clause(tokens: list[Token]) -> list[Token]:
    """'telling the major studios that it wants ...': the content starts at the that-clause."""
    for t in sorted(tokens, key=lambda t: t.i):
        if t.lower_ == "that" and t.dep_ == "mark" and t.i > min(u.i for u in tokens):
            return [u for u in tokens if u.i > t.i]
    return tokens


_CLAUSE_BREAK_WORDS = frozenset({"which", "who", "where", "when", "although", "though", "while",
                                 "whereas"})


def _rest_of_clause(cue: Cue, cue_tokens: set[int], exclude: set[int]) -> list[Token]:
    """The words after a cue up to the end of its clause.

    A position's object is often a long list the parser splits oddly ("calling
    for standards on staffing, increases in residuals and regulations ...");
    the clause ends at a semicolon, or at a comma before a participial cue
    ("..., saying ..."), a relative or a concessive clause.
    """
    doc, sent = cue.token.doc, cue.token.sent
    tokens: list[Token] = []
    for t in doc[cue.last.i + 1:sent.end]:
        if t.text == ";":
            break
        if t.text in (",", "—", "–") and t.i + 1 < sent.end:
            nxt = doc[t.i + 1]
            if nxt.pos_ == "CCONJ" and t.i + 2 < sent.end:
                nxt = doc[t.i + 2]  # ", and contends ..."
            if nxt.i in cue_tokens or nxt.lower_ in _CLAUSE_BREAK_WORDS:
                break
            if _subject_of_cue(nxt, cue_tokens):
                break  # "..., Cohn wrote, ...": another's attribution begins
            if nxt.tag_ in ("VBG", "VBN") and nxt.dep_ in ("advcl", "acl", "conj", "dep"):
                break  # ", looping the streets around ...": an aside on the scene
            if nxt.text in QUOTE_CHARS and not any(u.text in QUOTE_CHARS for u in tokens):
                break  # '..., referring to the excuse, "you give ammunition ...': a quote resumes
        if t.i not in exclude:
            tokens.append(t)
    return tokens


def _subject_of_cue(tok: Token, cue_tokens: set[int]) -> bool:
    """Whether tok begins the subject of one of the cues ("Mr. Cohn" of "wrote")."""
    while tok.dep_ in ("compound", "det", "amod", "poss", "nmod") and tok.head.i > tok.i:
        tok = tok.head
    return tok.dep_ in SUBJECT_DEPS and tok.head.i in cue_tokens


def _one_side(tokens: list[Token], cue: Cue) -> list[Token]:
    """Content on one side of its cue: "which the union contends was ..." keeps "was ...".

    Where the parse puts words on both sides of the cue into the content, the
    side with more words is the content and the other is the attribution.
    """
    before = [t for t in tokens if t.i < cue.token.i]
    after = [t for t in tokens if t.i > cue.last.i]
    if not before or not after:
        return tokens
    words = lambda ts: sum(1 for t in ts if not t.is_punct and not t.is_space)  # noqa: E731
    if cue.token.dep_ == "parataxis" and words(before) and not all(
            t.tag_ in ("WDT", "WP") for t in before if not (t.is_punct or t.is_space)):
        # "The offer was fair, the AMPTP said, until ...": the rest comes later. Not
        # "which, Tompkins said, is full of ...": a relative pronoun alone says nothing.
        return before
    return before if words(before) > words(after) else after


def _coordinated(roots: list[Token], verb: Token) -> list[Token]:
    """Items coordinated with a content that the parser hung on the cue verb instead:
    "mentioned refinancing loans and forcing universities to ...", "wants to triple
    the program, grow the Corps and create ...". Only a non-finite verb of the same
    form as the content's own, with no subject of its own: in "will reject the offer
    and strike" the second verb is a second act, not part of what is rejected."""
    if not roots:
        return []
    last = max(r.i for r in roots)
    # The content's own form: its verb ("to triple"), or a gerund the parser read as a
    # modifier opening the object ("refinancing student loans").
    forms = {r.tag_ for r in roots} | {r.left_edge.tag_ for r in roots if r.i == last
                                       and r.dep_ == "dobj" and r.left_edge.dep_ == "amod"}
    return [c for c in verb.children if c.dep_ in ("conj", "dep") and c.i > last
            and c.tag_ in ("VBG", "VB") and c.tag_ in forms
            and not any(d.dep_ in SUBJECT_DEPS for d in c.children)]


def _with_split_subject(ccomps: list[Token], verb: Token) -> list[Token]:
    """A clause's subject that the parser took for the cue's object: in "seemed to think
    the outreach was phony" the clause "was phony" has no subject, and the object right
    before it is that subject."""
    first = min(ccomps, key=lambda c: c.i)
    if any(c.dep_ in SUBJECT_DEPS + ("nsubjpass", "expl") for c in first.children):
        return ccomps
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < first.i), None)
    if obj is None:
        return ccomps
    between = obj.doc[obj.left_edge.i:first.left_edge.i]
    if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in between):
        return ccomps
    # "the outreach | to black voters | was ...": a phrase the parser hung on the verb too
    return [t for t in verb.children if t.i in range(between.start, between.end)
            and t.dep_ in ("dobj", "prep")] + ccomps


def _unmarked_clause(verb: Token) -> bool:
    """A finite clause with a subject of its own and no word to join it ("made it clear
    he had misgivings"): an adverbial clause needs its "when" or "because", so this is
    a complement the parser hung elsewhere."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") \
        and any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
        and not any(c.dep_ == "mark" for c in verb.children)


def _subtree_tokens(roots: Iterable[Token], exclude: set[int]) -> list[Token]:
    out: list[Token] = []
    for root in roots:
        out.extend(t for t in root.subtree if t.i not in exclude)
    return out


def _trailing_claims_cut(tokens: list[Token], cues: set[int], own: Token) -> list[Token]:
    """Drop a relative or coordinated clause with its own cue and subject from the end.

    "warned the AMPTP not to repeat tactics of the strike, which the union
    contends was ..." -- the which-clause is the union's claim, not part of
    the warning.
    """
    for tok in sorted(tokens, key=lambda t: t.i):
        before = tok.doc[tok.i - 1] if tok.i > 0 else None
        if tok.i in cues and tok.i != own.i and before is not None and before.pos_ == "CCONJ" \
                and tok.tag_ in ("VBD", "VBZ", "VBP") and before.i > min(t.i for t in tokens):
            # "praised writers' resolve and blasted suggestions ...": a second speech act
            # of the same subject ends the first one's object, however it was parsed.
            return [t for t in tokens if t.i < before.i]
        if tok.i in cues and tok.i != own.i and any(c.dep_ == "aux" and c.tag_ == "TO"
                                                    for c in tok.children) \
                and ((tok.dep_ == "advcl" and tok.head.i == own.i)
                     or (tok.dep_ == "relcl" and tok.head.dep_ == "dobj"
                         and tok.head.head.i == own.i)):
            # "invoked the 1988 strike to argue that ...": a purpose of speaking is a
            # claim of its own, whether the parser hangs it on the verb or its object.
            left = min(t.i for t in tok.subtree)
            return [t for t in tokens if t.i < left]
        if tok.i in cues and tok.i != own.i and tok.dep_ in ("relcl", "conj", "advcl") \
                and _explicit_subject(tok) is not None and not _restrictive_relative(tok):
            left = min(t.i for t in tok.subtree)
            return [t for t in tokens if t.i < left]
        # "..., although she would not elaborate": the reporter's aside, not the claim.
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONCESSIVE
                                       for c in tok.children):
            left = min(t.i for t in tok.subtree)
            if left > 0 and tok.doc[left - 1].text in (",", ";", "—", "–"):
                return [t for t in tokens if t.i < left - 1]
    return tokens


def _restrictive_relative(verb: Token) -> bool:
    """"the panel that ruled ...", "companies that are offering ...": a relative clause
    with no comma before it picks out its noun; it is part of the content, not a
    claim that ends it."""
    if verb.dep_ != "relcl":
        return False
    left = verb.left_edge
    return left.tag_ in ("WDT", "WP") and (left.i == 0 or left.doc[left.i - 1].text != ",")


# The relations inside a name: "Kim Jong Un", "the North's leader".
NAME_PARTS = frozenset({"compound", "flat", "nmod", "punct"})


def _closes_apposition(comma: Token) -> bool:
    """'accused the North's leader, Kim Jong Un, of ...': the comma ends an apposition,
    and what follows it is the verb's own."""
    return _apposition_closed_by(comma, NAME_PARTS) is not None


def _object_then_quote(verb: Token, exclude: set[int]) -> list[Token]:
    """'called the system “rigged”': a noun phrase right after the verb, then a short
    quote, read from the words. Empty when anything else (a verb, a comma) comes first."""
    doc, end = verb.doc, verb.sent.end
    i = verb.i + 1
    while i < end and i - verb.i <= 10 and doc[i].text not in QUOTE_CHARS:
        if doc[i].pos_ in ("VERB", "AUX") or doc[i].text in (",", ";", ":", "—"):
            return []
        i += 1
    if i >= end or doc[i].text not in QUOTE_CHARS or i == verb.i + 1 or not any(
            t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[verb.i + 1:i]):
        return []
    close = next((t.i for t in doc[i + 1:min(end, i + 12)] if t.text in QUOTE_CHARS), None)
    if close is None:
        return []
    return [t for t in doc[verb.i + 1:close + 1] if t.i not in exclude]


def _infinitive_after(tokens: list[Token], exclude: set[int]) -> list[Token]:
    """An infinitive right after an object that the parser hung elsewhere.

    "challenging studios to abandon an 'anti-union playbook'": the "to
    abandon" clause belongs to the challenge whatever the parse says.
    """
    if not tokens:
        return []
    doc = tokens[0].doc
    i = max(t.i for t in tokens) + 1
    if i < len(doc) and doc[i].lower_ == "not":
        i += 1
    if i + 1 >= len(doc) or doc[i].tag_ != "TO" or doc[i + 1].pos_ not in ("VERB", "AUX"):
        return []
    verb = doc[i + 1]
    have = {t.i for t in tokens}
    return [t for t in verb.subtree if t.i not in have and t.i not in exclude
            and t.i >= doc[i].i - 1]


def find_content(cue: Cue, speaker: Span | None, lexicon: Lexicon,
                 cue_tokens: set[int]) -> tuple[int, int] | None:
    """The content's character span as the parse gives it, or None.

    Quotes beside the cue with no parse link are matched later, from the
    quote side; this only reads the tree.
    """
    aside = as_aside(cue) if cue.frame in ("speech", "cognition") else None
    if aside is not None:
        # The aside sources the whole sentence around it, whatever the parse.
        return _char_span(aside.content, cue.token.doc)
    tokens = _content_tokens(cue, speaker, lexicon, cue_tokens)
    if not tokens:
        return None
    if cue.frame != "according":
        tokens = _one_side(_trailing_claims_cut(tokens, cue_tokens, cue.token), cue)
    if cue.frame != "position":
        tokens = _without_trailing_aside(tokens, lexicon if cue.frame == "object" else None)
    first = tokens[0] if tokens else None
    if first is not None and first.ent_type_ in ("DATE", "TIME") and cue.frame != "according":
        # "told them this weekend he would ...": a time that opens the content says when
        # it was said, unless it is a noun of the clause ("last Friday's talks were ...").
        ent = _entity_of(first)
        if ent.root.dep_ == "npadvmod" and ent.end <= tokens[-1].i:
            tokens = [t for t in tokens if t.i >= ent.end]
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if words and words[0].lower_ in QUESTION_MARKS and words[0].dep_ == "mark" \
            and not any(t.i == words[0].head.i for t in tokens[1:]
                        if t.dep_ in ("advcl", "conj")):
        # "asked whether the talks would resume": a question, no claim. Not "said if the
        # studios walk away, writers will strike": there "if" opens a condition inside it.
        return None
    if words and cue.frame in ("speech", "cognition") and _only_adverbial(words):
        if words[-1].i < cue.token.i:
            # "During his years in office, Mr. Obama said, the economy grew": the claim
            # is what the sentence goes on with after the attribution.
            tokens = _after_attribution(cue, speaker)
            if not tokens:
                return None
        elif words[0].lower_ in ADVERBIAL_OPENERS:
            return None  # "said when she resigned": when it was said, not what
    if len(words) == 1 and words[0].pos_ == "PRON":
        return None  # "which later declined it": a pronoun states nothing
    if len(words) <= 2 and words and words[-1].pos_ == "AUX":
        return None  # "as the union said it would": an elided clause states nothing
    return _char_span(tokens, cue.token.doc)


def _entity_of(tok: Token) -> Span:
    """The entity a token is part of, read from its IOB tags (doc.ents makes every span)."""
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _occasion(prep: Token, lexicon: Lexicon) -> bool:
    """A prepositional phrase that says when or where a speech act took place: "in an
    interview", "at a rally", "during the debate", "on Tuesday". Not "during grueling bids
    for office": that is part of what was said."""
    # "in an interview", "at a rally", and the day or hour: "on Tuesday", "at noon"
    # (not a span of time the act is about: "stay strong through the summer")
    return any(c.dep_ == "pobj" and (c.lemma_.lower() in lexicon.occasions or (
        prep.lower_ in ("on", "at", "during") and c.ent_type_ in ("DATE", "TIME", "EVENT")))
               for c in prep.children)


# What a comma sets off at the end of a content: "..., which forced her to leave",
# "..., a former governor", "..., implicitly putting his name on the line" (a participle
# only with an adverb of comment before it).
ASIDE_DEPS = frozenset({"relcl", "appos", "advcl"})


def _commenting_participle(verb: Token) -> bool:
    """", clearly raising the stakes": a participle the reporter opens with an adverb of
    comment says what the words did. A bare one (", allowing writers to ...") mostly goes
    on with what was said."""
    return verb.tag_ == "VBG" and any(c.dep_ == "advmod" and c.i < verb.i for c in verb.children)


def _without_trailing_aside(tokens: list[Token], lexicon: Lexicon | None) -> list[Token]:
    """Drop a relative clause or apposition set off by a comma at the end of a content,
    and, given the lexicon (for the object of a speech act), a closing phrase of occasion.

    "he expects Clinton to recover from pneumonia, which forced her to leave early":
    the clause after the comma is the reporter's background on the last noun, not
    part of what was said; "... as a 'crazy system' during a campaign stop": when it
    was said. Quoted words are never cut.
    """
    if lexicon is not None and tokens:
        last = tokens[-1].i
        occasion = next((k for k, t in enumerate(tokens)
                         if k > 2 and t.dep_ == "prep" and t.right_edge.i >= last - 1
                         and _occasion(t, lexicon)
                         and not any(u.text in QUOTE_CHARS for u in tokens[k:])), None)
        if occasion is not None:
            tokens = tokens[:occasion]
    while len(tokens) > 3:
        comma = next((k for k in range(len(tokens) - 2, 0, -1) if tokens[k].text == ","), None)
        if comma is None:
            break
        nxt = tokens[comma + 1]
        clause = nxt if nxt.dep_ in ASIDE_DEPS else nxt.head
        if clause.dep_ not in ASIDE_DEPS or clause.head.i >= nxt.i \
                or (clause.dep_ == "advcl" and not _commenting_participle(clause)) \
                or clause.left_edge.i != nxt.i or clause.right_edge.i < tokens[-1].i - 1 \
                or any(t.text in QUOTE_CHARS for t in tokens[comma:]):
            break
        tokens = tokens[:comma]
    return tokens


def _content_tokens(cue: Cue, speaker: Span | None, lexicon: Lexicon,
                    cue_tokens: set[int]) -> list[Token]:
    """The content's tokens as the parse gives them, by frame; empty when there are none."""
    tok, doc = cue.token, cue.token.doc
    exclude = {t.i for t in speaker} if speaker is not None else set()
    exclude.update(range(cue.token.i, cue.last.i + 1))
    lemma = tok.lemma_.lower()
    if cue.frame == "according":
        framed = _sentence_sourced(cue, speaker)
        if framed is not None:
            return framed
        head = tok.head
        if head.i == tok.i:
            return []
        pp = {t.i for t in tok.subtree}
        # Clip to the sentence: "according to" never reaches over a full stop.
        tokens = [t for t in head.subtree if t.sent == tok.sent and t.i not in exclude]
        # The clause stands on one side of the phrase: '"...," according to X.' or
        # 'According to X, ...'. Keep the side with more words.
        lo, hi = min(pp), max(pp)
        left = [t for t in tokens if t.i < lo]
        right = [t for t in tokens if t.i > hi]
        words = lambda ts: sum(1 for t in ts if not t.is_punct and not t.is_space)  # noqa: E731
        tokens = left if words(left) >= words(right) else right
        return _trailing_claims_cut(tokens, cue_tokens, tok)
    if cue.frame in ("speech", "cognition"):
        # A clause before the cue that is itself a report ("she said, but ..., Melanie
        # said yes") is not what this cue's speaker said.
        ccomps = [c for c in tok.children if c.dep_ == "ccomp"
                  and not (c.i < tok.i and c.lemma_.lower() in lexicon.speech
                           and _explicit_subject(c) is not None
                           and not any(t.text in QUOTE_CHARS for t in doc[c.left_edge.i:c.i]))]
        # "Claiming X, Trump told Fox that ...": with clauses on both sides, the one after
        # the cue is what was said.
        ccomps = [c for c in ccomps if c.i > tok.i] or ccomps
        if not ccomps:
            # "tweeted in the early hours that Machado was ...": a that-clause the parser
            # hung on the cue as an adverbial clause is its complement all the same.
            ccomps = [c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i
                      and c.left_edge.lower_ == "that"]
        if not ccomps:
            # "said in a statement that ...": the parser hangs the clause on the occasion.
            ccomps = [clause for p in tok.children if p.dep_ == "prep" and p.i > tok.i
                      for o in p.children if o.dep_ == "pobj"
                      and o.lemma_.lower() in lexicon.occasions
                      and (clause := _that_clause(o)) is not None][:1]
        if ccomps:
            return _subtree_tokens(_with_split_subject(ccomps, tok), exclude)
        before = _clause_before_final_attribution(cue, speaker)
        if before:
            return before
        if tok.dep_ == "advcl" and tok.head.i != tok.i and _as_clause(tok):
            # "..., as police have said.": the clause the "as" aside is hung on.
            own = {t.i for t in tok.subtree}
            return [t for t in tok.head.subtree if t.i not in own and t.sent == tok.sent]
        if tok.dep_ == "parataxis" and tok.head.i != tok.i:
            # "The deal, she said, is fair."
            own = {t.i for t in tok.subtree}
            return [t for t in tok.head.subtree if t.i not in own]
        if lemma in lexicon.xcomp_content:
            xs = [c for c in tok.children if c.dep_ == "xcomp"]
            objs = [c for c in tok.children if c.dep_ == "dobj" and c.i < min(
                (x.i for x in xs), default=0)]
            if xs:
                return _subtree_tokens(objs + xs + _coordinated(xs, tok), exclude)
        if lemma in lexicon.object_content and any(c.dep_ == "dobj" for c in tok.children):
            # "said the deal more than triples residuals": a clause the parser read as an
            # object and loose modifiers. Everything after the cue is the content.
            kids = [c for c in tok.children
                    if c.i > tok.i and c.dep_ not in ("punct", "cc", "conj")]
            # "told us ...": the first object of "tell" is whom it was told to.
            if lemma == "tell" and len(kids) > 1 and kids[0].dep_ in ("dobj", "dative"):
                kids = kids[1:]
            tokens = _subtree_tokens(kids, exclude)
            if sum(1 for t in tokens if not t.is_punct) >= 3:
                return _from_that_clause(tokens)
        if lemma in lexicon.phrase_content:
            # "is stressing the need to bolster ...", "promised lower taxes and jobs": a
            # noun phrase that carries a proposition of its own (three words or more).
            objects = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
            tokens = _subtree_tokens(objects, exclude)
            if sum(1 for t in tokens if not t.is_punct) >= 3:
                return tokens
        return []
    if cue.frame == "state":
        clause = _state_clause(tok, lexicon)
        return _subtree_tokens([clause], exclude) if clause is not None else []
    if cue.frame == "noun":
        clause = _that_clause(tok)
        return _subtree_tokens([clause], exclude) if clause is not None else []
    if cue.frame == "object" and cue.last.i != tok.i:
        return _rest_of_clause(cue, cue_tokens, exclude)  # "pointed to ...", "railed against ..."
    if cue.frame == "evidence":
        ccomps = [c for c in tok.children if c.dep_ == "ccomp"]
        if ccomps:
            return _subtree_tokens(ccomps, exclude)
        # "polls show Clinton ahead", "she showed no sign of backing down"; "found"
        # with an object reports evidence only from a source of it: "the audit found
        # no record", not "Sanders found ways to press his agenda".
        if any(c.dep_ == "dobj" for c in tok.children) and (
                lemma != "find" or (speaker is not None
                                    and speaker.root.lemma_.lower() in lexicon.evidence_sources)):
            return _rest_of_clause(cue, cue_tokens, exclude)
        return []
    if cue.frame == "object":
        # "echo her concerns, in large part": a phrase set off by a comma is the manner
        # or occasion of the act, not part of its object.
        kids = [c for c in tok.children if c.dep_ in OBJECT_DEPS and c.i > tok.i
                and not (c.dep_ == "prep" and ((doc[c.i - 1].text == ","
                                                and not _closes_apposition(doc[c.i - 1]))
                                               or _occasion(c, lexicon)))
                # "invoked the strike to defend its offer": an infinitive of purpose,
                # unless the verb takes one ("urged the studios to return").
                and not (c.dep_ in ("xcomp", "advcl") and c.left_edge.tag_ == "TO"
                         and lemma not in lexicon.object_infinitive)]
        nominal = [c for c in kids if c.dep_ in ("dobj", "attr", "oprd", "npadvmod", "dative")]
        # "called the offer 'an insult'" parsed as an apposition with no comma between.
        nominal += [a for c in nominal if c.dep_ == "dobj" for a in c.children
                    if a.dep_ == "appos" and not any(t.text == "," for t in doc[c.i:a.i])]
        if lemma in lexicon.needs_complement and len(nominal) < 2 and not any(
                c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as")
                for c in kids):
            # "called Trump a liar" has two objects; "called a meeting" one; "called the
            # system “rigged”" has a quoted predicate the parser hung anywhere.
            return _object_then_quote(tok, exclude)
        if not any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd") for c in kids):
            passive = _passive_object(tok, exclude) if lemma not in lexicon.needs_complement \
                else []
            if passive:
                return passive  # "the plan was criticized by the guild"
            if not any(c.i > tok.i for c in tok.children) and lemma not in lexicon.needs_complement:
                # The parser hung the object elsewhere ("praised X and blasted suggestions
                # that ..."): the words after the cue, to the end of the sentence.
                return [t for t in doc[tok.i + 1:tok.sent.end] if t.i not in exclude]
            return []
        tokens = _subtree_tokens(kids + _coordinated(kids, tok), exclude)
        if lemma in lexicon.object_infinitive:
            tokens += _infinitive_after(tokens, exclude)
        return tokens
    if cue.frame == "position":
        # A single verb ("rejected", "refused") needs an object; a phrase ending in a
        # preposition ("calling for", "pushed back against") has its object after it.
        objects = [c for c in tok.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
        if any(c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.not_positions
               for c in objects):
            return []  # "refused to comment": a refusal to speak, no position
        if cue.last.i == tok.i:
            # "rejected the offer", "wants to strike": the object is the position.
            if not objects:
                return _passive_object(tok, exclude)
            return _subtree_tokens(objects + _coordinated(objects, tok), exclude)
        return _rest_of_clause(cue, cue_tokens, exclude)
    return []


def _passive_object(verb: Token, exclude: set[int]) -> list[Token]:
    """"Clinton was endorsed by the Times": with an agent to hold it, the passive
    subject is what the position is about."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return _subtree_tokens(subjects, exclude)


def attribute(cues: list[Cue], lexicon: Lexicon) -> list[Attribution]:
    """Speaker and content for each cue, as far as the parse gives them."""
    speakers = [find_speaker(cue, lexicon) for cue in cues]
    # Cues that end another claim's content where they start a clause of their own:
    # only those that carry a claim of their own (a speaker and a content), and not
    # positions ("it wants ..." inside reported words is part of them).
    live = {cue.token.i for cue, speaker in zip(cues, speakers, strict=True)
            if cue.frame != "position" and speaker is not None
            and find_content(cue, speaker, lexicon, set()) is not None}
    return [Attribution(cue, speaker, find_content(cue, speaker, lexicon, live))
            for cue, speaker in zip(cues, speakers, strict=True)]
