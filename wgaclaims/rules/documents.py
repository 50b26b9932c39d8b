"""Documents an article reproduces whole: a letter, release or email after a lead-in.

"Read the message to members below." or a salutation ("Dear WGA Members,")
opens a block whose sentences are the document's author speaking. The
author is whoever the article says sent that document ("The guild sent a
message to members ..."), found by the document's noun.

The block ends at the document's sign-off ("In solidarity,"), at the first
paragraph the article speaks again in its own voice, with a speaker of its own
("Drescher said ...") or about the document ("The statement came hours after
..."), or at the article's end; what follows is read by the other rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..input.sources import HEADER_KEYS
from .cues import candidates, find_cues
from .drafts import Draft
from .frames import Cue
from .lexicon import Lexicon
from .quotes import find_quotes
from .speakers import find_speaker, governing_verb, speaker_span, subject_head
from .syntax import FINITE_TAGS, QUOTE_CHARS
from .words import words


def _alternatives(key: str) -> str:
    """A [documents] word list as a regex alternation, longest first."""
    listed = sorted(words("documents", key), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in listed)


_SALUTATION = re.compile(rf"\s*({_alternatives('salutations')})\s+[^\n]{{1,80}}?[,:]?\s*",
                         re.IGNORECASE)
_SIGN_OFF = re.compile(rf"\s*({_alternatives('sign_offs')})\b[^\n]{{0,40}}", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s*([#*_=~-]\s*){3,}")
# A header line of another article in a file of joined articles ("source: https://...").
_HEADER_LINE = re.compile(r"[ \t]*([A-Za-z][\w-]*)[ \t]*:[ \t]*\S[^\n]*")
_LEAD_IN_END = re.compile(rf"({_alternatives('lead_in_ends')})\s*[.:]?\s*$|:\s*$", re.IGNORECASE)
ANNOUNCING_PRONOUNS = words("documents", "announcing_pronouns")
ANNOUNCING_VERBS = words("documents", "announcing_verbs")  # lemmas
VOICE = words("documents", "voice")
POINTING = words("documents", "pointing")
# Frames of the cues that credit a source in the article's own voice: "Drescher said",
# "the AMPTP believes", "according to the guild".
SPEAKING_FRAMES = frozenset({"speech", "cognition", "according"})


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    lead_in: Span | None  # the sentence that announces the document
    noun: str | None      # the document's noun ("message"), when the lead-in names one
    greeted: bool = False  # a salutation ("Dear Members,") opens it: a letter


TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # past and present: what has been said


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


def _announcing_pronoun(sent: Span) -> Token | None:
    """'Read it in full below.', 'Here it is:': a pronoun governed by the main verb, one
    of showing or reading; not "gave it a try, tweeting the following:"."""
    for tok in sent:
        verb = governing_verb(tok)
        if tok.lower_ in ANNOUNCING_PRONOUNS and tok.tag_ == "PRP" and verb.dep_ == "ROOT" \
                and verb.lemma_.lower() in ANNOUNCING_VERBS:
            return tok
    return None


def _same_number(a: Token, b: Token) -> bool:
    """Whether two words agree in number, where the parse says ("it" and "letter")."""
    na, nb = a.morph.get("Number", []), b.morph.get("Number", [])
    return not na or not nb or na == nb


def _announced_noun(doc: Doc, sent: Span, lexicon: Lexicon, since: int) -> str | None:
    """The document a lead-in announces, by its noun or by a pronoun for a document named
    since `since` ("The guild sent a letter to members. Read it in full below."). A
    pronoun with no document before it announces nothing ("Read more about it below")."""
    noun = _document_noun(sent, lexicon)
    pronoun = _announcing_pronoun(sent) if noun is None else None
    if pronoun is None:
        return noun
    for i in range(sent.start - 1, -1, -1):
        tok = doc[i]
        if tok.idx < since:
            break
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon.documents \
                and _same_number(tok, pronoun):
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
    since = paras[max(n - 2, 0)][0]
    return n + 1, lead_in, _announced_noun(doc, lead_in, lexicon, since)


def _after_lead_in(doc: Doc, lexicon: Lexicon, text: str, paras: list[tuple[int, int]],
                   n: int) -> _Opening | None:
    """A document announced by paragraph n ("Read the message to members below."),
    opening after it (and after a salutation, if one follows); None when the
    paragraph announces no document."""
    p_start, p_end = paras[n]
    last = _last_sentence(doc, p_start, p_end)
    since = paras[max(n - 1, 0)][0]
    noun = _announced_noun(doc, last, lexicon, since) if last is not None else None
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


def _is_header(para: str) -> bool:
    """A paragraph of `key: value` header lines: the next article of a joined file."""
    return all((m := _HEADER_LINE.fullmatch(line)) is not None
               and m.group(1).lower() in HEADER_KEYS for line in para.strip().splitlines())


def _in_own_voice(tokens: Span, quoted: list[tuple[int, int]]) -> bool:
    """Whether the paragraph speaks as its author ("we", "our", "you") outside quotes."""
    return any(t.tag_ in ("PRP", "PRP$") and t.lower_ in VOICE and not _inside(t.idx, quoted)
               for t in tokens)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in spans)


def _reported(cue: Cue) -> bool:
    """A cue the source has performed: a verb in the past or present ("said", "has told",
    "says") or "according to"; not one the document plans or allows ("will ask members
    to ...", "are empowered to call a strike")."""
    tok = cue.token
    return cue.frame == "according" or tok.tag_ in TENSED_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in TENSED_TAGS for c in tok.children)


