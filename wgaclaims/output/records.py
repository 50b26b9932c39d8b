"""Write claims as a terminal table, JSON, JSON lines, CSV or an HTML report.

Writers take claims one article at a time and flush after each, so a run
over a large folder streams: `wgaclaims extract big/ | jq` shows results as
they come. They depend only on the plain Claim record, never on spaCy; the
HTML report (report.py) imports displaCy when it draws its first article.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import PurePath
from typing import IO, TYPE_CHECKING, Any

from ..model import FIELDS, Article, Claim

if TYPE_CHECKING:
    from ..resolve.registry import Party

FORMATS = ("table", "json", "jsonl", "csv", "html")
PARTY_COLOURS = {
    "WGA": "bright_cyan", "AMPTP": "bright_magenta", "SAG-AFTRA": "bright_yellow",
    "DGA": "bright_green", "Bass": "bright_blue",
}
_PALETTE = ("cyan", "magenta", "yellow", "green", "blue", "red", "bright_red", "white")


def party_colour(party: str | None) -> str:
    if party is None:
        return "dim"
    if party in PARTY_COLOURS:
        return PARTY_COLOURS[party]
    return _PALETTE[sum(map(ord, party)) % len(_PALETTE)]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class Writer:
    """Base writer: `write` once per article (possibly with no claims), then `close`.

    `article` is the article the claims come from, for writers that show its
    text; the others need only the claims.
    """

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0

    def write(self, claims: Sequence[Claim], article: Article | None = None) -> None:
        for claim in claims:
            self.write_one(claim.to_dict())
            self.count += 1
        self.stream.flush()

    def write_one(self, record: dict[str, Any]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.stream.flush()


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

    def __init__(self, stream: IO[str]) -> None:
        super().__init__(stream)
        self.csv = csv.writer(stream, lineterminator="\n")
        self.csv.writerow(FIELDS)

    def write_one(self, record: dict[str, Any]) -> None:
        self.csv.writerow([_cell(record[f]) for f in FIELDS])


class TableWriter(Writer):
    """A rich table per article, titled with its source: party in its colour, text wrapped.

    Nothing is cut: a long content or speaker wraps onto more lines.
    """

    def __init__(self, stream: IO[str], width: int | None = None) -> None:
        super().__init__(stream)
        from rich.console import Console

        self.console = Console(file=stream, width=width, highlight=False, soft_wrap=False)

    def write(self, claims: Sequence[Claim], article: Article | None = None) -> None:
        if not claims:
            return
        from rich.table import Table
        from rich.text import Text

        dated = any(c.said_on or c.said_on_text for c in claims)
        sources = len({c.source for c in claims})
        timeline = sources > 1  # --sort said_on: one table across articles, date first
        title = claims[0].source if not timeline else f"{len(claims)} claims, {sources} articles"
        table = Table(title=title, title_justify="left", show_lines=True, expand=True)
        # The date is 10 wide ("2023-08-10"); longer cells wrap ("week of" / "2023-07-31").
        # In a timeline the source and type share the width (for ratio columns rich reads
        # `width` as the minimum), or a narrow terminal would squeeze the content away.
        if timeline:
            table.add_column("said on", width=10)
            table.add_column("source", style="dim", overflow="fold", ratio=2, width=8)
        else:
            table.add_column("sent.", no_wrap=True, style="dim", justify="right")
        table.add_column("party", no_wrap=True)
        if timeline:
            table.add_column("type", ratio=1, width=8)
        else:
            table.add_column("type", no_wrap=True)
        table.add_column("speaker", ratio=2, overflow="fold")
        if timeline:
            table.add_column("cue", overflow="fold", ratio=1, width=6)
        else:
            table.add_column("cue", overflow="fold", max_width=20)
        if dated and not timeline:
            table.add_column("said on", width=10)
        table.add_column("content", ratio=6, overflow="fold")
        for c in claims:
            lead: list[Any] = ([said_on_cell(c), f"{PurePath(c.source).name}:{c.sentence}"]
                               if timeline else [str(c.sentence)])
            row = [*lead, Text(c.party or "-", style=party_colour(c.party)),
                   c.type + (" (nested)" if c.nested else ""), c.speaker or "", c.cue or ""]
            if dated and not timeline:
                row.append(said_on_cell(c))
            row.append(c.content)
            table.add_row(*row)
        self.console.print(table)
        self.count += len(claims)
        self.stream.flush()


def said_on_cell(claim: Claim) -> Any:
    """The date as its precision allows ("2023-08", "week of 2023-07-31"); an
    expression the article's date could not resolve is shown dim, as written."""
    from rich.text import Text

    if claim.said_on is None:
        return Text(claim.said_on_text or "", style="dim italic")
    if claim.said_on_precision == "month":
        return claim.said_on[:7]
    if claim.said_on_precision == "week":
        return f"week of {claim.said_on}"
    return claim.said_on


def make_writer(fmt: str, stream: IO[str], parties: Sequence[Party] = ()) -> Writer:
    """The writer for `fmt`; `parties` (the registry in use) give the report its colours
    and legend."""
    if fmt == "html":
        from .report import HtmlWriter

        return HtmlWriter(stream, parties)
    writers: dict[str, type[Writer]] = {
        "json": JsonWriter, "jsonl": JsonLinesWriter, "csv": CsvWriter, "table": TableWriter}
    return writers[fmt](stream)
