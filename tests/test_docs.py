"""The README cannot drift from what the project does."""

import re

from click.testing import CliRunner

from wgaclaims.cli import cli
from wgaclaims.model import FIELDS

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command():
    command = re.findall(r"```sh\n(.*?)\n```", README, re.S)[1].strip()
    assert "pytest" in command
    assert command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_command_is_documented():
    commands = cli.list_commands(None)  # type: ignore[arg-type]
    for name in commands:
        assert f"wgaclaims {name}" in README, name
        assert CliRunner().invoke(cli, [name, "--help"]).exit_code == 0


def test_every_record_field_is_documented():
    for field in FIELDS:
        assert f"`{field}`" in README, field


def test_the_readme_registry_example_loads(tmp_path):
    from wgaclaims.resolve.registry import load_registry

    block = re.findall(r"```toml\n(.*?)```", README, re.S)[0]
    path = tmp_path / "uaw.toml"
    path.write_text(block, encoding="utf-8")
    registry = load_registry(path)
    assert [p.id for p in registry.parties] == ["UAW", "Ford"]
    assert registry.by_id["UAW"].members == ("Shawn Fain",)


def test_shell_completion_works_as_the_readme_says():
    import os
    import subprocess
    import sys

    assert "_WGACLAIMS_COMPLETE=bash_source wgaclaims" in README

    def complete(words: str, cword: int) -> list[str]:
        env = {**os.environ, "_WGACLAIMS_COMPLETE": "bash_complete",
               "COMP_WORDS": words, "COMP_CWORD": str(cword)}
        result = subprocess.run([sys.executable, "-m", "wgaclaims"], env=env,
                                capture_output=True, text=True, check=True)
        return result.stdout.split()

    assert complete("wgaclaims par", 1) == ["plain,parties"]
    assert complete("wgaclaims extract --format ", 3) == [
        "plain,table", "plain,json", "plain,jsonl", "plain,csv", "plain,tsv", "plain,html",
        "plain,sqlite", "plain,parquet"]
    assert complete("wgaclaims summary --format ", 3) == [
        "plain,table", "plain,json", "plain,jsonl", "plain,csv"]


def load_readme_usage():
    import importlib.util

    spec = importlib.util.spec_from_file_location("readme_usage",
                                                  ROOT / "scripts" / "readme_usage.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_command_reference_equals_every_help_text():
    usage = load_readme_usage()
    assert usage.with_section(README) == README, (
        "README.md's command reference is out of date: run python scripts/readme_usage.py")


def test_every_option_of_every_command_is_in_the_readme():
    import click

    context = click.Context(cli)
    for name in cli.list_commands(context):
        command = cli.get_command(context, name)
        assert command is not None
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--"):
                    assert opt in README, f"wgaclaims {name} {opt}"


def test_the_readme_registry_example_has_roles(tmp_path):
    from wgaclaims.resolve.registry import load_registry

    block = re.findall(r"```toml\n(.*?)```", README, re.S)[0]
    path = tmp_path / "uaw.toml"
    path.write_text(block, encoding="utf-8")
    assert load_registry(path).role_parties("autoworker") == ["UAW"]
