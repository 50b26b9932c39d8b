"""The writers' base class, and the record writers: JSON, JSON lines, CSV and TSV.

Writers take claims one article at a time and flush after each, so a run
over a large folder streams: `wgaclaims extract big/ | jq` shows results as
they come. They depend only on the plain Claim record, never on spaCy.
The table (table.py) and the HTML report (report.py) build on `Writer`;
writers.py chooses among them.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import IO, Any

from ..model import FIELDS, Article, Claim
from .columns import select


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def via_text(claim: Claim) -> str:
    """How the party was found and the article's words that settled it
    (`role: "striking writers"`); just the way when no words are kept; "" with no party."""
    if claim.party_via is None:
        return ""
    if claim.party_evidence is None:
        return claim.party_via
    return f'{claim.party_via}: "{" ".join(claim.party_evidence.split())}"'


class Writer:
    """Base writer: `write` once per article (possibly with no claims), then `close`.

    `article` is the article the claims come from, for writers that show its
    text; the others need only the claims. `fields` (--fields) chooses the
    record's fields and their order; None keeps the whole record.
    """

    def __init__(self, stream: IO[Any], fields: Sequence[str] | None = None) -> None:
        self.stream = stream
        self.count = 0
        self.fields = fields

    def write(self, claims: Sequence[Claim], article: Article | None = None) -> None:
        for claim in claims:
            self.write_one(select(claim.to_dict(), self.fields))
            self.count += 1
        self.stream.flush()

    def write_one(self, record: dict[str, Any]) -> None:
        raise NotImplementedError

    def resume(self, count: int) -> None:
        """Go on with an output that holds `count` claims already (see journal.py): what a
        writer writes once at the start is not written again."""
        self.count = count

    def close(self) -> None:
        self.stream.flush()


class ArticleWriter(Writer):
    """A writer that needs each article's claims together, with the article (the report, a
    database): the pieces of a long article are gathered, and an article is written, by
    `write_article`, when the next one begins; `close` must call `flush_article` first."""

    needs = "this writer"  # named in the error when no article comes with the claims
    pending: tuple[Article, list[Claim]] | None = None

    def write(self, claims: Sequence[Claim], article: Article | None = None) -> None:
        if article is None:
            raise ValueError(f"{self.needs} needs the article each batch of claims is from")
        if self.pending is not None and self.pending[0] is article:
            self.pending[1].extend(claims)
            return
        self.flush_article()
        self.pending = (article, list(claims))

    def flush_article(self) -> None:
        if self.pending is not None:
            article, claims = self.pending
            self.pending = None
            self.write_article(article, claims)

    def write_article(self, article: Article, claims: list[Claim]) -> None:
        raise NotImplementedError


# Characters JSON may hold raw but that Python's str.splitlines() and some editors
# take for line ends; escaped, so one record is always one line however it is split.
_LINE_BREAKING = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


class JsonLinesWriter(Writer):
    def write_one(self, record: dict[str, Any]) -> None:
        self.stream.write(json.dumps(record, ensure_ascii=False).translate(_LINE_BREAKING) + "\n")


class JsonWriter(Writer):
    """One valid JSON array, written item by item."""

    def write_one(self, record: dict[str, Any]) -> None:
        self.stream.write(("[\n  " if self.count == 0 else ",\n  ")
                          + json.dumps(record, ensure_ascii=False))

    def close(self) -> None:
        self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        super().close()


class CsvWriter(Writer):
    """A header row, then one row a claim, columns in the record's field order."""

    def __init__(self, stream: IO[str], fields: Sequence[str] | None = None) -> None:
        super().__init__(stream, fields)
        self.csv = csv.writer(stream, lineterminator="\n")
        self.columns = list(fields or FIELDS)
        self.header = False  # written with the first row, or at close when there is none

    def write_one(self, record: dict[str, Any]) -> None:
        self._header()
        self.csv.writerow([_cell(value) for value in record.values()])

    def resume(self, count: int) -> None:
        super().resume(count)
        self.header = count > 0

    def close(self) -> None:
        self._header()
        super().close()

    def _header(self) -> None:
        if not self.header:
            self.header = True
            self.csv.writerow(self.columns)


# Tab-separated values keep one claim a line: the characters that would break a row
# are written as escapes (as PostgreSQL's and MySQL's text formats do).
_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


class TsvWriter(Writer):
    """A header row, then one line a claim, fields separated by tabs; a backslash, tab,
    newline or carriage return in a value is written as \\\\, \\t, \\n or \\r."""

    def __init__(self, stream: IO[str], fields: Sequence[str] | None = None) -> None:
        super().__init__(stream, fields)
        stream.write("\t".join(fields or FIELDS) + "\n")

    def write_one(self, record: dict[str, Any]) -> None:
        self.stream.write("\t".join(_cell(v).translate(_TSV_ESCAPES) for v in record.values())
                          + "\n")
