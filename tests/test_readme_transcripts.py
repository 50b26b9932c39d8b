"""Every shell transcript in the README is run, and its output compared with the one shown.

A transcript is a fenced block whose lines start with "$ " (a command) or hold its
output. Each block runs in one shell, in a fresh folder that links samples/ and tests/
and holds a copy of examples/, with this project's `wgaclaims` first on the PATH; each
command must exit with status 0. Standard output and standard error are captured apart,
and the lines shown must be the two merged, each in its order (a run prints its summary
on stderr while a pipe may still be writing), or standard output alone: a transcript may
leave the messages out. A command may exit with a status other than 0 only where its
transcript shows the message that says why ("skipped ...", "Error: ..."). Two marks
shorten what is shown: a line that ends in "..." matches any line that begins with the
rest, and a last line of "..." alone stands for the lines that follow. A command whose
output holds a table runs on a pseudo-terminal as wide as the table, so it prints the
table a user sees.

A block that cannot run here (a folder of the user's own, data outside the
repository) is preceded by `<!-- transcript: not run: WHY -->`.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import struct
import subprocess
import sys
import termios
from dataclasses import dataclass
from pathlib import Path

import pytest

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")
NOT_RUN = re.compile(r"<!-- transcript: not run: (.+?) -->\n*$")


@dataclass
class Step:
    command: str
    shown: list[str]


@dataclass
class Transcript:
    line: int  # where the block starts in README.md, for the test's id
    steps: list[Step]
    not_run: str | None


def blocks(text: str) -> list[tuple[int, str, list[str]]]:
    """The fenced blocks of a Markdown text: (first line's number, language, lines)."""
    found: list[tuple[int, str, list[str]]] = []
    open_block: tuple[int, str, list[str]] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if open_block is None and line.startswith("```"):
            open_block = (number, line[3:].strip(), [])
        elif open_block is not None and line == "```":
            found.append(open_block)
            open_block = None
        elif open_block is not None:
            open_block[2].append(line)
    return found


def transcripts(text: str = README) -> list[Transcript]:
    """The README's shell transcripts, outside the generated command reference."""
    lines = text.splitlines()
    usage = next(n for n, line in enumerate(lines, 1) if line.startswith("<!-- usage: gen"))
    found = []
    for number, language, body in blocks(text):
        if number > usage or language or not body or not body[0].startswith("$ "):
            continue
        steps: list[Step] = []
        for line in body:
            if line.startswith("$ "):
                steps.append(Step(line[2:], []))
            else:
                steps[-1].shown.append(line)
        before = "\n".join(lines[max(0, number - 3):number - 1])
        reason = NOT_RUN.search(before)
        found.append(Transcript(number, steps, reason.group(1) if reason else None))
    return found


def matches(shown: str, line: str) -> bool:
    """Whether a printed line is the one shown; trailing spaces (a table pads its title)
    do not count."""
    line = line.rstrip()
    return line.startswith(shown[:-3]) if shown.endswith("...") else line == shown


def merged(shown: list[str], out: list[str], err: list[str]) -> bool:
    """Whether `shown` is `out` and `err` interleaved, each in order (see the module's
    docstring for "..."); both must be used up unless `shown` ends in "..." alone."""
    i = j = 0
    for n, line in enumerate(shown):
        if line == "..." and n == len(shown) - 1:
            return True
        if i < len(out) and matches(line, out[i]):
            i += 1
        elif j < len(err) and matches(line, err[j]):
            j += 1
        else:
            return False
    return i == len(out) and j == len(err)


def run(command: str, cwd: Path, env: dict[str, str],
        columns: int | None) -> tuple[int, str, str]:
    """The command's exit status, stdout and stderr; on a pseudo-terminal `columns` wide
    if given."""
    if columns is None:
        done = subprocess.run(["bash", "-c", command], cwd=cwd, env=env,
                              capture_output=True, text=True, timeout=300)
        return done.returncode, done.stdout, done.stderr
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    process = subprocess.Popen(["bash", "-c", command], cwd=cwd, env=env | {
        "COLUMNS": str(columns), "TERM": "xterm-256color"}, stdout=follower,
        stderr=subprocess.PIPE, text=False)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closes when the command ends
            break
        if not chunk:
            break
        chunks.append(chunk)
    err = process.communicate(timeout=300)[1]
    os.close(leader)
    out = b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
    return process.returncode, ANSI.sub("", out), err.decode("utf-8")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name in ("samples", "tests", "scripts"):
        (tmp_path / name).symlink_to(ROOT / name)
    # The README's archive, page, Markdown and PDF-text examples (examples/), copied so a
    # transcript may write beside them.
    shutil.copytree(ROOT / "examples", tmp_path, dirs_exist_ok=True)
    return tmp_path


ALL = transcripts()


def test_the_readme_has_transcripts_and_says_why_any_is_not_run():
    assert len([t for t in ALL if not t.not_run]) >= 8
    assert all(t.not_run is None or len(t.not_run) > 10 for t in ALL)


@pytest.mark.model
@pytest.mark.parametrize("transcript", [t for t in ALL if not t.not_run],
                         ids=lambda t: f"README.md:{t.line}")
def test_a_readme_transcript_prints_what_it_shows(transcript: Transcript, folder: Path):
    env = os.environ | {"PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
                        "NO_COLOR": "1"}
    env.pop("COLUMNS", None)
    if shutil.which("jq") is None and any("| jq" in step.command for step in transcript.steps):
        pytest.skip("no jq on PATH (Debian: apt-get install jq)")
    for step in transcript.steps:
        table = any(line.startswith("┏") for line in step.shown)
        columns = max(len(line) for line in step.shown) if table else None
        status, out, err = run(step.command, folder, env, columns)
        # A command may fail only where the transcript shows why (a file skipped, an error).
        shows_failure = any(line.startswith(("skipped ", "Error: ", "error: "))
                            for line in step.shown)
        assert status == 0 or shows_failure, f"$ {step.command}\nexit status {status}\n{err}"
        # Messages on stderr are shown in full, or left out (as a pipe would drop them); a
        # failure's are shown.
        assert (merged(step.shown, out.splitlines(), err.splitlines())
                or (not status and merged(step.shown, out.splitlines(), []))), (
            f"$ {step.command}\n--- shown\n" + "\n".join(step.shown)
            + "\n--- printed (stdout)\n" + out + "--- printed (stderr)\n" + err)


def python_examples(text: str = README) -> list[tuple[int, str, list[str]]]:
    """The README's Python examples that show their output: a python block followed by a
    plain block of what it prints (line number, code, lines shown). An example goes on
    from the ones before it in its section (`nlp` made once), so each is run after them
    and must print all they print, then its own."""
    found = blocks(text)
    headings = [n for n, line in enumerate(text.splitlines(), 1) if line.startswith("## ")]
    examples: list[tuple[int, str, list[str]]] = []
    section: list[tuple[str, list[str]]] = []
    last_heading = 0
    for (number, language, code), (_, after, shown) in zip(found, found[1:], strict=False):
        if language != "python" or after or not shown or shown[0].startswith("$ "):
            continue
        heading = max(h for h in headings if h < number)
        if heading != last_heading:
            section, last_heading = [], heading
        section.append(("\n".join(code), shown))
        examples.append((number, "\n\n".join(c for c, _ in section),
                         [line for _, lines in section for line in lines]))
    return examples


def test_the_readme_has_python_examples_with_output():
    assert len(python_examples()) >= 3


@pytest.mark.model
@pytest.mark.parametrize("example", python_examples(), ids=lambda e: f"README.md:{e[0]}")
def test_a_readme_python_example_prints_what_it_shows(example, folder: Path):
    _, code, shown = example
    done = subprocess.run([sys.executable, "-c", code], cwd=folder, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert [line.rstrip() for line in done.stdout.splitlines()] == shown, done.stdout
