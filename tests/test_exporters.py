import csv
import io
import json

import pytest

from wgaclaims.model import FIELDS, Claim
from wgaclaims.output.records import via_text
from wgaclaims.output.table import VIA_WIDTH, TableWriter
from wgaclaims.output.writers import make_writer


def claim(n: int, **kw) -> Claim:
    base = dict(source="a.txt", article_date=None, article_date_source=None, sentence=n,
                type="direct", party="WGA", speaker="the guild", speaker_start=0, speaker_end=9,
                speaker_name=None,
                cue="said", cue_start=10, cue_end=14, content=f"claim {n}, \"quoted\"",
                start=20, end=37)
    base.update(kw)
    return Claim(**base)


def write(fmt: str, batches: list[list[Claim]]) -> str:
    out = io.StringIO()
    writer = make_writer(fmt, out)
    for batch in batches:
        writer.write(batch)
    writer.close()
    return out.getvalue()


def test_jsonl_one_record_a_line_in_field_order():
    lines = write("jsonl", [[claim(0), claim(1)], [], [claim(2, party=None)]]).splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["sentence"] for r in records] == [0, 1, 2]
    assert list(records[0]) == list(FIELDS)
    assert records[2]["party"] is None


def test_json_is_one_valid_array_even_when_empty():
    assert json.loads(write("json", [[claim(0)], [claim(1)]]))[1]["sentence"] == 1
    assert json.loads(write("json", [[]])) == []


def test_csv_header_and_rows_round_trip():
    rows = list(csv.DictReader(io.StringIO(write("csv", [[claim(0, nested=True)]]))))
    assert list(rows[0]) == list(FIELDS)
    assert rows[0]["content"] == 'claim 0, "quoted"'
    assert rows[0]["nested"] == "true" and rows[0]["said_on"] == ""


def test_table_shows_every_column_and_never_cuts_content():
    long = "word " * 60
    out = write("table", [[claim(0, content=long.strip())]])
    assert "WGA" in out and "the guild" in out and "said" in out and "a.txt" in out
    assert out.count("word") == 60


def wide_table(claims: list[Claim]) -> str:
    out = io.StringIO()
    TableWriter(out, width=200).write(claims)
    return out.getvalue()


def test_table_shows_dates_by_precision_and_unresolved_text_as_written():
    out = wide_table([claim(0, said_on="2023-08-09", said_on_precision="day"),
                      claim(1, said_on="2023-07-31", said_on_precision="week"),
                      claim(2, said_on="2023-01-01", said_on_precision="month"),
                      claim(3, said_on_text="Wednesday")])
    assert "said on" in out and "2023-08-09" in out and "week of" in out
    assert "2023-07-31" in out and "2023-01 " in out and "2023-01-01" not in out
    assert "Wednesday" in out


def test_table_without_dates_has_no_date_column():
    assert "said on" not in wide_table([claim(0)])


def test_a_timeline_table_names_each_claims_source():
    out = wide_table([claim(0, source="a.txt"), claim(1, source="b.txt")])
    assert "2 claims, 2 articles" in out and "a.txt:0" in out and "b.txt:1" in out


def table_at(width: int, claims: list[Claim]) -> str:
    out = io.StringIO()
    TableWriter(out, width=width).write(claims)
    return out.getvalue()


def column(out: str, header: str) -> list[str]:
    """The cells of a drawn table's column, each cell's lines joined by spaces."""
    lines = out.splitlines()
    head = next(line for line in lines if f" {header} " in line)
    left = head.rindex("┃", 0, head.index(f" {header} "))
    right = head.index("┃", left + 1)
    cells: list[str] = []
    for line in lines[lines.index(head) + 1:]:
        if line.startswith(("┡", "├")):
            cells.append("")
        elif line.startswith("│"):
            cells[-1] = " ".join([cells[-1], *line[left + 1:right].split()]).strip()
    return cells


ROLE = dict(party_via="role", party_evidence="striking writers", party_evidence_start=40,
            party_evidence_end=56)


@pytest.mark.parametrize("sources", [("a.txt", "a.txt"), ("a.txt", "b.txt")])
def test_a_wide_table_says_how_each_party_was_found(sources):
    out = table_at(VIA_WIDTH, [claim(0, source=sources[0], **ROLE),
                               claim(1, source=sources[1], party=None)])
    assert column(out, "party via") == ['role: "striking writers"', ""]


