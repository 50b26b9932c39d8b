"""The output choices of `extract`: SQLite, Parquet and TSV files, --fields, -o suffixes,
--party names."""

import csv
import io
import json
import sqlite3

import pytest
from click.testing import CliRunner

from wgaclaims.cli import cli
from wgaclaims.model import FIELDS

from .conftest import SAMPLES

SAMPLE = SAMPLES / "003_0eb41d84c6a24e88.txt"


@pytest.fixture(scope="module", autouse=True)
def _warm(warm_cli):
    """The CLI reuses the session's loaded pipeline."""


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input,
                              catch_exceptions=False)


@pytest.fixture(scope="module")
def records():
    """The samples' claims as JSON lines give them."""
    result = run("extract", SAMPLES, "--format", "jsonl")
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_database_from_the_suffix_holds_every_claim_and_a_rerun_replaces(tmp_path, records):
    pytest.importorskip("sqlite_utils")
    db = tmp_path / "claims.db"
    assert run("extract", SAMPLES, "-o", db).exit_code == 0
    assert run("extract", SAMPLE, "-o", db).exit_code == 0  # read again: replaced
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute("SELECT * FROM claims")]
    assert sorted((r["article_id"], r["claim_id"]) for r in rows) == sorted(
        (r["article_id"], r["claim_id"]) for r in records)
    by_id = {r["claim_id"]: r for r in rows}
    for record in records:
        assert by_id[record["claim_id"]] == record | {"nested": int(record["nested"])}
    articles = dict(conn.execute("SELECT article_id, claims FROM articles").fetchall())
    assert sum(articles.values()) == len(records) and len(articles) == 5


def test_parquet_from_the_suffix_reads_back_as_the_records(tmp_path, records):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "claims.parquet"
    assert run("extract", SAMPLES, "-o", path).exit_code == 0
    rows = pq.read_table(path).to_pylist()
    assert len(rows) == len(records)
    assert [r["claim_id"] for r in rows] == [r["claim_id"] for r in records]
    dated = [r for r in rows if r["said_on"]]
    assert dated and all(r["said_on"].isoformat() == next(
        x for x in records if x["claim_id"] == r["claim_id"])["said_on"] for r in dated)


def test_tsv_with_chosen_fields_is_one_line_a_claim(tmp_path, records):
    path = tmp_path / "claims.tsv"
    assert run("extract", SAMPLES, "--fields", "source,party,speaker,content",
               "-o", path).exit_code == 0
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "source\tparty\tspeaker\tcontent"
    assert len(lines) == len(records) + 1
    assert all(line.count("\t") == 3 for line in lines)
    first = lines[1].split("\t")
    assert first == [records[0]["source"], records[0]["party"], records[0]["speaker"],
                     records[0]["content"].replace("\n", "\\n")]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_fields_choose_the_columns_of_every_record_format(fmt, records):
    out = run("extract", SAMPLE, "--format", fmt, "--fields", "party,claim_id").stdout
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
    elif fmt == "json":
        rows = json.loads(out)
    else:
        rows = list(csv.DictReader(io.StringIO(out)))
    wanted = [{"party": r["party"] or "", "claim_id": r["claim_id"]} for r in records
              if r["source"] == str(SAMPLE)]
    if fmt != "csv":
        wanted = [r | {"party": r["party"] or None} for r in wanted]
    assert [list(r) for r in rows] == [["party", "claim_id"]] * len(wanted)
    assert rows == wanted


@pytest.mark.parametrize("args, message", [
    (["-o", "claims.txt"], "end it with one of .json, .jsonl, .csv, .tsv, .html, .db, .parquet"),
    (["-o", "claims"], "cannot tell the format from the name 'claims'"),
    (["--format", "sqlite"], "add -o claims.db"),
    (["--format", "parquet"], "add -o claims.parquet"),
    (["-o", "claims.db", "--sort", "said_on"], "ORDER BY said_on"),
    (["-o", "report.html", "--fields", "party"], "--fields does not apply"),
    (["--fields", "party,speker"], "no field 'speker'; choose among: claim_id, source"),
    (["--fields", "party,party"], "party named twice"),
    (["--party", "IATSE"], "no party 'IATSE'; its ids are: WGA, AMPTP, SAG-AFTRA, DGA, Bass"),
    (["--party", "WGA", "--parties", "none"], "its ids are: no parties"),
])
def test_output_choices_that_cannot_work_are_usage_errors(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["extract", str(SAMPLE), *args])
    assert result.exit_code == 2, result.output
    assert message in " ".join(result.stderr.split())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("names, parties", [
    (["wga"], {"WGA"}),
    (["Writers Guild"], {"WGA"}),
    (["SAG", "amptp"], {"SAG-AFTRA", "AMPTP"}),
    (["NONE"], {None}),
])
def test_party_names_ids_in_any_case_and_aliases(names, parties, records):
    args = [a for name in names for a in ("--party", name)]
    rows = [json.loads(line) for line in
            run("extract", SAMPLES, "--format", "jsonl", *args).stdout.splitlines()]
    assert rows == [r for r in records if r["party"] in parties]


def test_every_field_is_offered():
    assert all(f in run("extract", SAMPLE, "--fields", "nope").stderr for f in FIELDS)


def test_a_missing_library_is_a_usage_error_naming_the_extra(monkeypatch):
    import importlib.util

    find = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "pyarrow" else find(name, *a))
    result = CliRunner().invoke(cli, ["extract", str(SAMPLE), "-o", "claims.parquet"])
    assert result.exit_code == 2
    assert "pip install 'wgaclaims[parquet]'" in result.stderr


def test_a_database_that_cannot_be_written_is_refused_before_the_run(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("not a database\n")
    result = CliRunner().invoke(cli, ["extract", str(SAMPLE), "-o", str(text)])
    assert result.exit_code == 2 and "file is not a database" in result.stderr
    assert text.read_text() == "not a database\n"
    missing = tmp_path / "no" / "claims.db"
    result = CliRunner().invoke(cli, ["extract", str(SAMPLE), "-o", str(missing)])
    assert result.exit_code == 2 and "no such folder" in " ".join(result.stderr.split())
