"""What dates add to the run time of wgaclaims on a folder of 100 articles.

    .venv/bin/python benchmarks/dates.py              # about 5 minutes on 2 cores
    .venv/bin/python benchmarks/dates.py --repeat 2   # a quick look

The folder: the five samples/ and the first 95 texts of
../shared/eval/polnear-train.jsonl (read, never copied into the project), each
PolNeAR text given the `date:` header its id carries (breitbart_2015-11-11_...),
so that every claim's expression is resolved against a date, as in a dated
archive. The date work is all of it: dating each article (with_article_date),
finding the expression that dates each claim in the parse (component's
_said_on_text, via when.expression_of) and resolving it (dates.said_on, which
imports and calls dateparser for explicit dates).

Measured, in one process with the pipeline loaded once:

1. wall time of extract_claims over the folder with the date work on and
   replaced by no-ops, alternating (on, off) --repeat times; the overhead is
   the median of the pairs' ratios. The date caches are emptied before every
   pass, so each pays for its own date parsing;
2. the time spent inside the date work during one more pass, timed around
   the three steps, as a share of that pass;
3. dateparser's cold start, in a fresh process: the import and the first
   parse, which a run pays once when an article has an explicit date.

The machine may be shared: every pass is printed, with the load average
before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear-train.jsonl"
_ID_DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


def folder(n: int, polnear: Path) -> list[tuple[str, str]]:
    """n (name, text) articles: the samples, then PolNeAR training texts with a date header."""
    texts = [(p.name, p.read_text("utf-8")) for p in sorted((ROOT / "samples").glob("*.txt"))]
    with polnear.open(encoding="utf-8") as lines:
        for line in lines:
            if len(texts) >= n:
                break
            doc = json.loads(line)
            m = _ID_DATE.search(doc["doc_id"])
            header = f"date: {m.group(1)}\n\n" if m else ""
            texts.append((f"{doc['doc_id']}.txt", header + doc["text"]))
    return texts[:n]


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


@contextmanager
def patched(module: Any, name: str, replacement: Callable[..., Any]) -> Iterator[None]:
    original = getattr(module, name)
    setattr(module, name, replacement)
    try:
        yield
    finally:
        setattr(module, name, original)


@contextmanager
def dates_off() -> Iterator[None]:
    """The three date steps replaced by no-ops: no article date, no expression, no said_on."""
    from wgaclaims import component, pipeline

    with patched(pipeline, "with_article_date", lambda article, *a, **k: article), \
            patched(component, "_said_on_text", lambda *a, **k: None), \
            patched(component, "said_on", lambda *a, **k: None):
        yield


@contextmanager
def dates_timed(spent: list[float]) -> Iterator[None]:
    """The three date steps as they are, with the time inside them added to spent[0]."""
    from wgaclaims import component, pipeline

    def timed(function: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - started
        return run

    with patched(pipeline, "with_article_date", timed(pipeline.with_article_date)), \
            patched(component, "_said_on_text", timed(component._said_on_text)), \
            patched(component, "said_on", timed(component.said_on)):
        yield


def one_pass(articles: list[Any], nlp: Any) -> tuple[float, list[Any]]:
    from wgaclaims import extract_claims
    from wgaclaims.dating import calendar, dates

    dates._resolve.cache_clear()
    calendar.read_calendar.cache_clear()
    started = time.perf_counter()
    claims = extract_claims(articles, nlp=nlp)
    return time.perf_counter() - started, claims


def cold_start() -> float:
    """Seconds to import dateparser and parse a first date, in a fresh process."""
    probe = ("import datetime as dt, time\n"
             "from wgaclaims.dating.dates import resolve\n"
             "started = time.perf_counter()\n"
             "resolve('Aug. 2', dt.date(2023, 8, 10))  # imports dateparser, then parses\n"
             "print(time.perf_counter() - started)\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True)
    return float(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=6, help="(on, off) pairs")
    parser.add_argument("--polnear", type=Path, default=POLNEAR)
    args = parser.parse_args()
    if not args.polnear.exists():
        sys.exit(f"{args.polnear}: not found; pass --polnear with PolNeAR's train JSONL file")

    from wgaclaims import load_pipeline
    from wgaclaims.input.sources import article_from_text
    from wgaclaims.pipeline import iter_results

    texts = folder(args.articles, args.polnear)
    articles = [article_from_text(name, text) for name, text in texts]
    words = sum(len(t.split()) for _, t in texts)
    dated = sum(1 for _, t in texts if t.startswith(("date:", " date")))
    print(f"load average at start: {load()}")
    print(f"{len(texts)} articles, {words:,} words, {dated} with a date header")
    print(f"dateparser cold start (import + first parse, fresh process): {cold_start():.3f} s")

    nlp = load_pipeline()
    # A first pass, under the time limit the CLI uses: it warms the pipeline up and
    # shows that every article finishes (a hang would be reported here, not waited on).
    slow = [r.error for r in iter_results(articles, nlp, time_limit=60.0)
            if not isinstance(r, Exception) and r.error is not None]
    print(f"warm-up pass: {len(slow)} articles failed or ran over 60 s" +
          "".join(f"\n  {e}" for e in slow))

    on, off = [], []
    for n in range(args.repeat):
        seconds, claims = one_pass(articles, nlp)
        on.append(seconds)
        with dates_off():
            seconds_off, _ = one_pass(articles, nlp)
        off.append(seconds_off)
        print(f"pair {n + 1}: dates on {on[-1]:.2f} s, off {off[-1]:.2f} s, "
              f"{(on[-1] / off[-1] - 1) * 100:+.1f}%  (load {load()})")
    said = [c for c in claims if c.said_on_text]
    print(f"{len(claims)} claims, {len(said)} with a said_on_text, "
          f"{sum(1 for c in said if c.said_on)} resolved")

    spent = [0.0]
    with dates_timed(spent):
        seconds, _ = one_pass(articles, nlp)
    ratios = sorted(a / b - 1 for a, b in zip(on, off, strict=True))
    print()
    print(f"wall time added by dates: median {statistics.median(ratios) * 100:+.1f}% "
          f"(pairs: {', '.join(f'{r * 100:+.1f}%' for r in ratios)})")
    print(f"time inside the date work in one pass: {spent[0]:.3f} s of {seconds:.2f} s, "
          f"{spent[0] / seconds * 100:.2f}%")
    print(f"load average at end: {load()}")


if __name__ == "__main__":
    main()
