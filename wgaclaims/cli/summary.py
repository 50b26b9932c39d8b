"""`wgaclaims summary`: figures over the claims of many articles."""

from __future__ import annotations

import sys
from contextlib import closing
from typing import TYPE_CHECKING

import click

from .. import SUMMARY_FORMATS
from .options import (
    article_date_option,
    choose_format,
    input_options,
    output_options,
    parse_date_option,
    paths_argument,
    pipeline_options,
)

if TYPE_CHECKING:
    from .. import Reading

from .runs import Destination, finish, load, start, watch


@click.command()
@paths_argument
@output_options(SUMMARY_FORMATS)
@click.option("--by", type=click.Choice(["day", "week"]), default="day", show_default=True,
              help="Timeline periods: the day each claim was said on, or its week (Monday).")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many of the most quoted speakers to list.")
@article_date_option("The date of every article read, as in extract.")
@pipeline_options
@input_options
def summary(paths: tuple[str, ...], fmt: str | None, output: str | None, by: str, top: int,
            article_date: str | None, jobs: int, model: str | None, parties: str,
            reading: Reading, strict: bool, quiet: bool) -> None:
    """Figures over the claims in PATHS: per party and type, speakers, a timeline.

    Counts claims per party and type, lists the most quoted speakers, and
    draws a timeline of claims by party per day or week they were said on
    (claims whose date is vaguer are counted as undated). --format json gives
    the same figures as one object; jsonl and csv as flat rows.

    \b
    Examples:
      wgaclaims summary samples/
      wgaclaims summary archive/ --by week --format json | jq .by_party
    """
    from .. import organisation_names, summarize, write_summary

    parse_date_option(article_date, "--article-date")
    run = start(strict, quiet)
    fmt = choose_format(fmt, output, SUMMARY_FORMATS)
    how = load(model, parties, jobs)
    to_terminal = output is None and sys.stdout.isatty()
    with closing(how.claims_of(paths, run, reading=reading,
                               article_date=article_date,
                               progress=watch(quiet, to_terminal))) as results:
        claims = [c for _, found in results for c in found]
    figures = summarize(claims, by=by, top=top,
                        organisations=organisation_names(how.registry.parties))
    with Destination(output) as stream:
        write_summary(figures, fmt, stream)
    finish(run, len(claims), quiet)
