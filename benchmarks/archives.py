"""A JSON-lines archive streams: memory stays flat with its size, claims equal the .txt files'.

    .venv/bin/python benchmarks/archives.py                         # 100,000 rows vs 1,000
    .venv/bin/python benchmarks/archives.py --rows 10000 --jobs 2   # a shorter run

Builds, in a temporary folder, an archive of ROWS articles (the samples over
and over, each row with an id, a title and a date field) and one of SMALL
rows, and runs `wgaclaims extract ARCHIVE --format jsonl` on each in a fresh
process, reading its output as it streams. It reports:

1. the peak RSS of each run (the largest process, workers included) and
   their ratio: flat memory keeps the large run within 10% of the small one;
2. articles per second;
3. whether every row's claims equal those of its sample read as a .txt file
   (all fields but source, article_id, title and the date the row's field
   sets: the text is the same, so offsets and claim ids are too).
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
# What differs between a row and its .txt file by design.
NOT_COMPARED = ("source", "article_id", "title", "url", "article_date", "article_date_source",
                "said_on", "said_on_precision")


def command() -> list[str]:
    script = Path(sys.executable).parent / "wgaclaims"
    return [str(script)] if script.exists() else [sys.executable, "-m", "wgaclaims"]


def build(path: Path, rows: int) -> None:
    """An archive of `rows` articles: sample n % 5 as row n, with id, title and date fields."""
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    with path.open("w", encoding="utf-8") as f:
        for n in range(rows):
            sample = n % len(texts)
            f.write(json.dumps({"id": f"{n:06d}-{SAMPLES[sample].stem}",
                                "title": f"Sample {sample}", "date": "2023-08-10",
                                "text": texts[sample]}, ensure_ascii=False) + "\n")


def comparable(record: dict) -> dict:
    return {k: v for k, v in record.items() if k not in NOT_COMPARED}


def expected(jobs: int) -> dict[str, list[dict]]:
    """Each sample's claims read as a .txt file, by the sample's stem."""
    out = subprocess.run([*command(), "extract", *map(str, SAMPLES), "--format", "jsonl",
                          "--jobs", str(jobs), "--quiet"], capture_output=True, text=True,
                         check=True)
    claims: dict[str, list[dict]] = {p.stem: [] for p in SAMPLES}
    for line in out.stdout.splitlines():
        record = json.loads(line)
        claims[Path(record["source"]).stem].append(comparable(record))
    return claims


def measure(archive: str, expected_file: str, jobs: int) -> None:
    """Run extract on the archive, compare each row's claims as they stream, print figures."""
    want = json.loads(Path(expected_file).read_text(encoding="utf-8"))
    started = time.perf_counter()
    proc = subprocess.Popen([*command(), "extract", archive, "--format", "jsonl", "--jobs",
                             str(jobs), "--quiet"], stdout=subprocess.PIPE, text=True,
                            encoding="utf-8")
    assert proc.stdout is not None
    claims = differing = seen = 0
    current, group = None, []
    # Rows come in order, each article's claims together: compared as each article ends.
    for line in itertools.chain(proc.stdout, [None]):
        record = json.loads(line) if line is not None else None
        if current is not None and (record is None or record["article_id"] != current):
            differing += group != want[current.split("-", 1)[1]]
            seen += 1
            group = []
        if record is None:
            break
        current = record["article_id"]
        group.append(comparable(record))
        claims += 1
    rc = proc.wait()
    seconds = time.perf_counter() - started
    rows = sum(1 for _ in open(archive, encoding="utf-8"))
    differing += rows - seen  # every sample has claims: a row with none differs
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"rows": rows, "rc": rc, "seconds": round(seconds, 1),
                      "articles_per_second": round(rows / seconds, 2), "claims": claims,
                      "rows_differing_from_txt": differing,
                      "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}))


def run(rows: int, small: int, jobs: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        expected_file = folder / "expected.json"
        expected_file.write_text(json.dumps(expected(jobs)), encoding="utf-8")
        results = []
        for count in (small, rows):
            archive = folder / f"archive-{count}.jsonl"
            build(archive, count)
            out = subprocess.run([sys.executable, __file__, "--measure", str(archive),
                                  str(expected_file), "--jobs", str(jobs)],
                                 capture_output=True, text=True, check=True)
            results.append(json.loads(out.stdout))
            print(out.stdout.strip(), flush=True)
    ratio = results[1]["peak_rss_mb"] / results[0]["peak_rss_mb"]
    print(f"peak RSS, {rows:,} rows / {small:,} rows: {ratio:.3f} "
          f"({'flat: within 10%' if ratio <= 1.10 else 'NOT flat'})")
    same = all(r["rows_differing_from_txt"] == 0 for r in results)
    print("claims equal to the .txt files': " + ("yes, every row" if same else "NO"))
    return 0 if ratio <= 1.10 and same else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--measure", nargs=2, metavar=("ARCHIVE", "EXPECTED"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(*args.measure, args.jobs)
        return 0
    return run(args.rows, args.small, args.jobs)


if __name__ == "__main__":
    sys.exit(main())
