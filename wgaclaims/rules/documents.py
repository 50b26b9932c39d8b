"""Documents an article reproduces whole: a letter, release or email after a lead-in.

"Read the message to members below." or a salutation ("Dear WGA Members,")
opens a block whose sentences are the document's author speaking. The
author is whoever the article says sent that document ("The guild sent a
message to members ..."), found by the document's noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .cues import candidates
from .drafts import Draft
from .frames import Cue
from .lexicon import Lexicon
from .speakers import governing_verb, speaker_span, subject_head
from .syntax import QUOTE_CHARS
from .words import words


def _alternatives(key: str) -> str:
    """A [documents] word list as a regex alternation, longest first."""
    listed = sorted(words("documents", key), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in listed)


_SALUTATION = re.compile(rf"\s*({_alternatives('salutations')})\s+[^\n]{{1,80}}?[,:]?\s*",
                         re.IGNORECASE)
_SIGN_OFF = re.compile(rf"\s*({_alternatives('sign_offs')})\b[^\n]{{0,40}}", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s*([#*_=~-]\s*){3,}")
_LEAD_IN_END = re.compile(rf"({_alternatives('lead_in_ends')})\s*[.:]?\s*$|:\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    lead_in: Span | None  # the sentence that announces the document
    noun: str | None      # the document's noun ("message"), when the lead-in names one


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _is_clause(tokens: Span) -> bool:
    """A sentence with a finite verb, or an imperative; not a fragment like "More to come"."""
    return any(t.tag_ in FINITE_TAGS or (t.dep_ == "ROOT" and t.tag_ == "VB" and not any(
        c.tag_ == "TO" for c in t.children)) for t in tokens)


def _document_noun(sent: Span, lexicon: Lexicon) -> str | None:
    """The document a lead-in announces: a document noun its main verb governs ("Read
    the message below", "The full statement is below:"). Not one inside a phrase of
    another verb: "Sign up by entering your email and clicking the button:" announces
    no email."""
    for tok in sent:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon.documents:
            verb = governing_verb(tok)
            if verb.dep_ == "ROOT" or verb.i == tok.i:
                return tok.lemma_.lower()
    return None


def _last_sentence(doc: Doc, start: int, end: int) -> Span | None:
    """The paragraph's last sentence, clipped to the paragraph.

    The parser sometimes runs a sentence over a paragraph break ("... true.
    UPDATE:"); only the part inside the paragraph speaks for it.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    last = list(span.sents)[-1]  # type: ignore[attr-defined]
    return doc.char_span(max(last.start_char, start), min(last.end_char, end),
                         alignment_mode="expand")


def clipped_sentences(span: Span, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of `span` as (start, end) offsets, clipped to start..end and stripped.

    A parser sentence may run over a paragraph break ("... true.\n\nUPDATE:");
    only the part inside the paragraph belongs to it. Empty pieces are left out.
    """
    pieces = []
    for sent in span.sents:  # type: ignore[attr-defined]
        lo, hi = max(sent.start_char, start), min(sent.end_char, end)
        raw = text[lo:hi]
        lo += len(raw) - len(raw.lstrip())
        hi -= len(raw) - len(raw.rstrip())
        if hi > lo:
            pieces.append((lo, hi))
    return pieces


# Where a document opens: the index of its first paragraph, the lead-in sentence and
# the document's noun.
_Opening = tuple[int, Span | None, str | None]


def _after_salutation(doc: Doc, lexicon: Lexicon, text: str, paras: list[tuple[int, int]],
                      n: int) -> _Opening:
    """A document opened by the salutation paragraph n ("Dear WGA Members,"); the
    paragraph before is its lead-in when it ends like one ("... below.")."""
    if n == 0:
        return n + 1, None, None
    lead_in = _last_sentence(doc, *paras[n - 1])
    if lead_in is None or not _LEAD_IN_END.search(text[slice(*paras[n - 1])]):
        return n + 1, None, None
    return n + 1, lead_in, _document_noun(lead_in, lexicon)


def _after_lead_in(doc: Doc, lexicon: Lexicon, text: str, paras: list[tuple[int, int]],
                   n: int) -> _Opening | None:
    """A document announced by paragraph n ("Read the message to members below."),
    opening after it (and after a salutation, if one follows); None when the
    paragraph announces no document."""
    p_start, p_end = paras[n]
    last = _last_sentence(doc, p_start, p_end)
    noun = _document_noun(last, lexicon) if last is not None else None
    opens_quote = text[slice(*paras[n + 1])].lstrip()[:1] in QUOTE_CHARS
    # 'how the website rated this statement by Trump:' and a quoted paragraph: a
    # quote, read as one (and its speaker) by the quote rules, not a whole document.
    if not noun or last is None or last.start_char < p_start - 1 or opens_quote:
        return None
    begin = n + 1
    if _SALUTATION.fullmatch(text[slice(*paras[begin])]):
        begin += 1
    return begin, last, noun


def _opening(doc: Doc, lexicon: Lexicon, text: str, paras: list[tuple[int, int]],
             n: int) -> _Opening | None:
    """The document that paragraph n opens or announces, if any."""
    if n + 1 >= len(paras):
        return None
    if _SALUTATION.fullmatch(text[slice(*paras[n])]):
        return _after_salutation(doc, lexicon, text, paras, n)
    if _LEAD_IN_END.search(text[slice(*paras[n])]):
        return _after_lead_in(doc, lexicon, text, paras, n)
    return None


def _block_end(text: str, paras: list[tuple[int, int]], begin: int) -> int:
    """The index of the paragraph after the document's last: its sign-off or a separator."""
    end = begin
    while end < len(paras) and not _SIGN_OFF.fullmatch(text[slice(*paras[end])]) \
            and not _SEPARATOR.fullmatch(text[slice(*paras[end])]):
        end += 1
    return end


def find_blocks(doc: Doc, lexicon: Lexicon, text: str,
                paras: list[tuple[int, int]]) -> list[Block]:
    """Reproduced documents: from a lead-in or salutation to a sign-off or the end.

    `text` is doc.text and `paras` its paragraphs, computed once by the caller.
    """
    blocks: list[Block] = []
    n = 0
    while n < len(paras):
        opening = _opening(doc, lexicon, text, paras, n)
        if opening is None or opening[0] >= len(paras):
            n += 1
            continue
        begin, lead_in, noun = opening
        end = _block_end(text, paras, begin)
        blocks.append(Block(paras[begin][0], paras[end - 1][1], lead_in, noun))
        n = end
    return blocks


@dataclass(frozen=True)
class Introduction:
    """'The guild sent a message to members': a document, its sender and the sending verb."""

    pos: int          # where the document's noun stands
    noun: str         # its lemma: "message"
    sender: Span      # "The guild"
    cue: tuple[int, int]  # "sent a message"


def introductions(doc: Doc, lexicon: Lexicon) -> list[Introduction]:
    """Every document noun whose governing verb has a subject other than the noun itself.

    One pass over the document; "the email stated" (the noun is the subject)
    introduces nothing.
    """
    found: list[Introduction] = []
    for tok in candidates(doc, lexicon.documents):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lexicon.documents:
            continue
        verb = governing_verb(tok)
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subj = subject_head(verb)
        if subj is None or subj.left_edge.i <= tok.i <= subj.right_edge.i:
            continue
        cue = Cue(verb, verb.idx, verb.idx + len(verb), "speech", verb)
        start, end = sorted((verb.idx, tok.idx + len(tok)))
        found.append(Introduction(tok.idx, tok.lemma_.lower(), speaker_span(subj, cue),
                                  (start, end)))
    return found


def _author(block: Block,
            intros: list[Introduction]) -> tuple[Span | None, tuple[int, int] | None]:
    """The block's speaker and cue: whoever the article last said sent a document of
    the lead-in's kind, with the sending verb; else no speaker, the lead-in as cue."""
    intro = next((i for i in reversed(intros) if i.pos < block.start
                  and block.noun is not None and i.noun == block.noun), None)
    if intro is not None:
        return intro.sender, intro.cue
    if block.lead_in is not None:
        return None, (block.lead_in.start_char, block.lead_in.end_char)
    return None, None


def _is_statement(doc: Doc, text: str, lo: int, hi: int) -> bool:
    """A sentence of a document that states something: no question, fragment or salutation."""
    piece = doc.char_span(lo, hi, alignment_mode="expand")
    return piece is not None and not text[lo:hi].endswith("?") and _is_clause(piece) \
        and not _SALUTATION.fullmatch(text[lo:hi])


def statement_drafts(doc: Doc, blocks: list[Block], intros: list[Introduction], text: str,
                     paras: list[tuple[int, int]]) -> list[Draft]:
    """One statement draft per sentence of each block: no questions, no fragments.

    The block speaks for whoever the article last said sent a document of
    the lead-in's kind ("The guild sent a message ..." for "Read the message").
    """
    drafts: list[Draft] = []
    for block in blocks:
        speaker, cue = _author(block, intros)
        for p_start, p_end in paras:
            if p_start < block.start or p_end > block.end:
                continue
            span = doc.char_span(p_start, p_end, alignment_mode="expand")
            if span is None:
                continue
            for lo, hi in clipped_sentences(span, text, p_start, p_end):
                if _is_statement(doc, text, lo, hi):
                    drafts.append(Draft("statement", lo, hi, lo, speaker=speaker, cue=cue))
    return drafts
