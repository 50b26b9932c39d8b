"""`wgaclaims extract`: the claims of files, folders and stdin, as a table, JSON, CSV or HTML."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import replace
from typing import TYPE_CHECKING

import click

from .. import CLAIM_TYPES, FORMATS, Article, Claim, errors
from .formats import FIELDS_HELP, check, chosen_fields, party_ids, run_details
from .options import (
    article_date_option,
    choose_format,
    input_options,
    output_options,
    parse_date_option,
    paths_argument,
    pipeline_options,
    scheduler_option,
)
from .resume import Output, resume_option, settings
from .runs import finish, load, start, watch

if TYPE_CHECKING:
    from .. import Reading, Selection, Writer

EXAMPLES = """
\b
Examples:
  wgaclaims extract samples/                      # a table per article
  wgaclaims extract samples/ --format jsonl | jq .party
  cat article.txt | wgaclaims extract - --format csv
  wgaclaims extract archive/ --glob '*.md' -o claims.jsonl
  wgaclaims extract articles.jsonl --text-field body  # one article a row
  wgaclaims extract samples/ --party AMPTP --type direct --type mixed
  wgaclaims extract archive/ --since 2023-07-01 --until 2023-07-14 --sort said_on
  wgaclaims extract samples/ -o report.html       # claims highlighted in each article
  wgaclaims extract archive/ -o claims.jsonl --resume   # take up a stopped run
  wgaclaims extract archive/ -o claims.db         # then: datasette claims.db
  wgaclaims extract samples/ --fields source,party,speaker,content -o claims.tsv
"""


@click.command(epilog=EXAMPLES)
@paths_argument
@output_options(FORMATS)
@click.option("--fields", metavar="NAME,...", help=FIELDS_HELP)
@click.option("--party", "parties_wanted", multiple=True, metavar="ID",
              help="Keep only claims of this party (repeatable); 'none' keeps unattributed ones.")
@click.option("--type", "types", multiple=True, type=click.Choice(CLAIM_TYPES),
              help="Keep only claims of this type (repeatable).")
@article_date_option("The date of every article read, for resolving 'Wednesday' and the like "
                     "(default: each article's date header, Published line or dateline).")
@click.option("--since", metavar="YYYY-MM-DD",
              help="Keep only claims said on or after this date (undated claims are dropped; "
                   "a week or month counts if it overlaps).")
@click.option("--until", metavar="YYYY-MM-DD",
              help="Keep only claims said on or before this date (as --since).")
@click.option("--sort", "sort_by", type=click.Choice(["said_on"]),
              help="Order all claims by said_on into one timeline, undated ones last. This "
                   "holds every claim until the last article is read: nothing streams.")
@resume_option
@pipeline_options
@scheduler_option
@input_options
def extract(paths: tuple[str, ...], fmt: str | None, output: str | None, fields: str | None,
            parties_wanted: tuple[str, ...], types: tuple[str, ...], article_date: str | None,
            since: str | None, until: str | None, sort_by: str | None, resume: bool,
            jobs: int, model: str | None, parties: str, scheduler: str | None,
            reading: Reading, strict: bool, quiet: bool) -> None:
    """Find the claims in PATHS: files, folders (walked recursively) and - for stdin.

    Prints one record per claim: its type (direct, mixed, indirect,
    according_to, statement, position), the speaker as written and the party it
    resolves to, the cue ("said", "according to"), the content, and offsets such
    that text[start:end] == content in the file as read (for an archive row, a
    page, Markdown or --unwrap, in the text `wgaclaims text` prints).
    """
    from .. import make_writer

    parse_date_option(article_date, "--article-date")
    keep = selection(frozenset(), types, since, until)
    fmt = choose_format(fmt, output)
    check(fmt, output, sort_by, fields)
    chosen = chosen_fields(fields, fmt)
    run = start(strict, quiet)
    to_terminal = output is None and sys.stdout.isatty()
    config = settings(paths, reading, format=fmt, party=parties_wanted, type=types,
                      article_date=article_date, since=since, until=until, model=model,
                      parties=parties, fields=fields)
    # The output first: a path that cannot be written fails before the model loads.
    extra = ["--scheduler", scheduler] if scheduler else ["--jobs", str(jobs)] if jobs != 1 else []
    with Output(output, fmt, sort_by, resume, config, extra) as out:
        how = load(model, parties, jobs, scheduler)
        keep = replace(keep, parties=party_ids(parties_wanted, how.registry))
        with closing(how.claims_of(paths, run, reading=reading,
                                   article_date=article_date, done=out.done,
                                   progress=watch(quiet, to_terminal))) as results:
            details = run_details(how.nlp.meta, parties, {
                "--party": " ".join(parties_wanted), "--type": " ".join(types),
                "--since": since, "--until": until, "--article-date": article_date})
            writer = make_writer(fmt, out.stream, how.registry.parties if fmt == "html" else (),
                                 fields=chosen, path=output, details=details)
            out.begin(writer, run)
            write(writer, out.articles(results), keep, sort_by, out.record)
    finish(run, writer.count, quiet)


def selection(parties: frozenset[str | None], types: tuple[str, ...], since: str | None,
              until: str | None) -> Selection:
    """The claims --party (as ids, None for no party), --type, --since and --until keep;
    a usage error for bad dates."""
    from .. import Selection

    first, last = parse_date_option(since, "--since"), parse_date_option(until, "--until")
    if first and last and first > last:
        raise click.BadParameter(errors.since_after_until(str(since), str(until)),
                                 param_hint="--since")
    return Selection(parties, frozenset(types), first, last)


def write(writer: Writer, results: Iterable[tuple[Article, list[Claim]]],
          keep: Selection, sort_by: str | None,
          done: Callable[[Article, Writer], None] | None = None) -> None:
    """The kept claims, an article at a time (each then `done`), or all at once in one
    timeline."""
    from .. import timeline

    if sort_by:
        writer.write(timeline(c for _, claims in results for c in claims if keep(c)))
    else:
        for article, claims in results:
            writer.write([c for c in claims if keep(c)], article)
            if done is not None:
                done(article, writer)
    writer.close()
