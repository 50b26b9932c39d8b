"""Shared fixtures.

Rule tests read recorded parses (`parsed`, `claims_of`; see tests/recorded.py)
and run without the trained model. Tests that need the model use `nlp` (loaded
once) and are marked `model` for it, so `pytest -m "not model"` runs the rest.
"""

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


def pytest_collection_modifyitems(items):
    """Every test that loads the trained pipeline, through `nlp` below or a fixture on it, is
    `model`; a test module's own `nlp` fixture (a blank pipeline, say) does not count."""
    for item in items:
        info = getattr(item, "_fixtureinfo", None)
        defs = info.name2fixturedefs.get("nlp", ()) if info is not None else ()
        if defs and defs[-1].func.__module__ == __name__:
            item.add_marker(pytest.mark.model)


@pytest.fixture
def parsed(request):
    """parsed(text) -> the recorded parse of `text` as a Doc; no model is loaded."""
    from .recorded import STORE

    return lambda text: STORE.doc(text, request.module.__name__)


@pytest.fixture(scope="session")
def claims_component():
    """The claims component as `nlp.add_pipe("wgaclaims")` makes it: default registry and cues."""
    import spacy

    import wgaclaims.component  # noqa: F401 -- registers the factory

    return spacy.blank("en").add_pipe("wgaclaims")


@pytest.fixture
def claims_of(parsed, claims_component):
    """claims_of(text) -> the claims the component finds in the recorded parse of `text`."""
    return lambda text: claims_component.find(parsed(text))


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
