"""A sample of the rule tables end to end: extract_claims on the pinned model.

The rule tests run on recorded parses; these rows check that the library,
from text to claims, gives what the tables say on a live parse too.
"""

import pytest

from .resolve import test_referents
from .rules import (
    test_asides,
    test_classify,
    test_cue_drafts,
    test_cues,
    test_halves,
    test_speakers,
    test_uncued_quotes,
)
from .rules.content import test_clauses, test_objects, test_sentence, test_speech, test_trims

TABLES = [test_cues, test_asides, test_speakers, test_clauses, test_objects, test_sentence,
          test_speech, test_trims, test_cue_drafts, test_halves, test_classify,
          test_uncued_quotes, test_referents]
CASES = [case for table in TABLES for case in table.CASES[::6]]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_construction_end_to_end(extract, text, expected):
    got = [(c.type, c.party, c.speaker, c.content) for c in extract(text)]
    assert got == expected
