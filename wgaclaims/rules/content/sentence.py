"""Content read from where an attribution stands in its sentence.

"Language unclear on whether mothers are covered, experts say.", "According
to the WGA, ...", "..., he told me on Friday, ...": an attribution at an edge
of the sentence, or set off by commas inside it, sources the words around it
whatever the parser linked.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..frames import Cue
from ..syntax import QUOTE_CHARS, SUBJECT_DEPS
from ..words import words


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


def clause_before_final_attribution(cue: Cue, speaker: Span | None) -> list[Token]:
    """"Language unclear on whether mothers are covered, experts say.": the clause before.

    A comma, then only the speaker and cue (and their adjuncts) to the end of
    the sentence: whatever stands before the comma is what they said, even
    when the parser found no clause to link.
    """
    doc, sent = cue.token.doc, cue.token.sent
    first, last = attribution_bounds(cue, speaker)
    if first - 1 <= sent.start or doc[first - 1].text not in (",", "—", "–"):
        return []
    if not _attribution_ends_sentence(cue, speaker, last):
        return []
    opening = next((t for t in doc[sent.start:first] if not t.is_space), None)
    if opening is not None and opening.text in QUOTE_CHARS:
        return []  # a quote before the cue is matched from the quote side
    before = list(doc[sent.start:first - 1])
    said = [t for t in before if not (t.is_punct or t.is_space or t.pos_ == "CCONJ")]
    if len(said) < 3:
        return []  # "Still, the Times reported ...": an opening adverb says nothing
    if only_adverbial(said):
        return []  # "During his years in office, Mr. Obama said ...": when, not what
    return before


def _attribution_ends_sentence(cue: Cue, speaker: Span | None, last: int) -> bool:
    """Whether nothing but the attribution's own words follow it to the sentence's end
    (its adjuncts, its speaker's apposition, a participle of its cue), and no colon."""
    doc, sent = cue.token.doc, cue.token.sent
    end = _trailing_adjuncts(doc, last + 1, sent.end)
    own = _own_followers(cue, speaker, last)
    if any(not (t.is_punct or t.is_space) and t.i not in own for t in doc[end:sent.end]):
        return False
    # 'a friend commented: "..."': the colon announces what follows
    return not (end < len(doc) and doc[end].text == ":")


def _own_followers(cue: Cue, speaker: Span | None, last: int) -> set[int]:
    """The words after an attribution that belong to it."""
    # What may follow: the speaker's apposition (", said Jane Doe, a pollster at ...") and
    # a participle of the cue (", adding that ..."), a claim of its own.
    own: set[int] = set()
    if speaker is not None:
        own.update(t.i for c in speaker.root.children if c.dep_ == "appos" and c.i > speaker.end
                   for t in c.subtree)
    own.update(t.i for c in cue.token.children if c.dep_ == "advcl" and c.tag_ == "VBG"
               and c.i > last for t in c.subtree)
    return own


# [content] in data/words.toml says what each list is for.
ADVERBIAL_OPENERS = words("content", "adverbial_openers")


def only_adverbial(words: list[Token]) -> bool:
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


def after_attribution(cue: Cue, speaker: Span | None) -> list[Token]:
    """The words after an attribution set off by commas mid-sentence, or none."""
    doc, sent = cue.token.doc, cue.token.sent
    comma = closing_comma(cue, speaker)
    if comma is None:
        return []
    rest = [t for t in doc[comma + 1:sent.end] if not t.is_space]
    while rest and rest[-1].is_punct and rest[-1].text not in QUOTE_CHARS:
        rest.pop()
    return rest if sum(1 for t in rest if not t.is_punct) >= 2 else []


def sentence_sourced(cue: Cue, speaker: Span | None) -> list[Token] | None:
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
