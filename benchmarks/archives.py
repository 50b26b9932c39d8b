"""A JSON-lines archive streams: memory stays flat with its size, claims equal the .txt files'.

    .venv/bin/python benchmarks/archives.py --jobs 2                # 100,000 rows vs 1,000
    .venv/bin/python benchmarks/archives.py --rows 10000 --jobs 2   # a shorter run
    .venv/bin/python benchmarks/archives.py --unit sample --rows 5000

Builds, in a temporary folder, an archive of ROWS articles and one of SMALL
rows, each row with an id, a title and a date field, and runs `wgaclaims
extract ARCHIVE --format jsonl` on each in a fresh process, reading its output
as it streams. A row's text is, with `--unit paragraph` (the default), one
paragraph (non-blank line) of a sample, the paragraphs over and over: short
rows, as news archives of briefs and wire items have, so that 100,000 of them
run in about half an hour. With `--unit sample` a row is a whole sample (about
500 words): 100,000 of those take hours. It reports:

1. the peak RSS of each run (the largest process, workers included) and
   their ratio: flat memory keeps the large run within 10% of the small one;
2. articles per second;
3. whether every row's claims equal those of the same text read as a .txt
   file (all fields but source, article_id, title and the date the row's
   field sets: the text is the same, so offsets and claim ids are too). A row
   whose text has no claims must give none.
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


def units(unit: str) -> dict[str, str]:
    """The distinct row texts by key: each sample, or each paragraph of each sample."""
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SAMPLES}
    if unit == "sample":
        return texts
    return {f"{stem}.p{n:03d}": line for stem, text in texts.items()
            for n, line in enumerate(line for line in text.splitlines() if line.strip())}


def build(path: Path, rows: int, texts: dict[str, str]) -> None:
    """An archive of `rows` articles: text n % len(texts) as row n, with id, title, date."""
    keys = sorted(texts)
    with path.open("w", encoding="utf-8") as f:
        for n in range(rows):
            key = keys[n % len(keys)]
            f.write(json.dumps({"id": f"{n:06d}-{key}", "title": f"Row {key}",
                                "date": "2023-08-10", "text": texts[key]},
                               ensure_ascii=False) + "\n")


def comparable(record: dict) -> dict:
    return {k: v for k, v in record.items() if k not in NOT_COMPARED}


def expected(texts: dict[str, str], folder: Path, jobs: int) -> dict[str, list[dict]]:
    """Each row text's claims, read as a .txt file of its own, by its key."""
    txt = folder / "txt"
    txt.mkdir()
    for key, text in texts.items():
        (txt / f"{key}.txt").write_text(text, encoding="utf-8")
    out = subprocess.run([*command(), "extract", str(txt), "--format", "jsonl",
                          "--jobs", str(jobs), "--quiet"], capture_output=True, text=True,
                         check=True)
    claims: dict[str, list[dict]] = {key: [] for key in texts}
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
    claims = differing = 0
    seen: set[str] = set()
    current, group = None, []
    # Rows come in order, each article's claims together: compared as each article ends.
    for line in itertools.chain(proc.stdout, [None]):
        record = json.loads(line) if line is not None else None
        if current is not None and (record is None or record["article_id"] != current):
            differing += group != want[current.split("-", 1)[1]]
            seen.add(current)
            group = []
        if record is None:
            break
        current = record["article_id"]
        group.append(comparable(record))
        claims += 1
    rc = proc.wait()
    seconds = time.perf_counter() - started
    rows = 0
    with open(archive, encoding="utf-8") as f:
        for line in f:
            rows += 1
            row_id = json.loads(line)["id"]
            # A row that gave no claims differs if its text has some.
            differing += row_id not in seen and bool(want[row_id.split("-", 1)[1]])
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"rows": rows, "rc": rc, "seconds": round(seconds, 1),
                      "articles_per_second": round(rows / seconds, 2), "claims": claims,
                      "rows_differing_from_txt": differing,
                      "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}))


def run(rows: int, small: int, jobs: int, unit: str) -> int:
    texts = units(unit)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        expected_file = folder / "expected.json"
        want = expected(texts, folder, jobs)
        expected_file.write_text(json.dumps(want), encoding="utf-8")
        print(json.dumps({"unit": unit, "distinct_texts": len(texts),
                          "texts_with_claims": sum(1 for v in want.values() if v),
                          "words_per_row": round(sum(len(t.split()) for t in texts.values())
                                                 / len(texts), 1)}), flush=True)
        results = []
        for count in (small, rows):
            archive = folder / f"archive-{count}.jsonl"
            build(archive, count, texts)
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
    parser.add_argument("--unit", choices=("paragraph", "sample"), default="paragraph",
                        help="a row's text: one paragraph of a sample, or a whole sample")
    parser.add_argument("--measure", nargs=2, metavar=("ARCHIVE", "EXPECTED"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        archive, expected_file = args.measure
        measure(archive, expected_file, args.jobs)
        return 0
    return run(args.rows, args.small, args.jobs, args.unit)


if __name__ == "__main__":
    sys.exit(main())
