"""Which temporal expression says when a claim was made: rules over the parse.

The date of a claim is the time of its speech act, so the expression must hang
off the cue or its clause ("said in a statement Wednesday", "told KNX News on
Wednesday", "In an announcement Friday night, WGA leaders said"), never come
from the claimed content ("the contract expires May 1"), from a subordinate
clause ("After the strike crossed the 100-day mark on Wednesday, the union
sent ...") or from a boundary phrase ("said after Friday's meeting"). This
module finds the expression's text; dates.py resolves it against the
article's date. It reads spaCy's DATE and TIME entities, and weekday and month
names the entity recogniser missed, and merges the pieces it splits ("Last
Thursday" + "night" + "at 9 p.m.").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..rules.ranges import Ranges
from ..rules.words import words
from .calendar import MONTHS, WEEKDAYS

_TEMPORAL_ENTS = frozenset({"DATE", "TIME"})
# Word lists in data/words.toml [when], where each says what it is for:
# words that make a DATE entity a time ("69", an age, is a DATE too); plural periods
# that measure a duration ("just days after") unless counted back ("two days ago").
_TIME_WORDS = words("when", "time_words")
_DURATION_WORDS = words("when", "duration_words")
# Day words; parts of the day; words that qualify a date to their right ("last week",
# "earlier Friday", "mid-April"); the words that place a week ("of this week").
_DAY_WORDS = words("when", "day_words")
_PARTS_OF_DAY = words("when", "parts_of_day")
_MODIFIERS = words("when", "modifiers")
_WEEK_RELATIVES = words("when", "week_relatives")
# Prepositions that put the speech act before, after or around a time rather than at
# it ("said after Friday's meeting", "has argued for years"): never a date of the claim.
_BOUNDARY_PREPS = words("when", "boundary_preps")
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# A participle with any of these is a clause of its own ("after Sanders was announced"),
# not a description of its head's event; an infinitive's "to" is not ("tweeted on
# Friday to say ...").
_OWN_CLAUSE_DEPS = _SUBJECT_DEPS | {"aux", "auxpass", "mark"}
# Names in full only: outside a DATE entity, "Sat", "Wed" or "Mar" are other words.
_FULL_WEEKDAYS = frozenset(w for w in WEEKDAYS if w.endswith("day"))
_FULL_MONTHS = frozenset(m for m in MONTHS if len(m) > 3 or m == "may")
# Children that lead into another clause or event, whose dates are not the claim's.
_CLAUSE_DEPS = frozenset({
    "ccomp", "csubj", "csubjpass", "advcl", "relcl", "parataxis", "conj", "xcomp", "mark",
    "punct", "cc", "aux", "auxpass", "neg", "det", "predet", "preconj", "case", "dep", "meta",
})
# A participial or infinitive cue describes the event of its head verb: in "the union sent
# an email on Thursday announcing ...", the cue "announcing" is dated by "sent".
_DESCRIBING_DEPS = frozenset({"acl", "advcl", "xcomp"})
_NONFINITE_TAGS = frozenset({"VBG", "VBN", "VB", "TO"})
_MAX_DEPTH = 4


def expression_of(doc: Doc, cue: tuple[int, int], content: tuple[int, int],
                  excluded: Iterable[tuple[int, int]] = (),
                  quotes: Ranges[Any] | None = None) -> Span | None:
    """The temporal expression that dates the claim whose cue is at `cue` (char offsets).

    `content` is the claim's content and `excluded` other character ranges
    whose dates are never the claim's; so are `quotes` (the document's, indexed
    once) that the cue is not inside. Returns the expression's span, without the
    preposition before it, or None.
    """
    cue_span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if cue_span is None or len(cue_span) == 0:
        return None
    blocked = _blocker([content, *excluded], quotes, cue[0])
    head = cue_span.root
    found = [(dist, abs(tok.idx - head.idx), tok.i)
             for depth, anchor in _anchors(head)
             for dist, tok in _attached(anchor, depth, blocked, own=depth == 0)]
    for _, _, i in sorted(found):  # the closest in the tree, then in the text
        span = _expression(doc, doc[i])
        if _is_time(span) and not blocked(span.start_char, span.end_char):
            return span
    return None


_Blocked = Callable[[int, int], bool]


def _blocker(ranges: list[tuple[int, int]], quotes: Ranges[Any] | None,
             cue_at: int) -> _Blocked:
    """Whether [start, end) overlaps one of `ranges`, or a quote that does not hold `cue_at`."""
    fixed: Ranges[None] = Ranges((start, end, None) for start, end in ranges)

    def blocked(start: int, end: int) -> bool:
        if fixed.overlapping(start, end):
            return True
        return quotes is not None and any(not q_start <= cue_at < q_end
                                          for q_start, q_end, _ in quotes.overlapping(start, end))
    return blocked


def is_temporal(tok: Token) -> bool:
    """A token that names a time: in a DATE or TIME entity, or a weekday, day word or
    month name the entity recogniser missed ("May" only as a proper noun)."""
    low = tok.lower_.rstrip(".")
    if tok.ent_type_ and tok.ent_type_ not in _TEMPORAL_ENTS:
        return False  # part of a name: "told USA TODAY"
    if _is_title_word(tok):
        return False  # "telling ABC's This Week", a show
    if tok.ent_type_ in _TEMPORAL_ENTS:
        return True
    if low in _FULL_WEEKDAYS or low in _DAY_WORDS:
        return True
    return low in _FULL_MONTHS and tok.pos_ == "PROPN"


def _is_title_word(tok: Token) -> bool:
    """A common time word capitalised inside a sentence, as in a title ("This Week")."""
    low = tok.lower_
    return (tok.text[:1].isupper() and not tok.is_sent_start
            and (low in _TIME_WORDS or low in _DURATION_WORDS or low in _MODIFIERS))


def _is_time(span: Span) -> bool:
    """True for an expression that names a time, not an age ("69", "31-year-old"), a
    duration ("just days after", "a two-decade veteran") or a share ("a quarter of the
    committee") that the entity recogniser tagged DATE."""
    words = [t.lower_.rstrip(".") for t in span]
    if "old" in words:
        return False
    if "-" in words and not any(_is_day_or_month(w) for w in words):
        return False  # an adjective: "a two-decade veteran", "early-morning tweets"
    if "ago" in words and any(w in _DURATION_WORDS for w in words):
        return True
    return any(_is_day_or_month(w) or w in _TIME_WORDS or (w.isdigit() and len(w) == 4)
               or "/" in w for w in words)


def _is_day_or_month(word: str) -> bool:
    return word in WEEKDAYS or word in MONTHS


def _anchors(cue: Token) -> list[tuple[int, Token]]:
    """The cue and the words whose event it is part of, with the hops it takes to reach them.

    A participle cue with no subject or auxiliary of its own ("asserting",
    "announcing", "saying") is climbed to its head; a conjoined cue ("said ...
    and added") with no subject of its own also looks at the first conjunct,
    which often carries the time for both.
    """
    anchors = [(0, cue), *_described_events(cue)]
    if _shares_subject_with_head(cue):
        # "said Friday it wants a deal and added that ...": one subject, one tense; not
        # "was approved last year, but officials have since balked at ..."
        anchors.append((1, cue.head))
    return anchors


def _described_events(cue: Token) -> list[tuple[int, Token]]:
    """The heads a participle cue describes, climbed at most twice, and the verb of a noun
    it hangs on, with the hops taken."""
    anchors = []
    tok, hops = cue, 0
    while hops < 2 and _describes_head(tok):
        tok, hops = tok.head, hops + 1
        anchors.append((hops, tok))
    if hops and tok.pos_ in ("NOUN", "PROPN", "PRON"):
        # The parser often hangs the participle on the nearest noun ("sent an email to
        # its members challenging studios ..."): that noun takes part in its verb's
        # event, which is the one the participle describes.
        verb = _governing_verb(tok)
        if verb is not None:
            anchors.append((hops + 1, verb))
    return anchors


def _describes_head(tok: Token) -> bool:
    """A participle or infinitive with no subject or auxiliary of its own: it describes
    its head's event."""
    # Compare tokens by index: spaCy makes a new Token object on every access, so
    # `tok.head is not tok` is true even at the root.
    return (tok.dep_ in _DESCRIBING_DEPS and tok.tag_ in _NONFINITE_TAGS
            and tok.head.i != tok.i
            and not any(c.dep_ in _OWN_CLAUSE_DEPS and c.tag_ != "TO" for c in tok.children))


def _shares_subject_with_head(cue: Token) -> bool:
    """A verb conjoined to its head in the same tense with no subject of its own."""
    return (cue.dep_ == "conj" and cue.head.pos_ in ("VERB", "AUX") and cue.tag_ == cue.head.tag_
            and not any(c.dep_ in _SUBJECT_DEPS for c in cue.children))


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun is an argument of, directly or through one preposition."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ in ("prep", "dative", "agent"):
        head = head.head
    elif noun.dep_ not in ("dobj", "dative", "nsubj", "nsubjpass", "attr", "oprd"):
        return None
    return head if head.pos_ in ("VERB", "AUX") and head.i != noun.i else None


def _attached(anchor: Token, depth: int, blocked: _Blocked, own: bool = True
              ) -> Iterable[tuple[int, Token]]:
    """Temporal tokens reached from `anchor` through modifiers and noun phrases, with depth.

    Descends into prepositional phrases ("in a statement Wednesday", "on
    Wednesday") but not into boundary ones, other clauses, or blocked text.
    The subject counts only for the cue's own verb ("A statement Wednesday from
    the guild said"): a climbed-to verb's subject is someone else's act ("His
    fact-check Wednesday was retweeted, leading advisers to counter ...").
    """
    stack = [(depth, anchor)]
    while stack:
        d, tok = stack.pop()
        for child in tok.children:
            if child.dep_ in _CLAUSE_DEPS or blocked(child.idx, child.idx + 1):
                continue
            if not own and tok.i == anchor.i and child.dep_ in _SUBJECT_DEPS:
                continue
            if child.dep_ == "prep" and child.lower_ in _BOUNDARY_PREPS:
                continue
            if is_temporal(child):
                yield d + 1, child
                continue
            if d + 1 < _MAX_DEPTH:
                stack.append((d + 1, child))


def _expression(doc: Doc, tok: Token) -> Span:
    """The whole expression around a temporal token: adjacent temporal words, the
    modifiers before them ("last", "earlier"), a time after them ("at 9 p.m."),
    and the day and year of a date the entity recogniser cut ("Friday March" ", 24th")."""
    start = tok.i
    while start > 0 and _qualifies_date(doc, start - 1):
        start -= 1
    end = tok.i + 1
    while end < len(doc) and (step := _continuation(doc, start, end)):
        end += step
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("of", "at")):
        end -= 1
    return doc[start:end]