def _has_own_speaker(tokens: Span, lexicon: Lexicon, quoted: list[tuple[int, int]]) -> bool:
    """An attribution outside quotes: a speech cue with a speaker ("Drescher said",
    "according to the guild"), or a quote credited to someone ("“...,” she told reporters")."""
    for cue in find_cues(tokens, lexicon):
        if cue.frame in SPEAKING_FRAMES and not _inside(cue.start, quoted) and _reported(cue) \
                and find_speaker(cue, lexicon) is not None:
            return True
    return False


def _points_at_document(tokens: Span, lexicon: Lexicon, noun: str | None,
                        quoted: list[tuple[int, int]]) -> bool:
    """Narration about the document: its noun, pointed at, as a subject ("The statement
    came hours after ...", "The letter was signed by ..."). Any document noun when the
    lead-in named none."""
    for tok in tokens:
        lemma = tok.lemma_.lower()
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" \
                and (lemma == noun if noun else lemma in lexicon.documents) \
                and not _inside(tok.idx, quoted) \
                and any(c.lower_ in POINTING or c.dep_ == "poss" for c in tok.children):
            return True
    return False


def _ends_document(doc: Doc, lexicon: Lexicon, text: str, para: tuple[int, int],
                   noun: str | None) -> bool:
    """Whether paragraph `para` is past the document's end: its sign-off, a separator,
    the header of the next article in a file of joined articles, or a paragraph in the
    article's voice, not the document's, that has a speaker of its own or is narration
    about the document.

    A letter reports others too ("the committee recommended that ..."), but in its
    own voice ("With our contract set to expire, ..."); the article does so in the
    third person.
    """
    written = text[slice(*para)]
    if _SIGN_OFF.fullmatch(written) or _SEPARATOR.fullmatch(written) or _is_header(written):
        return True
    tokens = doc.char_span(*para, alignment_mode="expand")
    if tokens is None:
        return False
    quoted = [(para[0] + q.start, para[0] + q.end) for q in find_quotes(written)]
    if _in_own_voice(tokens, quoted):
        return False
    return _has_own_speaker(tokens, lexicon, quoted) \
        or _points_at_document(tokens, lexicon, noun, quoted)


def _block_end(doc: Doc, lexicon: Lexicon, text: str, paras: list[tuple[int, int]],
               begin: int, noun: str | None) -> int:
    """The index of the paragraph after the document's last: the first that ends it
    (see _ends_document), or the article's end."""
    end = begin
    while end < len(paras) and not _ends_document(doc, lexicon, text, paras[end], noun):
        end += 1
    return end


def find_blocks(doc: Doc, lexicon: Lexicon, text: str,
                paras: list[tuple[int, int]]) -> list[Block]:
    """Reproduced documents: from a lead-in or salutation to where the document ends.

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
        end = _block_end(doc, lexicon, text, paras, begin, noun)
        if end > begin:
            greeted = _SALUTATION.fullmatch(text[slice(*paras[begin - 1])]) is not None
            blocks.append(Block(paras[begin][0], paras[end - 1][1], lead_in, noun, greeted))
        n = max(end, n + 1)
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
        if speaker is None and block.lead_in is not None and not block.greeted:
            # "Read the latest updates below:" names no sender and opens no letter: the
            # article's own pages, no one's words.
            continue
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
