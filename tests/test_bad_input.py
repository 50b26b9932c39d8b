"""Whatever a scraper left behind: each bad file gets one line on stderr and the run goes on.

One test per kind of input from issue 6. CLI tests run on the session's
pipeline (see warm_pipeline); the few that need a real process (a closed
pipe, Ctrl-C) start one.
"""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from wgaclaims import pipeline
from wgaclaims.cli import cli
from wgaclaims.errors import InputError
from wgaclaims.input.sources import decode, iter_paths, read_article

from .conftest import ROOT, SAMPLES

SAMPLE = SAMPLES / "003_0eb41d84c6a24e88.txt"
QUOTE = '"We will not accept this deal," the union said in a statement.\n'
WGACLAIMS = [sys.executable, "-c", "from wgaclaims.cli import main; main()"]


@pytest.fixture(scope="module", autouse=True)
def _warm(warm_cli):
    """The CLI reuses the session's loaded pipeline."""


def run(*args, input=None):
    return CliRunner().invoke(cli, ["extract", *map(str, args), "--format", "jsonl"],
                              input=input, catch_exceptions=False)


def rows(result):
    return [json.loads(line) for line in result.stdout.splitlines()]


def assert_exact(rows_, text_of):
    """Every claim's content, speaker and cue are the text at their offsets."""
    for r in rows_:
        text = text_of(r["source"])
        assert r["start"] < r["end"]
        assert text[r["start"]:r["end"]] == r["content"]
        for part in ("speaker", "cue"):
            if r[part] is not None:
                assert text[r[f"{part}_start"]:r[f"{part}_end"]] == r[part]


def test_one_line_per_bad_file_the_rest_is_read_and_the_summary_says_why(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\t\n \u200b\n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "good.txt").write_text(QUOTE)
    result = run(tmp_path, tmp_path / "missing.txt")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[:-1] == [
        f"skipped {tmp_path / 'blank.txt'}: holds only whitespace; check the program that "
        "saved it",
        f"skipped {tmp_path / 'empty.txt'}: is empty; check the program that saved it",
        f"skipped {tmp_path / 'image.txt'}: looks like a PNG image, not text; convert it to "
        "plain text first, or leave it out with --glob",
        f"skipped {tmp_path / 'missing.txt'}: no such file or folder; check the path",
    ]
    assert lines[-1] == "1 article read, 1 claim found, 4 skipped (2 empty, 1 binary, 1 missing)"
    assert [r["source"] for r in rows(result)] == [str(tmp_path / "good.txt")]


def test_all_well_exits_0_and_strict_stops_at_the_first_bad_file(tmp_path):
    (tmp_path / "a.txt").write_text(QUOTE)
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text(QUOTE)
    assert run(tmp_path / "a.txt", tmp_path / "c.txt").exit_code == 0
    strict = run(tmp_path, "--strict")
    assert strict.exit_code == 1 and "--strict" in strict.stderr
    # The claims of the files before the bad one are written; none after it.
    assert [r["source"] for r in rows(strict)] == [str(tmp_path / "a.txt")]


@pytest.mark.parametrize("data, problem", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "looks like a PDF"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "looks like a JPEG image"),
    (b"PK\x03\x04\x14\x00\x06\x00", "looks like a zip archive or Word document"),
    (bytes(range(1, 32)) * 100, "looks like a binary file"),  # no signature, no NUL: controls
    (b"text then \x00 a NUL byte", "looks like a binary file"),
])
def test_binary_files_with_a_txt_name_are_refused(data, problem):
    with pytest.raises(InputError, match=problem):
        decode("scan.txt", data)


