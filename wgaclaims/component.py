"""The `wgaclaims` spaCy component: claims into doc.spans and doc._.claims.

`nlp.add_pipe("wgaclaims")` works in any English pipeline with a parser (the
package declares a spacy_factories entry point). The CLI and
`extract_claims` run this same component, so there is one code path, and
its claims are complete: each carries the Doc's `doc._.source` and
`doc._.article_date`, and its `said_on` resolved against that date.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

import numpy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .dating.calendar import parse_iso
from .dating.dates import said_on
from .dating.when import expression_of
from .model import CLAIM_TYPES, Claim, claim_id, text_key
from .resolve.referents import resolve_all
from .resolve.registry import DEFAULT, Registry, load_registry
from .rules.claims import build_drafts
from .rules.documents import find_blocks, introductions, statement_drafts
from .rules.drafts import Draft
from .rules.lexicon import Lexicon, load_lexicon
from .rules.quotes import Quote, find_quotes, paragraphs
from .rules.ranges import Ranges
from .rules.transcripts import transcript_turns

# What the component reads from the Doc, None unless set before it runs: the claims' source
# (a path or name), the article's ISO date and how it was found, and for an undated article
# the date it states with its weekday (see article_date.with_article_date).
ARTICLE_ATTRS = ("source", "article_date", "article_date_source", "stated_date")

DEFAULT_CONFIG = {
    "parties": DEFAULT,
    "types": list(CLAIM_TYPES),
    "spans_key": "wgaclaims",
    "claims_attr": "claims",
}


@Language.factory(
    "wgaclaims",
    default_config=DEFAULT_CONFIG,
    assigns=["doc.spans", "doc._.claims"],
    requires=["token.dep", "token.lemma", "token.pos"],
)
def make_claims_component(
    nlp: Language, name: str, parties: str, types: list[str], spans_key: str, claims_attr: str,
) -> ClaimsComponent:
    """Build the component; `parties` is "default", "none" or a registry TOML path."""
    return ClaimsComponent(name, load_registry(parties), load_lexicon(), types, spans_key,
                           claims_attr)


class ClaimsComponent:
    def __init__(self, name: str, registry: Registry, lexicon: Lexicon,
                 types: Iterable[str] = CLAIM_TYPES, spans_key: str = "wgaclaims",
                 claims_attr: str = "claims") -> None:
        unknown = set(types) - set(CLAIM_TYPES)
        if unknown:
            raise ValueError(f"unknown claim types {sorted(unknown)}; use {list(CLAIM_TYPES)}")
        self.name = name
        self.registry = registry
        self.lexicon = lexicon
        self.types = frozenset(types)
        self.spans_key = spans_key
        self.claims_attr = claims_attr
        register_extensions(claims_attr)

    def __call__(self, doc: Doc) -> Doc:
        claims = self.find(doc)
        setattr(doc._, self.claims_attr, claims)
        spans = []
        for c in claims:
            span = doc.char_span(c.start, c.end, label=c.type, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc

    def find(self, doc: Doc) -> list[Claim]:
        """Find, attribute and resolve the claims of one parsed document."""
        text = doc.text  # built from the tokens on each access: read it once
        paras = paragraphs(text)
        quotes = find_quotes(text)
        intros = introductions(doc, self.lexicon)
        blocks = find_blocks(doc, self.lexicon, text, paras)
        drafts = statement_drafts(doc, blocks, intros, text, paras)
        turns, turn_regions = transcript_turns(doc, text, paras)
        drafts += turns
        drafts += build_drafts(doc, text, paras, quotes, self.lexicon,
                               [(b.start, b.end) for b in blocks] + turn_regions)
        resolve_all(doc, text, drafts, self.registry, self.lexicon, intros)
        # A follow-on quote takes its speaker from the claim it follows: when that one
        # has none in the text, neither has the quote, and it is no claim.
        drafts = [d for d in drafts if d.type in self.types
                  and (d.inherits is None or d.origin().speaker_chars is not None)]
        drafts.sort(key=lambda d: (d.start, d.end))
        starts = sentence_starts(doc)
        article = _ArticleInfo.of(doc)
        quoted: Ranges[Quote] = Ranges((q.start, q.end, q) for q in quotes)
        return [_to_claim(doc, text, d, starts, quoted, article) for d in drafts]


def register_extensions(claims_attr: str = "claims") -> None:
    """Register the Doc attributes the component reads and writes; registering twice is
    harmless, and an attribute another package registered first is used as it is."""
    for attr in (*ARTICLE_ATTRS, claims_attr):
        if not Doc.has_extension(attr):
            Doc.set_extension(attr, default=None)


@dataclass(frozen=True)
class _ArticleInfo:
    """What the Doc says of its article: the claims' source, the dates to resolve against,
    and `key`, its text's digest for the claims' ids (model.text_key)."""

    source: str
    date: str | None
    date_source: str | None
    base: dt.date | None
    near: dt.date | None
    key: str

    @classmethod
    def of(cls, doc: Doc) -> _ArticleInfo:
        source, article_date, date_source, stated = (doc._.get(a) for a in ARTICLE_ATTRS)
        return cls(source or "", article_date, date_source,
                   parse_iso(article_date) if article_date else None,
                   parse_iso(stated) if stated else None, text_key(doc.text))


def sentence_starts(doc: Doc) -> list[int]:
    """Where each sentence starts, in characters, leaving out sentences of one space token.

    Read from the parse's arrays, as iterating doc.sents makes a Span and Tokens for
    every sentence of the article.
    """
    if not len(doc):
        return []
    arr = doc.to_array([SENT_START, IDX, IS_SPACE])
    firsts = [0] + [int(i) for i in numpy.flatnonzero(arr[1:, 0] == 1) + 1]
    ends = firsts[1:] + [len(doc)]
    return [int(arr[i, 1]) for i, end in zip(firsts, ends, strict=True)
            if not arr[i, 2] or end - i > 1]


def _said_on_text(doc: Doc, d: Draft, quotes: Ranges[Quote]) -> str | None:
    """The temporal expression attached to the claim's cue, as written."""
    if d.cue is None:
        return None
    # Quotes around the cue may date it ("Last Thursday the AMPTP advised ..." inside
    # the WGA's statement); any other quote is someone's words, not the cue's time.
    span = expression_of(doc, d.cue, (d.start, d.end), quotes=quotes)
    return span.text if span is not None else None


