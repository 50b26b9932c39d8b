"""The progress bar of a long run, on stderr: articles done, claims found, articles/s, time left.

Part of the command-line shell, not the library (which never prints). The
bar is drawn only where someone is watching and nothing else is drawn on the
same screen: stderr is a terminal, the claims are not being written to that
terminal too (a table streaming past would tear through the bar; the table
is progress enough), there is more than one article, and no --quiet. It is
transient: at the end it gives way to the one-line summary.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any


def wanted(*, quiet: bool, articles: int, stderr_is_terminal: bool,
           data_to_terminal: bool) -> bool:
    """Whether to draw the bar, by the rules above."""
    return not quiet and articles > 1 and stderr_is_terminal and not data_to_terminal


class ProgressBar:
    """A rich progress bar over `total` articles; does nothing when not `enabled`."""

    def __init__(self, total: int, enabled: bool = True, console: Any = None) -> None:
        self.enabled = enabled
        self.total = total
        self.claims = 0
        self._progress: Any = None
        self._task: Any = None
        self._console = console  # a rich Console; by default one on stderr

    def __enter__(self) -> ProgressBar:
        if not self.enabled:
            return self
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        console = self._console or Console(stderr=True)
        self._progress = Progress(
            TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
            TextColumn("articles, {task.fields[claims]} claims,"),
            TextColumn("{task.fields[rate]} articles/s,"), TimeRemainingColumn(),
            TextColumn("left"),
            console=console, transient=True, redirect_stdout=False, redirect_stderr=True)
        self._progress.__enter__()
        self._task = self._progress.add_task("extract", total=self.total, claims=0, rate="-")
        return self

    def advance(self, articles: int = 1, claims: int = 0) -> None:
        """Count articles done (read and analysed, or skipped) and the claims they gave."""
        self.claims += claims
        if self._progress is None:
            return
        self._progress.advance(self._task, articles)
        speed = self._progress.tasks[0].speed
        self._progress.update(self._task, claims=self.claims,
                              rate=f"{speed:.1f}" if speed else "-")

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.__exit__(exc_type, exc, tb)
            self._progress = None
