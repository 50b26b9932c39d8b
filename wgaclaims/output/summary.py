"""Figures over many claims: per party and type, the most quoted speakers, a timeline.

`summarize` turns claims into plain data (the `--format json` output);
`rows` flattens it for JSON lines and CSV; `write_table` draws it with rich.
Depends only on the plain Claim record, never on spaCy.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any

from ..model import CLAIM_TYPES, Claim

if TYPE_CHECKING:
    from ..resolve.registry import Party

FORMATS = ("table", "json", "jsonl", "csv")  # figures are not claims in a text: no html
PERIODS = ("day", "week")
NO_PARTY = "none"
ROW_FIELDS = ("figure", "party", "type", "speaker", "period", "claims")


def period_of(claim: Claim, by: str) -> str | None:
    """The day (or the Monday of the week) the claim was said on; None when its date is
    not that precise ("in July" has no day; "last week" has a week but no day)."""
    if claim.said_on is None or claim.said_on_precision not in ("day", "week"):
        return None
    day = dt.date.fromisoformat(claim.said_on)
    if by == "week":
        return (day - dt.timedelta(days=day.weekday())).isoformat()
    return day.isoformat() if claim.said_on_precision == "day" else None


def organisation_names(parties: Iterable[Party]) -> dict[str, tuple[str, frozenset[str]]]:
    """Each organisation party's name, and all its names in lower case, for `summarize`."""
    return {p.id: (p.name, frozenset(n.lower() for n in (p.name, p.id, *p.aliases)))
            for p in parties if p.kind != "person"}


def speaker_of(claim: Claim, organisations: dict[str, tuple[str, frozenset[str]]]) -> str | None:
    """Who the claim counts for among the speakers (see summarize)."""
    org = organisations.get(claim.party or "")
    if org is not None and (claim.speaker_name is None
                            or claim.speaker_name.lower() in org[1]):
        return org[0]
    return claim.speaker_name or claim.speaker


def summarize(claims: Iterable[Claim], by: str = "day", top: int = 10,
              organisations: dict[str, tuple[str, frozenset[str]]] | None = None
              ) -> dict[str, Any]:
    """The figures, with fixed key order: counts sorted by size, then by name.

    `organisations` maps a party id to its name and its names in lower case (name and
    aliases): a claim of an organisation made under one of its names, a pronoun or a
    description ("WGA", "the guild", "it") counts for that one name among the speakers,
    since articles name the same organisation differently. People keep their own names.
    """
    if by not in PERIODS:
        raise ValueError(f"by must be one of {PERIODS}")
    types: dict[str, Counter[str]] = {}
    speakers: Counter[tuple[str, str]] = Counter()
    timeline: dict[str, Counter[str]] = {}
    total, sources, undated = 0, set(), 0
    for c in claims:
        total += 1
        sources.add(c.source)
        party = c.party or NO_PARTY
        types.setdefault(party, Counter())[c.type] += 1
        who = speaker_of(c, organisations or {})
        if who:
            speakers[(who, party)] += 1
        period = period_of(c, by)
        if period is None:
            undated += 1
        else:
            timeline.setdefault(period, Counter())[party] += 1
    parties = sorted(types, key=lambda p: (p == NO_PARTY, -sum(types[p].values()), p))
    return {
        "articles": len(sources),
        "claims": total,
        "by_party": [
            {"party": p, "claims": sum(types[p].values()),
             "types": {t: types[p][t] for t in CLAIM_TYPES if types[p][t]}}
            for p in parties],
        "speakers": [
            {"speaker": who, "party": party, "claims": n}
            for (who, party), n in sorted(speakers.items(), key=lambda kv: (-kv[1], kv[0]))[:top]],
        "timeline": {
            "by": by,
            "periods": [{"period": period, "parties": dict(sorted(
                timeline[period].items(), key=lambda kv: (kv[0] == NO_PARTY, kv[0])))}
                for period in sorted(timeline)],
            "undated": undated,
        },
    }


def rows(figures: dict[str, Any]) -> list[dict[str, Any]]:
    """The figures as flat rows with the same keys (ROW_FIELDS), for JSON lines and CSV."""
    out: list[dict[str, Any]] = []

    def row(figure: str, claims: int, **keys: Any) -> None:
        out.append({f: keys.get(f) for f in ROW_FIELDS} | {"figure": figure, "claims": claims})

    for p in figures["by_party"]:
        for type_, n in p["types"].items():
            row("party_type", n, party=p["party"], type=type_)
    for s in figures["speakers"]:
        row("speaker", s["claims"], speaker=s["speaker"], party=s["party"])
    for period in figures["timeline"]["periods"]:
        for party, n in period["parties"].items():
            row("timeline", n, party=party, period=period["period"])
    if figures["timeline"]["undated"]:
        row("timeline", figures["timeline"]["undated"], period="undated")
    return out


def write(figures: dict[str, Any], fmt: str, stream: IO[str]) -> None:
    """Write the figures as `fmt`: table, json (one object), jsonl or csv (rows)."""
    if fmt == "table":
        write_table(figures, stream)
    elif fmt == "json":
        stream.write(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    elif fmt == "jsonl":
        for r in rows(figures):
            stream.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(ROW_FIELDS)
        for r in rows(figures):
            writer.writerow(["" if r[f] is None else r[f] for f in ROW_FIELDS])
    stream.flush()


def bar(n: int, most: int, width: int = 30) -> str:
    return "█" * max(1, round(width * n / most)) if n else ""


def write_table(figures: dict[str, Any], stream: IO[str], width: int | None = None) -> None:
    """Three rich tables: party by type, the most quoted speakers, the timeline with bars."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from .colours import party_colour

    def party_text(party: str) -> Text:
        return Text(party, style=party_colour(None if party == NO_PARTY else party))

    console = Console(file=stream, width=width, highlight=False, soft_wrap=False)
    used = [t for t in CLAIM_TYPES if any(t in p["types"] for p in figures["by_party"])]
    table = Table(title=f"{figures['claims']} claims in {figures['articles']} articles",
                  title_justify="left")
    table.add_column("party", no_wrap=True)
    for t in used:
        table.add_column(t.replace("_", " "), justify="right")  # "according to" wraps
    table.add_column("total", justify="right", style="bold")
    for p in figures["by_party"]:
        table.add_row(party_text(p["party"]), *(str(p["types"].get(t, "")) for t in used),
                      str(p["claims"]))
    console.print(table)

    table = Table(title="Most quoted speakers", title_justify="left")
    table.add_column("speaker", overflow="fold")
    table.add_column("party", no_wrap=True)
    table.add_column("claims", justify="right")
    for s in figures["speakers"]:
        table.add_row(s["speaker"], party_text(s["party"]), str(s["claims"]))
    console.print(table)

    timeline = figures["timeline"]
    table = Table(title=f"Claims by {timeline['by']} said on "
                        f"({timeline['undated']} not dated to the {timeline['by']})",
                  title_justify="left")
    table.add_column(timeline["by"], no_wrap=True)
    table.add_column("party", no_wrap=True)
    table.add_column("claims", justify="right")
    table.add_column("", no_wrap=True)
    counts = [n for period in timeline["periods"] for n in period["parties"].values()]
    most = max(counts, default=1)
    for period in timeline["periods"]:
        for i, (party, n) in enumerate(period["parties"].items()):
            table.add_row(period["period"] if i == 0 else "", party_text(party), str(n),
                          Text(bar(n, most), style=party_colour(
                              None if party == NO_PARTY else party)))
    console.print(table)
