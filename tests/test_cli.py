"""The command as a user runs it: CliRunner for behaviour, a subprocess for start-up."""

import csv
import io
import json
import os
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from wgaclaims.cli import cli

from .conftest import SAMPLES, golden_claim_count

SAMPLE = SAMPLES / "003_0eb41d84c6a24e88.txt"


@pytest.fixture(scope="module", autouse=True)
def _warm(warm_cli):
    """The CLI reuses the session's loaded pipeline."""


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_file_stdin_and_folder_give_the_same_claims():
    by_file = run("extract", str(SAMPLE), "--format", "jsonl")
    by_stdin = run("extract", "-", "--format", "jsonl", input=SAMPLE.read_bytes())
    by_folder = run("extract", str(SAMPLES), "--format", "jsonl")
    assert by_file.exit_code == by_stdin.exit_code == by_folder.exit_code == 0
    file_rows = [json.loads(x) for x in by_file.stdout.splitlines()]
    stdin_rows = [json.loads(x) for x in by_stdin.stdout.splitlines()]
    folder_rows = [json.loads(x) for x in by_folder.stdout.splitlines()]
    assert file_rows and {r["source"] for r in stdin_rows} == {"-"}
    strip = lambda rows: [{k: v for k, v in r.items() if k not in ("source", "article_id")} for r in rows]  # noqa
    assert strip(file_rows) == strip(stdin_rows)
    assert [r for r in folder_rows if r["source"] == str(SAMPLE)] == file_rows
    assert sorted({r["source"] for r in folder_rows}) == [str(p) for p in sorted(
        SAMPLES.glob("*.txt"))]


def test_every_format_parses_back_to_the_same_records():
    rows = [json.loads(x) for x in run("extract", str(SAMPLE), "--format", "jsonl")
            .stdout.splitlines()]
    as_json = json.loads(run("extract", str(SAMPLE), "--format", "json").stdout)
    as_csv = list(csv.DictReader(io.StringIO(run("extract", str(SAMPLE), "--format", "csv")
                                             .stdout)))
    assert as_json == rows
    assert [r["content"] for r in as_csv] == [r["content"] for r in rows]
    assert [int(r["start"]) for r in as_csv] == [r["start"] for r in rows]
    table = run("extract", str(SAMPLE), "--format", "table").stdout
    assert "WGA" in table and "AMPTP" in table


def test_piped_output_defaults_to_jsonl_and_messages_go_to_stderr():
    result = CliRunner().invoke(cli, ["extract", str(SAMPLE)])
    lines = result.stdout.splitlines()
    assert all(json.loads(line)["source"] == str(SAMPLE) for line in lines)
    assert "1 article read" in result.stderr


def test_offsets_point_at_content_in_the_file_as_read():
    text = SAMPLE.read_text(encoding="utf-8")
    for line in run("extract", str(SAMPLE), "--format", "jsonl").stdout.splitlines():
        r = json.loads(line)
        assert text[r["start"]:r["end"]] == r["content"]
        if r["speaker"] is not None:
            assert text[r["speaker_start"]:r["speaker_end"]] == r["speaker"]
        if r["cue"] is not None:
            assert text[r["cue_start"]:r["cue_end"]] == r["cue"]


def test_party_and_type_filters():
    rows = [json.loads(x) for x in run("extract", str(SAMPLES), "--format", "jsonl",
                                       "--party", "AMPTP", "--type", "direct",
                                       "--type", "mixed").stdout.splitlines()]
    assert rows and {r["party"] for r in rows} == {"AMPTP"}
    assert {r["type"] for r in rows} <= {"direct", "mixed"}


def test_output_file_and_format_from_its_suffix(tmp_path):
    out = tmp_path / "claims.csv"
    result = run("extract", str(SAMPLE), "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert out.read_text().startswith("claim_id,source,article_id,title,url,article_date,")
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # as any new file, not private


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path):
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.4\x00\x00")
    result = run("extract", str(tmp_path / "nope.txt"), str(tmp_path / "scan.txt"), str(SAMPLE),
                 "--format", "jsonl")
    assert result.exit_code == 1
    assert "nope.txt: no such file" in result.stderr
    assert "scan.txt: looks like a PDF, not text" in result.stderr
    assert json.loads(result.stdout.splitlines()[0])["source"] == str(SAMPLE)


def test_strict_stops_at_the_first_bad_input(tmp_path):
    result = run("extract", str(tmp_path / "nope.txt"), str(SAMPLE), "--strict")
    assert result.exit_code == 1 and "--strict" in result.stderr and result.stdout == ""


