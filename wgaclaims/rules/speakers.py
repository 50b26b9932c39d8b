"""Who makes a claim: the subject of the cue verb, found by following the parse.

Conjoined verbs share a subject, participles take the subject of the clause
they modify, "according to" names its source, a noun cue its owner; the
speaker's words are the head's phrase without the clauses hung on it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from spacy.tokens import Span, Token

from .asides import as_aside
from .cues import state_verb
from .frames import Cue
from .lexicon import Lexicon
from .speaker_names import speaker_span
from .syntax import SUBJECT_DEPS, explicit_subject, passive_subject, that_clause
from .words import words

# [speakers] in data/words.toml says what each list is for.
CONTROL_PREPS = words("speakers", "control_preps")
OWN_ACT_PREPS = words("speakers", "own_act_preps")
IMPERSONAL = words("speakers", "impersonal")
OBJECT_CONTROL = words("speakers", "object_control")
SAME_SPEAKER = words("speakers", "same_speaker")
INDEFINITE = words("classify", "indefinite")  # "issued a statement": first told of here


def _noun_source(noun: Token) -> Token | None:
    """Whose claim a noun cue reports: "Trump's claim", "warnings from economists"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return child
    clause = that_clause(noun) or noun
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from") and child.i < clause.i:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    for child in noun.children:  # "a New York Times report that ...", "the WGA statement"
        if child.dep_ == "compound" and child.ent_type_ in ("ORG", "PERSON", "NORP", "GPE"):
            return child
    return None


def governing_verb(tok: Token) -> Token:
    """The nearest verb above tok in the parse, or the sentence root when there is none."""
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


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
    asserting ..."). Climbs from verb to verb until one has a subject or no
    rule in `_CLIMBS` applies, then falls back on `_subject_left_unparsed`.
    """
    seen: set[int] = set()
    tok = verb
    while tok.i not in seen:
        seen.add(tok.i)
        subject = _own_subject(tok, verb)
        if subject is not None:
            return subject
        step = _climb(tok, verb, lexicon)
        if step.subject is not None:
            return step.subject
        verb = step.cue
        if step.next is None:
            break
        tok = step.next
    return _subject_left_unparsed(verb, lexicon)


class _Step(NamedTuple):
    """One step up the tree from a verb with no subject of its own: the subject found,
    or else the verb to read next (None: stop). `cue` is the verb that stands for the
    cue from then on, in the fallbacks too: the cue itself, or the verb a control
    preposition hangs on ("apologized for saying")."""

    subject: Token | None
    cue: Token
    next: Token | None


def _own_subject(tok: Token, verb: Token) -> Token | None:
    """The subject written on tok: its own, or the passive subject of the clause a
    participle of the cue modifies."""
    subject = explicit_subject(tok)
    if tok.i != verb.i and _participial_adjunct(verb, tok):
        # "After saying her foot was swollen, she was whisked off": the clause's
        # surface subject did the saying, passive or not (never its agent).
        if not any(c.dep_ in SUBJECT_DEPS for c in tok.children):
            subject = passive_subject(tok)
    return subject


def _climb(tok: Token, verb: Token, lexicon: Lexicon | None) -> _Step:
    """The first climbing rule that applies to tok, or a stop."""
    for rule in _CLIMBS:
        step = rule(tok, verb, lexicon)
        if step is not None:
            return step
    return _Step(None, verb, None)


def _participle_on_noun(tok: Token, verb: Token, lexicon: Lexicon | None) -> _Step | None:
    """"an email announcing ...", "the union leader saying ...": a participle on a noun
    that can speak has that noun for its subject; otherwise the clause's verb does."""
    if tok.dep_ != "acl" or tok.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if _can_speak(tok.head, lexicon):
        return _Step(_sender(tok.head, lexicon) or tok.head, verb, None)
    # "sent an email to its members challenging ...": the members do not speak.
    return _Step(None, verb, governing_verb(tok))


def _sender(document: Token, lexicon: Lexicon | None) -> Token | None:
    """"The council issued a statement calling ...": a document put out in the same
    clause ("a", "an": first told of here) says what its sender says, and the
    sender is the speaker. "The statement calling ..." alone is its own source."""
    if lexicon is None or document.lemma_.lower() not in lexicon.documents \
            or document.dep_ != "dobj" \
            or not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in document.children):
        return None
    sender = explicit_subject(document.head)
    return sender if sender is not None and sender.pos_ in ("NOUN", "PROPN", "PRON") else None


