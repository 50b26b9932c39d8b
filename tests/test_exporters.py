import csv
import io
import json

from wgaclaims.model import FIELDS, Claim
from wgaclaims.output.table import TableWriter
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
