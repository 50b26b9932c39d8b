"""Score claims against hand-annotated gold: the figures behind `wgaclaims eval`.

Matching is by character coverage, so how a claim is cut does not matter:
a predicted claim is right when at least half of its content lies inside
gold content of the same document; a gold claim is found when at least half
of it lies inside right predictions. The found claim's party (and speaker)
is judged on the right prediction that fits it best (overlap over union).
The e2e figures count only claims with the right party.

Gold is read in two forms: claim rows ({"doc", "type", "party", "start",
"end"}) or whole annotated documents ({"doc_id", "text", "quotes": [...]},
such as the PolNeAR corpus), whose text can be written out for extraction.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from . import errors

HALF = 0.5
Span = tuple[int, int]


def read_rows(path: str | Path) -> list[dict[str, Any]]:
    """JSON lines, or one JSON array."""
    text = Path(path).read_text(encoding="utf-8").strip()
    if not text:
        return []
    if text.startswith("["):
        rows = json.loads(text)
        return list(rows)
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def gold_claims(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claim rows as they are; corpus documents flattened into claim rows."""
    out: list[dict[str, Any]] = []
    for row in rows:
        if "quotes" not in row:
            out.append(row)
            continue
        for q in row["quotes"]:
            speaker = q.get("speaker") or {}
            out.append({
                "doc": f"{row['doc_id']}.txt", "type": q.get("type", "claim"), "party": None,
                "start": q["start"], "end": q["end"], "content": q.get("content", ""),
                "speaker_start": speaker.get("start"), "speaker_end": speaker.get("end"),
            })
    return out


def corpus_texts(rows: Iterable[dict[str, Any]]) -> dict[str, str]:
    """File name -> text for the whole documents a gold file carries."""
    return {f"{r['doc_id']}.txt": r["text"] for r in rows if "text" in r and "doc_id" in r}


def doc_name(row: dict[str, Any]) -> str:
    for key in ("doc", "source", "file", "path"):
        if row.get(key):
            return PurePath(str(row[key])).name
    raise errors.gold_row_without_document(row)


def covered(span: Span, others: Iterable[Span]) -> int:
    """How many characters of span lie inside the union of others."""
    start, end = span
    total, cursor = 0, start
    for s, e in sorted((max(s, start), min(e, end)) for s, e in others if s < end and e > start):
        s = max(s, cursor)
        if e > s:
            total += e - s
            cursor = e
    return total


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def fit(a: Span, b: Span) -> float:
    union = max(a[1], b[1]) - min(a[0], b[0])
    return overlap(a, b) / union if union else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Tally:
    """Found and total counts under one key (a type or a party)."""

    found: int = 0
    total: int = 0

    def __str__(self) -> str:
        return f"{self.found}/{self.total}"


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    right: int = 0          # predictions inside gold content
    right_party: int = 0    # ... whose party is that of the gold they fit best
    found: int = 0          # gold claims covered by right predictions
    attributed: int = 0     # ... whose best-fitting prediction has the right party
    with_speaker: int = 0
    speaker_right: int = 0
    has_parties: bool = False
    by_type: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_party: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[dict[str, Any]] = field(default_factory=list)
    # Gold claims found with the wrong party, each with the prediction that fits it best.
    wrong_party: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    extras: list[dict[str, Any]] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        """The figures, named and rounded as ../shared/score.py prints them."""
        p = self.right / self.predicted if self.predicted else 0.0
        r = self.found / self.gold if self.gold else 0.0
        out: dict[str, Any] = {
            "gold": self.gold, "predicted": self.predicted,
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(_f1(p, r), 4),
        }
        if self.with_speaker:
            out["speaker_accuracy"] = round(self.speaker_right / self.with_speaker, 4)
        out["recall_by_type"] = {k: str(v) for k, v in sorted(self.by_type.items())}
        if self.has_parties:
            ep = self.right_party / self.predicted if self.predicted else 0.0
            er = self.attributed / self.gold if self.gold else 0.0
            out.update({
                "attribution_accuracy": round(self.attributed / self.found, 4)
                if self.found else 0.0,
                "e2e_precision": round(ep, 4), "e2e_recall": round(er, 4),
                "e2e_f1": round(_f1(ep, er), 4),
                "attributed_by_party": {k: str(v) for k, v in
                                        sorted(self.by_party.items(), key=lambda kv: kv[0])},
            })
        return out


