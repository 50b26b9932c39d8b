"""Attribution by how the party was found: for each gold claim found, its best-fitting
prediction's `party_via`, and whether its party is the gold one.

    python scripts/party_via.py GOLD PRED.jsonl

PRED is `wgaclaims extract ... --format jsonl` output for the gold's articles. Prints one
line per way (alias, member, affiliation, role, pronoun, description, document, none) with
right/found, the same best fit as `wgaclaims eval`'s attribution accuracy.
"""

from __future__ import annotations

import sys
from collections import Counter

from wgaclaims import evaluate as ev


def main(gold_path: str, pred_path: str) -> None:
    gold = ev.gold_claims(ev.read_rows(gold_path))
    pred = ev.read_rows(pred_path)
    right: Counter[str] = Counter()
    found: Counter[str] = Counter()
    by_doc: dict[str, list[dict]] = {}
    for p in pred:
        by_doc.setdefault(ev.doc_name(p), []).append(p)
    for g in gold:
        span = (g["start"], g["end"])
        golds = [x for x in gold if ev.doc_name(x) == ev.doc_name(g)]
        candidates = [((int(p["start"]), int(p["end"])), p) for p in by_doc.get(ev.doc_name(g), [])
                      if ev.covered((int(p["start"]), int(p["end"])),
                                    [(x["start"], x["end"]) for x in golds])
                      >= ev.HALF * (int(p["end"]) - int(p["start"]))]
        if ev.covered(span, [s for s, _ in candidates]) < ev.HALF * (span[1] - span[0]):
            continue
        _, best = max(candidates, key=lambda sp: ev.fit(span, sp[0]))
        via = best.get("party_via") or "none"
        found[via] += 1
        right[via] += best.get("party") == g.get("party")
    for via, n in found.most_common():
        print(f"{via:12} {right[via]}/{n}")
    print(f"{'all':12} {sum(right.values())}/{sum(found.values())}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