def _to_claim(doc: Doc, text: str, d: Draft, sent_starts: list[int],
              quotes: Ranges[Quote], article: _ArticleInfo) -> Claim:
    """The claim of a draft, its `said_on_text` resolved against the article's date, or, in
    an undated article, near the date it states with its weekday."""
    speaker = d.origin().speaker_chars
    where = d.anchor if d.inherits is None else d.start
    when_text = _said_on_text(doc, d, quotes)
    when = said_on(when_text, article.base, article.near) if when_text else None
    return Claim(
        claim_id=claim_id(article.key, d.start, d.end, d.type),
        source=article.source, article_id=article.source, article_date=article.date,
        article_date_source=article.date_source,
        sentence=max(0, bisect_right(sent_starts, where) - 1),
        type=d.type, party=d.party, party_via=d.party_via,
        party_evidence=text[d.party_evidence[0]:d.party_evidence[1]] if d.party_evidence else None,
        party_evidence_start=d.party_evidence[0] if d.party_evidence else None,
        party_evidence_end=d.party_evidence[1] if d.party_evidence else None,
        speaker=text[speaker[0]:speaker[1]] if speaker else None,
        speaker_start=speaker[0] if speaker else None,
        speaker_end=speaker[1] if speaker else None,
        speaker_name=d.speaker_name,
        cue=text[d.cue[0]:d.cue[1]] if d.cue else None,
        cue_start=d.cue[0] if d.cue else None,
        cue_end=d.cue[1] if d.cue else None,
        content=text[d.start:d.end], start=d.start, end=d.end,
        said_on=when.start.isoformat() if when else None,
        said_on_text=when_text,
        said_on_precision=when.precision if when else None,
        nested=d.nested,
    )
