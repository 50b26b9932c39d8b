"""Candidate cue words from an annotated corpus: how often each lemma heads a cue.

    python scripts/cue_stats.py ../shared/eval/polnear-train.jsonl [--min-cues 5]
        [--min-precision 0.5] [--jobs 2] [--save counts.json] [--load counts.json]

The cue lexicon (wgaclaims/data/cues.toml) is built from this, not word by word:
for every verb and noun lemma in the corpus's texts, the script counts how many
times it appears and how many times it heads an annotated cue (the cue span's
verb, else its noun, else its first word). A lemma's precision is cues over
appearances: "say" heads a cue nearly every time it appears, "show" rarely.

It prints three tables:

- candidates: lemmas not in the lexicon with at least --min-cues cues and a
  precision of at least --min-precision, with the frame their contents suggest
  (speech when the annotated content is mostly a clause, object when it is
  mostly the verb's object, noun for nouns);
- weak entries: lexicon lemmas that appear at least --min-cues times with a
  precision under a fifth of the threshold (cues that mostly are not);
- the phrase cues the corpus marks with more than one word ("according to",
  "point out") that the lexicon does not hold.

Each candidate is then checked by hand against the strike set and the seeds
(`wgaclaims eval`) before it goes into cues.toml; a word that costs precision
there stays out, whatever the corpus says. The parse counts can be saved
(--save) and reused (--load), as parsing a corpus takes minutes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wgaclaims.rules.lexicon import load_lexicon  # noqa: E402

WORD_POS = ("VERB", "NOUN")


def _documents(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def _cue_head(doc, start: int, end: int):
    """The token that heads a cue span: its verb, else its noun, else its first word."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    for pos in WORD_POS:
        found = [t for t in span if t.pos_ == pos]
        if found:
            return found[0]
    return span[0]


def _content_kind(doc, head, start: int, end: int) -> str:
    """'clause' when the annotated content holds a verb of its own, else 'object'."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "object"
    return "clause" if any(t.pos_ in ("VERB", "AUX") and t.i != head.i for t in span) \
        else "object"


def count(path: Path, jobs: int) -> dict:
    """Appearances and cue counts per (lemma, pos), the content kinds of each lemma's
    cues, and the multi-word cue phrases."""
    from wgaclaims.pipeline import CLAIMS_PIPE, load_pipeline

    nlp = load_pipeline()
    docs = _documents(path)
    seen: Counter[str] = Counter()
    cues: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    phrases: Counter[str] = Counter()
    texts = ((d["text"], d) for d in docs)
    for doc, d in nlp.pipe(texts, as_tuples=True, disable=[CLAIMS_PIPE], n_process=jobs):
        for t in doc:
            if t.pos_ in WORD_POS:
                seen[f"{t.lemma_.lower()}/{t.pos_}"] += 1
        for q in d.get("quotes", []):
            cue = q.get("cue")
            if not cue:
                continue
            head = _cue_head(doc, cue["start"], cue["end"])
            if head is None or head.pos_ not in WORD_POS:
                continue
            key = f"{head.lemma_.lower()}/{head.pos_}"
            cues[key] += 1
            kinds[f"{key}/{_content_kind(doc, head, q['start'], q['end'])}"] += 1
            words = cue["text"].lower().split()
            if len(words) > 1:
                phrases[" ".join(words)] += 1
    return {"seen": seen, "cues": cues, "kinds": kinds, "phrases": phrases}


def _known(lexicon) -> set[str]:
    """The lexicon's words as lemma/POS keys: verbs of the verb frames, nouns of the noun
    frame, and the first words of phrase cues ("according to" -> accord)."""
    verbs = set(lexicon.speech | lexicon.cognition | lexicon.objects | lexicon.evidence
                | lexicon.aside_only | lexicon.document_verbs | set(lexicon.forms.values()))
    verbs |= {phrase[0] for phrase, _ in lexicon.phrases}
    verbs |= {"accord"} if lexicon.according else set()
    return {f"{w}/VERB" for w in verbs} | {f"{w}/NOUN" for w in lexicon.nouns}


def key_of(lemma: str, pos: str) -> str:
    return f"{lemma}/{pos}"


def report(counts: dict, min_cues: int, min_precision: float) -> None:
    lexicon = load_lexicon()
    known = _known(lexicon)
    seen, cues, kinds = counts["seen"], counts["cues"], counts["kinds"]
    rows = []
    for key, n in cues.items():
        lemma, pos = key.split("/")
        precision = n / max(seen.get(key, 0), n)
        rows.append((lemma, pos, n, seen.get(key, 0), precision))
    rows.sort(key=lambda r: (-r[4], -r[2]))
    print(f"## candidates (not in the lexicon; cues >= {min_cues}, precision >= {min_precision})")
    print(f"{'lemma':<16} {'pos':<5} {'cues':>5} {'seen':>6} {'prec':>5}  frame")
    for lemma, pos, n, total, precision in rows:
        if key_of(lemma, pos) in known or n < min_cues or precision < min_precision:
            continue
        clause = kinds.get(f"{lemma}/{pos}/clause", 0)
        frame = "noun" if pos == "NOUN" else ("speech" if clause * 2 >= n else "object")
        print(f"{lemma:<16} {pos:<5} {n:>5} {total:>6} {precision:>5.2f}  {frame}")
    print(f"\n## weak entries (in the lexicon; seen >= {min_cues}, "
          f"precision < {min_precision / 5:.2f})")
    for lemma, pos, n, total, precision in sorted(rows, key=lambda r: r[4]):
        if key_of(lemma, pos) in known and total >= min_cues and precision < min_precision / 5:
            print(f"{lemma:<16} {pos:<5} {n:>5} {total:>6} {precision:>5.2f}")
    print("\n## multi-word cues the corpus marks, not in the lexicon (>= min-cues)")
    phrases_known = {" ".join(p) for p, _ in lexicon.phrases} | {
        " ".join(p) for p in lexicon.according} | set(lexicon.phrasal)
    for phrase, n in counts["phrases"].most_common():
        if n >= min_cues and phrase not in phrases_known:
            print(f"{phrase:<30} {n:>5}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, nargs="?", help="annotated documents (JSON lines)")
    parser.add_argument("--min-cues", type=int, default=5)
    parser.add_argument("--min-precision", type=float, default=0.5)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--save", type=Path, help="write the parse counts here")
    parser.add_argument("--load", type=Path, help="read the parse counts from here")
    args = parser.parse_args(argv)
    if args.load:
        counts = {k: Counter(v) for k, v in json.loads(args.load.read_text()).items()}
    elif args.corpus:
        counts = count(args.corpus, args.jobs)
    else:
        parser.error("give a corpus or --load")
    if args.save:
        args.save.write_text(json.dumps(counts, indent=0, sort_keys=True))
    report(counts, args.min_cues, args.min_precision)
    return 0


if __name__ == "__main__":
    sys.exit(main())
