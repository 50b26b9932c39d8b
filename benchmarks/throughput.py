"""How fast wgaclaims runs, next to bare spaCy, in one run on one corpus and machine.

    .venv/bin/python benchmarks/throughput.py              # the full run (about 15 min)
    .venv/bin/python benchmarks/throughput.py --quick      # 100 articles, a few minutes

Builds, in a temporary folder, a corpus of articles from samples/ and the
texts of ../shared/eval/polnear-train.jsonl (never copied into the project),
then measures:

1. words/s of bare `nlp.pipe` (the same pipeline without our two components)
   and of the full `extract_claims` over the same texts, and their ratio;
2. wall time of `wgaclaims extract FOLDER --jobs 1` and `--jobs 2` on the
   folder, the speed-up, and whether the two outputs are byte-identical;
3. peak RSS of `wgaclaims extract --jobs 1` on the first 100 articles and on
   all of them (flat memory means no growth with the count);
4. time to the first output line for one article (model load included), and
   the time of `wgaclaims --help` and `wgaclaims extract --help`;
5. cost per word against article length: articles of 1 KB, 10 KB, 100 KB and
   1 MB of real text (consecutive stretches of the PolNeAR texts, cut at a
   paragraph break), and one of 240 KB, each through `extract_claims` beside
   bare spaCy on the same pieces (a text over 100,000 characters is read as
   pieces, see input/pieces.py; one 1 MB Doc would need several GB);
6. a Dask cluster on this machine (LocalCluster, needs the dask extra): `extract
   --scheduler` on the first 200 articles with 2 worker processes against 1
   (workers warmed first: each loads the model once), and against `--jobs 2`,
   the cost of the cluster path; outputs compared byte for byte.

The machine may be shared: each timing is repeated (--repeat) and every
figure printed, with the load average before and after. Results also go to
a JSON file with --json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear-train.jsonl"


def corpus(n: int, polnear: Path) -> list[tuple[str, str]]:
    """n (name, text) articles: every PolNeAR training text, then the samples over and over."""
    texts: list[tuple[str, str]] = []
    if polnear.exists():
        with polnear.open(encoding="utf-8") as lines:
            for line in lines:
                doc = json.loads(line)
                texts.append((f"polnear_{len(texts):04d}.txt", doc["text"]))
    samples = sorted((ROOT / "samples").glob("*.txt"))
    while len(texts) < n:
        sample = samples[len(texts) % len(samples)]
        texts.append((f"sample_{len(texts):04d}_{sample.name}", sample.read_text("utf-8")))
    return texts[:n]


def small200(texts: list[tuple[str, str]], work: Path) -> Path:
    """A folder of the first 200 articles."""
    folder = work / "first200"
    folder.mkdir(exist_ok=True)
    for name, text in texts[:200]:
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def polnear_texts(polnear: Path) -> list[str]:
    """The texts of the PolNeAR file (read where it lies, never copied), else the samples."""
    if polnear.exists():
        with polnear.open(encoding="utf-8") as lines:
            return [json.loads(line)["text"] for line in lines]
    return [p.read_text("utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def command() -> list[str]:
    script = Path(sys.executable).parent / "wgaclaims"
    return [str(script)] if script.exists() else [sys.executable, "-m", "wgaclaims"]


def measured(args: list[str], cwd: Path) -> dict:
    """Run the command in a fresh process that reports its wall time and its child's peak RSS."""
    probe = (
        "import json, resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(json.dumps({'seconds': time.perf_counter() - t, 'rc': r.returncode,\n"
        "    'stderr': r.stderr.decode()[-300:], 'cpu_seconds': u.ru_utime + u.ru_stime,\n"
        "    'peak_rss_mb': u.ru_maxrss / 1024}))\n")
    out = subprocess.run([sys.executable, "-c", probe, *args], cwd=cwd, capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout)