@pytest.mark.parametrize("args, message", [
    (["extract", "x.txt", "--model", "no_such_model_xyz"], "pip install"),
    (["extract", "x.txt", "--format", "xml"], "'xml' is not one of"),
    (["extract", "x.txt", "--article-date", "last week"], "not a date"),
    (["extract"], "Missing argument"),
])
def test_usage_errors_exit_2_and_say_how_to_fix(args, message):
    result = run(*args)
    assert result.exit_code == 2 and message in result.stderr


def test_bad_registry_is_a_usage_error_naming_the_line(tmp_path):
    bad = tmp_path / "p.toml"
    bad.write_text("[[party]\n")
    result = run("extract", str(SAMPLE), "--parties", str(bad))
    assert result.exit_code == 2 and f"{bad}:1" in result.stderr


def test_help_teaches_with_examples():
    assert "Examples" in run("extract", "--help").stdout
    assert "wgaclaims extract samples/" in run("--help").stdout


@pytest.mark.parametrize("command", ["extract", "summary", "parties", "eval"])
def test_help_does_not_import_spacy(command):
    code = ("import sys; from wgaclaims.cli import main; sys.argv = ['wgaclaims', "
            f"'{command}', '--help']\ntry:\n main()\nexcept SystemExit:\n pass\n"
            "print('spacy' in sys.modules, 'dateparser' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False False"


def rows_of(result):
    assert result.exit_code == 0, result.output
    return [json.loads(x) for x in result.stdout.splitlines()]


SAMPLE_002 = SAMPLES / "002_d35ce8ab450416b2.txt"


def test_sample_002_dates_the_email_sent_on_thursday():
    rows = rows_of(run("extract", str(SAMPLE_002), "--format", "jsonl"))
    assert {(r["article_date"], r["article_date_source"]) for r in rows} == {
        ("2023-08-10", "header")}
    dated = [(r["cue"], r["said_on_text"], r["said_on"], r["said_on_precision"])
             for r in rows if r["said_on"]]
    assert dated == [("announcing", "Thursday", "2023-08-10", "day")]


def test_article_date_option_resolves_an_undated_article():
    plain = rows_of(run("extract", str(SAMPLE), "--format", "jsonl"))
    assert {r["said_on_text"] for r in plain} == {None, "Friday night", "Friday"}
    assert {r["said_on"] for r in plain} == {None}  # no date: the text is kept, unresolved
    dated = rows_of(run("extract", str(SAMPLE), "--format", "jsonl",
                        "--article-date", "2017-03-25"))
    assert {r["said_on"] for r in dated if r["said_on_text"]} == {"2017-03-24"}
    assert {r["article_date_source"] for r in dated} == {"option"}


def test_registry_years_date_an_undated_article_by_its_weekday(tmp_path):
    """samples/000 writes no year, but "Friday March, 24th": with a registry that says its
    articles are from 2016-2018 the year is 2017, the article's day still unknown."""
    registry = tmp_path / "wga2017.toml"
    registry.write_text('extends = "default"\nyears = [2016, 2017, 2018]\n')
    article = tmp_path / "talks.txt"
    article.write_text("Talks broke off on Friday, Sept. 15, and pickets went up.\n\n"
                       "The union said in a letter on Sept. 14 that it was ready to return, "
                       "and the company said Wednesday that it was waiting.\n")
    plain = rows_of(run("extract", str(SAMPLES / "000_a68fbfee450210b8.txt"), str(article),
                        "--format", "jsonl"))
    assert {(r["article_date"], r["article_date_source"], r["said_on"]) for r in plain} == {
        (None, None, None)}
    rows = rows_of(run("extract", str(SAMPLES / "000_a68fbfee450210b8.txt"), str(article),
                       "--format", "jsonl", "--parties", str(registry)))
    assert {(r["article_date"], r["article_date_source"]) for r in rows} == {(None, "weekday")}
    dated = [(r["said_on_text"], r["said_on"]) for r in rows if r["said_on_text"]]
    assert ("Sept. 14", "2017-09-14") in dated  # read near Friday, Sept. 15, 2017
    assert ("Wednesday", None) in dated and ("Wednesday afternoon", None) in dated
    assert [d for d in dated if d[1]] == [("Sept. 14", "2017-09-14")]


def test_since_and_until_keep_claims_said_in_the_range():
    def said(*args):
        return [r["said_on"] for r in rows_of(run("extract", str(SAMPLES), "--format",
                                                  "jsonl", *args))]
    assert said("--since", "2023-08-10") == ["2023-08-10"]
    assert said("--since", "2023-08-01", "--until", "2023-08-10") == ["2023-08-10"]
    assert said("--until", "2023-08-09") == []


def test_sort_said_on_makes_one_timeline_with_undated_claims_last():
    unsorted = rows_of(run("extract", str(SAMPLES), "--format", "jsonl"))
    timeline = rows_of(run("extract", str(SAMPLES), "--format", "jsonl", "--sort", "said_on"))
    assert len(timeline) == len(unsorted)
    assert timeline[0]["said_on"] == "2023-08-10"
    assert timeline[1:] == [r for r in unsorted if r is not None and not r["said_on"]]
    table = run("extract", str(SAMPLES), "--format", "table", "--sort", "said_on").stdout
    assert table.startswith(f"{golden_claim_count()} claims, 5 articles")
    assert "2023-08-10" in table


@pytest.mark.parametrize("args, message", [
    (["--since", "10/08/2023"], "--since"),
    (["--until", "yesterday"], "--until"),
    (["--article-date", "2023-13-01"], "--article-date"),
    (["--since", "2023-08-11", "--until", "2023-08-10"], "is after --until"),
])
def test_bad_dates_are_usage_errors(args, message):
    result = run("extract", str(SAMPLE), *args)
    assert result.exit_code == 2 and message in result.stderr


def test_help_says_sorting_holds_every_claim():
    assert "nothing streams" in " ".join(run("extract", "--help").stdout.split())


def test_summary_json_counts_what_extract_finds():
    claims = rows_of(run("extract", str(SAMPLES), "--format", "jsonl"))
    figures = json.loads(run("summary", str(SAMPLES), "--format", "json").stdout)
    assert figures["claims"] == len(claims)
    by_party = {p["party"]: p["claims"] for p in figures["by_party"]}
    for party in {c["party"] or "none" for c in claims}:
        assert by_party[party] == sum((c["party"] or "none") == party for c in claims)
    assert figures["timeline"]["by"] == "day"
    table = run("summary", str(SAMPLES), "--format", "table", "--by", "week").stdout
    assert "Most quoted speakers" in table and "Claims by week" in table


def test_html_report_from_the_suffix_holds_every_claim_linked_in_its_article(tmp_path):
    claims = rows_of(run("extract", str(SAMPLES), "--format", "jsonl"))
    out = tmp_path / "report.html"
    result = run("extract", str(SAMPLES), "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert f"5 articles read, {len(claims)} claims found" in result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    numbers = [f"claim-{n}" for n in range(1, len(claims) + 1)]
    assert re.findall(r'<span class="wc-cap" id="(claim-\d+)"', page) == numbers
    assert re.findall(r'<a href="#(claim-\d+)">', page) == numbers
    sources = list(dict.fromkeys(c["source"] for c in claims))
    assert re.findall(r"<h2>(.*?)</h2>", page) == ["Summary", *sources]
    assert f"{len(claims)} claims in 5 of 5 articles" in page


def test_html_report_keeps_to_the_filters_and_the_registry_colours(tmp_path, monkeypatch):
    from wgaclaims import component
    from wgaclaims.resolve import registry

    loads, load = [], registry.load_registry

    def counted(spec):
        loads.append(spec)
        return load(spec)

    monkeypatch.setattr(component, "load_registry", counted)  # where the pipeline loads it
    monkeypatch.setattr(registry, "load_registry", counted)   # and anyone else would
    own = tmp_path / "own.toml"
    own.write_text('extends = "default"\n[[party]]\nid = "AMPTP"\nname = "The studios"\n'
                   'aliases = ["AMPTP", "Alliance of Motion Picture and Television Producers"]\n'
                   'nouns = ["alliance", "studios"]\ncolour = "#123abc"\n')
    result = run("extract", str(SAMPLES), "--format", "html", "--party", "AMPTP",
                 "--parties", str(own))
    assert result.exit_code == 0
    chips = re.findall(r'<td[^>]*><span class="wc-chip" style="background: ([^"]+)">([^<]+)<',
                       result.stdout)
    assert chips and set(chips) == {("#123abc", "AMPTP")}
    assert "The studios" in result.stdout  # the legend shows the registry in use
    assert loads == [str(own)]  # once a run: the report's legend uses the pipeline's


@pytest.mark.parametrize("args, message", [
    (["extract", "--format", "html", "--sort", "said_on"], "cannot be one timeline"),
    (["extract", "-o", "report.htm", "--sort", "said_on"], "leave out --sort"),
    (["summary", "-o", "figures.html"], "this command writes no html"),
    (["summary", "--format", "html"], "'html' is not one of"),
])
def test_html_where_it_cannot_be_is_a_usage_error(tmp_path, args, message):
    result = run(*[a if not a.startswith(("report", "figures")) else str(tmp_path / a)
                   for a in args[:1] + [str(SAMPLE)] + args[1:]])
    assert result.exit_code == 2 and message in result.stderr
    assert list(tmp_path.iterdir()) == []
