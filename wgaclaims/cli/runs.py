"""How a command starts a run, shows it on stderr, writes its output and ends it."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from .. import InputError, WgaclaimsError, errors
from . import progress
from .progress import ProgressBar

if TYPE_CHECKING:
    from .. import Extraction, Run


def start(strict: bool = False, quiet: bool = False) -> Run:
    """A run that names each skipped input on stderr (and stops at the first with `strict`),
    and shows warnings unless `quiet`."""
    from .. import Run

    def skip(error: InputError) -> None:
        click.echo(errors.skipped(error), err=True)
        if strict:
            raise click.ClickException(errors.stopped_strict(error))

    def warn(message: str) -> None:
        click.echo(errors.warning(message), err=True)

    return Run(on_skip=skip, on_warning=None if quiet else warn)


def load(model: str | None, parties: str, jobs: int, scheduler: str | None = None) -> Extraction:
    """The pipeline for a run; a model, registry or scheduler that cannot be used is a usage
    error."""
    from .. import Extraction

    try:
        return Extraction(model, parties, jobs, scheduler)
    except WgaclaimsError as e:
        raise click.UsageError(str(e)) from e


def watch(quiet: bool, data_to_terminal: bool = False) -> Callable[[int], ProgressBar]:
    """The progress bar for a run of `total` articles, drawn where progress.wanted says."""
    def bar(total: int) -> ProgressBar:
        return ProgressBar(total, enabled=progress.wanted(
            quiet=quiet, articles=total, data_to_terminal=data_to_terminal,
            stderr_is_terminal=sys.stderr.isatty()))
    return bar


def finish(run: Run, claims: int, quiet: bool) -> None:
    """The summary line on stderr, unless `quiet`; exit status 1 when an input was skipped."""
    if not quiet:
        click.echo(run.summary(claims), err=True)
    if run.skipped:
        sys.exit(1)


class Destination:
    """stdout, or a file written to a temporary name and moved into place on success;
    `binary` for a format that writes bytes."""

    def __init__(self, output: str | None, binary: bool = False) -> None:
        self.output = output
        self.binary = binary
        self.tmp: str | None = None
        self.stream: IO[Any]

    def __enter__(self) -> IO[Any]:
        if self.output is None:
            self.stream = sys.stdout.buffer if self.binary else sys.stdout
            return self.stream
        target = Path(self.output)
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
        except OSError as e:
            raise click.BadParameter(errors.unwritable_output(self.output, e.strerror),
                                     param_hint="'-o' / '--output'") from e
        # mkstemp makes the file private (0600); the export gets the mode any new file
        # gets, so that others can read it where the user's umask allows.
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        self.stream = (os.fdopen(fd, "wb") if self.binary
                       else os.fdopen(fd, "w", encoding="utf-8", newline=""))
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
