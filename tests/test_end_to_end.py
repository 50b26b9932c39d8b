"""A sample of the rule tables end to end: extract_claims on the pinned model.

The rule tests run on recorded parses; these rows check that the library,
from text to claims, gives what the tables say on a live parse too.
"""

import pytest

from .resolve import test_referents
from .rules import test_attribution, test_classify, test_cue_drafts, test_halves

CASES = (test_attribution.CASES[::12] + test_cue_drafts.CASES[::3] + test_halves.CASES[::3]
         + test_classify.CASES[::2] + test_referents.CASES[::3])


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_construction_end_to_end(extract, text, expected):
    got = [(c.type, c.party, c.speaker, c.content) for c in extract(text)]
    assert got == expected
