"""Runs on a Dask cluster (dask.distributed), for archives one machine cannot read in time.

Two ways in, both needing the `dask` extra (`pip install 'wgaclaims[dask]'`) here
and on every worker:

- `extract --scheduler tcp://HOST:8786` (run.Extraction(scheduler=...)): the
  batches a local run would make go to the cluster's workers instead of local
  processes (ClusterPool has the interface of parallel.Workers), so the claims
  come back in input order, byte-identical to `--jobs 1`, as each batch is done.
- `claims_bag(bag)` for people with their own Dask code: a bag of texts or
  articles in, a bag of claim records out.

Each worker process loads the pipeline once, on its first batch, and keeps it
(see _pipeline). A batch whose worker is lost is run again elsewhere by the
scheduler and read once here, so no claim is lost or doubled; a batch that
kills worker after worker stops the run with a message, as does a scheduler
that cannot be reached or workers that cannot import wgaclaims.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from importlib.metadata import version
from typing import Any

from . import long_runs
from .errors import UsageError, WgaclaimsError
from .model import Article
from .resolve.registry import DEFAULT

# How long to wait for the scheduler before saying it cannot be reached.
CONNECT_SECONDS = 10
# A batch is run again this many times when its worker fails with an error (a lost
# worker is handled by the scheduler itself, up to its own `allowed-failures`).
RETRIES = 2

_PIPELINES: dict[tuple[str | None, str], Any] = {}


def _pipeline(model: str | None, parties: str) -> Any:
    """The pipeline of this worker process for (model, parties), loaded on first use."""
    key = (model, parties)
    if key not in _PIPELINES:
        from .pipeline import load_pipeline

        _PIPELINES[key] = load_pipeline(model, parties)
    return _PIPELINES[key]


def analyse_batch(payload: Any, model: str | None, parties: str,
                  time_limit: float | None) -> Any:
    """What a worker does with one batch: pipeline.analyse on this process's pipeline."""
    from .pipeline import analyse

    return analyse(_pipeline(model, parties), payload, time_limit)


def connect(address: str) -> Any:
    """A client of the scheduler at `address`, its workers checked for wgaclaims."""
    from distributed import Client

    try:
        client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as e:
        raise UsageError(long_runs.scheduler_unreachable(address, str(e))) from e
    # Asked with a function of the standard library: a worker without wgaclaims can run it.
    check_workers(client.run(version, "wgaclaims", on_error="return"), address)
    return client


def check_workers(versions: dict[str, Any], address: str) -> None:
    """Stop when a worker cannot import wgaclaims, or runs another version (its claims
    could differ), or when the cluster has no worker at all."""
    here = version("wgaclaims")
    if not versions:
        raise UsageError(long_runs.no_workers(address))
    for worker, found in sorted(versions.items()):
        if isinstance(found, BaseException):
            raise UsageError(long_runs.worker_without_wgaclaims(worker, f"{found!r}"))
        if found != here:
            raise UsageError(long_runs.worker_other_version(worker, str(found), here))


class ClusterPool:
    """Batches run on a Dask cluster: parallel.Workers' interface, results in input order.

    At most `window` batches (default: two per worker thread) are out at once,
    so memory stays flat however large the input.
    """

    def __init__(self, address: str, model: str | None, parties: str = DEFAULT,
                 time_limit: float | None = None, client: Any = None) -> None:
        self.address = address
        self.client = client if client is not None else connect(address)
        self.own_client = client is None
        self.args = (model, parties, time_limit)
        self.threads = sum(self.client.nthreads().values())

    def __enter__(self) -> ClusterPool:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if self.own_client:
            self.client.close()

    def map(self, items: Iterable[tuple[Any, Any]],
            window: int | None = None) -> Iterator[tuple[Any, Any]]:
        """Yield (key, analyse_batch(payload)) for each item, in order, as each is done."""
        from distributed import KilledWorker

        window = window or max(2, 2 * self.threads)
        out: deque[tuple[Any, Any]] = deque()
        source = iter(items)
        while True:
            while len(out) < window and (item := next(source, None)) is not None:
                out.append((item[0], self.client.submit(
                    analyse_batch, item[1], *self.args, pure=False, retries=RETRIES)))
            if not out:
                return
            key, future = out.popleft()
            try:
                result = future.result()
            except KilledWorker as e:
                self._cancel(out)
                raise WgaclaimsError(long_runs.batch_killed_workers(self.address)) from e
            except Exception as e:  # raised on a worker, or on its way back
                self._cancel(out)
                raise WgaclaimsError(long_runs.batch_failed(self.address, f"{e!r}")) from e
            yield key, result

    @staticmethod
    def _cancel(out: Iterable[tuple[Any, Any]]) -> None:
        for _, future in out:
            future.cancel()


def claims_bag(bag: Any, *, model: str | None = None, parties: str = DEFAULT,
               article_date: str | None = None) -> Any:
    """A Dask bag of claim records (dicts in the record's field order) from a bag of texts,
    (source, text) pairs or Articles, in order.

    Each worker loads the pipeline once. A text is named `<text P:N>` (partition P,
    item N), as extract_claims names it `<text N>`; an Article keeps its source.
    The result is ready for `.to_dataframe()` and then `.to_parquet(...)`.
    """
    import dask.bag as db

    numbers = db.from_sequence(range(bag.npartitions), npartitions=bag.npartitions)
    return bag.map_partitions(_claims_of_partition, numbers, model=model, parties=parties,
                              article_date=article_date)


def _claims_of_partition(items: Iterable[Any], number: Iterable[int], model: str | None,
                         parties: str, article_date: str | None) -> list[dict[str, Any]]:
    from .input.sources import article_from_text
    from .pipeline import iter_claims

    part = next(iter(number))
    articles = [_article(item, f"<text {part}:{n}>", article_from_text)
                for n, item in enumerate(items)]
    return [claim.to_dict() for _, claims in iter_claims(
        articles, _pipeline(model, parties), article_date=article_date) for claim in claims]


def _article(item: Any, name: str, from_text: Any) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return from_text(name, item)  # type: ignore[no-any-return]
    source, text = item
    return from_text(str(source), text)  # type: ignore[no-any-return]
