"""One archive row (a JSON object, a CSV record) into an Article, by the fields it names.

Which field holds what is settled once per file, from its first row or its
header (`FieldNames.settle`): a field the user named must be there, and
without one the text is the first of `text`, `content`, `body`. A row that
cannot be read (no text, a date that is not one) is an InputError naming
FILE:LINE, given in its place; the rows around it are read.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Mapping
from dataclasses import dataclass

from .. import errors
from ..errors import InputError
from ..model import Article
from .sources import article_from_text
from .unwrap import unwrap_body

# Tried in order where the user names no field.
TEXT_FIELDS = ("text", "content", "body")
DEFAULTS = {"id": ("id",), "date": ("date", "published"), "title": ("title", "headline"),
            "url": ("url", "link")}
DATE_SOURCE = "field"
_ISO = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?", re.IGNORECASE)


@dataclass(frozen=True)
class Fields:
    """The fields the user named (--text-field, --id-field, ...); None: the defaults."""

    text: str | None = None
    id: str | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class FieldNames:
    """The fields one file's rows are read by: the text's, settled on the first row, and
    the ones the user named; the other defaults are looked for in each row."""

    text: str
    named: Fields

    @classmethod
    def settle(cls, source: str, fields: Fields, present: list[str]) -> FieldNames | InputError:
        """The names for a file whose first row or header has `present` fields.

        A field the user named that is missing is an error listing the fields
        there are, as is a file with none of the default text fields.
        """
        have = set(present)
        for option, named in (("--text-field", fields.text), ("--id-field", fields.id),
                              ("--date-field", fields.date), ("--title-field", fields.title),
                              ("--url-field", fields.url)):
            if named is not None and named not in have:
                return errors.no_text_field(source, option, named, present)
        text = fields.text or next((f for f in TEXT_FIELDS if f in have), None)
        if text is None:
            return errors.no_text_field(source, "--text-field", None, present)
        return cls(text, fields)

    def of(self, key: str, row: Mapping[str, object]) -> str | None:
        """The field holding `key` (id, date, title, url) in this row, if any."""
        named: str | None = getattr(self.named, key)
        return named or next((f for f in DEFAULTS[key] if f in row), None)


def row_article(source: str, line: int, row: Mapping[str, object], names: FieldNames,
                unwrap_lines: bool = False) -> Article | InputError:
    """The article one row holds, named by its id field (else FILE:LINE), title and URL,
    dated by its date field; the text is read as a file's is (headers, --unwrap)."""
    text = row.get(names.text)
    if isinstance(text, (dict, list)):
        return errors.row_field_not_text(source, line, names.text, _what(text))
    if text is None or not str(text).strip():
        return errors.row_without_text(source, line, names.text)
    values = _values(source, line, row, names)
    if isinstance(values, InputError):
        return values
    day = values["date"]
    article = article_from_text(source, unwrap_body(str(text)) if unwrap_lines else str(text))
    return Article(
        source=source, text=article.text, headers=article.headers,
        body_start=article.body_start,
        article_date=day, article_date_source=DATE_SOURCE if day else None,
        article_id=values["id"] or article.article_id or f"{source}:{line}",
        title=values["title"] or article.title, url=values["url"] or article.url)


def _values(source: str, line: int, row: Mapping[str, object],
            names: FieldNames) -> dict[str, str | None] | InputError:
    """The row's id, title, URL and date (as YYYY-MM-DD), None where empty or missing."""
    values: dict[str, str | None] = {}
    for key in ("id", "title", "url", "date"):
        name = names.of(key, row)
        value = row.get(name) if name else None
        if isinstance(value, (dict, list)):
            return errors.row_field_not_text(source, line, str(name), _what(value))
        values[key] = None if value is None or str(value).strip() == "" else str(value).strip()
    written = values["date"]
    if written is not None:
        values["date"] = read_date(written)
        if values["date"] is None:
            return errors.row_bad_date(source, line, str(names.of("date", row)), written)
    return values


def read_date(value: str) -> str | None:
    """An ISO date of a date field: 2023-08-10, an ISO 8601 timestamp (its own day, as
    written, whatever its time zone) or an RFC 2822 one ("Thu, 10 Aug 2023 14:00:00 GMT")."""
    if m := _ISO.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(m.group(1)).isoformat()
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _what(value: object) -> str:
    return "an object" if isinstance(value, dict) else "a list"
