"""Fuzz the extractor with generated and mutated articles: no crash, no offset off by one.

    python scripts/fuzz.py --articles 10000 --jobs 2          # the full run (minutes)
    python scripts/fuzz.py --articles 200 --seed 7 --show     # a quick look

Articles are cut from samples/ (whole, or a run of paragraphs) and mutated:
quote marks dropped, doubled, straightened, curled or left unclosed,
paragraphs shuffled, duplicated or glued into one long line, line endings
changed, control characters and HTML sprinkled in, the text cut short, the
encoding changed (cp1252, Latin-1, UTF-16, UTF-8 with a BOM) and some bytes
corrupted; or they are generated from a vocabulary of names, cues and quote
marks, or from random Unicode. Each goes through sources.decode, as a file
would, then through the pipeline in batches, as the CLI runs it.

Counted: crashes (an exception anywhere, or the rules failing on a text),
rules that run past the time limit, claims whose content, speaker or cue is
not the text at its offsets (or whose start is not before its end), and
inputs refused as not text (expected for corrupted bytes; not a failure).
Exit status 1 if any crash, overrun or offset violation was found.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"
WORDS = (
    "the union the guild WGA AMPTP SAG-AFTRA the studios the alliance Bass she he it they "
    "said says told according to statement email letter message members negotiators "
    "calling for rejected demanded warned insisted added noted Thursday last week deal "
    "strike talks writers' room don't it's a an of and but that we will not accept this "
    "proposal . , : ; — ? ! ( ) Dear Sincerely Read below"
).split(" ")
CONTROLS = "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\u2028\u2029\ufeff\u200b\r"


def samples() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]


# --- mutations: each takes and returns text ------------------------------------------------

def drop_quotes(r: random.Random, t: str) -> str:
    return "".join(c for c in t if c not in QUOTES or r.random() > 0.3)


def double_quotes(r: random.Random, t: str) -> str:
    return "".join(c * 2 if c in QUOTES and r.random() < 0.3 else c for c in t)


def swap_quotes(r: random.Random, t: str) -> str:
    return "".join(r.choice(QUOTES) if c in QUOTES and r.random() < 0.5 else c for c in t)


def unclosed_quote(r: random.Random, t: str) -> str:
    i = r.randrange(len(t) + 1)
    return t[:i] + r.choice(QUOTES) + t[i:]


def shuffle_paragraphs(r: random.Random, t: str) -> str:
    paras = t.split("\n\n")
    r.shuffle(paras)
    return "\n\n".join(paras)


def duplicate_paragraph(r: random.Random, t: str) -> str:
    paras = t.split("\n\n")
    i = r.randrange(len(paras))
    return "\n\n".join(paras[: i + 1] + paras[i:])


def one_long_line(r: random.Random, t: str) -> str:
    return t.replace("\n", " ")


def crlf(r: random.Random, t: str) -> str:
    return t.replace("\n", r.choice(["\r\n", "\r", "\n\n"]))


def controls(r: random.Random, t: str) -> str:
    for _ in range(r.randint(1, 12)):
        i = r.randrange(len(t) + 1)
        t = t[:i] + r.choice(CONTROLS) + t[i:]
    return t


def html(r: random.Random, t: str) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in t.split("\n\n"))
    body = body.replace("\u201c", r.choice(["&ldquo;", "\u201c", "&#8220;"]))
    body = body.replace("\u201d", r.choice(["&rdquo;", "\u201d", "&#x201D;"]))
    return ("<!DOCTYPE html><html><head><title>t</title><script>var q = \"x\";</script>"
            f"</head><body>{body}</body></html>")


def truncate(r: random.Random, t: str) -> str:
    return t[: r.randrange(len(t) + 1)]


def cut_words(r: random.Random, t: str) -> str:
    words = t.split(" ")
    keep = [w for w in words if r.random() > 0.15]
    return " ".join(keep)


MUTATIONS = (drop_quotes, double_quotes, swap_quotes, unclosed_quote, shuffle_paragraphs,
             duplicate_paragraph, one_long_line, crlf, controls, html, truncate, cut_words)
ENCODINGS = ("utf-8", "utf-8", "utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16")


def generated(r: random.Random) -> str:
    """A text from the vocabulary (sentences, quotes, paragraphs), or random Unicode."""
    if r.random() < 0.2:
        return "".join(chr(r.choice([r.randrange(32, 0x250), r.randrange(0x2000, 0x2070),
                                     r.randrange(0x4e00, 0x4e80), 10, 34, 39]))
                       for _ in range(r.randrange(1, 400)))
    out = []
    for _ in range(r.randrange(1, 80)):
        x = r.random()
        if x < 0.1:
            out.append(r.choice(QUOTES))
        elif x < 0.15:
            out.append(r.choice(["\n", "\n\n"]))
        else:
            out.append(r.choice(WORDS))
    return " ".join(out)


def article(r: random.Random, pool: list[str]) -> tuple[str, bytes]:
    """How the article was made, and its bytes as a file would hold them."""
    if r.random() < 0.25:
        text, how = generated(r), ["generated"]
    else:
        text = r.choice(pool)
        how = ["sample"]
        if r.random() < 0.8:
            paras = text.split("\n\n")
            i = r.randrange(len(paras))
            text = "\n\n".join(paras[i: i + r.randint(1, 6)])
            how = ["paragraphs"]
    for mutation in r.sample(MUTATIONS, r.randint(0, 3)):
        text = mutation(r, text)
        how.append(mutation.__name__)
    encoding = r.choice(ENCODINGS)
    data = text.encode(encoding, errors="replace")
    if r.random() < 0.03:
        data = bytes(b if r.random() > 0.02 else r.randrange(256) for b in data)
        how.append("corrupted")
    how.append(encoding)
    return "+".join(how), data


def articles(n: int, seed: int) -> Iterator[tuple[str, bytes]]:
    pool = samples()
    for i in range(n):
        yield article(random.Random(seed * 1_000_003 + i), pool)


# --- the check -----------------------------------------------------------------------------

def violations(text: str, claim: object) -> list[str]:
    """What is wrong with one claim's offsets, if anything."""
    c: dict = claim.to_dict()  # type: ignore[attr-defined]
    wrong = []
    if not (0 <= c["start"] < c["end"] <= len(text)):
        wrong.append(f"content offsets {c['start']}-{c['end']} in a text of {len(text)}")
    elif text[c["start"]:c["end"]] != c["content"]:
        wrong.append("content is not the text at its offsets")
    for part in ("speaker", "cue"):
        if c[part] is None:
            continue
        start, end = c[f"{part}_start"], c[f"{part}_end"]
        if not (0 <= start < end <= len(text)) or text[start:end] != c[part]:
            wrong.append(f"{part} is not the text at its offsets")
    return wrong


