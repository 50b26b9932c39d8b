import json

import pytest
from click.testing import CliRunner

from wgaclaims.cli import cli


@pytest.fixture(scope="module", autouse=True)
def _warm(warm_cli):
    """The CLI reuses the session's loaded pipeline."""


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


def records(result):
    return [json.loads(line) for line in result.stdout.splitlines()]


def check_offsets(found, texts):
    """Every record's offsets index the text `wgaclaims text` prints for its article."""
    for r in found:
        text = texts[r["article_id"]]
        assert text[r["start"]:r["end"]] == r["content"]
        if r["speaker_start"] is not None:
            assert text[r["speaker_start"]:r["speaker_end"]] == r["speaker"]
