"""The recorded parses the rule tests read (tests/parses/): complete, and true to the model."""

import pytest
from spacy.tokens import Doc

from .recorded import SCRIPT, STORE, Store

ANNOTATIONS = ("TAG", "POS", "MORPH", "LEMMA", "DEP", "ENT_IOB", "SENT_START")


def test_every_recording_holds_a_full_parse():
    if STORE.recorder is not None:
        pytest.skip("recording: the store is being written")
    assert STORE.docs, f"no recorded parses: run `python {SCRIPT}`"
    for text, doc in STORE.docs.items():
        assert doc.text == text
        missing = [a for a in ANNOTATIONS if not doc.has_annotation(a)]
        assert not missing or not text.strip(), (text, missing)


def test_each_text_is_recorded_once():
    texts = [t for texts in STORE.files().values() for t in texts]
    assert len(texts) == len(set(texts))


def test_a_text_without_a_recording_fails_naming_the_script(tmp_path):
    with pytest.raises(pytest.fail.Exception, match="run `python tests/record_parses.py`"):
        Store(tmp_path).doc("A sentence no test has recorded.")


def test_a_recorded_doc_is_a_copy_rules_cannot_spoil(parsed):
    text = next(iter(STORE.docs))
    first = parsed(text)
    assert isinstance(first, Doc) and first is not parsed(text)


def _annotations(doc: Doc) -> list[tuple]:
    return [(t.text, t.whitespace_, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i,
             t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]


def test_recorded_parses_give_the_claims_of_a_live_parse(nlp):
    """Rerun `python tests/record_parses.py` when this fails after a model change."""
    from wgaclaims.pipeline import CLAIMS_PIPE

    component = nlp.get_pipe(CLAIMS_PIPE)
    changed, other_claims = [], []
    for text, recorded in STORE.docs.items():
        live = next(nlp.pipe([text], disable=[CLAIMS_PIPE]))
        if _annotations(live) != _annotations(recorded):
            changed.append(text)
        if component.find(live) != component.find(recorded.copy()):
            other_claims.append(text)
    assert (changed, other_claims) == ([], []), f"rerun `python {SCRIPT}`"