def run(n: int, seed: int = 1, jobs: int = 1, time_limit: float = 20.0,
        nlp: object = None, show: bool = False) -> dict:
    """Fuzz n articles; return the counts (and the first few failures, to reproduce them)."""
    from wgaclaims.errors import InputError
    from wgaclaims.input.sources import article_from_text, decode
    from wgaclaims.model import Article
    from wgaclaims.pipeline import iter_results, load_pipeline, workers

    nlp = nlp or load_pipeline()
    counts: Counter[str] = Counter()
    refused: Counter[str] = Counter()
    examples: list[dict] = []
    texts: dict[str, str] = {}
    hows: dict[str, str] = {}

    def items() -> Iterator[Article | InputError]:
        for i, (how, data) in enumerate(articles(n, seed)):
            name = f"fuzz-{seed}-{i}"
            hows[name] = how
            try:
                text, _ = decode(name, data)
            except InputError as e:
                yield e
                continue
            texts[name] = text
            yield article_from_text(name, text)

    started = time.perf_counter()
    with workers(nlp, jobs, None, time_limit) as pool:  # type: ignore[arg-type]
        for item in iter_results(items(), nlp, pool=pool, time_limit=time_limit):  # type: ignore[arg-type]
            if isinstance(item, InputError):
                counts["refused as not text"] += 1
                refused[item.kind] += 1
                continue
            name = item.article.source
            if item.error is not None:
                kind = "overrun" if item.error.kind == "rules too slow" else "crash"
                counts[kind] += 1
                examples.append({"article": name, "how": hows[name], "problem": str(item.error)})
            for claim in item.claims:
                counts["claims"] += 1
                for wrong in violations(texts[name], claim):
                    counts["offset violation"] += 1
                    examples.append({"article": name, "how": hows[name], "problem": wrong})
            if item.last:
                counts["articles"] += 1
                texts.pop(name)
    counts.update({"crash": 0, "overrun": 0, "offset violation": 0})
    result = {"articles generated": n, "seed": seed, "seconds": round(
        time.perf_counter() - started, 1), **dict(sorted(counts.items())),
        "refused, by why": dict(refused.most_common()), "examples": examples[:20]}
    if show:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--time-limit", type=float, default=20.0,
                        help="seconds the rules may spend on one text (default 20)")
    parser.add_argument("--show", action="store_true", help="print the full result")
    parser.add_argument("--dump", metavar="SEED:INDEX",
                        help="write one generated article's bytes to stdout, to reproduce it")
    args = parser.parse_args()
    if args.dump:
        seed, index = map(int, args.dump.split(":"))
        _, data = article(random.Random(seed * 1_000_003 + index), samples())
        sys.stdout.buffer.write(data)
        return
    result = run(args.articles, args.seed, args.jobs, args.time_limit)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    sys.exit(1 if result["crash"] or result["overrun"] or result["offset violation"] else 0)


if __name__ == "__main__":
    main()
