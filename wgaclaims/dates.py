"""Dates: the article's own date, and (later) the date each claim was made.

Never reads today's date: the same input always gives the same output.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from .model import Article

_ISO = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.+Z-]*)?\s*")


def parse_iso(value: str) -> dt.date | None:
    """A YYYY-MM-DD date (a time after it is allowed), or None."""
    m = _ISO.fullmatch(value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def with_article_date(article: Article, override: str | None = None) -> Article:
    """The article with its date set: from `override`, else from a `date:` header."""
    if override:
        return dataclasses.replace(article, article_date=parse_iso(override).isoformat(),  # type: ignore[union-attr]
                                   article_date_source="option")
    for key in ("date", "published"):
        value = article.headers.get(key)
        if value and (day := parse_iso(value)) is not None:
            return dataclasses.replace(article, article_date=day.isoformat(),
                                       article_date_source="header")
    return article
