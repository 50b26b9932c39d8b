"""The vocab hand-built Docs are made on (see handbuilt.py)."""

import pytest
import spacy


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab
