"""Lint and types are part of the suite, so CI checks them with the tests."""

import importlib.util
import subprocess
import sys

import pytest

from .conftest import ROOT


@pytest.mark.parametrize("tool, args", [
    ("ruff", ["check", "wgaclaims", "tests"]),
    ("mypy", []),
])
def test_tool_is_clean(tool, args):
    if importlib.util.find_spec(tool) is None:
        pytest.skip(f"{tool} is not installed (pip install -e '.[test]')")
    result = subprocess.run([sys.executable, "-m", tool, *args], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr
