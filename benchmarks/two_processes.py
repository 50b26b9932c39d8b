"""What two processes gain on this machine, with bare spaCy alone: the ceiling for two workers.

    .venv/bin/python benchmarks/two_processes.py              # 200 articles, 2 runs
    .venv/bin/python benchmarks/two_processes.py --articles 100 --repeat 3

`--jobs 2` and a Dask cluster of 2 workers can be no faster, against one,
than two copies of the parser itself. This runs bare spaCy (the model
wgaclaims loads, without our components) over the first ARTICLES articles of
throughput.py's corpus, once in one process and once split in two halves
(by words) in two processes at the same time, each process loading its model
before the clock starts, and prints the wall times and their ratio. Where
this ratio is below a goal, the machine (shared cores, memory bandwidth,
turbo clocks that drop when both cores run) sets the ceiling, not wgaclaims.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import POLNEAR, corpus  # noqa: E402


def parse(texts: list[str], ready: Any, out: Any) -> None:
    """Load the model, wait for the other process, then time nlp.pipe over texts."""
    from wgaclaims import load_pipeline
    from wgaclaims.pipeline import BATCH_SIZE, CLAIMS_PIPE

    nlp = load_pipeline()
    with nlp.select_pipes(disable=[CLAIMS_PIPE, "wgaclaims_paragraphs"]):
        for _doc in nlp.pipe(texts[:4]):  # warm up
            pass
        ready.wait()
        started = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
            pass
    out.put(time.perf_counter() - started)


def timed(parts: list[list[str]]) -> float:
    """Wall seconds until the slowest of len(parts) processes, started together, is done."""
    ready = mp.Barrier(len(parts))
    out: mp.Queue[float] = mp.Queue()
    procs = [mp.Process(target=parse, args=(part, ready, out)) for part in parts]
    for proc in procs:
        proc.start()
    seconds = max(out.get() for _ in procs)
    for proc in procs:
        proc.join()
    return seconds


def halves(texts: list[str]) -> list[list[str]]:
    """Two lists of texts with about the same number of words each."""
    total, running = sum(len(t.split()) for t in texts), 0
    for n, text in enumerate(texts):
        running += len(text.split())
        if running >= total / 2:
            return [texts[:n + 1], texts[n + 1:]]
    return [texts, []]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--polnear", type=Path, default=POLNEAR)
    args = parser.parse_args()
    texts = [text for _, text in corpus(args.articles, args.polnear)]
    load_before = os.getloadavg()[0]
    one, two = [], []
    for _ in range(args.repeat):
        one.append(timed([texts]))
        two.append(timed(halves(texts)))
    ratios = [a / b for a, b in zip(one, two, strict=True)]
    print(json.dumps({"articles": len(texts), "words": sum(len(t.split()) for t in texts),
                      "one_process_seconds": one, "two_processes_seconds": two,
                      "speedup": ratios, "load_before": load_before,
                      "load_after": os.getloadavg()[0]}))
    print(f"bare spaCy, {len(texts)} articles: 1 process {statistics.median(one):.1f} s, "
          f"2 processes {statistics.median(two):.1f} s: "
          f"{', '.join(f'{r:.2f}x' for r in ratios)} (the ceiling for 2 workers on this machine)")


if __name__ == "__main__":
    main()
