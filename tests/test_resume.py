"""--resume: a run of -o FILE killed at any instant is taken up and ends byte-identical.

Kills are real: a forked copy of the test process (the pipeline already
loaded) runs the command and sends itself SIGKILL at the chosen point.
Every other instant a kill can fall on is made by cutting the files a run
leaves behind at each place a kill could leave them.
"""

import json
import os
import signal

import pytest
from click.testing import CliRunner

from wgaclaims import pipeline
from wgaclaims.cli import cli
from wgaclaims.input.sources import DEFAULT_PATTERNS
from wgaclaims.output import journal as journal_module
from wgaclaims.output.records import JsonLinesWriter

ARTICLES = [
    '"We will not sign a bad deal," the union said on Monday.\n\n'
    "The studios said they had made their best offer. Talks stalled.",
    "Nothing was said today.",
    'The guild told members that the strike would go on.\n\n"We are united," '
    "a captain said. The mayor said she hoped for an agreement soon.",
    '"Our offer stands," the alliance said in a statement.',
    "A spokesperson said the talks would resume next week.\n\n"
    'The union called the proposal "an insult to writers."',
    "Weather was fine on the picket lines.",
    'Writers said they would march again on Friday. "We need a fair contract," one said.',
]


@pytest.fixture(scope="module", autouse=True)
def _warm(warm_cli):
    """The CLI reuses the session's loaded pipeline."""


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """Articles in a folder, read in pieces of a few hundred characters, so a kill can fall
    between an article's pieces; and the folder's output from a run never stopped."""
    monkeypatch.setattr(pipeline, "PIECE_CHARS", 120)
    monkeypatch.chdir(tmp_path)
    os.mkdir("in")
    for n, text in enumerate(ARTICLES):
        with open(f"in/{n}.txt", "w", encoding="utf-8") as f:
            f.write(text + "\n")
    return tmp_path


def run(*args):
    return CliRunner().invoke(cli, ["extract", "in", *args], catch_exceptions=False)


def uninterrupted(suffix):
    result = run("-o", f"whole.{suffix}", "-q")
    assert result.exit_code == 0
    with open(f"whole.{suffix}", "rb") as f:
        return f.read()


