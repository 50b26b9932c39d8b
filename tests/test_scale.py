"""Large runs: long articles in pieces, batches read lazily, workers, failures kept to one file."""

import io
import json
import os

import pytest
from click.testing import CliRunner

from wgaclaims import pipeline
from wgaclaims.cli import cli
from wgaclaims.cli.progress import ProgressBar, wanted
from wgaclaims.component import ClaimsComponent
from wgaclaims.errors import AnalysisError, InputError
from wgaclaims.input.pieces import pieces
from wgaclaims.input.sources import read_article
from wgaclaims.model import Article
from wgaclaims.parallel import WorkerDied, Workers
from wgaclaims.run import Run

from .conftest import SAMPLES, golden_claim_count

SAMPLE = SAMPLES / "004_c95cf9109d08d9ec.txt"


@pytest.fixture(scope="module", autouse=True)
def warm_pipeline(nlp):
    import wgaclaims.run as run_module

    original = run_module.load_pipeline
    run_module.load_pipeline = lambda model=None, parties="default", types=None: nlp
    yield
    run_module.load_pipeline = original


def run(*args):
    return CliRunner().invoke(cli, ["extract", *map(str, args), "--format", "jsonl"],
                              catch_exceptions=False)


@pytest.mark.parametrize("text, limit, cuts", [
    ("short", 10, [(0, 5)]),
    ("", 10, [(0, 0)]),
    ("aaaa\n\nbbbb\n\ncccc", 12, [(0, 12), (12, 16)]),       # after the last blank line
    ("aaaa\n\nbb bb cc cc dd", 12, [(0, 12), (12, 20)]),      # first half's break: too early
    ("aaaaaa. bbb ccc", 12, [(0, 8), (8, 15)]),               # no line break: a sentence end
    ("a" * 25, 10, [(0, 10), (10, 20), (20, 25)]),             # no break at all: anywhere
    ("aaaaa bbbbb ccccc", 8, [(0, 6), (6, 12), (12, 17)]),     # spaces
])
def test_pieces_cut_at_the_best_break_in_the_second_half(text, limit, cuts):
    assert list(pieces(text, limit)) == cuts


def test_a_long_article_read_in_pieces_keeps_every_offset_and_sentence_order(nlp, monkeypatch):
    text = SAMPLE.read_text(encoding="utf-8")
    article = Article(str(SAMPLE), text)
    whole = [c for _, claims in pipeline.iter_claims([article], nlp) for c in claims]
    monkeypatch.setattr(pipeline, "PIECE_CHARS", 1_500)
    parts = list(pipeline.iter_results([article], nlp))
    assert len(parts) > 3 and [p.last for p in parts] == [False] * (len(parts) - 1) + [True]
    claims = [c for p in parts for c in p.claims]
    for c in claims:
        assert text[c.start:c.end] == c.content and c.start < c.end
        assert c.speaker is None or text[c.speaker_start:c.speaker_end] == c.speaker
        assert c.cue is None or text[c.cue_start:c.cue_end] == c.cue
    assert [c.sentence for c in claims] == sorted(c.sentence for c in claims)
    # Cut at paragraph breaks, most claims are found as in the whole article.
    same = {(c.start, c.end) for c in claims} & {(c.start, c.end) for c in whole}
    assert len(same) >= 0.7 * len(whole)
    # iter_claims joins the pieces again.
    joined = list(pipeline.iter_claims([article], nlp))
    assert len(joined) == 1 and joined[0][1] == claims


def test_articles_are_read_a_batch_ahead_not_all_at_once(nlp):
    taken = []

    def articles():
        for n in range(1000):
            taken.append(n)
            yield Article(f"a{n}", '"We will strike," the union said.')

    results = pipeline.iter_results(articles(), nlp)
    next(results)
    assert len(taken) <= 2  # the first batch holds one article, so output starts at once
    for _ in range(40):
        next(results)
    assert len(taken) <= 2 * pipeline.BATCH_SIZE + 32


def test_jobs_give_byte_identical_output_in_input_order(tmp_path):
    for n in range(3):  # 15 articles: batches of 1, 2, 4 and 8, spread over the workers
        for sample in SAMPLES.glob("*.txt"):
            (tmp_path / f"{n}_{sample.name}").write_bytes(sample.read_bytes())
    one = run(tmp_path, "--jobs", "1")
    two = run(tmp_path, "--jobs", "2")
    all_cores = run(tmp_path, "--jobs", "0")
    assert one.exit_code == two.exit_code == all_cores.exit_code == 0
    assert one.stdout and one.stdout == two.stdout == all_cores.stdout
    sources = [json.loads(line)["source"] for line in one.stdout.splitlines()]
    assert sources == sorted(sources)
    assert one.stderr.splitlines()[-1] == (
        f"15 articles read, {3 * golden_claim_count()} claims found")


