"""Shared fixtures. Tests that need the trained pipeline use `nlp` (loaded once)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DATA = Path(__file__).resolve().parent / "data"
GOLDEN = Path(__file__).resolve().parent / "golden"


def golden_claim_count() -> int:
    """How many claims the samples' golden files hold: the count a run over samples/ gives."""
    return sum(len(p.read_text(encoding="utf-8").splitlines()) for p in GOLDEN.glob("*.jsonl"))


@pytest.fixture(scope="session")
def nlp():
    from wgaclaims import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text) -> claims, on the session's pipeline."""
    from wgaclaims import extract_claims

    def run(text: str):
        return extract_claims(text, nlp=nlp)

    return run


@pytest.fixture(scope="module")
def warm_cli(nlp):
    """Make a run's pipeline loader return the session's pipeline for default settings,
    so CLI tests do not load the model again; other settings load as a user's would."""
    import wgaclaims.run as run_module

    original = run_module.load_pipeline
    run_module.load_pipeline = lambda model=None, parties="default", *rest, **kw: nlp if (
        model, parties) == (None, "default") else original(model, parties, *rest, **kw)
    yield
    run_module.load_pipeline = original
