"""Record the parses the model-free rule tests read: `python tests/record_parses.py`.

Runs the tests not marked `model` with a recorder in place of the stored
parses: every text a test asks `parsed` for is parsed by the CLI's pipeline
(`wgaclaims.load_pipeline()`, without the claims component) as the CLI would
parse it alone, and kept. The Docs are then written to tests/parses/, one
DocBin per test package, replacing what was there (texts no test asks for any
more are dropped). Needs the trained model; run it after adding a sentence to a
rule test, or after changing the model, and commit tests/parses/ with the tests.
Extra arguments go to pytest (for example `-k quotes`); a run with any, or
with failing tests, keeps the recordings it did not redo. The tests' exit
status is kept.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.recorded import STORE  # noqa: E402 -- the same module the tests import


def main(args: list[str]) -> int:
    from wgaclaims import load_pipeline
    from wgaclaims.pipeline import CLAIMS_PIPE

    nlp = load_pipeline()

    def parse(text: str):
        return next(nlp.pipe([text], disable=[CLAIMS_PIPE]))

    STORE.recorder = parse
    status = pytest.main([str(ROOT / "tests"), "-q", "-p", "no:cacheprovider",
                          "-m", "not model", *args])
    if status not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED):
        print(f"pytest stopped ({status!r}); tests/parses/ left as it was", file=sys.stderr)
        return int(status)
    for path in STORE.save(keep_others=bool(args) or status != pytest.ExitCode.OK):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size:,} bytes", file=sys.stderr)
    print(f"{sum(len(d) for d in STORE.requested.values())} texts recorded", file=sys.stderr)
    return int(status)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
