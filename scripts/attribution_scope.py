"""Where a corpus's attributions and our claims part: figures on the claims part, misses by kind.

    wgaclaims eval ../shared/eval/polnear-dev.jsonl --parties none --save dev-claims.jsonl
    python scripts/attribution_scope.py ../shared/eval/polnear-dev.jsonl dev-claims.jsonl

A corpus of attributions such as PolNeAR annotates more than a claims table
holds: contents that are a noun phrase (a topic: "noted the clot's
existence"), and attributions that name no source ("is expected to", "it is
clear that"). This splits its gold in two, by the content's words and the
annotated source:

- the claims part: a named source and a clause or a quote for content, what
  the claim definition counts. Scored as `wgaclaims eval` scores, except that
  a prediction that fits only an attribution of the other part is set aside
  (neither right nor wrong);
- the rest, counted by kind.

Then every gold attribution not found is given one kind, the first that fits:
no source named; a noun-phrase content; found in part (other bounds); a
discontinuous span; and, for the rest, what the rules made of its cue in the
parse (no cue, no speaker, no content, or a claim dropped by a rule).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wgaclaims import evaluate as ev  # noqa: E402

QUOTE_MARKS = ('"', "\u201c", "\u201d", "''")
FINITE = ("VBD", "VBZ", "VBP", "MD")


def content_kind(nlp: Any, text: str) -> str:
    """'quote', 'clause' (finite or a to-infinitive) or 'noun phrase'."""
    if any(mark in text for mark in QUOTE_MARKS):
        return "quote"
    doc = nlp(text)
    if any(t.tag_ in FINITE for t in doc) or any(
            t.tag_ == "VB" and any(c.tag_ == "TO" for c in t.children) for t in doc) \
            or (len(doc) > 1 and doc[0].tag_ == "TO"):
        return "clause"
    return "noun phrase"


def inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether at least half of span lies inside spans, as the scorer counts a fit."""
    return ev.covered(span, spans) >= ev.HALF * (span[1] - span[0])


def show_miss(text: str, gold: dict[str, Any], kind: str) -> None:
    """One miss on a line: its kind and cue, then the content in [[...]] with some context."""
    start, end = gold["start"], gold["end"]
    context = (text[max(0, start - 120):start] + "[[" + text[start:end] + "]]"
               + text[end:end + 60]).replace("\n", " ")
    print(f"- {kind}; cue {(gold['cue'] or {}).get('text')!r}: {context}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", help="corpus of whole documents (doc_id, text, quotes)")
    ap.add_argument("pred", help="claims as JSONL (wgaclaims eval ... --save FILE)")
    ap.add_argument("--show", metavar="KIND", default="",
                    help="also print every miss whose kind starts with KIND, with its context "
                         "(e.g. --show 'cue without content')")
    args = ap.parse_args()

    from wgaclaims import load_pipeline
    from wgaclaims.rules.attribution import attribute
    from wgaclaims.rules.cues import find_cues
    from wgaclaims.rules.lexicon import load_lexicon

    rows = ev.read_rows(args.gold)
    texts = ev.corpus_texts(rows)
    # The bare parse (no claim component): the rules below read it as the extractor does.
    nlp = load_pipeline(parties="none")
    nlp.select_pipes(disable=["wgaclaims"])
    gold: list[dict[str, Any]] = []
    rest: list[dict[str, Any]] = []
    quotes = [q for row in rows for q in row["quotes"]]
    for g, q in zip(ev.gold_claims(rows), quotes, strict=True):
        g.update(cue=q.get("cue"), source=bool(q.get("speaker")),
                 discontinuous=q.get("discontinuous"), kind=content_kind(nlp, g["content"]))
        (gold if g["source"] and g["kind"] != "noun phrase" else rest).append(g)
    pred = ev.read_rows(args.pred)

    by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    rest_by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for g in gold:
        by_doc[g["doc"]].append((g["start"], g["end"]))
    for g in rest:
        rest_by_doc[g["doc"]].append((g["start"], g["end"]))
    kept = [p for p in pred if not (
        inside((p["start"], p["end"]), rest_by_doc[ev.doc_name(p)])
        and not inside((p["start"], p["end"]), by_doc[ev.doc_name(p)]))]
    part = ev.score(gold, kept).figures()
    print(f"claims part: {len(gold)} of {len(gold) + len(rest)} attributions "
          f"({len(pred) - len(kept)} predictions set aside)")
    for key in ("precision", "recall", "f1", "recall_by_type"):
        print(f"  {key}: {part[key]}")
    outside = Counter(("no source named" if not g["source"] else g["kind"]) for g in rest)
    print("outside it:", dict(outside))

    everything = ev.score(gold + rest, pred)
    pred_by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for p in pred:
        pred_by_doc[ev.doc_name(p)].append((p["start"], p["end"]))
    lexicon = load_lexicon()
    parsed: dict[str, list[Any]] = {}
    kinds: Counter[str] = Counter()
    unknown_cues: Counter[str] = Counter()
    index = {(g["doc"], g["start"], g["end"]): g for g in gold + rest}
    for miss in everything.misses:
        g = index[(miss["doc"], miss["start"], miss["end"])]
        if not g["source"]:
            kinds["no source named"] += 1
        elif g["kind"] == "noun phrase":
            kinds["noun-phrase content (a topic)"] += 1
        elif ev.covered((g["start"], g["end"]), pred_by_doc[g["doc"]]):
            kinds["found in part (other bounds)"] += 1
        elif g["discontinuous"]:
            kinds["discontinuous span"] += 1
        elif not g["cue"]:
            kinds["no cue annotated"] += 1
        else:
            if g["doc"] not in parsed:
                doc = nlp(texts[g["doc"]])
                parsed[g["doc"]] = [a for s in doc.sents
                                    for a in attribute(find_cues(s, lexicon), lexicon)]
            cue = g["cue"]
            hit = next((a for a in parsed[g["doc"]]
                        if cue["start"] <= a.cue.token.idx < cue["end"]), None)
            if hit is None:
                unknown_cues[cue["text"].lower()] += 1
            kind = ("cue word not in the lexicon" if hit is None
                    else "cue without a speaker in the parse" if hit.speaker is None
                    else "cue without content in the parse" if not hit.content
                    else "claim dropped by a rule (question, negation, generic holder)")
            kinds[kind] += 1
            if args.show and kind.startswith(args.show):
                show_miss(texts[g["doc"]], g, kind)
    print(f"misses by kind ({len(everything.misses)}):")
    for kind, n in kinds.most_common():
        print(f"  {n:5d}  {kind}")
    print("cue words most often missed (as written):")
    print("  " + ", ".join(f"{cue} {n}" for cue, n in unknown_cues.most_common(30)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
