"""A run over many inputs: paths read, articles extracted in batches, what was skipped counted.

This is what every command that extracts does, as a library: the CLI adds
only options, messages and a progress bar. Nothing here prints. A run tells
its caller of skipped inputs and warnings through the callbacks of `Run`, and
of progress through the object `progress` makes (see Progress); the caller
decides what to show, and may stop the run by raising from a callback.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Callable, Generator, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from . import errors, pipeline
from .dating.calendar import said_in_range
from .errors import InputError
from .input.reading import Reading, count_articles, read_inputs
from .input.sources import article_from_text, iter_paths
from .model import Article, Claim
from .output.journal import article_key
from .parallel import cores
from .pipeline import load_pipeline
from .resolve.registry import DEFAULT

if TYPE_CHECKING:
    from spacy.language import Language

    from .resolve.registry import Registry

Results = Generator[tuple[Article, list[Claim]], None, None]


class Progress(Protocol):
    """What a run reports as it goes: articles done (read and analysed, or skipped), and
    the claims they gave."""

    def advance(self, articles: int = 1, claims: int = 0) -> None: ...


class _Unwatched:
    def advance(self, articles: int = 1, claims: int = 0) -> None:
        pass


ProgressFactory = Callable[[int], AbstractContextManager[Progress]]


def _watch(progress: ProgressFactory | None, total: int) -> AbstractContextManager[Progress]:
    return progress(total) if progress is not None else nullcontext(_Unwatched())


@dataclass(frozen=True)
class Selection:
    """Which claims to keep: of these parties (None for unattributed ones) and types, said
    between these dates (see calendar.said_in_range); an empty choice keeps all."""

    parties: frozenset[str | None] = frozenset()
    types: frozenset[str] = frozenset()
    since: dt.date | None = None
    until: dt.date | None = None

    def __call__(self, claim: Claim) -> bool:
        return ((not self.parties or claim.party in self.parties)
                and (not self.types or claim.type in self.types)
                and said_in_range(claim.said_on, claim.said_on_precision, self.since,
                                  self.until))


def timeline(claims: Iterable[Claim]) -> list[Claim]:
    """The claims in order of said_on, undated ones last; claims of one date keep their
    order (the sort is stable)."""
    return sorted(claims, key=lambda c: (c.said_on is None, c.said_on or ""))


@dataclass(frozen=True)
class Done:
    """What an earlier run of the same output finished (see output/journal.py): articles by
    (source, article id), and the sources all of whose articles it finished."""

    articles: frozenset[tuple[str, str]] = frozenset()
    sources: frozenset[str] = frozenset()

    def read(self, item: str | InputError) -> bool:
        """Whether a listed source was read whole before: it need not be read again."""
        return isinstance(item, str) and item in self.sources

    def holds(self, item: Article | InputError) -> bool:
        return isinstance(item, Article) and article_key(item) in self.articles


class Run:
    """What one run has seen: articles read and inputs skipped, for its summary and exit code.

    `on_skip` hears of each skipped input as it is skipped (raising there
    stops the run); `on_warning` of each warning, such as a file read as
    cp1252.
    """

    def __init__(self, on_skip: Callable[[InputError], None] | None = None,
                 on_warning: Callable[[str], None] | None = None) -> None:
        self.on_skip = on_skip
        self.on_warning = on_warning
        self.skipped: list[InputError] = []
        self.articles = 0

    def skip(self, error: InputError) -> None:
        self.skipped.append(error)
        if self.on_skip is not None:
            self.on_skip(error)

    def summary(self, claims: int) -> str:
        """One line: articles read, claims found, and how many inputs were skipped and why."""
        return errors.run_summary(self.articles, claims, Counter(e.kind for e in self.skipped))


class Extraction:
    """A loaded pipeline and how to run it: the worker count, and how to rebuild it.

    `loader` rebuilds the pipeline in a worker process that cannot inherit it
    (spawned, not forked: macOS and Windows). With `scheduler` (a Dask
    scheduler's address, needs the `dask` extra) the batches run on that
    cluster's workers instead, in the same order (cluster.py). Loading raises
    UsageError for a model or registry that cannot be used, or a scheduler that
    cannot be reached.
    """

    def __init__(self, model: str | None = None, parties: str = DEFAULT, jobs: int = 1,
                 scheduler: str | None = None) -> None:
        self.scheduler = scheduler  # a Dask scheduler's address: the batches run there
        self.client: Any = None
        if scheduler is not None:  # before the model loads: an unreachable one fails at once
            from .cluster import connect

            self.client = connect(scheduler)
        self.nlp: Language = load_pipeline(model, parties)
        self.jobs = jobs or cores()
        self.loader = functools.partial(load_pipeline, model, parties)
        self.model, self.parties = model, parties

    def _pool(self, jobs: int, limit: float) -> AbstractContextManager[Any]:
        """Where the batches run: local worker processes (none for one job), or the Dask
        cluster at `scheduler` (cluster.py)."""
        if self.scheduler is None:
            return pipeline.workers(self.nlp, jobs, self.loader, limit)
        from .cluster import ClusterPool

        return ClusterPool(self.scheduler, self.model, self.parties, limit, self.client)

    @property
    def registry(self) -> Registry:
        """The party registry in use: the one the pipeline loaded."""
        return pipeline.registry(self.nlp)

    def claims_of(self, paths: Iterable[str], run: Run, *, reading: Reading | None = None,
                  article_date: str | None = None, progress: ProgressFactory | None = None,
                  done: Done | None = None) -> Results:
        """Read, extract and yield each article's claims; report unreadable inputs and go on.

        The paths are listed first (names only, an archive's rows counted), so
        the progress knows the total; the articles themselves are read one
        batch ahead of the analysis. `reading` says how (input/reading.py: which
        files in folders, the encoding, an archive's fields, --unwrap).
        `article_date` (YYYY-MM-DD) overrides every article's own date. Articles
        `done` by an earlier run are left out, and a source all of whose articles
        are done is not read.
        """
        reading = reading or Reading()
        listed = list(iter_paths(paths, reading.patterns))
        if done is not None:
            listed = [item for item in listed if not done.read(item)]
        total = count_articles(listed, reading)
        articles: Iterable[Article | InputError] = read_inputs(listed, reading, run.on_warning)
        if done is not None:
            articles = (a for a in articles if not done.holds(a))
        yield from self.extract_all(articles, total, run, article_date=article_date,
                                    progress=progress)

    def claims_of_texts(self, texts: dict[str, str], run: Run,
                        progress: ProgressFactory | None = None) -> Results:
        """As claims_of, for texts in hand, by name (a gold file's documents)."""
        articles = [article_from_text(name, text) for name, text in texts.items()]
        yield from self.extract_all(articles, len(articles), run, progress=progress)

    def extract_all(self, items: Iterable[Article | InputError], total: int, run: Run, *,
                    article_date: str | None = None,
                    progress: ProgressFactory | None = None) -> Results:
        """Claims of each article (or piece of a long one) in input order, counted in `run`.

        Worker processes start before the progress is made (it may start a
        thread, see parallel.py), and both stop when this generator is closed,
        however the run ends.
        """
        limit = pipeline.RULES_TIME_LIMIT
        with self._pool(max(1, min(self.jobs, total)), limit) as pool, \
                _watch(progress, total) as bar:
            failed = False  # the rules failed on a piece of the current article
            for item in pipeline.iter_results(items, self.nlp, pool=pool, time_limit=limit,
                                              article_date=article_date):
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
