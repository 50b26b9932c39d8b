"""The content a cue introduces: its frame's reader, then the trims every content gets."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ..asides import as_aside
from ..cues import QUESTION_MARKS
from ..frames import Cue, Frame
from ..lexicon import Lexicon
from ..syntax import QUOTE_CHARS, entity_of
from ..words import words as word_list
from .clauses import according_content, noun_content, state_content
from .objects import evidence_content, object_content, position_content
from .reading import Reading
from .sentence import ADVERBIAL_OPENERS, after_attribution, only_adverbial
from .speech import speech_content
from .trims import char_span, one_side, trailing_claims_cut, without_trailing_aside

# Each frame's reader: the content's tokens as the parse gives them, empty when none.
READERS: dict[Frame, Callable[[Reading], list[Token]]] = {
    "speech": speech_content,
    "cognition": speech_content,
    "object": object_content,
    "evidence": evidence_content,
    "noun": noun_content,
    "state": state_content,
    "according": according_content,
    "position": position_content,
}


def find_content(cue: Cue, speaker: Span | None, lexicon: Lexicon,
                 cue_tokens: set[int]) -> tuple[int, int] | None:
    """The content's character span as the parse gives it, or None.

    Quotes beside the cue with no parse link are matched later, from the
    quote side; this only reads the tree.
    """
    aside = as_aside(cue) if cue.frame in ("speech", "cognition") else None
    if aside is not None:
        # The aside sources the whole sentence around it, whatever the parse.
        return char_span(aside.content, cue.token.doc)
    tokens = READERS[cue.frame](Reading(cue, speaker, lexicon, cue_tokens))
    if not tokens:
        return None
    tokens = _trimmed(tokens, cue, lexicon, cue_tokens)
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if _indirect_question(words, tokens, cue) or _names_a_topic(words, tokens, cue) \
            or (words and words[0].lower_ in RELATIVE_OPENERS):
        return None  # a question, a topic, or a relative clause the parser took for one
    claimed = _past_adverbial(words, tokens, cue, speaker)
    if claimed is None or _states_nothing(words):
        return None
    return char_span(claimed, cue.token.doc)


def _trimmed(tokens: list[Token], cue: Cue, lexicon: Lexicon,
             cue_tokens: set[int]) -> list[Token]:
    """The trims a frame's content gets: another claim or the attribution's side cut
    off (not for "according to", which chose its side), a trailing aside (not for
    positions, whose lists run on), an opening time."""
    if cue.frame != "according":
        tokens = one_side(trailing_claims_cut(tokens, cue_tokens, cue.token), cue)
    if cue.frame != "position":
        tokens = without_trailing_aside(tokens, lexicon if cue.frame == "object" else None)
    if cue.frame != "according":
        tokens = _without_opening_time(tokens)
    return _from_announced_quote(tokens, cue)


def _from_announced_quote(tokens: list[Token], cue: Cue) -> list[Token]:
    """'The mayor was blunt: "The studios must come back now," she said.': a cue after
    its content, and a colon that announces a quote in it; what the cue sources is the
    quote, not the sentence that announced it."""
    if not tokens or cue.token.i < tokens[-1].i:
        return tokens
    for n, (tok, nxt) in enumerate(zip(tokens, tokens[1:], strict=False)):
        if tok.text == ":" and nxt.text in QUOTE_CHARS:
            return tokens[n + 1:]
    return tokens


def _without_opening_time(tokens: list[Token]) -> list[Token]:
    """"told them this weekend he would ...": a time that opens the content says when
    it was said, unless it is a noun of the clause ("last Friday's talks were ...")."""
    first = tokens[0] if tokens else None
    if first is None or first.ent_type_ not in ("DATE", "TIME"):
        return tokens
    ent = entity_of(first)
    if ent.root.dep_ == "npadvmod" and ent.end <= tokens[-1].i:
        return [t for t in tokens if t.i >= ent.end]
    return tokens


QUESTION_VERBS = word_list("content", "question_verbs")
RELATIVE_OPENERS = word_list("content", "relative_openers")


def _indirect_question(words: list[Token], tokens: list[Token], cue: Cue) -> bool:
    """"asked whether the talks would resume": a question, no claim. Not "said if the
    studios walk away, writers will strike": there "if" opens a condition inside it.
    "wants to know how actors are affected", "to learn what the deal holds" ask too."""
    if len(words) > 2 and words[0].tag_ == "TO" and words[1].lemma_ in QUESTION_VERBS \
            and words[2].lower_ in TOPIC_OPENERS:
        return True
    if words and cue.token.lemma_ in QUESTION_VERBS and words[0].lower_ in TOPIC_OPENERS \
            and cue.token.dep_ == "xcomp":
        return True
    return bool(words) and words[0].lower_ in QUESTION_MARKS and words[0].dep_ == "mark" \
        and not any(t.i == words[0].head.i for t in tokens[1:] if t.dep_ in ("advcl", "conj"))


TOPIC_NOUNS = word_list("content", "topic_nouns")
TOPIC_OPENERS = word_list("content", "topic_openers")
TOPIC_PREPOSITIONS = word_list("content", "topic_prepositions")
# The dependents by which a noun states something of its own: "concern that talks
# will fail", "the view, shared by many, that ...".
_STATING_DEPS = frozenset({"acl", "relcl", "ccomp", "appos"})


def _names_a_topic(words: list[Token], tokens: list[Token], cue: Cue) -> bool:
    """A content that names what was said without saying it: an indirect question
    ("talked about how the strike could hurt them"), or a noun of speech or opinion with
    only its topic ("expressed a range of opinions on the deal"). Positions aside:
    "wants to know how ..." is read as a want."""
    if not words or cue.frame in ("position", "according"):
        return False
    return _topic_question(words, cue) or _topic_noun(words, tokens)


def _topic_question(words: list[Token], cue: Cue) -> bool:
    """"talked about how ...": a question after a topic phrase. Not "explained how ...",
    which often carries the claim."""
    return (words[0].lower_ in TOPIC_OPENERS and words[0].dep_ != "mark"
            and cue.last.i != cue.token.i and cue.last.lower_ in TOPIC_PREPOSITIONS)


def _topic_noun(words: list[Token], tokens: list[Token]) -> bool:
    """"concern about AI", "its version of how talks ended": a noun of opinion with its
    topic and no clause of its own. "her concerns", "his views" may stand for what was
    said before, and are left alone."""
    inside = {t.i for t in tokens}
    root = next((t for t in words if t.head.i not in inside or t.head.i == t.i), None)
    root = _through_quantity(root) if root is not None else None
    if root is None or root.pos_ != "NOUN" or root.lemma_.lower() not in TOPIC_NOUNS:
        return False
    return any(c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS for c in root.children) \
        and not any(c.dep_ in _STATING_DEPS for c in root.children)


def _through_quantity(noun: Token) -> Token:
    """"a range of opinions", "a mix of views": the noun a quantity is of, when that
    noun names what was said."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            inner = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if inner is not None and inner.lemma_.lower() in TOPIC_NOUNS:
                return inner
    return noun


def _past_adverbial(words: list[Token], tokens: list[Token], cue: Cue,
                    speaker: Span | None) -> list[Token] | None:
    """A speech content that is only an adverbial phrase or clause: the words after the
    attribution when it stood before it, None when it says when, else tokens as they are."""
    if not words or cue.frame not in ("speech", "cognition") or not only_adverbial(words):
        return tokens
    if words[-1].i < cue.token.i:
        # "During his years in office, Mr. Obama said, the economy grew": the claim
        # is what the sentence goes on with after the attribution.
        return after_attribution(cue, speaker) or None
    if words[0].lower_ in ADVERBIAL_OPENERS:
        return None  # "said when she resigned": when it was said, not what
    return tokens


def _states_nothing(words: list[Token]) -> bool:
    """A content too short to state anything."""
    if len(words) == 1 and words[0].pos_ == "PRON":
        return True  # "which later declined it": a pronoun states nothing
    if all(w.pos_ == "CCONJ" for w in words):
        return True  # "But, he added, "...": a conjunction joins, it states nothing
    # "as the union said it would": an elided clause states nothing
    return len(words) <= 2 and bool(words) and words[-1].pos_ == "AUX"
