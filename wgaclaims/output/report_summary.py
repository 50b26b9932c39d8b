"""The summary that opens the HTML report: claims per party and type, a timeline drawn as
inline SVG, the articles with their counts, and the run's details.

`Tally` counts as the articles stream past (a few numbers per claim, never
the claims themselves), so the report can open with figures it learns only
at the end. Everything is HTML and SVG built here and escaped here: no
scripts, no external files.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..model import CLAIM_TYPES, Article, Claim
from .colours import colour_of
from .summary import period_of

DAYS_SHOWN = 62  # a timeline longer than this many days is drawn by week


def chip(party: str | None, colours: Mapping[str, str]) -> str:
    return (f'<span class="wc-chip" style="background: {colour_of(party, colours)}">'
            f'{html.escape(party or "none")}</span>')


@dataclass(frozen=True)
class ArticleLine:
    """An article as the summary lists it; `anchor` is None when it is not drawn."""

    anchor: str | None
    source: str
    title: str | None
    url: str | None
    article_date: str | None
    claims: int


class Tally:
    """Counts of the claims written so far: per party and type, and per day and week."""

    def __init__(self) -> None:
        self.types: dict[str | None, Counter[str]] = {}
        self.periods: dict[str, Counter[tuple[str, str | None]]] = {
            "day": Counter(), "week": Counter()}
        self.undated: Counter[str] = Counter()
        self.articles: list[ArticleLine] = []

    def add(self, article: Article, claims: Sequence[Claim], anchor: str | None) -> None:
        self.articles.append(ArticleLine(anchor, article.source, article.title, article.url,
                                         article.article_date, len(claims)))
        for c in claims:
            self.types.setdefault(c.party, Counter())[c.type] += 1
            for by, counts in self.periods.items():
                period = period_of(c, by)
                if period is None:
                    self.undated[by] += 1
                else:
                    counts[(period, c.party)] += 1

    @property
    def claims(self) -> int:
        return sum(a.claims for a in self.articles)

    def parties(self) -> list[str | None]:
        """Parties with claims, most claims first, no party last."""
        return sorted(self.types, key=lambda p: (p is None, -self.types[p].total(), p or ""))

    def timeline_by(self) -> str:
        """By day, unless the dated claims span more than DAYS_SHOWN days."""
        days = sorted({day for day, _ in self.periods["day"]})
        if days and (dt.date.fromisoformat(days[-1])
                     - dt.date.fromisoformat(days[0])).days >= DAYS_SHOWN:
            return "week"
        return "day"


def party_table(tally: Tally, colours: Mapping[str, str]) -> str:
    """Claims per party (rows) and type (columns), with totals."""
    used = [t for t in CLAIM_TYPES if any(t in counts for counts in tally.types.values())]
    head = "".join(f"<th>{t.replace('_', ' ')}</th>" for t in used)
    rows = []
    for p in tally.parties():
        counts = tally.types[p]
        cells = "".join(f"<td>{counts[t] or ''}</td>" for t in used)
        rows.append(f"<tr><th>{chip(p, colours)}</th>{cells}<td class=\"wc-total\">"
                    f"{counts.total()}</td></tr>")
    return (f'<table class="wc-figures"><thead><tr><th>party</th>{head}<th>total</th></tr>'
            f"</thead><tbody>{''.join(rows)}</tbody></table>")


def periods_between(first: str, last: str, by: str) -> list[str]:
    """Every day (or Monday) from `first` to `last`, so gaps in the timeline show."""
    step = dt.timedelta(days=7 if by == "week" else 1)
    day, end, out = dt.date.fromisoformat(first), dt.date.fromisoformat(last), []
    while day <= end:
        out.append(day.isoformat())
        day += step
    return out


def timeline_svg(tally: Tally, colours: Mapping[str, str], by: str) -> str:
    """Bars of claims per period, stacked by party in the order of the party table; each
    piece's tooltip gives its period, party and count."""
    counts = tally.periods[by]
    if not counts:
        return f'<p class="wc-dim">No claim is dated to the {by}.</p>'
    periods = periods_between(min(p for p, _ in counts), max(p for p, _ in counts), by)
    order = tally.parties()
    most = max(sum(counts[(p, party)] for party in order) for p in periods)
    width, height, left, right, bottom = 720, 180, 34, 24, 34
    slot = (width - left - right) / len(periods)
    bar = max(1.0, min(slot * 0.8, 48.0))
    scale = (height - bottom - 12) / most
    shapes = [f'<line x1="{left}" y1="{height - bottom}" x2="{width - right}" '
              f'y2="{height - bottom}" '
              'stroke="#8c959f"/>',
              f'<text x="{left - 6}" y="{height - bottom}" text-anchor="end">0</text>',
              f'<text x="{left - 6}" y="{height - bottom - most * scale + 4:.1f}" '
              f'text-anchor="end">{most}</text>']
    every = max(1, -(-len(periods) // 8))
    for i, period in enumerate(periods):
        x, y = left + i * slot + (slot - bar) / 2, float(height - bottom)
        for party in order:
            n = counts[(period, party)]
            if n:
                y -= n * scale
                shapes.append(
                    f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{n * scale:.1f}" '
                    f'fill="{colour_of(party, colours)}"><title>{period}: '
                    f"{html.escape(party or 'no party')} {n}</title></rect>")
        if i % every == 0:
            shapes.append(f'<text x="{x + bar / 2:.1f}" y="{height - bottom + 16}" '
                          f'text-anchor="middle">{period[5:] if by == "day" else period}</text>')
    label = (f"Claims by party per {by} said on, {periods[0]} to {periods[-1]}; "
             f"at most {most} in a {by}")
    return (f'<svg class="wc-timeline" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="{label}">'
            f"<title>{label}</title>{''.join(shapes)}</svg>")


def article_list(tally: Tally) -> str:
    """Each article with its claim count, linked to its section where it is drawn."""
    e = html.escape
    items = []
    for a in tally.articles:
        name = e(a.title or a.source)
        name = f'<a href="#{a.anchor}">{name}</a>' if a.anchor else name
        more = [e(x) for x in (a.source if a.title else None, a.article_date, a.url) if x]
        extra = f' <span class="wc-dim">{" · ".join(more)}</span>' if more else ""
        items.append(f'<li><span class="wc-count">{a.claims}</span> {name}{extra}</li>')
    return f'<ol class="wc-articles">{"".join(items)}</ol>'


def run_list(details: Mapping[str, str]) -> str:
    e = html.escape
    rows = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in details.items())
    return f'<dl class="wc-run">{rows}</dl>'


def summary_section(tally: Tally, colours: Mapping[str, str],
                    details: Mapping[str, str]) -> str:
    """The report's opening section: totals, party table, timeline, articles, run."""
    count, articles = tally.claims, len(tally.articles)
    shown = sum(1 for a in tally.articles if a.anchor)
    s = "" if articles == 1 else "s"
    lead = (f"{count} claim{'' if count == 1 else 's'} in {shown} of {articles} article{s}"
            if count else f"No claims found in {articles} article{s}.")
    by = tally.timeline_by()
    undated = tally.undated[by]
    note = (f' <span class="wc-dim">({undated} not dated to the {by})</span>'
            if undated else "")
    return (f'<section class="wc-summary" id="summary"><h2>Summary</h2>'
            f'<p class="wc-total-line">{lead}</p><div class="wc-pair">'
            f"<div><h3>Claims per party and type</h3>{party_table(tally, colours)}</div>"
            f"<div><h3>Claims by {by} said on{note}</h3>{timeline_svg(tally, colours, by)}"
            f'</div></div><div class="wc-pair"><div><h3>Articles</h3>{article_list(tally)}'
            f"</div><div><h3>Run</h3>{run_list(details)}</div></div></section>\n")
