"""Claims as rich tables on a terminal: one per article, or one timeline across articles."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath
from typing import IO, Any

from ..model import Article, Claim
from .colours import party_colour
from .records import Writer, _cell, via_text

# The "party via" column (how the party was found, in the article's words) is shown
# only on a terminal at least this wide: narrower, it would squeeze the content.
VIA_WIDTH = 120
# Narrower than this, party, type, speaker, cue and date are stacked in one "who" cell
# beside the content: seven columns in 80 leave a speaker three letters wide.
STACK_WIDTH = 100
# Fields of ids, dates and names from a short list: never wrapped in a table of --fields.
CODES = frozenset({"claim_id", "article_date", "article_date_source", "type", "party",
                   "party_via", "said_on", "said_on_precision"})


class TableWriter(Writer):
    """A rich table per article, titled with its source: party in its colour, text wrapped.

    Nothing is cut: a long content or speaker wraps onto more lines. At VIA_WIDTH
    columns or more, a "party via" column says how each party was found; under
    STACK_WIDTH, who said it is stacked in one cell. `fields` (--fields) makes
    the columns those record fields instead.
    """

    def __init__(self, stream: IO[str], width: int | None = None,
                 fields: Sequence[str] | None = None) -> None:
        super().__init__(stream, fields)
        from rich.console import Console

        self.console = Console(file=stream, width=width, highlight=False, soft_wrap=False)

    def write(self, claims: Sequence[Claim], article: Article | None = None) -> None:
        if not claims:
            return
        sources = len({c.source for c in claims})
        timeline = sources > 1  # --sort said_on: one table across articles, date first
        dated = not timeline and any(c.said_on or c.said_on_text for c in claims)
        title = claims[0].source if not timeline else f"{len(claims)} claims, {sources} articles"
        via = self.console.width >= VIA_WIDTH
        if self.fields:
            table = _fields_table(title, self.fields)
            rows = [_fields_row(c, self.fields) for c in claims]
        elif self.console.width < STACK_WIDTH:
            table = _stacked_table(title, timeline)
            rows = [_stacked_row(c, timeline) for c in claims]
        else:
            table = (_timeline_table(title, via) if timeline
                     else _article_table(title, dated, via))
            rows = [_timeline_row(c, via) if timeline else _article_row(c, dated, via)
                    for c in claims]
        for row in rows:
            table.add_row(*row)
        self.console.print(table)
        self.count += len(claims)
        self.stream.flush()


def _article_table(title: str, dated: bool, via: bool) -> Any:
    """The columns of one article's table; "said on" only where a claim is dated,
    "party via" only when `via`."""
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_lines=True, expand=True)
    table.add_column("sent.", no_wrap=True, style="dim", justify="right")
    table.add_column("party", no_wrap=True)
    if via:
        table.add_column("party via", ratio=2, overflow="fold")
    table.add_column("type", no_wrap=True)
    table.add_column("speaker", ratio=2, overflow="fold")
    table.add_column("cue", overflow="fold", max_width=20)
    if dated:
        # The date is 10 wide ("2023-08-10"); longer cells wrap ("week of" / "2023-07-31").
        table.add_column("said on", width=10)
    table.add_column("content", ratio=6, overflow="fold")
    return table


def _timeline_table(title: str, via: bool) -> Any:
    """The columns of a timeline (--sort said_on), date first; "party via" only when `via`.

    The source and type share the width (for ratio columns rich reads `width`
    as the minimum), or a narrow terminal would squeeze the content away.
    """
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_lines=True, expand=True)
    table.add_column("said on", width=10)
    table.add_column("source", style="dim", overflow="fold", ratio=2, width=8)
    table.add_column("party", no_wrap=True)
    if via:
        table.add_column("party via", ratio=2, width=8, overflow="fold")
    table.add_column("type", ratio=1, width=8)
    table.add_column("speaker", ratio=2, overflow="fold")
    table.add_column("cue", overflow="fold", ratio=1, width=6)
    table.add_column("content", ratio=6, overflow="fold")
    return table


def _stacked_table(title: str, timeline: bool) -> Any:
    """Two or three columns for a narrow terminal: the sentence (or, in a timeline, the
    date and source), who said it, and the content."""
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_lines=True, expand=True)
    if timeline:
        table.add_column("said on", width=10)  # "2023-08-10"; longer cells wrap
    else:
        table.add_column("sent.", no_wrap=True, style="dim", justify="right")
    table.add_column("who", ratio=2, overflow="fold")
    table.add_column("content", ratio=4, overflow="fold")
    return table


def _stacked_row(c: Claim, timeline: bool) -> list[Any]:
    """The party and type, then the speaker, then the cue and the date (in a timeline,
    the source first, and the date in a column of its own)."""
    from rich.text import Text

    who = Text.assemble((c.party or "-", party_colour(c.party)),
                        f" {c.type}{' (nested)' if c.nested else ''}")
    if c.speaker:
        who.append(f"\n{c.speaker}")
    said = None if timeline else said_on_cell(c)
    if c.cue or said:
        who.append("\n")
        who.append(c.cue or "", style="dim")
        if said:
            who.append(" · " if c.cue else "", style="dim")
            who.append(said if isinstance(said, Text) else Text(said))
    if timeline:
        source = Text(f"{PurePath(c.source).name}:{c.sentence}\n", style="dim")
        return [said_on_cell(c), source + who, c.content]
    return [str(c.sentence), who, c.content]


def _fields_table(title: str, fields: Sequence[str]) -> Any:
    """A column per chosen field: text wraps, the content (if chosen) widest; numbers,
    booleans and CODES keep their width."""
    from rich.table import Table

    from .columns import field_types

    table = Table(title=title, title_justify="left", show_lines=True, expand=True)
    for name in fields:
        if field_types()[name] is not str:
            table.add_column(name, no_wrap=True, justify="right")
        elif name in CODES:
            table.add_column(name, no_wrap=True)
        else:
            table.add_column(name, overflow="fold", ratio=4 if name == "content" else 2)
    return table


def _fields_row(c: Claim, fields: Sequence[str]) -> list[Any]:
    from rich.text import Text

    record = c.to_dict()
    return [Text(c.party or "", style=party_colour(c.party)) if name == "party"
            else _cell(record[name]) for name in fields]


def _middle(c: Claim, via: bool) -> list[Any]:
    """The cells every table has: party in its colour, how it was found (when `via`),
    type, speaker and cue."""
    from rich.text import Text

    return [Text(c.party or "-", style=party_colour(c.party)), *([via_cell(c)] if via else []),
            c.type + (" (nested)" if c.nested else ""), c.speaker or "", c.cue or ""]


def _article_row(c: Claim, dated: bool, via: bool) -> list[Any]:
    return [str(c.sentence), *_middle(c, via), *([said_on_cell(c)] if dated else []),
            c.content]


def _timeline_row(c: Claim, via: bool) -> list[Any]:
    return [said_on_cell(c), f"{PurePath(c.source).name}:{c.sentence}", *_middle(c, via),
            c.content]


def via_cell(claim: Claim) -> Any:
    """via_text; dim where the way has no words of the article to show."""
    from rich.text import Text

    return Text(via_text(claim), style="dim" if claim.party_evidence is None else "")


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
