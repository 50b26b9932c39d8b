"""Golden outputs for samples/ on the pinned model, and the seed gold as a floor.

Regenerate the golden files on purpose only, after reading their diff:
    WGACLAIMS_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
"""

import json
import os
import subprocess
import sys

import pytest

from wgaclaims import evaluate
from wgaclaims.dating.article_date import with_article_date
from wgaclaims.input.sources import read_article
from wgaclaims.model import CLAIM_TYPES
from wgaclaims.pipeline import iter_claims

from .conftest import DATA, GOLDEN, ROOT, SAMPLES

SHARED_SCORER = ROOT.parent / "shared" / "score.py"
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


@pytest.fixture(scope="module")
def sample_claims(nlp):
    articles = [with_article_date(read_article(str(p.relative_to(ROOT)))[0]) for p in SAMPLE_FILES]
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return {a.source: [c.to_dict() for c in claims] for a, claims in iter_claims(articles, nlp)}
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=[p.name for p in SAMPLE_FILES])
def test_sample_matches_its_golden_file(sample_claims, path):
    got = sample_claims[f"samples/{path.name}"]
    golden = GOLDEN / f"{path.stem}.jsonl"
    if os.environ.get("WGACLAIMS_UPDATE_GOLDEN"):
        golden.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in got),
                          encoding="utf-8")
    want = [json.loads(line) for line in golden.read_text(encoding="utf-8").splitlines()]
    assert got == want


def test_every_sample_claim_points_at_its_content(sample_claims):
    for source, claims in sample_claims.items():
        text = (ROOT / source).read_text(encoding="utf-8")
        for c in claims:
            assert text[c["start"]:c["end"]] == c["content"]
            assert c["start"] < c["end"]


def test_seed_gold_floor(sample_claims):
    """The hand-annotated seed gold: e2e F1 at least 0.95, every claim type found."""
    records = [c for claims in sample_claims.values() for c in claims]
    result = evaluate.score(evaluate.gold_claims(evaluate.read_rows(DATA / "seeds.jsonl")), records)
    figures = result.figures()
    assert figures["e2e_f1"] >= 0.95, figures
    assert set(figures["recall_by_type"]) == set(CLAIM_TYPES)
    assert all(not v.startswith("0/") for v in figures["recall_by_type"].values())


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="the reference scorer is not beside")
def test_eval_agrees_with_the_reference_scorer(sample_claims, tmp_path):
    pred = tmp_path / "pred.jsonl"
    records = [c for claims in sample_claims.values() for c in claims]
    # Some wrong on purpose, so the figures are not all perfect: drop two, blank a party.
    records = records[2:]
    records[0] = {**records[0], "party": None}
    pred.write_text("".join(json.dumps(r) + "\n" for r in records))
    gold = DATA / "seeds.jsonl"
    ref = json.loads(subprocess.run([sys.executable, str(SHARED_SCORER), str(gold), str(pred),
                                     "--json"], capture_output=True, text=True,
                                    check=True).stdout)
    ours = evaluate.score(evaluate.gold_claims(evaluate.read_rows(gold)),
                          evaluate.read_rows(pred)).figures()
    assert ours == ref


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="the reference scorer is not beside")
def test_eval_agrees_with_the_reference_scorer_on_corpus_gold(nlp, tmp_path):
    """A gold corpus of whole documents (the PolNeAR form), with speaker spans."""
    text = ("“We will not sign this deal,” the union said on Monday. The studios said the "
            "offer was fair. Talks will go on, according to a mediator. The weather was fine.")

    def span(part: str) -> dict:
        start = text.index(part)
        return {"start": start, "end": start + len(part), "text": part}

    quotes = [
        {**span("We will not sign this deal,"), "type": "direct", "speaker": span("the union")},
        {**span("the offer was fair"), "type": "indirect", "speaker": span("The studios")},
        {**span("Talks will go on"), "type": "indirect", "speaker": span("a mediator")},
        {**span("The weather was fine"), "type": "indirect", "speaker": None},
    ]
    gold = tmp_path / "corpus.jsonl"
    gold.write_text(json.dumps({"doc_id": "d1", "text": text, "quotes": quotes}) + "\n")
    from wgaclaims import extract_claims
    from wgaclaims.model import Article

    records = [{**c.to_dict(), "source": "d1.txt"}
               for c in extract_claims(Article("d1.txt", text), nlp=nlp)]
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in records))
    ref = json.loads(subprocess.run([sys.executable, str(SHARED_SCORER), str(gold), str(pred),
                                     "--json"], capture_output=True, text=True,
                                    check=True).stdout)
    ours = evaluate.score(evaluate.gold_claims(evaluate.read_rows(gold)),
                          evaluate.read_rows(pred)).figures()
    assert ours == ref and "speaker_accuracy" in ours