def test_a_utf8_bom_is_kept_and_counted_in_offsets(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff".encode() + QUOTE.encode())
    found = rows(run(path))
    assert found and found[0]["start"] == 2  # the BOM and the opening quote mark
    assert_exact(found, lambda _: path.read_text(encoding="utf-8"))


def test_utf16_with_a_bom_is_read_as_python_reads_it(tmp_path):
    path = tmp_path / "notepad.txt"
    path.write_bytes(QUOTE.encode("utf-16"))
    found = rows(run(path))
    assert found
    assert_exact(found, lambda _: path.read_text(encoding="utf-16"))


def test_windows_line_endings_are_kept_and_give_the_same_claims(tmp_path):
    unix, windows = tmp_path / "unix.txt", tmp_path / "windows.txt"
    text = SAMPLE.read_text(encoding="utf-8")
    unix.write_text(text, newline="")
    windows.write_bytes(text.replace("\n", "\r\n").encode())
    crlf = rows(run(windows))
    assert_exact(crlf, lambda _: windows.read_bytes().decode())
    lf = rows(run(unix))
    assert [(r["type"], r["party"], r["content"].replace("\r\n", "\n")) for r in crlf] == [
        (r["type"], r["party"], r["content"]) for r in lf]


def test_cp1252_is_read_with_a_warning_naming_the_file_and_encoding(tmp_path):
    path = tmp_path / "old.txt"
    data = "\u201cWe will strike,\u201d the union said of the caf\u00e9 deal.\n".encode("cp1252")
    path.write_bytes(data)
    result = run(path)
    assert result.exit_code == 0
    assert f"warning: {path}: not UTF-8, read as cp1252; pass --encoding" in result.stderr
    assert_exact(rows(result), lambda _: data.decode("cp1252"))
    chosen = run(path, "--encoding", "latin-1")
    assert "warning" not in chosen.stderr and chosen.exit_code == 0


def test_bytes_neither_utf8_nor_cp1252_are_refused_naming_encoding(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(b"caf\xe9 \x81 undefined in cp1252")
    result = run(path)
    assert result.exit_code == 1
    assert "cannot be decoded as UTF-8 or cp1252" in result.stderr
    assert "--encoding cp1252" in result.stderr
    assert run(path, "--encoding", "latin-1").exit_code == 0


def test_an_unreadable_file_is_reported(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(QUOTE)
    if os.geteuid() != 0:  # root reads anything: there, fake the refusal
        path.chmod(0)
    else:
        def refuse(self):
            raise PermissionError(13, "Permission denied", str(self))
        monkeypatch.setattr(Path, "read_bytes", refuse)
    result = run(path)
    assert result.exit_code == 1
    assert f"skipped {path}: cannot be read (Permission denied); check the path" in result.stderr


def test_a_broken_link_is_reported(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    result = run(tmp_path)
    assert result.exit_code == 1 and "gone.txt: cannot be read (No such file" in result.stderr


def test_a_folder_with_no_matching_files_names_glob(tmp_path):
    (tmp_path / "notes.text").write_text(QUOTE)
    result = run(tmp_path)
    assert result.exit_code == 1 and "has no files matching '*.txt', '*.md'" in result.stderr
    assert "--glob" in result.stderr
    assert run(tmp_path, "--glob", "*.text").exit_code == 0
    result = run(tmp_path, "--glob", "*.txt", "--glob", "*.md")
    assert "has no files matching '*.txt', '*.md'" in result.stderr


def test_symlink_loops_of_files_and_of_folders(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "real.txt").write_text(QUOTE)
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    found = list(iter_paths([str(tmp_path)]))
    assert [str(x) if isinstance(x, str) else x.kind for x in found] == [
        str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "sub" / "real.txt"),
        "link loop"]
    result = run(tmp_path)
    assert result.exit_code == 1
    assert "a.txt: is a symbolic link that leads back to itself" in result.stderr
    assert f"sub/up: is a link to {tmp_path}, a folder this walk is already inside" \
        in result.stderr
    assert [r["source"] for r in rows(result)] == [str(tmp_path / "sub" / "real.txt")]


def test_a_named_pipe_in_a_folder_is_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "real.txt").write_text(QUOTE)
    result = run(tmp_path)
    assert result.exit_code == 1 and "pipe.txt: is not a regular file" in result.stderr
    assert len(rows(result)) == 1


def test_a_50_mb_article_is_read_and_cut_into_pieces_quickly(tmp_path):
    from wgaclaims.input.pieces import pieces

    paragraph = SAMPLE.read_text(encoding="utf-8").split("\n\n")[2] + "\n\n"
    path = tmp_path / "big.txt"
    path.write_text(paragraph * (50_000_000 // len(paragraph)), encoding="utf-8")
    started = time.perf_counter()
    article, warnings = read_article(str(path))
    text = pipeline.analysis_text(article)
    cuts = list(pieces(text, pipeline.PIECE_CHARS))
    assert time.perf_counter() - started < 30
    assert len(text) > 49_000_000 and warnings == []
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:], strict=False))
    assert all(0 < end - start <= pipeline.PIECE_CHARS for start, end in cuts)
    assert all(text[start - 2:start] == "\n\n" for start, _ in cuts[1:])  # paragraph breaks


@pytest.mark.parametrize("text", [
    'The union said "we will not go back, and the talks went on.\n',  # a quote never closed
    '"""""""""""""""""""""""""""""\n',  # quote marks only
    "\u201c\u201c\u201d The guild said \u2018 \u2019\u2019 \u201d \u201c it was \u201cfine.\n",
    '"We will strike," the union said. "And then\n\n"We will not," it said. "\n\n"\n',
    "\u2019\u2019\u2019 writers\u2019 room \u2018 the studios\u2019 said \u2019\n",
    '"' + "The guild said no. " * 2000 + "\n",  # a quote opened and never closed, long
])
def test_odd_and_unbalanced_quote_marks_never_break_offsets(tmp_path, text):
    path = tmp_path / "quotes.txt"
    path.write_text(text, encoding="utf-8")
    result = run(path)
    assert result.exit_code == 0, result.stderr
    assert_exact(rows(result), lambda _: text)


PAGE = """<!DOCTYPE html>
<html><head><title>"Talks fail," the WGA said</title>
<script>var s = "We will strike," the union said;</script>
<style>p { quotes: "\\201C" "\\201D"; }</style></head>
<body><article>
<p>&ldquo;We will not accept this deal,&rdquo; the <a href="/wga">union</a> said in a
statement.</p><p>The studios said the offer was &quot;fair and final.&quot;</p>
<!-- "A comment," the editor said. -->
</article></body></html>
"""


def test_html_is_read_with_its_markup_masked_and_a_warning(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    result = run(path)
    assert result.exit_code == 0
    assert f"warning: {path}: HTML, not plain text: its markup is masked" in result.stderr
    found = rows(result)
    assert_exact(found, lambda _: PAGE)
    contents = [r["content"] for r in found]
    assert "We will not accept this deal,&rdquo; the <a href" not in contents
    assert any(c.startswith("We will not accept this deal") for c in contents)
    assert any("fair and final" in c for c in contents)
    # Nothing from the head, the script, the style or the comment; no tag starts a claim.
    for r in found:
        assert PAGE.index("<body>") < r["start"] < PAGE.index("<!--")
        assert not r["content"].startswith("<")


def test_very_long_lines_are_cut_at_sentence_ends(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "PIECE_CHARS", 3_000)
    line = " ".join(QUOTE.strip() for _ in range(200))  # 13,000 characters, no line break
    path = tmp_path / "line.txt"
    path.write_text(line, encoding="utf-8")
    found = rows(run(path))
    assert len(found) == 200
    assert_exact(found, lambda _: line)


def test_control_characters_are_masked_and_offsets_kept(tmp_path):
    clean = ("The WGA met the studios.\n\u201cWe will strike,\u201d the union said.\n"
             "\u201cWe mean it,\u201d the union said.\n\u201cNo deal,\u201d it said.\n")
    dirty = ("The WGA met the studios.\x0c\r\x1b[1m\u201cWe will strike,\u201d\x1b[0m the\x07 "
             "union said.\x85\u201cWe mean it,\u201d the union said.\u2028\u201cNo deal,\u201d it "
             "said.\x7f\n")
    (tmp_path / "clean.txt").write_text(clean, encoding="utf-8")
    (tmp_path / "dirty.txt").write_bytes(dirty.encode())
    result = run(tmp_path / "dirty.txt")
    assert result.exit_code == 0
    found = rows(result)
    assert_exact(found, lambda _: dirty)
    assert [(r["type"], r["party"], r["content"]) for r in found] == [
        (r["type"], r["party"], r["content"]) for r in rows(run(tmp_path / "clean.txt"))]
    assert [r["party"] for r in found] == ["WGA", "WGA", "WGA"]
    assert found[0]["speaker"] == "the\x07 union"  # as written in the file


def test_a_registry_with_a_duplicate_alias_is_a_usage_error_naming_the_line(tmp_path):
    registry = tmp_path / "parties.toml"
    registry.write_text('[[party]]\nid = "A"\naliases = ["the guild"]\n\n'
                        '[[party]]\nid = "B"\naliases = ["the union", "the guild"]\n')
    result = run(SAMPLE, "--parties", registry)
    assert result.exit_code == 2
    assert f"{registry}:3: alias 'the guild' is given to both 'A' and 'B'" in result.stderr


def test_a_registry_with_a_syntax_error_is_a_usage_error_naming_the_line(tmp_path):
    registry = tmp_path / "parties.toml"
    registry.write_text('[[party]]\nid = "A"\naliases = [the guild]\n')
    result = run(SAMPLE, "--parties", registry)
    assert result.exit_code == 2 and f"{registry}:3: not valid TOML" in result.stderr


def test_an_output_path_that_cannot_be_written_is_a_usage_error(tmp_path):
    result = run(SAMPLE, "-o", tmp_path / "no" / "such" / "folder" / "claims.jsonl")
    assert result.exit_code == 2
    assert "cannot write" in result.stderr and "folder exists" in result.stderr


def start(args, **kwargs):
    """The real command in its own process group, with Ctrl-C at its default."""
    return subprocess.Popen(
        [*WGACLAIMS, "extract", *map(str, args)], cwd=ROOT, start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL), **kwargs)


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """100 copies of the samples: enough work to be interrupted."""
    folder = tmp_path_factory.mktemp("many")
    for n in range(20):
        for sample in SAMPLES.glob("*.txt"):
            (folder / f"{n:02d}_{sample.name}").write_bytes(sample.read_bytes())
    return folder


def test_a_closed_pipe_ends_the_run_quietly(many):
    """`wgaclaims extract BIG/ | head -1`: no traceback, no process left behind."""
    process = start([many, "--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = process.stdout.readline()
    process.stdout.close()
    assert process.wait(timeout=60) == -signal.SIGPIPE
    assert json.loads(first)["source"].startswith(str(many))
    assert process.stderr.read() == b""
    assert running_in_group(process.pid) == []


def running_in_group(group):
    """Processes of the group still running (a killed worker may linger as a zombie until
    init reaps it; that is not running)."""
    time.sleep(0.5)
    ps = subprocess.run(["ps", "-o", "pid=,stat=", "-g", str(group)], capture_output=True,
                        text=True).stdout
    return [line for line in ps.splitlines() if not line.split()[1].startswith("Z")]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_keeps_whole_lines_and_says_so(many, tmp_path, jobs):
    out = tmp_path / "claims.jsonl"
    with out.open("wb") as stream:
        process = start([many, "--format", "jsonl", "--jobs", jobs], stdout=stream,
                        stderr=subprocess.PIPE)
        while out.stat().st_size == 0 and process.poll() is None:
            time.sleep(0.05)
        os.killpg(process.pid, signal.SIGINT)
        assert process.wait(timeout=30) == 130
    assert running_in_group(process.pid) == []
    assert process.stderr.read().decode().strip().startswith("interrupted: every line written")
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "" and all(json.loads(line) for line in lines[:-1])


def test_ctrl_c_leaves_no_output_file_but_keeps_what_was_done_to_resume(many, tmp_path):
    out = tmp_path / "claims.jsonl"
    process = start([many, "-o", out], stderr=subprocess.PIPE)
    while not any(p.stat().st_size for p in tmp_path.iterdir()) and process.poll() is None:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)
    assert process.wait(timeout=30) == 130
    left = sorted(p.name for p in tmp_path.iterdir())
    # The articles recorded as done are kept for --resume (see test_resume.py); a run
    # stopped before its first was recorded leaves nothing.
    assert left in ([], ["claims.jsonl.partial", "claims.jsonl.partial.done"])
    if left:
        assert f"take it up with\n  wgaclaims extract {many} -o {out} --resume" in (
            process.stderr.read().decode())