def first_line(args: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdout is not None
    process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.stdout.read()
    process.wait()
    return elapsed


def spread(values: list[float], unit: str = "s", digits: int = 2) -> str:
    values = sorted(values)
    return (f"median {statistics.median(values):.{digits}f} {unit} "
            f"(min {values[0]:.{digits}f}, max {values[-1]:.{digits}f}, n={len(values)})")


def bare_against_full(texts: list[tuple[str, str]], repeat: int) -> dict:
    """1. Bare nlp.pipe against extract_claims, alternating, over the same texts."""
    from wgaclaims import extract_claims, load_pipeline
    from wgaclaims.input.sources import article_from_text
    from wgaclaims.pipeline import BATCH_SIZE, CLAIMS_PIPE

    nlp = load_pipeline()
    raw = [text for _, text in texts]
    articles = [article_from_text(name, text) for name, text in texts]
    n_words = words(raw)
    for _doc in nlp.pipe(raw[:8]):  # warm up once
        pass
    bare, full, claims = [], [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        # Bare spaCy: neither of our components (the claims and the paragraph starts).
        with nlp.select_pipes(disable=[CLAIMS_PIPE, "wgaclaims_paragraphs"]):
            for _doc in nlp.pipe(raw, batch_size=BATCH_SIZE):
                pass
        bare.append(n_words / (time.perf_counter() - started))
        started = time.perf_counter()
        claims = len(extract_claims(articles, nlp=nlp))
        full.append(n_words / (time.perf_counter() - started))
    ratios = [f / b for f, b in zip(full, bare, strict=True)]
    return {"articles": len(texts), "words": n_words, "claims": claims,
            "bare_words_per_s": bare, "extract_words_per_s": full, "ratio": ratios}


def jobs(folder: Path, work: Path, repeat: int) -> dict:
    """2. --jobs 1 against --jobs 2 on the folder, and byte identity."""
    runs: dict[str, list[dict]] = {"1": [], "2": []}
    for _ in range(repeat):
        for n in ("1", "2"):
            out = work / f"jobs{n}.jsonl"
            runs[n].append(measured([*command(), "extract", str(folder), "--jobs", n, "-o",
                                     str(out), "--quiet"], work))
    identical = (work / "jobs1.jsonl").read_bytes() == (work / "jobs2.jsonl").read_bytes()
    one = [r["seconds"] for r in runs["1"]]
    two = [r["seconds"] for r in runs["2"]]
    # CPU seconds over wall seconds: the cores a run actually got. On a shared machine
    # this, not the --jobs number, bounds the speed-up.
    return {"jobs1_seconds": one, "jobs2_seconds": two,
            "speedup": [a / b for a, b in zip(one, two, strict=True)],
            "jobs1_cores_used": [r["cpu_seconds"] / r["seconds"] for r in runs["1"]],
            "jobs2_cores_used": [r["cpu_seconds"] / r["seconds"] for r in runs["2"]],
            "jobs2_cpu_over_jobs1_cpu": [b["cpu_seconds"] / a["cpu_seconds"]
                                         for a, b in zip(runs["1"], runs["2"], strict=True)],
            "identical": identical, "jobs1_peak_rss_mb": [r["peak_rss_mb"] for r in runs["1"]],
            "claims": sum(1 for _ in (work / "jobs1.jsonl").open(encoding="utf-8"))}


def memory(small: Path, work: Path, repeat: int) -> dict:
    """3. Peak RSS of --jobs 1 on the first 100 articles (the full folder's figure is in 2)."""
    return {"peak_rss_mb_100": [measured([*command(), "extract", str(small), "--jobs", "1",
                                          "-o", str(work / "small.jsonl"), "--quiet"],
                                         work)["peak_rss_mb"] for _ in range(repeat)]}


def start_up(work: Path, repeat: int) -> dict:
    """4. Time to the first output line for one article, and --help."""
    article = ROOT / "samples" / "003_0eb41d84c6a24e88.txt"
    first = [first_line([*command(), "extract", str(article), "--format", "jsonl"], work)
             for _ in range(repeat)]
    helps = [measured([*command(), "--help"], work)["seconds"] for _ in range(repeat)]
    extract_help = [measured([*command(), "extract", "--help"], work)["seconds"]
                    for _ in range(repeat)]
    return {"first_line_seconds": first, "help_seconds": helps,
            "extract_help_seconds": extract_help}


LENGTHS = (1_000, 10_000, 100_000, 240_000, 1_000_000)


def stretches(texts: list[str], size: int, count: int) -> list[str]:
    """`count` stretches of about `size` characters of the texts run together, each cut at
    the last paragraph break before `size` (or at `size` where there is none)."""
    stream = "\n\n".join(t.strip() for t in texts)
    out: list[str] = []
    at = 0
    while len(out) < count and at < len(stream):
        end = min(len(stream), at + size)
        cut = stream.rfind("\n\n", at + size // 2, end) if end < len(stream) else end
        cut = end if cut < 0 else cut
        out.append(stream[at:cut].strip() + "\n")
        at = cut
    return out


def by_length(texts: list[str], repeat: int, budget: int) -> dict:
    """5. Seconds per 1,000 words of extract_claims and of bare spaCy, by article length."""
    from wgaclaims import extract_claims, load_pipeline
    from wgaclaims.input.pieces import pieces
    from wgaclaims.input.sources import article_from_text
    from wgaclaims.pipeline import BATCH_SIZE, CLAIMS_PIPE, PIECE_CHARS, analysis_text

    nlp = load_pipeline()
    # Warm up, dates included: the date parser builds its patterns on first use (about 1 s).
    extract_claims('"We will strike on Friday," the union said on Tuesday, Aug. 8, 2023.',
                   nlp=nlp, article_date="2023-08-10")
    rows = []
    for size in LENGTHS:
        chosen = stretches(texts, size, max(1, budget // size))
        articles = [article_from_text(f"len{size}_{n}.txt", t) for n, t in enumerate(chosen)]
        masked = [analysis_text(a) for a in articles]
        parts = [m[s:e] for m in masked for s, e in pieces(m, PIECE_CHARS)]
        n_words = words(chosen)
        # CPU seconds of this process (one thread): on a shared machine they move far less
        # than wall seconds, which are kept beside them.
        bare, full, bare_wall, full_wall = [], [], [], []
        for _ in range(repeat):
            started, cpu = time.perf_counter(), time.process_time()
            with nlp.select_pipes(disable=[CLAIMS_PIPE, "wgaclaims_paragraphs"]):
                for _doc in nlp.pipe(parts, batch_size=BATCH_SIZE):
                    pass
            bare.append(time.process_time() - cpu)
            bare_wall.append(time.perf_counter() - started)
            started, cpu = time.perf_counter(), time.process_time()
            extract_claims(articles, nlp=nlp)
            full.append(time.process_time() - cpu)
            full_wall.append(time.perf_counter() - started)
        rows.append({"chars": size, "articles": len(chosen), "words": n_words,
                     "bare_cpu_seconds": bare, "extract_cpu_seconds": full,
                     "bare_wall_seconds": bare_wall, "extract_wall_seconds": full_wall,
                     "bare_ms_per_1k_words": [1e6 * b / n_words for b in bare],
                     "extract_ms_per_1k_words": [1e6 * f / n_words for f in full],
                     "ratio": [f / b for f, b in zip(full, bare, strict=True)]})
        print(json.dumps(rows[-1]), flush=True)
    return {"rows": rows}


def cluster_runs(folder: Path, work: Path, repeat: int) -> dict:
    """6. extract --scheduler on a LocalCluster of 1 and of 2 workers, and --jobs 2."""
    from distributed import LocalCluster

    warm = work / "warm"
    warm.mkdir(exist_ok=True)
    first = sorted(folder.iterdir())[0]
    (warm / first.name).write_bytes(first.read_bytes())
    runs: dict[str, list[dict]] = {"1": [], "2": [], "jobs2": []}
    for workers in ("1", "2"):
        with LocalCluster(n_workers=int(workers), threads_per_worker=1, processes=True,
                          dashboard_address=None) as local:
            address = local.scheduler_address
            # Each worker loads the pipeline on its first batch: give every one a batch.
            for _ in range(int(workers)):
                measured([*command(), "extract", str(warm), "--scheduler", address, "-o",
                          str(work / "warm.jsonl"), "--quiet"], work)
            for _ in range(repeat):
                runs[workers].append(measured([*command(), "extract", str(folder), "--scheduler",
                                               address, "-o", str(work / f"dask{workers}.jsonl"),
                                               "--quiet"], work))
    for _ in range(repeat):
        runs["jobs2"].append(measured([*command(), "extract", str(folder), "--jobs", "2", "-o",
                                       str(work / "local2.jsonl"), "--quiet"], work))
    one, two, local2 = ([r["seconds"] for r in runs[k]] for k in ("1", "2", "jobs2"))
    same = {(work / f"dask{n}.jsonl").read_bytes() for n in ("1", "2")} | {
        (work / "local2.jsonl").read_bytes()}
    return {"articles": len(list(folder.iterdir())), "workers1_seconds": one,
            "workers2_seconds": two, "jobs2_seconds": local2,
            "speedup": [a / b for a, b in zip(one, two, strict=True)],
            "cluster_over_jobs2": [a / b for a, b in zip(two, local2, strict=True)],
            "identical": len(same) == 1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="folder size (default 1000)")
    parser.add_argument("--ratio-articles", type=int, default=200,
                        help="articles for the bare-against-full timing (default 200)")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each timing (default 2)")
    parser.add_argument("--polnear", type=Path, default=POLNEAR)
    parser.add_argument("--quick", action="store_true", help="100 articles, 50 for the ratio")
    parser.add_argument("--length-budget", type=int, default=200_000,
                        help="characters per article length in 5 (default 200,000; one "
                             "article at least)")
    parser.add_argument("--only", choices=["1", "2", "3", "4", "5", "6"], action="append",
                        help="run only these measurements (repeatable)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    if args.quick:
        args.articles, args.ratio_articles = 100, 50
    import spacy

    texts = corpus(args.articles, args.polnear)
    conditions: dict[str, Any] = {
        "cores": os.cpu_count(), "load_before": os.getloadavg(), "python": sys.version.split()[0],
        "spacy": spacy.__version__, "articles": len(texts), "words": words([t for _, t in texts]),
        "polnear": str(args.polnear) if args.polnear.exists() else "missing: samples only"}
    print(json.dumps(conditions), flush=True)
    results: dict = {"conditions": conditions}
    with tempfile.TemporaryDirectory(prefix="wgaclaims-bench-") as tmp:
        work = Path(tmp)
        folder, small = work / "corpus", work / "first100"
        folder.mkdir()
        small.mkdir()
        for n, (name, text) in enumerate(texts):
            (folder / name).write_text(text, encoding="utf-8")
            if n < 100:
                (small / name).write_text(text, encoding="utf-8")
        step = max(1, len(texts) // args.ratio_articles)
        wanted = set(args.only or "123456")
        if "1" in wanted:
            results["1_bare_against_extract"] = bare_against_full(
                texts[::step][:args.ratio_articles], args.repeat)
        if "2" in wanted:
            results["2_jobs"] = jobs(folder, work, args.repeat)
        if "3" in wanted:
            results["3_memory"] = memory(small, work, args.repeat)
        if "4" in wanted:
            results["4_start_up"] = start_up(work, max(3, args.repeat))
        if "6" in wanted:
            results["6_cluster"] = cluster_runs(small200(texts, work), work, args.repeat)
        if "5" in wanted:
            results["5_by_length"] = by_length(polnear_texts(args.polnear), args.repeat,
                                               args.length_budget)
        print(json.dumps({k: v for k, v in results.items() if k != "conditions"}), flush=True)
    conditions["load_after"] = os.getloadavg()
    print(f"""
conditions: {conditions['cores']} cores, load {conditions['load_before'][0]:.1f} before and \
{conditions['load_after'][0]:.1f} after; Python {conditions['python']}, spaCy {conditions['spacy']}
corpus: {conditions['articles']} articles, {conditions['words']:,} words""")
    if ratio := results.get("1_bare_against_extract"):
        print(f"""\
1. bare nlp.pipe:   {spread(ratio['bare_words_per_s'], 'words/s', 0)}
   extract_claims:  {spread(ratio['extract_words_per_s'], 'words/s', 0)}
   ratio:           {spread(ratio['ratio'], '', 3)} (goal >= 0.90, {ratio['articles']} articles)""")
    if jobs_ := results.get("2_jobs"):
        print(f"""\
2. --jobs 1:        {spread(jobs_['jobs1_seconds'])}
   --jobs 2:        {spread(jobs_['jobs2_seconds'])}
   speed-up:        {spread(jobs_['speedup'], 'x')}   (goal >= 1.7)
   cores used (CPU s / wall s): --jobs 1 {spread(jobs_['jobs1_cores_used'], '')},
                                --jobs 2 {spread(jobs_['jobs2_cores_used'], '')}
   CPU of --jobs 2 / CPU of --jobs 1: {spread(jobs_['jobs2_cpu_over_jobs1_cpu'], '', 3)}
   output byte-identical: {jobs_['identical']} ({jobs_['claims']:,} claims)""")
    if mem := results.get("3_memory"):
        print(f"3. peak RSS, --jobs 1: 100 articles {spread(mem['peak_rss_mb_100'], 'MB', 0)}")
        if jobs_:
            print(f"   {conditions['articles']} articles: "
                  f"{spread(jobs_['jobs1_peak_rss_mb'], 'MB', 0)}")
    if start := results.get("4_start_up"):
        print(f"""\
4. first line, one article: {spread(start['first_line_seconds'])}
   wgaclaims --help:        {spread(start['help_seconds'])}
   wgaclaims extract --help: {spread(start['extract_help_seconds'])}""")
    if length := results.get("5_by_length"):
        print("5. cost per word by article length (CPU ms per 1,000 words; bare spaCy on the "
              "same pieces)")
        for row in length["rows"]:
            print(f"   {row['chars']:>9,} chars x {row['articles']:>3} ({row['words']:>7,} "
                  f"words): bare {spread(row['bare_ms_per_1k_words'], '', 0)}\n"
                  f"{'':>40}extract {spread(row['extract_ms_per_1k_words'], '', 0)}\n"
                  f"{'':>40}ratio {spread(row['ratio'], 'x', 3)}")
    if dask := results.get("6_cluster"):
        print(f"""\
6. --scheduler, 1 worker:  {spread(dask['workers1_seconds'])} ({dask['articles']} articles)
   --scheduler, 2 workers: {spread(dask['workers2_seconds'])}
   speed-up:               {spread(dask['speedup'], 'x')}   (goal >= 1.7)
   --jobs 2:               {spread(dask['jobs2_seconds'])}
   2 workers / --jobs 2:   {spread(dask['cluster_over_jobs2'], 'x', 3)}
   output byte-identical: {dask['identical']}""")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
