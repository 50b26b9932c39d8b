"""From cues and quotes to typed claims: direct, mixed, indirect, according_to, position.

The parse links most cues to their content; quotes then decide the type (a
content that is all quote is direct, one that quotes part of its words is
mixed). Quotes the parse left unlinked are matched from the quote side: a
quote beside a cue ('"...," she said'; 'said: "..."') takes that cue, and a
follow-on quote with no cue takes the speaker of the claim just before it,
as news writing intends. A short quote with no speaker (a scare quote, a
title) is not a claim.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from .attribution import (
    CONCESSIVE,
    QUOTE_CHARS,
    Attribution,
    attribute,
    attribution_bounds,
    closing_comma,
    find_cues,
)
from .drafts import Draft
from .lexicon import Lexicon
from .quotes import Quote

FIRST_SECOND_PERSON = frozenset({"i", "me", "we", "us", "you", "my", "our", "your"})
MIN_UNCUED_WORDS = 4  # fewer words in quotes with no cue is a scare quote or a title
_WORD = re.compile(r"\w+")
# '," she said' -- only punctuation and spaces between, in one paragraph.
_BETWEEN_BEFORE = re.compile(r"[^\S\n]*(?:[,.;:!?—–-][^\S\n]*)*")
# '" ― Christina Luis' to the end of the line: a dash, then a short name (any spaces
# but a line break, no-break spaces too).
_SIGNATURE = re.compile(
    r"[^\S\n]*([―—–]{1,2}|--)[^\S\n]*([A-Z][\w.'’-]*(?:[^\S\n]+[\w.'’-]+){0,5})[^\S\n]*$",
    re.MULTILINE)
_COLON_GAP = re.compile(r"[^\S\n]*:[^\S\n]*")
_CLOSING = re.compile(r"[.!?,…]{0,3}[\"”’']")
_SENTENCE_END = re.compile(r"[.!?…][\"”’']?\s+")
# Determiners of a generic, not a particular, source: "other guilds are pressing for".
# Punctuation that closes an utterance, inside the closing mark or right after it.
UTTERANCE_END = frozenset(".,!?;:…—–")
GENERIC = frozenset({"a", "an", "some", "many", "other", "several", "most", "few", "any"})


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _outside_quotes(text: str, start: int, end: int, quotes: list[Quote]) -> int:
    """Word characters of text[start:end] that lie outside every quote."""
    inside = [False] * (end - start)
    for q in quotes:
        for i in range(max(q.start, start), min(q.end, end)):
            inside[i - start] = True
    return sum(1 for i, ch in enumerate(text[start:end]) if ch.isalnum() and not inside[i])


class DraftBuilder:
    """Builds the drafts of one document; holds what the rules need to share."""

    def __init__(self, doc: Doc, text: str, paras: list[tuple[int, int]], quotes: list[Quote],
                 lexicon: Lexicon, blocks: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.text = text
        self.lexicon = lexicon
        self.top = [q for q in quotes if q.depth == 0]
        self.inner = [q for q in quotes if q.depth > 0]
        self.blocks = blocks
        self.paras = paras
        self.extra: list[Draft] = []  # second halves around a parenthetical attribution
        self._para_starts = [s for s, _ in self.paras]

    def paragraph_of(self, pos: int) -> int:
        return bisect_right(self._para_starts, pos) - 1

    def enclosing_quote(self, pos: int) -> Quote | None:
        for q in self.top:
            if q.content_start <= pos < q.content_end:
                return q
        return None

    def in_block(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.blocks)

    # -- cue side --------------------------------------------------------------------------

    def build(self) -> list[Draft]:
        cues = [c for c in find_cues(self.doc, self.lexicon) if not self.in_block(c.start)]
        attrs = [a for a in attribute(cues, self.lexicon) if a.speaker is not None]
        drafts = []
        for attr in attrs:
            draft = self.from_attribution(attr)
            if draft is not None:
                drafts.append(draft)
        drafts.extend(self.extra)
        drafts = self._drop_embedded(drafts)
        drafts.extend(self.from_uncued_quotes(drafts))
        return _dedupe(drafts)

    def from_attribution(self, attr: Attribution) -> Draft | None:
        cue, speaker = attr.cue, attr.speaker
        assert speaker is not None
        quote = self.enclosing_quote(cue.start)
        nested = quote is not None
        if nested and not self._may_nest(attr):
            return None
        content = self._within_paragraph(attr.content, cue.start)
        if content is None and cue.frame in ("speech", "cognition", "according"):
            adjacent = self._adjacent_quote(attr)
            if adjacent is not None:
                content = (adjacent.content_start, adjacent.content_end)
        if content is None or content[1] <= content[0]:
            return None
        content = self._with_quote_after_colon(content)
        kind, start, end = self._classify(cue.frame, content, nested)
        if end <= start:
            return None
        if kind == "position" and _generic(speaker):
            return None  # a position is held by a particular party
        if not nested and self._in_question(cue.token):
            return None  # "Do you support Trump?", "Did the guild say ...?": nothing claimed
        draft = Draft(kind, start, end, cue.start, speaker=speaker,
                      cue=(cue.start, cue.end), nested=nested, frame=cue.frame)
        self._rest_after_parenthetical(attr, draft)
        self._quote_before_attribution(attr, draft)
        return draft

    def _in_question(self, tok: Token) -> bool:
        """Whether tok's sentence is a question in the reporter's own words."""
        sent = tok.sent
        last = next((t for t in reversed(sent) if not (t.is_space or t.text in QUOTE_CHARS)),
                    None)
        return last is not None and last.text == "?" and self.enclosing_quote(last.idx) is None

    def _with_quote_after_colon(self, content: tuple[int, int]) -> tuple[int, int]:
        """'said she has the quality for the job: "Steadiness."': the quote the clause
        announces with a colon is part of what was said."""
        start, end = content
        gap = _COLON_GAP.match(self.text, end)
        if gap is None:
            return content
        quote = next((q for q in self.top if q.start == gap.end()), None)
        if quote is None or self.paragraph_of(quote.start) != self.paragraph_of(start):
            return content
        return start, quote.end

    def _quote_before_attribution(self, attr: Attribution, draft: Draft) -> None:
        """'"Now that I can speak," he told the host, "it was demoralizing."': both halves.

        When the cue's content is the quote after it, a quote that ends right
        before the speaker and cue is the first half of the same split quote.
        """
        if draft.nested or draft.type != "direct" or attr.cue.frame != "speech":
            return
        first = self._adjacent_quote(attr)
        if first is None or first.content_start >= draft.start:
            return
        self.extra.append(Draft("direct", first.content_start, first.content_end,
                                first.start, inherits=draft, cue=draft.cue))

    def _rest_after_parenthetical(self, attr: Attribution, draft: Draft) -> None:
        """"Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt.": both halves.

        An attribution set off by commas inside a sentence leaves the claim on
        both sides of it; the half after it is a second claim of the same
        speaker, as with a quote split around its attribution.
        """
        if draft.type == "position" or attr.speaker is None:
            return
        doc = self.doc
        sent = attr.cue.token.sent
        comma = closing_comma(attr.cue, attr.speaker)
        if comma is None:
            return
        first, last = attribution_bounds(attr.cue, attr.speaker)[0], comma - 1
        if draft.end > doc[first].idx:
            return  # the content is already after the attribution
        rest = [t for t in doc[last + 2:sent.end] if not t.is_space]
        for t in rest:  # "..., although it may take days to tell": the reporter's aside
            if t.text == "," and t.i + 1 < sent.end and doc[t.i + 1].lower_ in CONCESSIVE:
                rest = [u for u in rest if u.i < t.i]
                break
        while rest and rest[-1].is_punct:
            rest.pop()
        if not rest:
            return
        # "..., according to Bill McInturff, a Republican pollster who ...": words that hang
        # on the attribution describe its speaker; they are no second half of the claim.
        heads = {t.head.i for t in rest if t.head.i < rest[0].i or t.head.i > rest[-1].i}
        if heads and all(first <= h <= last for h in heads):
            return

        start, end = rest[0].idx, rest[-1].idx + len(rest[-1])
        before = self.doc.char_span(draft.start, draft.end, alignment_mode="expand")
        subject_only = before is not None and not any(t.pos_ in ("VERB", "AUX") for t in before)
        plain = draft.type == "indirect" and not any(t.text in QUOTE_CHARS for t in rest)
        if subject_only and plain:
            # "The museum, he said, would make visitors face ...": a half with no verb is
            # no claim of its own; one claim across the aside.
            draft.end = end
            return
        if len([t for t in rest if not t.is_punct]) < 3:
            if plain:
                draft.end = end  # "The deal, she said, is fair.": one claim across the aside
            return
        closing = _CLOSING.match(self.text, end)
        if closing is not None:
            end = closing.end()  # keep a closing mark, and the stop before it, with the quote
        kind, start, end = self._classify(attr.cue.frame, (start, end), draft.nested)
        self.extra.append(Draft(kind, start, end, start, inherits=draft, cue=draft.cue,
                                nested=draft.nested))

    def _within_paragraph(self, content: tuple[int, int] | None,
                          cue: int) -> tuple[int, int] | None:
        """Clip a content to its cue's paragraph; a quote running on is matched later."""
        if content is None:
            return None
        p_start, p_end = self.paras[max(0, self.paragraph_of(cue))]
        start, end = max(content[0], p_start), min(content[1], p_end)
        return (start, end) if end > start else None

    def _may_nest(self, attr: Attribution) -> bool:
        """A claim inside a quote counts only when a third party's speech is reported in it.

        'the AMPTP said they needed to consult' inside the WGA's quote is the
        AMPTP's claim; 'I don't believe' inside Bass's quote is Bass's own.
        """
        assert attr.speaker is not None
        return attr.cue.frame == "speech" and attr.speaker.root.lower_ not in FIRST_SECOND_PERSON

    def _classify(self, frame: str, content: tuple[int, int],
                  nested: bool) -> tuple[str, int, int]:
        """Type a content span by the quotes in it, and fit it to them."""
        start, end = content
        pool = self.inner if nested else self.top
        quotes = [q for q in pool if q.start < end and q.end > start]
        if frame == "position":
            return "position", start, end
        if not quotes:
            return ("according_to" if frame == "according" else "indirect"), start, end
        if _outside_quotes(self.text, start, end, quotes) <= 2 and len(quotes) == 1:
            q = quotes[0]
            return "direct", q.content_start, q.content_end
        if quotes[0].start <= start and frame != "according" and self._complete(quotes[0], end):
            # A complement that opens with a whole quoted utterance is the quotation: words
            # after the closing mark ("..., and then went silent") are the reporter's.
            q = quotes[0]
            return "direct", q.content_start, q.content_end
        # Mixed: reach to the end of a quote the content opens but the parse cut short.
        end = max([end] + [q.end for q in quotes if q.start >= start])
        start = min([start] + [q.start for q in quotes if q.end <= end])
        return "mixed", start, end

    def _complete(self, q: Quote, end: int) -> bool:
        """Whether a quote that opens a content is a whole utterance, not part of a clause.

        'said "We will strike," and left' quotes an utterance; 'said that "a bomb" had
        gone off' and 'said "budget reforms" and taxes would pay for it' quote words of
        a clause the reporter finishes: mixed.
        """
        inside = self.text[q.content_start:q.content_end].rstrip()
        after = self.text[q.end:end].strip()
        return not after or inside[-1:] in UTTERANCE_END or after[:1] in UTTERANCE_END

    def _adjacent_quote(self, attr: Attribution) -> Quote | None:
        """A quote right before the speaker and cue ('"...," she said') or after a colon."""
        cue, speaker = attr.cue, attr.speaker
        assert speaker is not None
        left = min(cue.start, speaker.start_char)
        right = max(cue.end, speaker.end_char)
        before = [q for q in self.top if q.end <= left
                  and _BETWEEN_BEFORE.fullmatch(self.text[q.end:left])]
        if before:
            return before[-1]
        for q in self.top:
            if q.start >= right:
                gap = self.text[right:q.start]
                if gap.strip() in ("", ":", ",") or (gap.rstrip().endswith(":")
                                                      and "\n" not in gap.strip()
                                                      and _words(gap) <= 8):
                    return q
                break
        return None

    def _drop_embedded(self, drafts: list[Draft]) -> list[Draft]:
        """Drop a claim whose cue lies inside another claim's content, unless nested by rule.

        "saying she thinks a resolution can be reached": "thinks" is part of
        what she said, not a second claim.
        """
        # "According to the Reporter, the union sent an email announcing that ...": the
        # sourcing of a report of speech, thought or a position; the union's announcement
        # is the claim. Not "According to police, officers saw him and ordered him to
        # stop": an act the source narrates is part of its account.
        drafts = [d for d in drafts if d.type != "according_to" or not any(
            o is not d and d.covers(o.anchor) and not o.nested
            and o.frame in ("speech", "cognition", "noun", "state", "position")
            for o in drafts)]
        kept = []
        for d in drafts:
            if d.nested:
                kept.append(d)
                continue
            outer = [o for o in drafts if o is not d and not o.nested and o.covers(d.anchor)
                     and not d.covers(o.anchor)]
            if not outer:
                kept.append(d)
        return kept

    # -- quote side ------------------------------------------------------------------------

    def from_uncued_quotes(self, drafts: list[Draft]) -> list[Draft]:
        """Follow-on quotes with no cue of their own take the last speaker before them."""
        out: list[Draft] = []
        for q in self.top:
            if self.in_block(q.start):
                continue
            taken = sum(d.overlap(q.content_start, q.content_end) for d in drafts + out)
            if taken * 2 >= q.content_end - q.content_start:
                continue
            signed = self._dash_signature(q)
            if signed is not None:
                out.append(signed)
                continue
            previous = self._previous_claim(q, drafts + out)
            if previous is None:
                continue
            whole = self._whole_sentences(q)
            # '"X," she said, "and Y."': the second half of a split quote is all quoted words.
            resumed = self._continues_after_attribution(q, previous)
            if not whole and not resumed and (
                    _words(self.text[q.content_start:q.content_end]) < MIN_UNCUED_WORDS
                    or self._has_own_subject(q)):
                continue
            out.append(Draft("direct" if whole or resumed else "mixed", q.content_start,
                             q.content_end, q.start, inherits=previous, cue=previous.cue))
        return out

    def _dash_signature(self, q: Quote) -> Draft | None:
        """A quote signed with a dash and a name, as in epigraphs and pull quotes:
        '"He does not answer to anyone." ― Christina Luis'."""
        p_end = self.paras[self.paragraph_of(q.start)][1]
        m = _SIGNATURE.match(self.text, q.end, max(q.end, p_end))
        if m is None:
            return None
        name_end = m.start(2) + len(m.group(2).rstrip("."))  # "― Steve Quinlan."
        speaker = self.doc.char_span(m.start(2), name_end, alignment_mode="expand")
        if speaker is None:
            return None
        return Draft("direct", q.content_start, q.content_end, q.start, speaker=speaker,
                     cue=(m.start(1), m.end(1)), frame="speech")

    def _whole_sentences(self, q: Quote) -> bool:
        """True when the quote starts a sentence and ends one, but for punctuation.

        Read from the text, not the parser's sentences, which often run an
        attribution and the next quote together ('..." it continued. "Our ...').
        """
        p_start, p_end = self.paras[self.paragraph_of(q.start)]
        before = self.text[p_start:q.start]
        tail = _SENTENCE_END.split(before)[-1]
        after = self.text[q.end:max(p_end, q.end)]
        head = _SENTENCE_END.split(after)[0] if _SENTENCE_END.search(after) else after
        return _words(tail) == 0 and _words(head) == 0

    def _continues_after_attribution(self, q: Quote, previous: Draft) -> bool:
        """'"One of the reasons," Mr. Obama said, "is that ..."': the quote resumes right
        after the attribution, with only a comma, or a short object and a comma ('she told
        the studios, "..."'), between."""
        ends = [e for e in (previous.cue[1] if previous.cue else None,
                            previous.speaker.end_char if previous.speaker is not None else None)
                if e is not None and e <= q.start]
        if not ends:
            return False
        gap = self.text[max(ends):q.start].strip()
        return gap in (",", "", ":") or (gap.endswith(",") and _words(gap) <= 4
                                         and not _SENTENCE_END.search(gap) and "\n" not in gap)

    def _has_own_subject(self, q: Quote) -> bool:
        """Whether the sentence around a partial quote names its own subject.

        'They also "did not indicate ..."' continues the last speaker's words;
        'The committee blasted suggestions that ... "good for the companies"'
        is a new sentence about someone else, not a continuation.
        """
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            return False
        root = span[0].sent.root
        for child in root.children:
            if child.dep_ in ("nsubj", "nsubjpass") and not (q.start <= child.idx < q.end):
                return child.pos_ != "PRON"
        return False

    def _previous_claim(self, q: Quote, drafts: list[Draft]) -> Draft | None:
        """The latest claim before q in the same or the previous paragraph."""
        para = self.paragraph_of(q.start)
        before = [d for d in drafts if d.anchor < q.start and not d.nested
                  and d.type != "position" and para - self.paragraph_of(d.anchor) <= 1]
        return max(before, key=lambda d: d.anchor, default=None)


def _generic(speaker: Span) -> bool:
    """"many writers", "other guilds", "a union": no particular party. An indefinite
    with words that pick one out ("a union representing flight attendants") is one."""
    if not any(t.lower_ in GENERIC for t in speaker):
        return False
    root = speaker.root
    return not (any(t.lower_ in ("a", "an") for t in speaker)
                and not any(t.lower_ in GENERIC - {"a", "an"} for t in speaker)
                and any(c.dep_ in ("acl", "relcl", "prep") for c in root.children))


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    seen: set[tuple[int, int]] = set()
    out = []
    for d in sorted(drafts, key=lambda d: (d.start, d.end, d.anchor)):
        if (d.start, d.end) in seen:
            continue
        seen.add((d.start, d.end))
        out.append(d)
    return sorted(out, key=lambda d: (d.anchor, d.start))


def build_drafts(doc: Doc, text: str, paras: list[tuple[int, int]], quotes: list[Quote],
                 lexicon: Lexicon, blocks: list[tuple[int, int]]) -> list[Draft]:
    """All cue- and quote-based drafts of a parsed document, in text order."""
    return DraftBuilder(doc, text, paras, quotes, lexicon, blocks).build()
