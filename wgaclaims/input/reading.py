"""How each input is read, by its kind: plain text, Markdown, an HTML page, or an archive.

The kind comes from the file's suffix (KINDS); standard input and any other
name are plain text. Plain text keeps offsets into the file as decoded. For
every other kind (and plain text with --unwrap) offsets index the text the
tool made of it: a row's text field, the page's extracted text, the
Markdown's words, the unwrapped lines. `wgaclaims text` prints that text.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePath

from .. import errors
from ..errors import InputError
from ..model import Article
from .archives import ARCHIVE_KINDS, archive_articles, count_rows
from .markdown import markdown_article
from .pages import page_article
from .rows import Fields
from .sources import (
    DEFAULT_PATTERNS,
    KINDS,
    STDIN,
    article_from_text,
    decode,
    iter_paths,
    read_bytes,
)
from .sources import read_article as read_text_article
from .unwrap import unwrap_body


@dataclass(frozen=True)
class Reading:
    """How inputs are read: which files in folders (`patterns`), the encoding (None:
    UTF-8, else cp1252 with a warning), an archive's fields, and --unwrap."""

    patterns: tuple[str, ...] = DEFAULT_PATTERNS
    encoding: str | None = None
    fields: Fields = field(default_factory=Fields)
    unwrap: bool = False


def kind_of(source: str) -> str:
    """The kind of input `source` names: text for stdin and names with no known suffix."""
    if source == STDIN:
        return "text"
    return KINDS.get(PurePath(source).suffix.lower(), "text")


def is_archive(source: str) -> bool:
    """True for an input that holds one article a row (JSON lines, JSON, CSV, TSV)."""
    return kind_of(source) in ARCHIVE_KINDS


def input_articles(source: str, reading: Reading) -> Iterator[Article | InputError | str]:
    """The articles of one input, InputErrors in the place of what cannot be read, and
    warnings (str) about what was read, as they come."""
    kind = kind_of(source)
    if kind in ARCHIVE_KINDS:
        yield from archive_articles(source, kind, reading.fields, reading.encoding,
                                    reading.unwrap)
        return
    try:
        if kind == "text" and not reading.unwrap:
            article, warnings = read_text_article(source, reading.encoding)
            yield from warnings
            if _json_lines_as_text(article.text):
                yield errors.json_lines_as_text(source)
            elif _list_of_paths(article.text):
                yield errors.paths_as_text(source)
            yield article
            return
        text, warning = decode(source, read_bytes(source), reading.encoding)
    except InputError as e:
        yield e
        return
    if warning:
        yield warning
    if kind == "html":
        yield page_article(source, text)
    elif kind == "markdown":
        yield markdown_article(source, text, reading.unwrap)
    else:
        yield article_from_text(source, unwrap_body(text))


def read_inputs(items: Iterable[str | InputError], reading: Reading,
                warn: Callable[[str], None] | None = None) -> Iterator[Article | InputError]:
    """Each listed input's articles, one at a time; problems passed on in their place."""
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        for got in input_articles(item, reading):
            if isinstance(got, str):
                if warn is not None:
                    warn(got)
            else:
                yield got


def count_articles(items: Iterable[str | InputError], reading: Reading) -> int:
    """How many articles (and bad rows) the listed inputs hold: an archive's rows are counted
    by reading it through once, each other file is one."""
    total = 0
    for item in items:
        if isinstance(item, InputError):
            continue
        kind = kind_of(item)
        total += count_rows(item, kind, reading.encoding) if kind in ARCHIVE_KINDS else 1
    return total


def paths_from(name: str) -> list[str]:
    """The paths listed in file `name` (or stdin for "-"), one a line, as tar -T reads them;
    blank lines are skipped. Raises InputError when the list cannot be read."""
    text, _ = decode(name, read_bytes(name))
    return [line.rstrip("\r") for line in text.split("\n") if line.strip()]


def iter_articles(paths: Iterable[str], reading: Reading | None = None,
                  warn: Callable[[str], None] | None = None) -> Iterator[Article | InputError]:
    """An Article for each article the paths hold and an InputError for each other input."""
    reading = reading or Reading()
    return read_inputs(iter_paths(paths, reading.patterns), reading, warn)


def _json_lines_as_text(text: str) -> bool:
    """True when a plain text's first line is a JSON object: an archive read as one article."""
    first = text.lstrip("\ufeff \t\r\n").split("\n", 1)[0]
    if not first.startswith("{"):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def _list_of_paths(text: str, most: int = 50) -> bool:
    """True when every line of a short plain text names an existing file (`ls *.txt | ...`)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return 0 < len(lines) <= most and all(len(line) < 1024 and os.path.isfile(line)
                                          for line in lines)