def _qualifies_date(doc: Doc, i: int) -> bool:
    """Whether doc[i] belongs to the expression on its right: a temporal word, a modifier,
    or the dash of "mid-"."""
    return (is_temporal(doc[i]) or doc[i].lower_ in _MODIFIERS
            or (doc[i].lower_ == "-" and i > 0 and doc[i - 1].lower_ == "mid"))


def _continuation(doc: Doc, start: int, end: int) -> int:
    """How many tokens from doc[end] on go on with the expression doc[start:end]: 0 when
    it ends there, 2 for a comma and the word after it."""
    nxt = doc[end]
    if (is_temporal(nxt) or nxt.lower_ in _PARTS_OF_DAY
            or nxt.lower_ in _MODIFIERS and end + 1 < len(doc) and is_temporal(doc[end + 1])):
        return 1
    if _continues_date(doc, start, end):
        return 2 if not nxt.like_num and not nxt.is_alpha else 1
    return 0


def _continues_date(doc: Doc, start: int, end: int) -> bool:
    """True when doc[end] goes on with the date in doc[start:end]: ", Aug. 11" after a
    weekday, "24th" or ", 2023" after a month and day, "at 9 p.m." after a day,
    "of this week" after a weekday."""
    nxt = doc[end]
    after = doc[end + 1] if end + 1 < len(doc) else None
    words = {t.lower_.rstrip(".") for t in doc[start:end]}
    has_month = bool(words & set(MONTHS))
    if nxt.text == "," and after is not None:
        if after.lower_.rstrip(".") in MONTHS and words & set(WEEKDAYS):
            return True
        return has_month and _day_or_year(after)
    if has_month and _day_or_year(nxt):
        return True
    return after is not None and _time_or_week_after(nxt, after)


def _time_or_week_after(nxt: Token, after: Token) -> bool:
    """A time after a day ("at 9 p.m.") or a week after a weekday ("of this week")."""
    if nxt.lower_ == "at" and after.ent_type_ == "TIME":
        return True
    return nxt.lower_ == "of" and after.lower_ in _WEEK_RELATIVES


def _day_or_year(tok: Token) -> bool:
    text = tok.lower_.rstrip(".")
    digits = text.rstrip("stndrh")
    return digits.isdigit() and (len(digits) <= 2 and 1 <= int(digits) <= 31 or len(digits) == 4)


