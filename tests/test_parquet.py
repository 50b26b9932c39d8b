"""The Parquet output read back with pyarrow: every field, with its type."""

import datetime as dt
import io

import pytest

from wgaclaims.model import FIELDS
from wgaclaims.output.parquet import ParquetWriter

from .test_database import CLAIMS_A, CLAIMS_B, A, B

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


def written(fields=None) -> "pa.Table":
    stream = io.BytesIO()
    writer = ParquetWriter(stream, fields)
    writer.write(CLAIMS_A, A)
    writer.write(CLAIMS_B, B)
    writer.close()
    return pq.read_table(io.BytesIO(stream.getvalue()))


def test_every_field_comes_back_with_its_type():
    table = written()
    assert tuple(table.column_names) == FIELDS
    types = {f.name: f.type for f in table.schema}
    assert types["article_date"] == types["said_on"] == pa.date32()
    assert types["start"] == types["speaker_start"] == types["sentence"] == pa.int64()
    assert types["nested"] == pa.bool_()
    assert types["content"] == types["party"] == pa.string()
    assert not table.schema.field("content").nullable and table.schema.field("said_on").nullable
    rows = table.to_pylist()
    expected = [c.to_dict() for c in CLAIMS_A + CLAIMS_B]
    for row, want in zip(rows, expected, strict=True):
        for date in ("article_date", "said_on"):
            if want[date] is not None:
                want[date] = dt.date.fromisoformat(want[date])
        assert row == want


def test_chosen_fields_in_their_order():
    table = written(("party", "said_on", "content"))
    assert table.column_names == ["party", "said_on", "content"]
    assert table.column("said_on").to_pylist() == [dt.date(2023, 8, 10), None] * 2


def test_no_claims_is_an_empty_file_with_the_columns():
    stream = io.BytesIO()
    writer = ParquetWriter(stream)
    writer.close()
    table = pq.read_table(io.BytesIO(stream.getvalue()))
    assert table.num_rows == 0 and tuple(table.column_names) == FIELDS
