"""Content of cues that take an object: "called the offer an insult", "polls show
Clinton ahead", "rejected the deal", "is calling for ..."."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..syntax import OBJECT_DEPS, QUOTE_CHARS, apposition_closed_by
from .reading import Reading, coordinated, subtree_tokens
from .trims import is_occasion, rest_of_clause

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
    i = _quote_after_object(verb)
    if i is None:
        return []
    close = next((t.i for t in doc[i + 1:min(end, i + 12)] if t.text in QUOTE_CHARS), None)
    if close is None:
        return []
    return [t for t in doc[verb.i + 1:close + 1] if t.i not in exclude]


def _quote_after_object(verb: Token) -> int | None:
    """The opening quote mark after a short noun phrase that follows the verb, or None."""
    doc, end = verb.doc, verb.sent.end
    i = verb.i + 1
    while i < end and i - verb.i <= 10 and doc[i].text not in QUOTE_CHARS:
        if doc[i].pos_ in ("VERB", "AUX") or doc[i].text in (",", ";", ":", "—"):
            return None
        i += 1
    if i >= end or doc[i].text not in QUOTE_CHARS or i == verb.i + 1 or not any(
            t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[verb.i + 1:i]):
        return None
    return i


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


def object_content(r: Reading) -> list[Token]:
    """An object cue's content: its object, and the complement the verb needs."""
    tok, lemma, exclude = r.token, r.lemma, r.exclude
    if r.cue.last.i != tok.i:  # "pointed to ...", "railed against ..."
        return rest_of_clause(r.cue, r.cue_tokens, exclude)
    if lemma not in r.lexicon.needs_complement and any(
            c.dep_ in ("dobj", "dative") and c.i < tok.i and c.tag_ in ("WDT", "WP")
            for c in tok.children):
        # "what it offered the negotiators": the object is the relative word; not "which
        # she called a rant", where the relative word is what the rant is said of.
        return []
    kids = _object_dependents(r)
    nominal = _nominal_objects(kids, r.doc)
    if lemma in r.lexicon.needs_complement and len(nominal) < 2 and not _has_complement(kids):
        # "called Trump a liar" has two objects; "called a meeting" one; "called the
        # system “rigged”" has a quoted predicate the parser hung anywhere.
        return object_then_quote(tok, exclude)
    if not any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd") for c in kids):
        return _object_elsewhere(r)
    tokens = subtree_tokens(kids + coordinated(kids, tok), exclude)
    if lemma in r.lexicon.object_infinitive:
        tokens += infinitive_after(tokens, exclude)
    return tokens


def _set_off_phrase(child: Token, r: Reading) -> bool:
    """"echo her concerns, in large part": a phrase set off by a comma is the manner
    or occasion of the act, not part of its object."""
    doc = r.doc
    return child.dep_ == "prep" and ((doc[child.i - 1].text == ","
                                      and not closes_apposition(doc[child.i - 1]))
                                     or is_occasion(child, r.lexicon))


def _purpose_infinitive(child: Token, r: Reading) -> bool:
    """"invoked the strike to defend its offer": an infinitive of purpose, unless the
    verb takes one ("urged the studios to return")."""
    return (child.dep_ in ("xcomp", "advcl") and child.left_edge.tag_ == "TO"
            and r.lemma not in r.lexicon.object_infinitive)


def _object_dependents(r: Reading) -> list[Token]:
    """The cue's dependents after it that carry its content."""
    return [c for c in r.token.children if c.dep_ in OBJECT_DEPS and c.i > r.token.i
            and not _set_off_phrase(c, r) and not _purpose_infinitive(c, r)]


def _nominal_objects(kids: list[Token], doc: Doc) -> list[Token]:
    """The noun phrases among the object dependents: "called Trump a liar" has two."""
    nominal = [c for c in kids if c.dep_ in ("dobj", "attr", "oprd", "npadvmod", "dative")]
    # "called the offer 'an insult'" parsed as an apposition with no comma between.
    nominal += [a for c in nominal if c.dep_ == "dobj" for a in c.children
                if a.dep_ == "appos" and not any(t.text == "," for t in doc[c.i:a.i])]
    return nominal


def _has_complement(kids: list[Token]) -> bool:
    """A predicate after the object: "called it unfair", "described it as ..."."""
    return any(c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as")
               for c in kids)