def killed(args, arm):
    """Run the command in a forked process that `arm` makes kill itself; wait for it."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into the test
        try:
            arm(lambda: os.kill(os.getpid(), signal.SIGKILL))
            run(*args)
        finally:
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def on_call(owner, name, n, before=True):
    """An arm: kill on the n-th call of owner.name, before it runs or right after."""
    def arm(kill):
        original = getattr(owner, name)
        calls = []

        def counted(*args, **kwargs):
            calls.append(1)
            if before and len(calls) == n:
                kill()
            result = original(*args, **kwargs)
            if not before and len(calls) == n:
                if isinstance(args[0], JsonLinesWriter):
                    args[0].stream.flush()  # half an article's claims reach the file
                kill()
            return result
        setattr(owner, name, counted)
    return arm


@pytest.mark.parametrize("where, arm, jobs, done", [
    ("between batches", on_call(pipeline, "analyse", 3), "1", 1),
    ("between an article's pieces", on_call(pipeline, "analyse", 2), "1", 0),
    ("mid-write: some of an article's claims written", on_call(JsonLinesWriter, "write_one",
                                                               5, before=False), "1", 2),
    ("claims written, article not yet recorded", on_call(journal_module.Journal, "done", 4),
     "2", 3),
])
def test_a_run_killed_anywhere_resumes_to_the_same_bytes(folder, where, arm, jobs, done):
    expected = uninterrupted("jsonl")
    killed(["-o", "claims.jsonl", "--jobs", jobs], arm)
    assert not os.path.exists("claims.jsonl")
    with open("claims.jsonl.partial.done", "rb") as f:
        assert len(f.read().splitlines()) == 1 + done  # the settings, then each article done
    result = run("-o", "claims.jsonl", "--resume", "--jobs", jobs)
    assert result.exit_code == 0, result.output
    with open("claims.jsonl", "rb") as f:
        assert f.read() == expected, where
    assert sorted(os.listdir()) == ["claims.jsonl", "in", "whole.jsonl"]
    claims = len(expected.splitlines())
    assert result.stderr.splitlines()[-1] == (
        f"{len(ARTICLES)} articles read, {claims} claims found")


def cut_states(partial: bytes, lines: list[bytes]):
    """(partial, journal) as a kill can leave them: after each article's record, its claims
    written in part, whole, or whole with half its record."""
    entries = [json.loads(line) for line in lines[1:]]
    ends = [0] + [e["bytes"] for e in entries]
    for k in range(len(entries) + 1):
        journal = b"".join(lines[:1 + k])
        upto = ends[k]
        yield partial[:upto], journal
        if k < len(entries):
            nxt = ends[k + 1]
            yield partial[:(upto + nxt) // 2], journal
            yield partial[:nxt], journal + lines[1 + k][:len(lines[1 + k]) // 2]


@pytest.mark.parametrize("suffix", ["jsonl", "csv", "json"])
def test_every_state_a_kill_can_leave_resumes_to_the_same_bytes(folder, monkeypatch, suffix):
    expected = uninterrupted(suffix)
    with monkeypatch.context() as m:  # a run that keeps its partial output and journal
        m.setattr(journal_module.Journal, "finish", journal_module.Journal.close)
        assert run("-o", f"claims.{suffix}", "-q").exit_code == 0
    with open(f"claims.{suffix}.partial", "rb") as f:
        partial = f.read()
    with open(f"claims.{suffix}.partial.done", "rb") as f:
        lines = f.read().splitlines(keepends=True)
    states = list(cut_states(partial, lines))
    for n, (part, journal) in enumerate(states):
        if suffix != "jsonl" and n % 3:  # every state for one format, a third for the others
            continue
        with open(f"claims.{suffix}.partial", "wb") as f:
            f.write(part)
        with open(f"claims.{suffix}.partial.done", "wb") as f:
            f.write(journal)
        result = run("-o", f"claims.{suffix}", "-q", "--resume")
        assert result.exit_code == 0, result.output
        with open(f"claims.{suffix}", "rb") as f:
            assert f.read() == expected, (n, part[-80:], journal[-80:])
        assert not os.path.exists(f"claims.{suffix}.partial")


def stopped_run(*args):
    with open("claims.jsonl.partial", "w") as f:
        f.write("")
    with open("claims.jsonl.partial.done", "w") as f:
        settings = {"paths": ["in"], "cwd": os.getcwd(), "format": "jsonl", "party": [],
                    "type": [], "article_date": None, "since": None, "until": None,
                    "model": None, "parties": "default", "glob": list(DEFAULT_PATTERNS),
                    "encoding": None, "unwrap": False, "text_field": None, "id_field": None,
                    "date_field": None, "title_field": None, "url_field": None}
        f.write(json.dumps({"journal": 1, "settings": settings}) + "\n")


def test_a_stopped_run_is_never_overwritten_and_its_message_resumes_it(folder):
    stopped_run()
    result = run("-o", "claims.jsonl", "--party", "WGA")
    assert result.exit_code == 2
    assert ("claims.jsonl: an earlier run stopped after 0 articles, kept in "
            "claims.jsonl.partial; take it up with:\n"
            "  wgaclaims extract in -o claims.jsonl --party WGA --resume\n"
            "or delete claims.jsonl.partial and claims.jsonl.partial.done to start again"
            ) in result.stderr
    assert os.path.getsize("claims.jsonl.partial") == 0
    result = run("-o", "claims.jsonl", "--party", "WGA", "--resume")
    assert result.exit_code == 2
    assert "the stopped run was made with other --party; resume it with the same" in (
        result.stderr)
    assert not os.path.exists("claims.jsonl")


@pytest.mark.parametrize("args, why", [
    ([], "give -o FILE"),
    (["-o", "claims.html"], "not html"),
    (["-o", "claims.jsonl", "--sort", "said_on"], "not with --sort"),
])
def test_resume_needs_an_output_file_it_can_take_up(folder, args, why):
    result = run(*args, "--resume")
    assert result.exit_code == 2
    assert ("--resume takes up an output file in jsonl, json, csv or a SQLite database: "
            f"{why}") in result.stderr


def test_resume_with_nothing_stopped_runs_afresh(folder):
    expected = uninterrupted("csv")
    assert run("-o", "claims.csv", "--resume", "-q").exit_code == 0
    with open("claims.csv", "rb") as f:
        assert f.read() == expected


def test_a_database_is_taken_up_by_leaving_out_the_articles_it_holds(folder):
    import sqlite3

    assert run("-o", "whole.db", "-q").exit_code == 0
    assert run("-o", "claims.db", "-q").exit_code == 0
    # A run stopped after its first article: the database holds that article alone (each
    # article is committed whole, with its row in `articles`).
    with sqlite3.connect("claims.db") as conn:
        first = conn.execute("SELECT min(article_id) FROM articles").fetchone()[0]
        conn.execute("DELETE FROM claims WHERE article_id != ?", (first,))
        conn.execute("DELETE FROM articles WHERE article_id != ?", (first,))
    result = run("-o", "claims.db", "--resume")
    assert result.exit_code == 0
    assert result.stderr.startswith(f"{len(ARTICLES) - 1} articles read")

    def rows(path):
        with sqlite3.connect(path) as conn:
            return (sorted(conn.execute("SELECT * FROM claims").fetchall()),
                    sorted(conn.execute("SELECT * FROM articles").fetchall()))
    assert rows("claims.db") == rows("whole.db")