@pytest.mark.parametrize("sources", [("a.txt", "a.txt"), ("a.txt", "b.txt")])
def test_a_narrow_table_leaves_the_evidence_out_and_still_cuts_nothing(sources):
    long = "word " * 60
    out = table_at(VIA_WIDTH - 1, [claim(0, source=sources[0], content=long.strip(), **ROLE),
                                   claim(1, source=sources[1])])
    assert "party via" not in out and "striking" not in out
    assert out.count("word") == 60


def test_long_evidence_wraps_and_is_never_cut():
    words = "the members of the negotiating committee of the guild"
    out = table_at(VIA_WIDTH, [claim(0, party_via="description", party_evidence=words)])
    assert column(out, "party via") == [f'description: "{words}"']


@pytest.mark.parametrize(("via", "evidence", "shown"), [
    ("role", "striking writers", 'role: "striking writers"'),
    ("pronoun", "she", 'pronoun: "she"'),
    ("description", "the studio\ngroup", 'description: "the studio group"'),
    ("document", None, "document"),
    (None, None, ""),
])
def test_via_text(via, evidence, shown):
    assert via_text(claim(0, party_via=via, party_evidence=evidence)) == shown


def test_claim_ids_depend_on_text_span_and_type_only():
    from wgaclaims.model import claim_id, text_key

    key = text_key("The guild said talks resume.")
    assert claim_id(key, 15, 27, "indirect") == claim_id(text_key("The guild said talks resume."),
                                                         15, 27, "indirect")
    others = {claim_id(key, 15, 27, "direct"), claim_id(key, 15, 26, "indirect"),
              claim_id(text_key("The union said talks resume."), 15, 27, "indirect")}
    assert len(others | {claim_id(key, 15, 27, "indirect")}) == 4
    assert all(len(i) == 16 and int(i, 16) >= 0 for i in others)


NAMED = dict(speaker="Writers Guild of America negotiators", cue="said in a statement",
             said_on="2023-08-09", said_on_precision="day")


@pytest.mark.parametrize("sources", [("a.txt", "a.txt"), ("a.txt", "b.txt")])
def test_at_80_columns_who_said_it_is_stacked_and_nothing_is_cut(sources):
    long = "word " * 60
    out = table_at(80, [claim(0, source=sources[0], content=long.strip(), **NAMED),
                        claim(1, source=sources[1], type="mixed", nested=True)])
    assert all(len(line) <= 80 for line in out.splitlines())
    who = column(out, "who")
    assert "WGA direct" in who[0] and "Writers Guild of America negotiators" in who[0]
    assert "said in a statement" in who[0]
    assert "WGA mixed (nested)" in who[1]
    assert column(out, "content")[0] == long.strip()
    assert "2023-08-09" in out


def test_a_table_of_chosen_fields_has_those_columns_only():
    out = io.StringIO()
    TableWriter(out, width=80, fields=("party", "start", "content")).write(
        [claim(0, **NAMED)])
    head = next(line for line in out.getvalue().splitlines() if line.startswith("┃"))
    assert [c.strip() for c in head.split("┃")[1:-1]] == ["party", "start", "content"]
    assert column(out.getvalue(), "content") == ['claim 0, "quoted"']


def test_tsv_escapes_what_would_break_a_line():
    text = write("tsv", [[claim(0, content="one\ttwo\nthree\\four", party=None)]])
    header, row = text.splitlines()
    assert header.split("\t") == list(FIELDS)
    cells = dict(zip(FIELDS, row.split("\t"), strict=True))
    assert cells["content"] == "one\\ttwo\\nthree\\\\four"
    assert cells["party"] == "" and cells["nested"] == "false"


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "tsv"])
def test_chosen_fields_keep_their_order(fmt):
    out = io.StringIO()
    writer = make_writer(fmt, out, fields=("content", "party"))
    writer.write([claim(0)])
    writer.close()
    first = out.getvalue().splitlines()[0]
    assert first.index("content") < first.index("party" if fmt != "jsonl" else "WGA")
