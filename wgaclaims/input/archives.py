"""Archives that hold one article a row: JSON lines, a JSON array, CSV and TSV.

Rows are read one at a time, so a file of millions of articles is read in
bounded memory: JSON lines a line at a time, CSV a record at a time, a JSON
array an object at a time (decoded from a window of the file). Each row comes
with the line it starts on, which names it in messages and, without an id
field, in records (FILE:LINE). A row that cannot be read is an InputError in
its place (see rows.py); a file that is not what its name says is one.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

from .. import errors
from ..errors import InputError
from ..model import Article
from .rows import FieldNames, Fields, row_article

ARCHIVE_KINDS = ("jsonl", "json", "csv", "tsv")
# Read this much of a JSON array at a time; an object longer than the window widens it.
_WINDOW = 1 << 20
_JSON_SPACE = " \t\r\n"
# The longest JSON value looked for before a decoding error is taken as the file's.
_MAX_VALUE = 1 << 28
# csv refuses fields over 128 KB by default; an article may be longer.
_FIELD_LIMIT = (1 << 31) - 1

Row = tuple[int, Any]


def archive_articles(source: str, kind: str, fields: Fields, encoding: str | None = None,
                     unwrap: bool = False) -> Iterator[Article | InputError]:
    """Each row of the archive `source` as an Article, or as the InputError that says why not."""
    names: FieldNames | None = None
    for item in _rows(source, kind, encoding):
        if isinstance(item, InputError):
            yield item
            continue
        line, row = item
        if not isinstance(row, dict):
            yield errors.row_not_object(source, line, _kind_of(row))
            continue
        if names is None:
            settled = FieldNames.settle(source, fields, list(row))
            if isinstance(settled, InputError):
                yield settled
                return
            names = settled
        yield row_article(source, line, row, names, unwrap)


def count_rows(source: str, kind: str, encoding: str | None = None) -> int:
    """How many rows (good or bad) the archive holds, read as archive_articles reads it
    (JSON lines by their non-blank lines, without decoding them)."""
    if kind == "jsonl":
        try:
            with open(source, "rb") as f:
                return sum(1 for raw in f if raw.strip())
        except OSError:
            return 1
    return sum(1 for _ in _rows(source, kind, encoding))


def _rows(source: str, kind: str, encoding: str | None) -> Iterator[Row | InputError]:
    try:
        if kind == "jsonl":
            with open(source, "rb") as f:
                yield from _json_lines(source, f, encoding or "utf-8")
        elif kind == "json":
            with open(source, encoding=encoding or "utf-8-sig") as f:
                yield from _json_array(source, f)
        else:
            with open(source, encoding=encoding or "utf-8-sig", newline="") as f:
                yield from _records(source, f, "\t" if kind == "tsv" else ",")
    except OSError as e:
        yield errors.unreadable(source, e.strerror or str(e))
    except UnicodeDecodeError as e:
        yield errors.undecodable(source, encoding or "UTF-8", str(e))


def _json_lines(source: str, f: IO[bytes], encoding: str) -> Iterator[Row | InputError]:
    """Each non-blank line's value; a line that is not JSON is an error in its place."""
    for number, raw in enumerate(f, 1):
        try:
            line = raw.decode(encoding)
        except UnicodeDecodeError:
            yield errors.row_undecodable(source, number, encoding)
            continue
        line = line.lstrip("\ufeff") if number == 1 else line
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as e:
            if number == 1 and line.lstrip().startswith("["):
                yield errors.array_as_lines(source)
                return
            yield errors.bad_json_row(source, number, e.msg)


def _records(source: str, f: IO[str], delimiter: str) -> Iterator[Row | InputError]:
    """Each record as a dict by the header row, with the line it starts on."""
    csv.field_size_limit(_FIELD_LIMIT)
    reader = csv.DictReader(f, delimiter=delimiter)
    fields = reader.fieldnames  # reads the header row
    if not fields:
        yield errors.blank_file(source)
        return
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            yield errors.row_problem(source, start, f"is not a valid CSV record ({e})",
                                     "fix the quoting on that line", "bad CSV")
            return
        yield start, row
        start = reader.line_num + 1


class _Window:
    """A window on a text stream for decoding a JSON array one value at a time."""

    def __init__(self, f: IO[str]) -> None:
        self.f, self.text, self.pos, self.line, self.eof = f, "", 0, 1, False

    def more(self) -> bool:
        """Read on; drop what was read past. False at the end of the file."""
        chunk = self.f.read(_WINDOW)
        self.text, self.pos = self.text[self.pos:] + chunk, 0
        self.eof = not chunk
        return bool(chunk)

    def skip_space(self) -> str:
        """The next character that is not white space ("" at the end), lines counted."""
        while True:
            while self.pos < len(self.text) and self.text[self.pos] in _JSON_SPACE:
                self.line += self.text[self.pos] == "\n"
                self.pos += 1
            if self.pos < len(self.text) or not self.more():
                return self.text[self.pos:self.pos + 1]

    def value(self, decoder: json.JSONDecoder) -> Any:
        """The JSON value at the window's position; widen the window while it runs past it."""
        while True:
            try:
                value, end = decoder.raw_decode(self.text, self.pos)
            except json.JSONDecodeError:
                if len(self.text) - self.pos < _MAX_VALUE and self.more():
                    continue
                raise
            self.line += self.text.count("\n", self.pos, end)
            self.pos = end
            return value


def _json_array(source: str, f: IO[str]) -> Iterator[Row | InputError]:
    """Each value of a top-level JSON array; anything else is an error for the file."""
    window, decoder = _Window(f), json.JSONDecoder()
    first = window.skip_space()
    if first != "[":
        yield errors.not_an_array(source, _opening(first))
        return
    window.pos += 1
    while (char := window.skip_space()) not in ("]", ""):
        line = window.line
        try:
            yield line, window.value(decoder)
        except json.JSONDecodeError as e:
            yield errors.bad_json_row(source, line, e.msg, rest_read=False)
            return
        char = window.skip_space()
        if char == ",":
            window.pos += 1
        elif char not in ("]", ""):
            yield errors.bad_json_row(source, window.line, "expected ',' or ']' after a value",
                                      rest_read=False)
            return
    if char == "":
        yield errors.bad_json_row(source, window.line, "the array is not closed with ']'",
                                  rest_read=False)


def _opening(char: str) -> str:
    return {"{": "one object", "": "nothing"}.get(char, f"something starting with {char!r}")


def _kind_of(value: object) -> str:
    return {str: "a string", int: "a number", float: "a number", bool: "true or false",
            list: "a list", type(None): "null"}.get(type(value), "a value")