def _reduced_relative(tok: Token, verb: Token, lexicon: Lexicon | None) -> _Step | None:
    """"the AMPTP statement last week asserting ...": a participle right after a noun
    (no comma between) has that noun for its subject."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "acl", "dep", "conj", "xcomp"):
        return None
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    if before is None or before.is_punct:
        return None
    noun = _reduced_relative_head(tok)
    if noun is not None and tok.dep_ == "xcomp" and not _depicted(noun, lexicon):
        return None  # "spent the day telling ...": the day tells nothing
    return _Step(noun, verb, None) if noun is not None else None


def _depicted(noun: Token, lexicon: Lexicon | None) -> bool:
    """"uses footage of the governor asking, ...": someone shown in a recording, the
    object of "of", is the one the participle after them has speaking."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and _can_speak(noun, lexicon)


def _conjunct_of_report(tok: Token, verb: Token, lexicon: Lexicon | None) -> _Step | None:
    """"The guild said it was opposed to the plan and warned the studios to ...": a cue
    the parser joined to the reported clause, whose subject is "he", "she" or "it"
    standing for the one who said it, is that speaker's next act. Not "they", which
    often stands for others ("he said they had met and agreed ...")."""
    if lexicon is None or tok.i != verb.i or tok.dep_ != "conj" or tok.head.dep_ != "ccomp":
        return None
    clause = tok.head
    pronoun = explicit_subject(clause)
    if pronoun is None or pronoun.lower_ not in SAME_SPEAKER \
            or clause.head.lemma_.lower() not in lexicon.speech:
        return None
    speaker = explicit_subject(clause.head)
    if speaker is None or speaker.pos_ == "PRON" or speaker.tag_ in ("NNS", "NNPS"):
        return None
    return _Step(speaker, verb, None)


def _head_clause(tok: Token, verb: Token, lexicon: Lexicon | None) -> _Step | None:
    """A conjoined, controlled or adverbial verb shares the subject of the verb it hangs
    on ("didn't disclose the terms but said ...")."""
    if tok.dep_ not in ("conj", "xcomp", "advcl", "dep") or tok.head.i == tok.i:
        return None
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in OBJECT_CONTROL:
        # "forced Smith to admit that ...": the object does the saying.
        obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
        if obj is not None:
            return _Step(obj, verb, None)
    # "who are drawn to his message and feel that ...", "was asked to say": the
    # passive subject of the first verb is the subject of the second.
    if tok.dep_ in ("conj", "xcomp") and explicit_subject(tok.head) is None \
            and (passive := passive_subject(tok.head)) is not None:
        return _Step(passive, verb, None)
    return _Step(None, verb, tok.head)


def _purpose_on_object(tok: Token, verb: Token, lexicon: Lexicon | None) -> _Step | None:
    """"invoked the 1988 strike to argue that ...": an infinitive of purpose the
    parser hung on the object; whoever invoked it argues."""
    if tok.dep_ == "relcl" and tok.head.dep_ == "dobj" \
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        return _Step(None, verb, tok.head.head)
    return None


def _preposition_of(tok: Token, preps: frozenset[str]) -> bool:
    """Whether tok is an -ing clause after one of preps, on a verb."""
    return (tok.dep_ == "pcomp" and tok.head.lower_ in preps
            and tok.head.head.pos_ in ("VERB", "AUX"))


def _own_act(tok: Token, verb: Token, lexicon: Lexicon | None) -> _Step | None:
    """"responded by saying ...", "after insisting ...": the subject of the verb the
    preposition hangs on did it."""
    return _Step(None, verb, tok.head.head) if _preposition_of(tok, OWN_ACT_PREPS) else None


def _controlled_act(tok: Token, verb: Token, lexicon: Lexicon | None) -> _Step | None:
    """"criticized the senator for saying ...", "accused him of calling ...": the
    object said it; "was criticized for saying ...": the passive subject did;
    "apologized for saying ...": the subject. ("stopped short of calling": no one.)"""
    if not _preposition_of(tok, CONTROL_PREPS):
        return None
    governor = tok.head.head
    said_by = next((c for c in governor.children if c.dep_ in ("dobj", "nsubjpass")
                    and c.i < tok.i), None)
    if said_by is not None:
        return _Step(said_by, governor, None)
    return _Step(None, governor, governor if tok.head.lower_ == "for" else None)


