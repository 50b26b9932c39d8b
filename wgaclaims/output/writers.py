"""Which writer writes which format: the one place that knows them all."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO, TYPE_CHECKING

from .records import CsvWriter, JsonLinesWriter, JsonWriter, Writer
from .report import HtmlWriter
from .table import TableWriter

if TYPE_CHECKING:
    from ..resolve.registry import Party

FORMATS = ("table", "json", "jsonl", "csv", "html")


def make_writer(fmt: str, stream: IO[str], parties: Sequence[Party] = ()) -> Writer:
    """The writer for `fmt`; `parties` (the registry in use) give the report its colours
    and legend."""
    if fmt == "html":
        return HtmlWriter(stream, parties)
    writers: dict[str, type[Writer]] = {
        "json": JsonWriter, "jsonl": JsonLinesWriter, "csv": CsvWriter, "table": TableWriter}
    return writers[fmt](stream)
