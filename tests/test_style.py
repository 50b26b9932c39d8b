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


def _imports(path, module, modules):
    """The wgaclaims modules `module` (at `path`) imports, anywhere in it but under
    TYPE_CHECKING. A parent package is imported before its modules in any case, so
    `from . import errors` counts as an import of wgaclaims.errors alone."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(n) for node in ast.walk(tree)
                   if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
                   for sub in node.body for n in ast.walk(sub)}
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[:len(parts) - node.level + 1] + ([base] if base else []))
            subs = {f"{base}.{a.name}" for a in node.names} & modules
            found.update(subs)
            if len(subs) < len(node.names):
                found.add(base)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and module == "wgaclaims":  # the public names imported on first use
            found.add(f"wgaclaims.{node.value}")
    return (found & modules) - {module}


def test_no_module_imports_itself_through_others():
    """Arrows point one way: no import cycle among the package's modules."""
    import graphlib

    package = ROOT / "wgaclaims"
    paths = {}
    for path in package.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        paths[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    modules = set(paths)
    graph = {m: _imports(p, m, modules) for m, p in paths.items()}
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as e:
        pytest.fail(f"import cycle: {' -> '.join(e.args[1])}")


def test_every_public_name_can_be_imported():
    import wgaclaims

    for name in wgaclaims.__all__:
        assert getattr(wgaclaims, name) is not None, name