def score(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> Score:
    """Score predicted claim records against gold claim rows."""
    result = Score(has_parties=any(g.get("party") for g in gold))
    golds: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        golds[doc_name(g)].append(g)
    preds: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in pred:
        if doc_name(p) in golds:
            preds[doc_name(p)].append(p)
    for doc, doc_golds in golds.items():
        right = _score_predictions(result, doc_golds, preds.get(doc, []))
        for g in doc_golds:
            _score_gold(result, g, right)
    return result


def _score_predictions(result: Score, golds: list[dict[str, Any]],
                       preds: list[dict[str, Any]]) -> list[tuple[Span, dict[str, Any]]]:
    """Count one document's predictions; return the right ones with their spans."""
    gold_spans = [(g["start"], g["end"]) for g in golds]
    right: list[tuple[Span, dict[str, Any]]] = []
    for p in preds:
        result.predicted += 1
        span = (int(p["start"]), int(p["end"]))
        if span[1] <= span[0] or covered(span, gold_spans) < HALF * (span[1] - span[0]):
            result.extras.append(p)
            continue
        result.right += 1
        right.append((span, p))
        best = max(golds, key=lambda g: fit(span, (g["start"], g["end"])))
        if p.get("party") == best["party"]:
            result.right_party += 1
    return right


def _score_gold(result: Score, g: dict[str, Any], right: list[tuple[Span, dict[str, Any]]]
                ) -> None:
    """Count one gold claim: found or missed, and the party and speaker of its best fit."""
    result.gold += 1
    span = (g["start"], g["end"])
    party_key = str(g["party"])
    result.by_type[g["type"]].total += 1
    result.by_party[party_key].total += 1
    if covered(span, [s for s, _ in right]) < HALF * (span[1] - span[0]):
        result.misses.append(g)
        return
    result.found += 1
    result.by_type[g["type"]].found += 1
    _, best = max(right, key=lambda sp: fit(span, sp[0]))
    if g.get("speaker_start") is not None:
        result.with_speaker += 1
        if best.get("speaker_start") is not None and overlap(
                (g["speaker_start"], g["speaker_end"]),
                (int(best["speaker_start"]), int(best["speaker_end"]))):
            result.speaker_right += 1
    if best.get("party") == g["party"]:
        result.attributed += 1
        result.by_party[party_key].found += 1
    else:
        result.wrong_party.append((g, best))


def via(record: dict[str, Any]) -> str:
    """How a predicted record's party was found, as --show prints it:
    ` (via description: "the studios")`; "" when the record does not say."""
    way = record.get("party_via")
    if not way:
        return ""
    evidence = record.get("party_evidence")
    return f' (via {way}: "{" ".join(str(evidence).split())}")' if evidence else f" (via {way})"


def show_lines(result: Score) -> list[str]:
    """Misses, wrong parties and extras, one line each, for --show.

    A wrong party is shown with how the prediction found it, the words that misled it.
    """
    lines = []
    for g in result.misses:
        lines.append(f"MISS   {doc_name(g)[:24]} {g['type']:<12} {g['party']!s:<6} "
                     f"{g.get('content', '')[:90]!r}")
    for g, got in result.wrong_party:
        lines.append(f"PARTY  {doc_name(g)[:24]} party {got.get('party')!s}, gold "
                     f"{g['party']!s}{via(got)} {g.get('content', '')[:80]!r}")
    for p in result.extras:
        lines.append(f"EXTRA  {doc_name(p)[:24]} {p.get('party')!s:<6} "
                     f"{str(p.get('content', ''))[:90]!r}")
    return lines
