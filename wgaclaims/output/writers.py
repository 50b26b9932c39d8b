"""Which writer writes which format: the one place that knows them all."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO, TYPE_CHECKING

from .records import CsvWriter, JsonLinesWriter, JsonWriter, Writer

if TYPE_CHECKING:
    from ..resolve.registry import Party

FORMATS = ("table", "json", "jsonl", "csv", "html")


def make_writer(fmt: str, stream: IO[str], parties: Sequence[Party] = ()) -> Writer:
    """The writer for `fmt`; `parties` (the registry in use) give the report its colours
    and legend."""
    # The table and the report are imported when chosen: `wgaclaims --help` needs FORMATS
    # alone, and should not wait for them.
    if fmt == "html":
        from .report import HtmlWriter

        return HtmlWriter(stream, parties)
    if fmt == "table":
        from .table import TableWriter

        return TableWriter(stream)
    writers: dict[str, type[Writer]] = {
        "json": JsonWriter, "jsonl": JsonLinesWriter, "csv": CsvWriter}
    return writers[fmt](stream)
