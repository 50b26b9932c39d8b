"""Worker processes for --jobs: batches analysed in parallel, results in input order.

Each worker holds its own pipeline. Where processes are forked (Linux) it is
inherited from the parent, already loaded, its pages shared; where they are
spawned (macOS, Windows) each worker loads it once with `loader`. Batches go
out through one queue, so whichever worker is idle takes the next; results
come back numbered and are yielded in input order. At most `window` batches
are in flight, so memory stays flat however large the folder.

No worker outlives the run: workers ignore Ctrl-C (the parent stops them),
and each exits on its own if the parent dies (for example of SIGPIPE when
`| head` closes the pipe), so nothing is left running and nothing prints a
traceback.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from . import errors

Key = TypeVar("Key")
Payload = TypeVar("Payload")

START_METHOD = "fork" if sys.platform == "linux" else "spawn"
POLL_SECONDS = 0.5


class WorkerDied(Exception):
    """A worker process ended without being asked to, while these batches were out."""

    def __init__(self, exitcode: int | None, keys: list[Any]) -> None:
        super().__init__(f"a worker process ended with exit code {exitcode}")
        self.exitcode = exitcode
        self.keys = keys


class WorkerFailed(Exception):
    """A worker could not run a batch at all (its pipeline did not load, for one)."""


def cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class Workers:
    """`jobs` worker processes running fn(pipeline, payload); use as a context manager.

    The processes start here, before the caller starts any thread of its own
    (a progress bar), since forking a process that runs other threads can
    leave the child holding a lock no thread will release.
    """

    def __init__(self, fn: Callable[[Any, Any], Any], jobs: int, nlp: Any,
                 loader: Callable[[], Any] | None) -> None:
        ctx: Any = mp.get_context(START_METHOD)
        self.jobs = jobs
        self.tasks: Any = ctx.Queue()
        self.results: Any = ctx.Queue()
        inherited = nlp if START_METHOD == "fork" else None
        self.processes = [
            ctx.Process(target=_serve, args=(fn, self.tasks, self.results, inherited, loader,
                                              os.getpid()), daemon=True)
            for _ in range(jobs)]
        for process in self.processes:
            process.start()

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.close(stop=exc_type is not None)

    def map(self, items: Iterable[tuple[Key, Payload]],
            window: int | None = None) -> Iterator[tuple[Key, Any]]:
        """Yield (key, fn(pipeline, payload)) for each item, in order.

        Only the payload is sent to a worker; the key stays here. At most
        `window` items (default: two a worker) are out at once.
        """
        window = window or 2 * self.jobs
        keys: dict[int, Key] = {}
        ready: dict[int, tuple[bool, Any]] = {}
        source = iter(items)
        sent = done = 0
        while True:
            while sent - done < window:
                item = next(source, None)
                if item is None:
                    break
                keys[sent] = item[0]
                self.tasks.put((sent, item[1]))
                sent += 1
            if done == sent:
                return
            while done not in ready:
                try:
                    seq, ok, value = self.results.get(timeout=POLL_SECONDS)
                except queue.Empty:
                    self._check(keys)
                    continue
                ready[seq] = (ok, value)
            ok, value = ready.pop(done)
            key = keys.pop(done)
            done += 1
            if not ok:
                raise WorkerFailed(value)
            yield key, value

    def _check(self, keys: dict[int, Any]) -> None:
        for process in self.processes:
            if process.exitcode is not None:
                raise WorkerDied(process.exitcode, [keys[n] for n in sorted(keys)])

    def close(self, stop: bool = False) -> None:
        """Tell the workers to finish; with `stop` (after Ctrl-C or an error), stop them now."""
        if not stop:
            for _ in self.processes:
                self.tasks.put(None)
        deadline = time.monotonic() + (0 if stop else 5)
        for process in self.processes:
            process.join(timeout=max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.terminate()
                process.join()
        for q in (self.tasks, self.results):
            q.cancel_join_thread()
            q.close()


def _serve(fn: Callable[[Any, Any], Any], tasks: Any, results: Any, nlp: Any,
           loader: Callable[[], Any] | None, parent: int) -> None:
    """A worker's life: take numbered batches until told to stop, answer each in turn."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    _die_with(parent)
    problem = None
    if nlp is None and loader is not None:
        try:
            nlp = loader()
        except Exception as e:  # reported with every batch, so the parent can say why
            problem = errors.worker_cannot_load(e)
    while (task := tasks.get()) is not None:
        seq, payload = task
        if problem is not None:
            results.put((seq, False, problem))
            continue
        try:
            results.put((seq, True, fn(nlp, payload)))
        except Exception as e:  # the parent stops the run with this message
            results.put((seq, False, f"{type(e).__name__}: {e}"))


def _die_with(parent: int) -> None:
    """End this worker when the parent process is gone: its queues will never speak again.

    On Linux the kernel does it at once (PR_SET_PDEATHSIG). Elsewhere a thread
    checks every second, which can wait while the parser holds the GIL.
    """
    if sys.platform == "linux":
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None).prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() != parent:  # gone already, before the line above
        os._exit(1)
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)
