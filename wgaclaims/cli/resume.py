"""--resume: `extract -o FILE` written so that a run stopped at any instant can be taken up.

For jsonl, json and csv (unsorted), claims go to FILE.partial with a journal
of the articles done (output/journal.py); FILE appears when the run
completes. A stopped run's files are never overwritten: a run without
--resume refuses, naming the command that resumes it. Other outputs (stdout,
a report, a timeline) are written as before (runs.Destination).
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any

import click

from .. import Article, Claim, errors, long_runs
from ..input.sources import DEFAULT_PATTERNS
from .formats import destination
from .options import choose_format

if TYPE_CHECKING:
    from .. import Reading, Run, Writer
    from ..output.journal import Journal
    from ..run import Done

RESUMABLE = ("jsonl", "json", "csv")

resume_option = click.option(
    "--resume", is_flag=True,
    help="Take up a stopped run of -o FILE (jsonl, json, csv): read only the articles it had "
         "not finished, and end with the file an unstopped run writes. Without it, a stopped "
         "run is never overwritten. With -o FILE.db, leave out the articles the database "
         "holds.")

# Settings the output depends on: a run is resumed only with the same ones.
_FLAGS = {"format": "--format", "party": "--party", "type": "--type",
          "article_date": "--article-date", "since": "--since", "until": "--until",
          "model": "--model", "parties": "--parties", "glob": "--glob", "encoding": "--encoding",
          "text_field": "--text-field", "id_field": "--id-field", "date_field": "--date-field",
          "title_field": "--title-field", "url_field": "--url-field", "unwrap": "--unwrap",
          "fields": "--fields"}
_DEFAULTS = {"parties": "default", "glob": list(DEFAULT_PATTERNS), "unwrap": False}
_NAMES = {"paths": "PATHS", "cwd": "working folder"}


def settings(paths: Iterable[str], reading: Reading, **options: Any) -> dict[str, Any]:
    """The settings of a run as its journal keeps them (JSON: lists, not tuples), how its
    inputs are read included."""
    found: dict[str, Any] = {"paths": list(paths), "cwd": os.getcwd()}
    fields = reading.fields
    options |= {"glob": reading.patterns, "encoding": reading.encoding, "unwrap": reading.unwrap,
                "text_field": fields.text, "id_field": fields.id, "date_field": fields.date,
                "title_field": fields.title, "url_field": fields.url}
    for key, value in options.items():
        found[key] = list(value) if isinstance(value, tuple) else value
    return found


def command(output: str, config: dict[str, Any], extra: Iterable[str] = ()) -> str:
    """The command that resumes the run of `config` (options at their defaults left out)."""
    words = ["wgaclaims", "extract", *config["paths"], "-o", output]
    for key, flag in _FLAGS.items():
        value = config.get(key)
        if (key == "format" and value == choose_format(None, output)) \
                or value is None or value == _DEFAULTS.get(key) or value is False:
            continue
        if value is True:
            words.append(flag)  # a flag: --unwrap
            continue
        for one in value if isinstance(value, list) else [value]:
            words += [flag, one]
    return shlex.join([*words, *extra, "--resume"])


class Output:
    """Where extract writes: stdout or an atomic file (Destination), or, for an output a
    stopped run can take up, FILE.partial and its journal.

    Use as a context manager: `stream` is where the writer writes; `begin` once the
    writer is made, `articles` around the results, `record` after each article.
    """

    def __init__(self, output: str | None, fmt: str, sort_by: str | None, resume: bool,
                 config: dict[str, Any], extra: Iterable[str] = ()) -> None:
        from ..output.journal import Journal

        journaled = output is not None and fmt in RESUMABLE and not sort_by
        # A database commits each article whole, so it is its own record of what is done.
        self.database = output if fmt == "sqlite" and resume else None
        if resume and not journaled and self.database is None:
            why = ("give -o FILE" if output is None else "not with --sort" if sort_by
                   else f"not {fmt}")
            raise click.BadParameter(long_runs.cannot_resume(why), param_hint="--resume")
        self.output, self.resume, self.config = output, resume, config
        self.command = command(output, config, extra) if output is not None else ""
        self.journal: Journal | None = (Journal(output, config) if journaled and output
                                        else None)
        self.destination = destination(fmt, None if journaled else output)
        self.done: Done | None = None
        self.earlier: Any = None
        self.stream: IO[Any] | None

    def __enter__(self) -> Output:
        if self.journal is None:
            self.stream = self.destination.__enter__()
            if self.database is not None:
                self.done = _stored(self.database)
            return self
        assert self.output is not None
        if self.journal.exists():
            self._take_up(self.journal)
        else:
            self.stream = self._start(self.journal)
        return self

    def _start(self, journal: Journal) -> IO[str]:
        try:
            return journal.start()
        except OSError as e:
            raise click.BadParameter(errors.unwritable_output(str(self.output), e.strerror),
                                     param_hint="'-o' / '--output'") from e

    def _take_up(self, journal: Journal) -> None:
        from ..run import Done

        earlier = journal.earlier()
        if not self.resume:
            raise click.UsageError(long_runs.partial_run(
                str(self.output), str(journal.partial), len(earlier.articles), self.command))
        differ = sorted(_NAMES.get(k, _FLAGS.get(k, k)) for k in set(self.config)
                        | set(earlier.settings) if self.config.get(k) != earlier.settings.get(k))
        if differ:
            raise click.UsageError(long_runs.resume_other_settings(str(self.output), differ))
        self.earlier = earlier
        self.done = Done(frozenset(earlier.articles), earlier.sources())
        self.stream = journal.resume(earlier)

    def begin(self, writer: Writer, run: Run) -> None:
        """Count what the stopped run did: its claims are in the output, its articles read."""
        if self.earlier is not None:
            writer.resume(self.earlier.claims)
            run.articles += len(self.earlier.articles)

    def articles(self, results: Iterable[tuple[Article, list[Claim]]]
                 ) -> Iterable[tuple[Article, list[Claim]]]:
        """The results an article at a time, whole, when each is to be recorded as done."""
        from ..output.journal import whole_articles

        return results if self.journal is None else whole_articles(results)

    def record(self, article: Article, writer: Writer) -> None:
        if self.journal is not None:
            self.journal.done(article, writer.count)

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if self.journal is None:
            self.destination.__exit__(exc_type, exc, tb)
        elif exc_type is None:
            self.journal.finish()
        elif not self.journal.earlier().articles:
            self.journal.discard()  # nothing done: nothing to take up
        else:
            self.journal.close()
            click.echo(long_runs.stopped_run(len(self.journal.earlier().articles), self.command),
                       err=True)


def _stored(path: str) -> Done:
    """The articles a database holds: each was committed whole with its claims, so a run
    stopped at any instant is taken up by leaving them out (--resume with -o FILE.db)."""
    import sqlite3
    from contextlib import closing

    from ..run import Done

    if not os.path.exists(path):
        return Done()
    with closing(sqlite3.connect(path)) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        rows = conn.execute("SELECT source, article_id FROM articles").fetchall() \
            if "articles" in tables else []
    return Done(frozenset((source, article) for source, article in rows))
