"""The content a cue introduces: its frame's reader, then the trims every content gets."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..asides import as_aside, as_clause
from ..cues import QUESTION_MARKS, state_clause
from ..frames import Cue
from ..lexicon import Lexicon
from ..syntax import OBJECT_DEPS, QUOTE_CHARS, entity_of, explicit_subject, that_clause
from .objects import closes_apposition, infinitive_after, object_then_quote, passive_object
from .reading import coordinated, from_that_clause, subtree_tokens, with_split_subject
from .sentence import (
    ADVERBIAL_OPENERS,
    after_attribution,
    clause_before_final_attribution,
    only_adverbial,
    sentence_sourced,
)
from .trims import (
    char_span,
    is_occasion,
    one_side,
    rest_of_clause,
    trailing_claims_cut,
    without_trailing_aside,
)


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
    tokens = _content_tokens(cue, speaker, lexicon, cue_tokens)
    if not tokens:
        return None
    if cue.frame != "according":
        tokens = one_side(trailing_claims_cut(tokens, cue_tokens, cue.token), cue)
    if cue.frame != "position":
        tokens = without_trailing_aside(tokens, lexicon if cue.frame == "object" else None)
    first = tokens[0] if tokens else None
    if first is not None and first.ent_type_ in ("DATE", "TIME") and cue.frame != "according":
        # "told them this weekend he would ...": a time that opens the content says when
        # it was said, unless it is a noun of the clause ("last Friday's talks were ...").
        ent = entity_of(first)
        if ent.root.dep_ == "npadvmod" and ent.end <= tokens[-1].i:
            tokens = [t for t in tokens if t.i >= ent.end]
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if words and words[0].lower_ in QUESTION_MARKS and words[0].dep_ == "mark" \
            and not any(t.i == words[0].head.i for t in tokens[1:]
                        if t.dep_ in ("advcl", "conj")):
        # "asked whether the talks would resume": a question, no claim. Not "said if the
        # studios walk away, writers will strike": there "if" opens a condition inside it.
        return None
    if words and cue.frame in ("speech", "cognition") and only_adverbial(words):
        if words[-1].i < cue.token.i:
            # "During his years in office, Mr. Obama said, the economy grew": the claim
            # is what the sentence goes on with after the attribution.
            tokens = after_attribution(cue, speaker)
            if not tokens:
                return None
        elif words[0].lower_ in ADVERBIAL_OPENERS:
            return None  # "said when she resigned": when it was said, not what
    if len(words) == 1 and words[0].pos_ == "PRON":
        return None  # "which later declined it": a pronoun states nothing
    if len(words) <= 2 and words and words[-1].pos_ == "AUX":
        return None  # "as the union said it would": an elided clause states nothing
    return char_span(tokens, cue.token.doc)


def _content_tokens(cue: Cue, speaker: Span | None, lexicon: Lexicon,
                    cue_tokens: set[int]) -> list[Token]:
    """The content's tokens as the parse gives them, by frame; empty when there are none."""
    tok, doc = cue.token, cue.token.doc
    exclude = {t.i for t in speaker} if speaker is not None else set()
    exclude.update(range(cue.token.i, cue.last.i + 1))
    lemma = tok.lemma_.lower()
    if cue.frame == "according":
        framed = sentence_sourced(cue, speaker)
        if framed is not None:
            return framed
        head = tok.head
        if head.i == tok.i:
            return []
        pp = {t.i for t in tok.subtree}
        # Clip to the sentence: "according to" never reaches over a full stop.
        tokens = [t for t in head.subtree if t.sent == tok.sent and t.i not in exclude]
        # The clause stands on one side of the phrase: '"...," according to X.' or
        # 'According to X, ...'. Keep the side with more words.
        lo, hi = min(pp), max(pp)
        left = [t for t in tokens if t.i < lo]
        right = [t for t in tokens if t.i > hi]
        words = lambda ts: sum(1 for t in ts if not t.is_punct and not t.is_space)  # noqa: E731
        tokens = left if words(left) >= words(right) else right
        return trailing_claims_cut(tokens, cue_tokens, tok)
    if cue.frame in ("speech", "cognition"):
        # A clause before the cue that is itself a report ("she said, but ..., Melanie
        # said yes") is not what this cue's speaker said.
        ccomps = [c for c in tok.children if c.dep_ == "ccomp"
                  and not (c.i < tok.i and c.lemma_.lower() in lexicon.speech
                           and explicit_subject(c) is not None
                           and not any(t.text in QUOTE_CHARS for t in doc[c.left_edge.i:c.i]))]
        # "Claiming X, Trump told Fox that ...": with clauses on both sides, the one after
        # the cue is what was said.
        ccomps = [c for c in ccomps if c.i > tok.i] or ccomps
        if not ccomps:
            # "tweeted in the early hours that Machado was ...": a that-clause the parser
            # hung on the cue as an adverbial clause is its complement all the same.
            ccomps = [c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i
                      and c.left_edge.lower_ == "that"]
        if not ccomps:
            # "said in a statement that ...": the parser hangs the clause on the occasion.
            ccomps = [clause for p in tok.children if p.dep_ == "prep" and p.i > tok.i
                      for o in p.children if o.dep_ == "pobj"
                      and o.lemma_.lower() in lexicon.occasions
                      and (clause := that_clause(o)) is not None][:1]
        if ccomps:
            return subtree_tokens(with_split_subject(ccomps, tok), exclude)
        before = clause_before_final_attribution(cue, speaker)
        if before:
            return before
        if tok.dep_ == "advcl" and tok.head.i != tok.i and as_clause(tok):
            # "..., as police have said.": the clause the "as" aside is hung on.
            own = {t.i for t in tok.subtree}
            return [t for t in tok.head.subtree if t.i not in own and t.sent == tok.sent]
        if tok.dep_ == "parataxis" and tok.head.i != tok.i:
            # "The deal, she said, is fair."
            own = {t.i for t in tok.subtree}
            return [t for t in tok.head.subtree if t.i not in own]
        if lemma in lexicon.xcomp_content:
            xs = [c for c in tok.children if c.dep_ == "xcomp"]
            objs = [c for c in tok.children if c.dep_ == "dobj" and c.i < min(
                (x.i for x in xs), default=0)]
            if xs:
                return subtree_tokens(objs + xs + coordinated(xs, tok), exclude)
        if lemma in lexicon.object_content and any(c.dep_ == "dobj" for c in tok.children):
            # "said the deal more than triples residuals": a clause the parser read as an
            # object and loose modifiers. Everything after the cue is the content.
            kids = [c for c in tok.children
                    if c.i > tok.i and c.dep_ not in ("punct", "cc", "conj")]
            # "told us ...": the first object of "tell" is whom it was told to.
            if lemma == "tell" and len(kids) > 1 and kids[0].dep_ in ("dobj", "dative"):
                kids = kids[1:]
            tokens = subtree_tokens(kids, exclude)
            if sum(1 for t in tokens if not t.is_punct) >= 3:
                return from_that_clause(tokens)
        if lemma in lexicon.phrase_content:
            # "is stressing the need to bolster ...", "promised lower taxes and jobs": a
            # noun phrase that carries a proposition of its own (three words or more).
            objects = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
            tokens = subtree_tokens(objects, exclude)
            if sum(1 for t in tokens if not t.is_punct) >= 3:
                return tokens
        return []
    if cue.frame == "state":
        clause = state_clause(tok, lexicon)
        return subtree_tokens([clause], exclude) if clause is not None else []
    if cue.frame == "noun":
        clause = that_clause(tok)
        return subtree_tokens([clause], exclude) if clause is not None else []
    if cue.frame == "object" and cue.last.i != tok.i:
        return rest_of_clause(cue, cue_tokens, exclude)  # "pointed to ...", "railed against ..."
    if cue.frame == "evidence":
        ccomps = [c for c in tok.children if c.dep_ == "ccomp"]
        if ccomps:
            return subtree_tokens(ccomps, exclude)
        # "polls show Clinton ahead", "she showed no sign of backing down"; "found"
        # with an object reports evidence only from a source of it: "the audit found
        # no record", not "Sanders found ways to press his agenda".
        if any(c.dep_ == "dobj" for c in tok.children) and (
                lemma != "find" or (speaker is not None
                                    and speaker.root.lemma_.lower() in lexicon.evidence_sources)):
            return rest_of_clause(cue, cue_tokens, exclude)
        return []
    if cue.frame == "object":
        # "echo her concerns, in large part": a phrase set off by a comma is the manner
        # or occasion of the act, not part of its object.
        kids = [c for c in tok.children if c.dep_ in OBJECT_DEPS and c.i > tok.i
                and not (c.dep_ == "prep" and ((doc[c.i - 1].text == ","
                                                and not closes_apposition(doc[c.i - 1]))
                                               or is_occasion(c, lexicon)))
                # "invoked the strike to defend its offer": an infinitive of purpose,
                # unless the verb takes one ("urged the studios to return").
                and not (c.dep_ in ("xcomp", "advcl") and c.left_edge.tag_ == "TO"
                         and lemma not in lexicon.object_infinitive)]
        nominal = [c for c in kids if c.dep_ in ("dobj", "attr", "oprd", "npadvmod", "dative")]
        # "called the offer 'an insult'" parsed as an apposition with no comma between.
        nominal += [a for c in nominal if c.dep_ == "dobj" for a in c.children
                    if a.dep_ == "appos" and not any(t.text == "," for t in doc[c.i:a.i])]
        if lemma in lexicon.needs_complement and len(nominal) < 2 and not any(
                c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as")
                for c in kids):
            # "called Trump a liar" has two objects; "called a meeting" one; "called the
            # system “rigged”" has a quoted predicate the parser hung anywhere.
            return object_then_quote(tok, exclude)
        if not any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd") for c in kids):
            passive = passive_object(tok, exclude) if lemma not in lexicon.needs_complement \
                else []
            if passive:
                return passive  # "the plan was criticized by the guild"
            if not any(c.i > tok.i for c in tok.children) and lemma not in lexicon.needs_complement:
                # The parser hung the object elsewhere ("praised X and blasted suggestions
                # that ..."): the words after the cue, to the end of the sentence.
                return [t for t in doc[tok.i + 1:tok.sent.end] if t.i not in exclude]
            return []
        tokens = subtree_tokens(kids + coordinated(kids, tok), exclude)
        if lemma in lexicon.object_infinitive:
            tokens += infinitive_after(tokens, exclude)
        return tokens
    if cue.frame == "position":
        # A single verb ("rejected", "refused") needs an object; a phrase ending in a
        # preposition ("calling for", "pushed back against") has its object after it.
        objects = [c for c in tok.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
        if any(c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.not_positions
               for c in objects):
            return []  # "refused to comment": a refusal to speak, no position
        if cue.last.i == tok.i:
            # "rejected the offer", "wants to strike": the object is the position.
            if not objects:
                return passive_object(tok, exclude)
            return subtree_tokens(objects + coordinated(objects, tok), exclude)
        return rest_of_clause(cue, cue_tokens, exclude)
    return []
