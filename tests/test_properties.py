"""Properties over arbitrary text: extraction never raises, every offset points at its text.

Hypothesis generates texts from random Unicode and from a vocabulary of
names, cues, document nouns and quote marks; a small sample of the fuzz run
(scripts/fuzz.py, >= 10,000 articles outside the suite) mutates samples/.
Rules that run past the time limit on a text fail these tests as a crash
does: that is how the hang on verbless sentences was found.
"""

import importlib.util

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wgaclaims import pipeline
from wgaclaims.input.sources import article_from_text

from .conftest import ROOT

TIME_LIMIT = 3.0
MARKS = list("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e")
WORDS = ("the union", "the guild", "WGA", "AMPTP", "Bass", "she", "it", "they", "said", "says",
         "told", "according to", "statement", "email", "letter", "members", "calling for",
         "rejected", "warned", "Thursday", "deal", "strike", "writers'", "don't", "we will",
         "not", "accept", "that", ".", ",", ":", "—", "?", "(", ")", "Dear", "below")


def check(nlp, texts):
    """Run texts as articles through the batched pipeline and check every claim."""
    articles = [article_from_text(f"t{n}", text) for n, text in enumerate(texts)]
    for item in pipeline.iter_results(articles, nlp, time_limit=TIME_LIMIT):
        text = item.article.text
        assert item.error is None, f"{item.error} on {text!r}"
        for c in item.claims:
            assert 0 <= c.start < c.end <= len(text)
            assert text[c.start:c.end] == c.content
            for part in ("speaker", "cue"):
                value, start, end = (getattr(c, part), getattr(c, f"{part}_start"),
                                     getattr(c, f"{part}_end"))
                if value is not None:
                    assert 0 <= start < end <= len(text) and text[start:end] == value


texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS),
                       st.sampled_from(["\n", "\n\n", "\r\n", " "]), st.text(max_size=4)),
             max_size=60).map(" ".join),
)


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(texts)
def test_any_text_gives_claims_at_exact_offsets(nlp, text):
    check(nlp, [text])


@settings(max_examples=10, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(texts, min_size=2, max_size=8))
def test_batches_of_any_texts_keep_each_article_apart(nlp, batch):
    check(nlp, batch)


def test_a_sample_of_the_fuzz_run(nlp):
    spec = importlib.util.spec_from_file_location("fuzz", ROOT / "scripts" / "fuzz.py")
    fuzz = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fuzz)
    result = fuzz.run(120, seed=11, nlp=nlp, time_limit=TIME_LIMIT)
    assert result["crash"] == result["overrun"] == result["offset violation"] == 0, \
        result["examples"]
    assert result["articles"] + result["refused as not text"] == 120
    assert result["claims"] > 100