@pytest.fixture
def faulty_rules(monkeypatch):
    """Rules that raise on a text with BOOM and never end on one with SLOW."""
    find = ClaimsComponent.find

    def faulty(self, doc):
        if "BOOM" in doc.text:
            return [][1]
        while "SLOW" in doc.text:
            pass
        return find(self, doc)

    monkeypatch.setattr(ClaimsComponent, "find", faulty)
    monkeypatch.setattr(pipeline, "RULES_TIME_LIMIT", 1.0)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_failure_in_the_rules_costs_one_file_and_is_reported_as_a_bug(
        tmp_path, faulty_rules, jobs):
    (tmp_path / "a.txt").write_text('"We will strike," the union said.')
    (tmp_path / "b.txt").write_text('"BOOM," the union said.')
    (tmp_path / "c.txt").write_text('"SLOW," the union said.')
    (tmp_path / "d.txt").write_text('"We mean it," the union said.')
    result = run(tmp_path, "--jobs", jobs)
    assert result.exit_code == 1
    assert [json.loads(line)["source"][-5:] for line in result.stdout.splitlines()] == [
        "a.txt", "d.txt"]
    assert (f"skipped {tmp_path / 'b.txt'}: the claim rules failed on it (IndexError: list "
            "index out of range at component.py:") in result.stderr
    assert (f"skipped {tmp_path / 'c.txt'}: the claim rules ran longer than 1 s on one part "
            "of it; this is a bug in wgaclaims: please report it with the file") in result.stderr
    assert result.stderr.splitlines()[-1] == (
        "2 articles read, 2 claims found, 2 skipped (1 rules failed, 1 rules too slow)")


def test_the_library_raises_a_failure_in_the_rules(nlp, faulty_rules):
    with pytest.raises(AnalysisError, match="BOOM|rules failed on it"):
        pipeline.extract_claims('"BOOM," the union said.', nlp=nlp)


@pytest.mark.parametrize("text", ["Statement from the union.", "Gifts to the members saying "
                                  "thanks."])
def test_a_verbless_sentence_does_not_hang_the_rules(nlp, text):
    """These hung for ever while the rules climbed heads with `tok.head is not tok`, which
    is always true of spaCy tokens (each access makes a new Token object)."""
    results = list(pipeline.iter_results([Article("x", text)], nlp, time_limit=5))
    assert results[0].error is None


def _exit_3(nlp, payload):
    os._exit(3)


def test_a_worker_that_dies_stops_the_run_with_a_clear_error():
    with Workers(_exit_3, 1, None, None) as workers, pytest.raises(WorkerDied) as died:
        list(workers.map([("key", "payload")]))
    assert died.value.exitcode == 3 and died.value.keys == ["key"]


@pytest.mark.parametrize("quiet, articles, stderr_tty, data_tty, shown", [
    (False, 5, True, False, True),
    (True, 5, True, False, False),     # --quiet
    (False, 1, True, False, False),    # one article
    (False, 5, False, False, False),   # stderr piped or redirected
    (False, 5, True, True, False),     # the table streams on the same terminal
])
def test_the_progress_bar_is_shown_only_where_someone_watches(quiet, articles, stderr_tty,
                                                              data_tty, shown):
    assert wanted(quiet=quiet, articles=articles, stderr_is_terminal=stderr_tty,
                  data_to_terminal=data_tty) is shown


def test_the_progress_bar_counts_articles_and_claims():
    from rich.console import Console

    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, color_system=None, width=120)
    with ProgressBar(3, console=console) as bar:
        bar.advance(1, 5)
        bar.advance(1, 2)
        bar._progress.refresh()
    assert "2/3 articles, 7 claims," in screen.getvalue()
    assert "articles/s" in screen.getvalue() and "left" in screen.getvalue()


def test_the_summary_says_why_files_were_skipped():
    run_ = Run()
    run_.articles = 3
    run_.skipped = [InputError("a", "p", "f", "empty"), InputError("b", "p", "f", "binary"),
                    InputError("c", "p", "f", "empty")]
    assert run_.summary(12) == "3 articles read, 12 claims found, 3 skipped (2 empty, 1 binary)"


def test_html_claims_never_hold_the_masked_text(nlp):
    article, _ = read_article(str(SAMPLE))
    page = "<!DOCTYPE html><p>" + article.text.replace("\n\n", "</p>\n<p>") + "</p>"
    claims = pipeline.extract_claims(Article("page", page), nlp=nlp)
    assert claims and all(page[c.start:c.end] == c.content for c in claims)
    assert all(c.speaker is None or page[c.speaker_start:c.speaker_end] == c.speaker
               for c in claims)


@pytest.mark.parametrize("args", [["--help"], ["extract", "--help"], ["eval", "--help"]])
def test_help_imports_neither_spacy_nor_dateparser_nor_multiprocessing(args):
    import subprocess
    import sys

    code = ("import sys; from wgaclaims.cli import main; sys.argv = ['wgaclaims', *sys.argv[1:]]"
            "\ntry:\n main()\nexcept SystemExit:\n pass\nprint([m for m in ('spacy', "
            "'dateparser', 'multiprocessing', 'rich') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