def _with_absolute(tok: Token, verb: Token, lexicon: Lexicon | None) -> _Step | None:
    """"talks were suspended, with the AMPTP asserting that ...": a participle right after
    a "with" phrase on the same verb has that phrase's noun for its subject. Not
    "... may not align with the process, adding: ...": a comma ends the phrase."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "acl", "dep", "conj"):
        return None
    doc = tok.doc
    for w in reversed(doc[tok.sent.start:tok.i]):
        if w.lower_ == "with" and w.dep_ == "prep":
            noun = next((c for c in w.children if c.dep_ == "pobj"), None)
            last = max(t.i for t in w.subtree)
            between = doc[last + 1:tok.i]
            if noun is not None and all(t.is_punct and t.text != "," for t in between) \
                    and tok.head.i in (w.head.i, noun.i):
                return _Step(noun, verb, None)
            return None
    return None


_CLIMBS: tuple[Callable[[Token, Token, Lexicon | None], _Step | None], ...] = (
    _with_absolute, _participle_on_noun, _reduced_relative, _conjunct_of_report, _head_clause,
    _purpose_on_object, _own_act, _controlled_act)


def _subject_left_unparsed(verb: Token, lexicon: Lexicon | None) -> Token | None:
    """A subject for a cue the climb found none for: the noun a relative fragment hangs
    on, or the nearest subject before a finite cue."""
    if verb.dep_ == "relcl" and verb.tag_ in ("VBD", "VBZ") and _can_speak(verb.head, lexicon) \
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return verb.head  # "Paul D. Ryan, the Speaker, on Tuesday called ...": a fragment
    # A finite cue the parser left without a subject: the nearest subject before it.
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        for tok in reversed(verb.doc[verb.sent.start:verb.i]):
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") \
                    and tok.head.dep_ not in ("relcl", "acl"):  # not a relative clause's
                return tok
        return _name_in_opening_phrase(verb)
    return None


def _name_in_opening_phrase(verb: Token) -> Token | None:
    """"In her statement, Jones, whose credits include ..., writes that ...": the parser
    may take the subject for an apposition of the opening phrase's noun."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.i < verb.i:
            for tok in prep.subtree:
                if tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.head.dep_ == "pobj" \
                        and tok.head.head.i == prep.i:
                    return tok
    return None


def _participial_adjunct(verb: Token, main: Token) -> bool:
    """Whether verb is a participle ("saying", "after insisting") that modifies main's clause."""
    if verb.tag_ != "VBG":
        return False
    if verb.dep_ == "advcl":  # one that opens the sentence: a trailing one may hang anywhere
        return verb.head.i == main.i and verb.i < main.i
    return verb.dep_ == "pcomp" and verb.head.lower_ in OWN_ACT_PREPS and verb.head.head.i == main.i


def find_speaker(cue: Cue, lexicon: Lexicon | None = None) -> Span | None:
    """The speaker's words for a cue, by its frame: the object of "according to", the
    speaker of an "as" aside, the holder of a state, a noun cue's source, or the subject
    of the cue verb."""
    if cue.frame == "according":
        return _according_source(cue)
    aside = as_aside(cue)
    if aside is not None:
        return speaker_span(aside.speaker.root, cue)
    if cue.frame == "state":
        return _state_holder(cue, lexicon)
    tok = cue.token
    # A noun cue ("Trump's claim that ...", "the WGA's demands include ...") is its source's.
    head = _noun_source(tok) if cue.frame == "noun" or tok.pos_ == "NOUN" \
        else subject_head(tok, lexicon)
    return speaker_span(head, cue) if head is not None else None


def _according_source(cue: Cue) -> Span | None:
    """"according to the WGA": the phrase's object, or the noun right after it."""
    to, doc = cue.last, cue.token.doc
    for child in to.children:
        if child.dep_ == "pobj":
            return speaker_span(child, cue)
    nxt = to.i + 1
    if nxt < len(doc) and doc[nxt].pos_ in ("NOUN", "PROPN", "DET", "PRON"):
        return speaker_span(doc[nxt].head if doc[nxt].dep_ == "det" else doc[nxt], cue)
    return None


def _state_holder(cue: Cue, lexicon: Lexicon | None) -> Span | None:
    """Whose belief or feeling a state cue reports: "Bass is confident that ..."."""
    verb = state_verb(cue.token, lexicon) if lexicon is not None else None
    if verb is None:
        return None
    holder = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if holder is None and verb.dep_ in ("conj", "xcomp"):
        # "... continued to express doubts and made clear that ...": the first verb's
        # subject holds the state.
        holder = subject_head(verb, lexicon)
    if holder is None or holder.lower_ in IMPERSONAL:
        return None  # "it is clear that ...": nobody's belief
    return speaker_span(holder, cue)
