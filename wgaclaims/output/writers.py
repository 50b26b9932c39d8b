"""Which writer writes which format: the one place that knows them all."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any

from .records import CsvWriter, JsonLinesWriter, JsonWriter, TsvWriter, Writer

if TYPE_CHECKING:
    from ..resolve.registry import Party

FORMATS = ("table", "json", "jsonl", "csv", "tsv", "html", "sqlite", "parquet")
# Formats written to a named file only: a database, and a binary file.
FILE_FORMATS = ("sqlite", "parquet")
# What a file's suffix says it holds, where the suffix is not a format's name.
SUFFIXES = {"htm": "html", "db": "sqlite", "sqlite3": "sqlite", "ndjson": "jsonl", "tab": "tsv"}


def make_writer(fmt: str, stream: IO[Any] | None, parties: Sequence[Party] = (), *,
                fields: Sequence[str] | None = None, path: str | None = None,
                details: Mapping[str, str] | None = None) -> Writer:
    """The writer for `fmt`, writing to `stream` (a binary one for Parquet); a database
    is written at `path` instead. `parties` (the registry in use) give the report its
    colours and legend, `details` its run details; `fields` chooses the record's fields."""
    # The table, the report and the file formats are imported when chosen: `wgaclaims
    # --help` needs FORMATS alone, and should not wait for them.
    if fmt == "sqlite":
        from .database import SqliteWriter

        if path is None:
            raise ValueError("a database is written at a path")
        return SqliteWriter(path)
    if stream is None:
        raise ValueError(f"{fmt} is written to a stream")
    if fmt == "html":
        from .report import HtmlWriter

        return HtmlWriter(stream, parties, details or {})
    if fmt == "table":
        from .table import TableWriter

        return TableWriter(stream, fields=fields)
    if fmt == "parquet":
        from .parquet import ParquetWriter

        return ParquetWriter(stream, fields)
    writers: dict[str, type[Writer]] = {
        "json": JsonWriter, "jsonl": JsonLinesWriter, "csv": CsvWriter, "tsv": TsvWriter}
    return writers[fmt](stream, fields)
