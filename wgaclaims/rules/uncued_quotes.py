"""Drafts from quotes no cue claimed: follow-on quotes and quotes signed with a dash.

A follow-on quote with no cue takes the speaker of the claim just before it,
as news writing intends ('"X," she said. "And Y."'). A short quote with no
speaker (a scare quote, a title) is not a claim.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from .context import DocContext, title_cased, word_count
from .drafts import Draft
from .frames import Cue
from .quotes import Quote
from .ranges import Ranges
from .speaker_names import speaker_span

MIN_UNCUED_WORDS = 4  # fewer words in quotes with no cue is a scare quote or a title
# '" ― Christina Luis' to the end of the line: a dash, then a short name (any spaces
# but a line break, no-break spaces too).
_SIGNATURE = re.compile(
    r"[^\S\n]*([―—–]{1,2}|--)[^\S\n]*([A-Z][\w.'’-]*(?:[^\S\n]+[\w.'’-]+){0,5})[^\S\n]*$",
    re.MULTILINE)
_SENTENCE_END = re.compile(r"[.!?…][\"”’']?\s+")


def from_uncued_quotes(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """Follow-on quotes with no cue of their own take the last speaker before them."""
    out: list[Draft] = []
    found = _Found(drafts)
    for q in ctx.top:
        if ctx.in_block(q.start) or _mostly_taken(q, found):
            continue
        draft = _dash_signature(ctx, q) or _follow_on(ctx, q, found) \
            or _credited_state(ctx, q) or _headline_quote(ctx, q)
        if draft is not None:
            out.append(draft)
            found.add(draft)
    return out


class _Found:
    """The drafts so far, indexed by their spans and by their anchors (see ranges.py)."""

    def __init__(self, drafts: Iterable[Draft]) -> None:
        self.spans: Ranges[Draft] = Ranges()
        self.anchors: list[tuple[int, int, Draft]] = []  # (anchor, -order found, draft)
        for d in drafts:
            self.add(d)

    def add(self, d: Draft) -> None:
        self.spans.add(d.start, d.end, d)
        insort(self.anchors, (d.anchor, -len(self.anchors), d), key=lambda a: a[:2])

    def before(self, pos: int) -> Iterator[Draft]:
        """Drafts anchored before `pos`, the latest first (of one anchor, the first found)."""
        for at in range(bisect_left(self.anchors, pos, key=lambda a: a[0]) - 1, -1, -1):
            yield self.anchors[at][2]


def _mostly_taken(q: Quote, found: _Found) -> bool:
    """Whether claims already cover half of the quote's words or more."""
    start, end = q.content_start, q.content_end
    taken = sum(d.overlap(start, end) for _, _, d in found.spans.overlapping(start, end))
    return taken * 2 >= end - start


def _follow_on(ctx: DocContext, q: Quote, found: _Found) -> Draft | None:
    """The quote as a claim of the speaker of the claim before it, if it continues it."""
    previous = _previous_claim(ctx, q, found)
    if previous is None:
        return None
    whole = _whole_sentences(ctx, q)
    if (whole and _title_line(ctx, q)) or ctx.names_a_work(q):
        return None
    # '"X," she said, "and Y."': the second half of a split quote is all quoted words.
    resumed = _continues_after_attribution(ctx, q, previous)
    if not whole and not resumed and (
            word_count(ctx.text[q.content_start:q.content_end]) < MIN_UNCUED_WORDS
            or _has_own_subject(ctx, q)):
        return None
    return Draft("direct" if whole or resumed else "mixed", q.content_start,
                 q.content_end, q.start, inherits=previous, cue=previous.cue)


def _title_line(ctx: DocContext, q: Quote) -> bool:
    """'‘All Bets Are Off.’' alone on its line: a subheading set in quotes, not more of
    what the last speaker said. A paragraph that is only the quote, of a few words,
    every long word capitalised."""
    p_start, p_end = ctx.paras[ctx.paragraph_of(q.start)]
    if ctx.text[p_start:q.start].strip() or ctx.text[q.end:p_end].strip():
        return False
    return word_count(ctx.text[q.content_start:q.content_end]) > 1 \
        and title_cased(ctx.text[q.content_start:q.content_end], min_capitals=2)


# Verbs that credit a quoted predicate to their subject: "members were "guardedly
# optimistic"", "the union remains "deeply disappointed"".
_COPULAS = frozenset({"be", "remain", "seem", "feel", "sound", "appear"})


