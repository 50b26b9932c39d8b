"""The type of a cue's claim (direct, mixed, indirect, according_to, position), and
whether its speaker can make one at all.

Quotes decide the type: a content that is all quote is direct, one that
quotes part of its words is mixed, one with no quote indirect (or
according_to, for "according to X"). A position is typed by its cue.
"""

from __future__ import annotations

from spacy.tokens import Span

from .attribution import Attribution
from .context import DocContext
from .quotes import Quote
from .words import words

FIRST_SECOND_PERSON = words("classify", "first_second_person")
DEMONSTRATIVES = words("classify", "demonstratives")
# Determiners of a generic, not a particular, source: "other guilds are pressing for".
GENERIC = words("classify", "generic")
INDEFINITE = words("classify", "indefinite")
# Punctuation that closes an utterance, inside the closing mark or right after it.
UTTERANCE_END = frozenset(".,!?;:…—–")


def classify(ctx: DocContext, frame: str, content: tuple[int, int],
             nested: bool) -> tuple[str, int, int]:
    """Type a content span by the quotes in it, and fit it to them."""
    start, end = content
    quotes = ctx.quotes_over(start, end, nested)
    if frame == "position":
        return "position", start, end
    if not quotes:
        return ("according_to" if frame == "according" else "indirect"), start, end
    whole = _whole_quote(ctx.text, frame, start, end, quotes)
    if whole is not None:
        return "direct", whole.content_start, whole.content_end
    # Mixed: reach to the end of a quote the content opens but the parse cut short.
    end = max([end] + [q.end for q in quotes if q.start >= start])
    start = min([start] + [q.start for q in quotes if q.end <= end])
    return "mixed", start, end


def _whole_quote(text: str, frame: str, start: int, end: int,
                 quotes: list[Quote]) -> Quote | None:
    """The quote a content is all but two letters of, or the whole quoted utterance it
    opens with: a direct claim of that quote's words."""
    if _outside_quotes(text, start, end, quotes) <= 2 and len(quotes) == 1:
        return quotes[0]
    if quotes[0].start <= start and frame != "according" and _complete(text, quotes[0], end):
        # A complement that opens with a whole quoted utterance is the quotation: words
        # after the closing mark ("..., and then went silent") are the reporter's.
        return quotes[0]
    return None


def _outside_quotes(text: str, start: int, end: int, quotes: list[Quote]) -> int:
    """Word characters of text[start:end] that lie outside every quote."""
    inside = [False] * (end - start)
    for q in quotes:
        for i in range(max(q.start, start), min(q.end, end)):
            inside[i - start] = True
    return sum(1 for i, ch in enumerate(text[start:end]) if ch.isalnum() and not inside[i])


def _complete(text: str, q: Quote, end: int) -> bool:
    """Whether a quote that opens a content is a whole utterance, not part of a clause.

    'said "We will strike," and left' quotes an utterance; 'said that "a bomb" had
    gone off' and 'said "budget reforms" and taxes would pay for it' quote words of
    a clause the reporter finishes: mixed.
    """
    inside = text[q.content_start:q.content_end].rstrip()
    after = text[q.end:end].strip()
    return not after or inside[-1:] in UTTERANCE_END or after[:1] in UTTERANCE_END


def may_nest(attr: Attribution) -> bool:
    """A claim inside a quote counts only when a third party's speech is reported in it.

    'the AMPTP said they needed to consult' inside the WGA's quote is the
    AMPTP's claim; 'I don't believe' inside Bass's quote is Bass's own, and
    '"That," he added, "promises ..."' is his: a demonstrative is no third party.
    """
    assert attr.speaker is not None
    return attr.cue.frame == "speech" \
        and attr.speaker.root.lower_ not in FIRST_SECOND_PERSON | DEMONSTRATIVES


def generic(speaker: Span) -> bool:
    """"many writers", "other guilds", "a union": no particular party. An indefinite
    with words that pick one out ("a union representing flight attendants") is one."""
    if not any(t.lower_ in GENERIC for t in speaker):
        return False
    root = speaker.root
    return not (any(t.lower_ in INDEFINITE for t in speaker)
                and not any(t.lower_ in GENERIC - INDEFINITE for t in speaker)
                and any(c.dep_ in ("acl", "relcl", "prep") for c in root.children))