def _object_elsewhere(r: Reading) -> list[Token]:
    """An object cue with no object of its own: a passive, or words the parser hung
    elsewhere."""
    tok, exclude = r.token, r.exclude
    needs_complement = r.lemma in r.lexicon.needs_complement
    passive = passive_object(tok, exclude) if not needs_complement else []
    if passive:
        return passive  # "the plan was criticized by the guild"
    if not any(c.i > tok.i for c in tok.children) and not needs_complement:
        # The parser hung the object elsewhere ("praised X and blasted suggestions
        # that ..."): the words after the cue, to the end of the sentence.
        return [t for t in r.doc[tok.i + 1:tok.sent.end] if t.i not in exclude]
    return []


def evidence_content(r: Reading) -> list[Token]:
    """What evidence shows: "polls show Clinton ahead", "the audit found no record"."""
    tok = r.token
    ccomps = [c for c in tok.children if c.dep_ == "ccomp"]
    if ccomps:
        return subtree_tokens(ccomps, r.exclude)
    # "polls show Clinton ahead", "she showed no sign of backing down"; "found"
    # with an object reports evidence only from a source of it: "the audit found
    # no record", not "Sanders found ways to press his agenda".
    if any(c.dep_ == "dobj" for c in tok.children) and (
            r.lemma != "find" or (r.speaker is not None
                                  and r.speaker.root.lemma_.lower() in r.lexicon.evidence_sources)):
        return rest_of_clause(r.cue, r.cue_tokens, r.exclude)
    return []


def _describes_a_speaker(r: Reading) -> bool:
    """"Jones, seeking a second term, told members that ...": a participle set off by
    commas on a clause whose verb makes a claim of its own describes the speaker; the
    claim is what the verb introduces."""
    tok = r.token
    if tok.tag_ != "VBG" or tok.dep_ not in ("acl", "advcl") or tok.i == 0 \
            or tok.doc[tok.left_edge.i - 1].text != ",":
        return False
    verb = tok.head.head if tok.dep_ == "acl" else tok.head
    return verb.i in r.cue_tokens


def position_content(r: Reading) -> list[Token]:
    """The position a party holds: "rejected the offer", "wants to strike", "is calling
    for ...".

    A single verb ("rejected", "refused") needs an object; a phrase ending in a
    preposition ("calling for", "pushed back against") has its object after it.
    """
    tok = r.token
    if _describes_a_speaker(r):
        return []
    # A clause before the verb is not what it holds: "X continues to insist, ..., that
    # he wants to ...", which the parser may hang on "wants".
    objects = [c for c in tok.children if c.dep_ in ("dobj", "xcomp", "ccomp")
               and not (c.dep_ == "ccomp" and c.i < tok.i)]
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in r.lexicon.not_positions
           for c in objects):
        return []  # "refused to comment": a refusal to speak, no position
    if r.lemma == "offer" and r.cue.last.lower_ == "to" and r.cue.last.tag_ != "TO":
        return []  # "offered to the guild a new deal": a gift, not a proposal
    if r.cue.last.i == tok.i:
        # "rejected the offer", "wants to strike": the object is the position.
        if not objects:
            return passive_object(tok, r.exclude)
        return subtree_tokens(objects + coordinated(objects, tok), r.exclude)
    tokens = rest_of_clause(r.cue, r.cue_tokens, r.exclude)
    if tokens and tokens[0].tag_ == "PRP" and tokens[0].head.i == r.cue.last.i:
        return []  # "fighting for them": a side taken for people, not a position held
    if any(t.head.i == r.cue.last.i and t.lemma_.lower() in r.lexicon.not_positions
           for t in tokens):
        return []  # "would not agree to an interview": a refusal to speak
    return _without_dashed_gloss(tokens)


def _without_dashed_gloss(tokens: list[Token]) -> list[Token]:
    """"called for the strike vote — a tactic that unions often use ...": an indefinite
    noun with a relative clause, set after a dash, is the reporter's gloss of the position
    (however the parser hangs it), not part of it. "calling for two things — higher pay
    and ..." spells the position out."""
    for t in tokens:
        if t.text not in ("—", "–") or t.i + 1 >= len(t.doc):
            continue
        det = t.doc[t.i + 1]
        if det.lower_ in ("a", "an") and det.dep_ == "det" \
                and any(c.dep_ == "relcl" for c in det.head.children):
            return [u for u in tokens if u.i < t.i]
    return tokens