def _credited_state(ctx: DocContext, q: Quote) -> Draft | None:
    """'members of the guild were "guardedly optimistic"': a quote that is the whole
    predicate of a copula whose subject can speak is that subject's words (a scare quote
    credited to a group); 'the deal is "historic"' credits no one."""
    span = ctx.doc.char_span(q.content_start, q.content_end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    verb = root.head
    if root.dep_ not in ("acomp", "attr") or verb.lemma_.lower() not in _COPULAS \
            or verb.i in range(span.start, span.end):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not _can_be_credited(subject, ctx):
        return None
    cue = Cue(verb, verb.idx, verb.idx + len(verb), "state", verb)
    return Draft("direct", q.content_start, q.content_end, q.start,
                 speaker=speaker_span(subject, cue), cue=(cue.start, cue.end), frame="state")


def _can_be_credited(subject: Token, ctx: DocContext) -> bool:
    """A person, an organisation or a role ("members", "negotiators"): someone who can
    hold the words; not a pronoun, whose antecedent may be a thing."""
    lemma = subject.lemma_.lower()
    return subject.ent_type_ in ("PERSON", "ORG") or lemma in ctx.lexicon.roles \
        or (subject.pos_ == "PROPN" and subject.ent_type_ not in ("DATE", "TIME", "GPE"))


# Words that may follow a headline's quote when the quote is what its subject says:
# "Members 'Guardedly Optimistic' as Talks Resume".
_HEADLINE_LINKS = frozenset({"as", "after", "amid", "over", "while", "despite", "following",
                             "with", "in", "on", "for", "at", "before", "and"})
_HEADLINE_WORDS = 6


def _headline_quote(ctx: DocContext, q: Quote) -> Draft | None:
    """A headline that attributes a quote, "X: '...'" or "X '...'" ("WGA Members 'Guardedly
    Optimistic' as Talks Resume"): the quote is X's. A headline's quote after other
    words ("Hollywood's 'Barbenheimer' Summer") is a title or a scare quote, and no claim."""
    p_start, p_end = ctx.paras[ctx.paragraph_of(q.start)]
    if not ctx.in_headline(q.start):
        return None
    prefix = ctx.text[p_start:q.start].rstrip()
    named = prefix[:-1].rstrip() if prefix.endswith(":") else prefix
    if not 1 <= word_count(named) <= _HEADLINE_WORDS:
        return None
    after = ctx.text[q.end:p_end].split()
    if after and not prefix.endswith(":") and after[0].lower() not in _HEADLINE_LINKS:
        return None
    start = p_start + (len(ctx.text[p_start:q.start]) - len(ctx.text[p_start:q.start].lstrip()))
    speaker = ctx.doc.char_span(start, start + len(named.strip()), alignment_mode="expand")
    if speaker is None or not any(t.pos_ in ("PROPN", "NOUN") for t in speaker):
        return None
    return Draft("direct", q.content_start, q.content_end, q.start, speaker=speaker,
                 cue=None, frame="speech")


def _dash_signature(ctx: DocContext, q: Quote) -> Draft | None:
    """A quote signed with a dash and a name, as in epigraphs and pull quotes:
    '"He does not answer to anyone." ― Christina Luis'."""
    p_end = ctx.paras[ctx.paragraph_of(q.start)][1]
    m = _SIGNATURE.match(ctx.text, q.end, max(q.end, p_end))
    if m is None:
        return None
    name_end = m.start(2) + len(m.group(2).rstrip("."))  # "― Steve Quinlan."
    speaker = ctx.doc.char_span(m.start(2), name_end, alignment_mode="expand")
    if speaker is None:
        return None
    return Draft("direct", q.content_start, q.content_end, q.start, speaker=speaker,
                 cue=(m.start(1), m.end(1)), frame="speech")


def _whole_sentences(ctx: DocContext, q: Quote) -> bool:
    """True when the quote starts a sentence and ends one, but for punctuation.

    Read from the text, not the parser's sentences, which often run an
    attribution and the next quote together ('..." it continued. "Our ...').
    """
    p_start, p_end = ctx.paras[ctx.paragraph_of(q.start)]
    before = ctx.text[p_start:q.start]
    tail = _SENTENCE_END.split(before)[-1]
    after = ctx.text[q.end:max(p_end, q.end)]
    head = _SENTENCE_END.split(after)[0] if _SENTENCE_END.search(after) else after
    return word_count(tail) == 0 and word_count(head) == 0


def _continues_after_attribution(ctx: DocContext, q: Quote, previous: Draft) -> bool:
    """'"One of the reasons," Mr. Obama said, "is that ..."': the quote resumes right
    after the attribution, with only a comma, or a short object and a comma ('she told
    the studios, "..."'), between."""
    ends = [e for e in (previous.cue[1] if previous.cue else None,
                        previous.speaker.end_char if previous.speaker is not None else None)
            if e is not None and e <= q.start]
    if not ends:
        return False
    gap = ctx.text[max(ends):q.start].strip()
    return gap in (",", "", ":") or (gap.endswith(",") and word_count(gap) <= 4
                                     and not _SENTENCE_END.search(gap) and "\n" not in gap)


def _has_own_subject(ctx: DocContext, q: Quote) -> bool:
    """Whether the sentence around a partial quote names its own subject.

    'They also "did not indicate ..."' continues the last speaker's words;
    'The committee blasted suggestions that ... "good for the companies"'
    is a new sentence about someone else, not a continuation.
    """
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    root = span[0].sent.root
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass") and not (q.start <= child.idx < q.end):
            return child.pos_ != "PRON"
    return False


def _previous_claim(ctx: DocContext, q: Quote, found: _Found) -> Draft | None:
    """The latest claim before q in the same or the previous paragraph."""
    para = ctx.paragraph_of(q.start)
    for d in found.before(q.start):
        if para - ctx.paragraph_of(d.anchor) > 1:
            return None
        if not d.nested and d.type != "position":
            return d
    return None
