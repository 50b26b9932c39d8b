"""The messages of long runs: a stopped run taken up (--resume) and a Dask cluster.

Kept apart from errors.py, which holds every other message, as they concern only
cli/resume.py and cluster.py; each names what went wrong and the command or step
that fixes it.
"""

from __future__ import annotations

from .errors import _count


def partial_run(output: str, partial: str, articles: int, command: str) -> str:
    return (f"{output}: an earlier run stopped after {_count(articles, 'article')}, kept in "
            f"{partial}; take it up with:\n  {command}\nor delete {partial} and "
            f"{partial}.done to start again")


def resume_other_settings(output: str, names: list[str]) -> str:
    return (f"{output}: the stopped run was made with other {', '.join(names)}; resume it "
            f"with the same ones, or delete {output}.partial and {output}.partial.done to "
            "start again")


def cannot_resume(why: str) -> str:
    return f"--resume takes up an output file in jsonl, json, csv or a SQLite database: {why}"


def stopped_run(articles: int, command: str) -> str:
    return (f"stopped after {_count(articles, 'article')}; what they gave is kept: take it up "
            f"with\n  {command}")


def scheduler_unreachable(address: str, detail: str) -> str:
    return (f"cannot reach the Dask scheduler at {address} ({detail}); check the address and "
            "that the scheduler is running (`dask scheduler` prints it)")


def no_workers(address: str) -> str:
    return f"the Dask scheduler at {address} has no workers; start some with `dask worker`"


def worker_without_wgaclaims(worker: str, detail: str) -> str:
    return (f"the Dask worker {worker} cannot import wgaclaims ({detail}); install it on every "
            "worker: pip install 'wgaclaims[dask]'")


def worker_other_version(worker: str, found: str, here: str) -> str:
    return (f"the Dask worker {worker} runs wgaclaims {found}, this machine {here}; install the "
            "same version everywhere, so every claim comes from the same rules")


def batch_killed_workers(address: str) -> str:
    return (f"a batch of articles ended every Dask worker that took it, at {address} (out of "
            "memory?); give the workers more memory, or leave out the longest articles")


def batch_failed(address: str, detail: str) -> str:
    return f"a batch of articles failed on the Dask cluster at {address}: {detail}"
