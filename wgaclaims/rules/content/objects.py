"""Content of cues that take an object: "called the offer an insult", "rejected the deal"."""

from __future__ import annotations

from spacy.tokens import Token

from ..syntax import QUOTE_CHARS, apposition_closed_by
from .reading import subtree_tokens

# The relations inside a name: "Kim Jong Un", "the North's leader".
NAME_PARTS = frozenset({"compound", "flat", "nmod", "punct"})


def closes_apposition(comma: Token) -> bool:
    """'accused the North's leader, Kim Jong Un, of ...': the comma ends an apposition,
    and what follows it is the verb's own."""
    return apposition_closed_by(comma, NAME_PARTS) is not None


def object_then_quote(verb: Token, exclude: set[int]) -> list[Token]:
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


def infinitive_after(tokens: list[Token], exclude: set[int]) -> list[Token]:
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


def passive_object(verb: Token, exclude: set[int]) -> list[Token]:
    """"Clinton was endorsed by the Times": with an agent to hold it, the passive
    subject is what the position is about."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return subtree_tokens(subjects, exclude)
