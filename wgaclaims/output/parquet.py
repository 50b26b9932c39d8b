"""Claims as a Parquet file, with typed columns: dates as dates, offsets as integers, booleans.

pandas, polars, DuckDB and Arrow read it as it is. Rows are buffered and
written a row group at a time, so memory stays flat on a large folder.
pyarrow is an optional extra (`pip install 'wgaclaims[parquet]'`), imported
when a Parquet file is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import IO, Any

from ..model import FIELDS
from .columns import DATE_FIELDS, field_types, nullable
from .records import Writer

ROW_GROUP = 10_000  # claims per row group


def schema(fields: Sequence[str] | None = None) -> Any:
    """The Arrow schema of the records, or of the chosen `fields`, in their order."""
    import pyarrow as pa

    kinds = {str: pa.string(), int: pa.int64(), bool: pa.bool_()}
    types = field_types()
    return pa.schema([pa.field(name, pa.date32() if name in DATE_FIELDS else kinds[types[name]],
                               nullable=nullable(name))
                      for name in fields or FIELDS])


class ParquetWriter(Writer):
    """Writes the records to a binary `stream` as Parquet; the file is complete at `close`."""

    def __init__(self, stream: IO[bytes], fields: Sequence[str] | None = None) -> None:
        import pyarrow.parquet as pq

        super().__init__(stream, fields)
        self.schema = schema(fields)
        self.rows: list[dict[str, Any]] = []
        self.parquet = pq.ParquetWriter(stream, self.schema)

    def write_one(self, record: dict[str, Any]) -> None:
        for name in DATE_FIELDS.intersection(record):
            if record[name] is not None:
                record[name] = dt.date.fromisoformat(record[name])
        self.rows.append(record)
        if len(self.rows) >= ROW_GROUP:
            self.flush_rows()

    def flush_rows(self) -> None:
        import pyarrow as pa

        if self.rows:
            self.parquet.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self.flush_rows()
        self.parquet.close()
