"""Turn the paths a user gives (files, folders, "-") into articles.

Offsets in every claim point into the text exactly as decoded here: no
newline translation, no BOM stripping, header lines kept. What the analysis
should not read (headers) is recorded as `body_start`, not cut out.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from . import errors
from .errors import InputError
from .model import Article

STDIN = "-"

# Header keys an article file may open with (`date: 2023-08-10`). Only these
# count, so a first paragraph such as "Poll: Voters ..." is never taken for one.
HEADER_KEYS = frozenset({
    "date", "published", "updated", "source", "publisher", "title", "headline",
    "url", "link", "author", "authors", "byline", "section", "id", "language", "tags",
})
_HEADER_LINE = re.compile(r"[ \t]*([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*\r?$")
_BLANK_LINE = re.compile(r"\r?\n[ \t]*\r?\n")
# The bare form some scrapers write in front of the article on the same line
# (" date 2023-08-10 The Writers Guild ..."): only an ISO date counts, so an
# opening such as "Date night at the Oscars" is never taken for a header.
_BARE_DATE = re.compile(r"\ufeff?[ \t]*(date|published)[ \t]+(\d{4}-\d{2}-\d{2})(?=\s)\s*",
                        re.IGNORECASE)


def iter_paths(paths: Iterable[str], pattern: str = "*.txt") -> Iterator[str | InputError]:
    """Yield each input as a path string, folders walked recursively in sorted order.

    Problems (a missing path, a folder with no matching files) are yielded as
    InputError in the place the input would have taken, so a batch can report
    them and go on.
    """
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                (p for p in path.rglob(pattern) if p.is_file()),
                key=lambda p: p.relative_to(path).parts)
            if not found:
                yield errors.empty_folder(raw, pattern)
            yield from (str(p) for p in found)
        elif path.exists() or path.is_symlink():
            yield raw
        else:
            yield errors.missing(raw)


def read_bytes(source: str) -> bytes:
    if source == STDIN:
        return sys.stdin.buffer.read()
    try:
        return Path(source).read_bytes()
    except OSError as e:
        raise errors.unreadable(source, e.strerror or str(e)) from e


def decode(source: str, data: bytes, encoding: str | None = None) -> tuple[str, str | None]:
    """Decode bytes to text; return the text and a warning, if any.

    UTF-8 is tried first; text that is not UTF-8 is most often Windows-1252
    from a scraper, so that is tried next and named in the warning.
    """
    if b"\x00" in data[:8192]:
        raise errors.binary_input(source)
    if encoding:
        try:
            return data.decode(encoding), None
        except (UnicodeDecodeError, LookupError) as e:
            raise errors.undecodable(source, encoding, str(e)) from e
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as e:
        raise errors.undecodable(source, "UTF-8 or cp1252", str(e)) from e
    return text, f"{source}: not UTF-8, read as cp1252; pass --encoding to choose another"


def split_headers(text: str) -> tuple[dict[str, str], int]:
    """Parse a leading block of `key: value` lines ended by a blank line.

    Also takes the bare form `date 2023-08-10` opening the first line, with
    the article starting after it. Returns the headers and the offset where
    the article body begins (0 when there is no header).
    """
    if bare := _BARE_DATE.match(text):
        return {bare.group(1).lower(): bare.group(2)}, bare.end()
    match = _BLANK_LINE.search(text)
    if not match:
        return {}, 0
    block = text[: match.start()].lstrip("\ufeff")
    headers: dict[str, str] = {}
    for line in block.split("\n"):
        m = _HEADER_LINE.fullmatch(line)
        if not m or m.group(1).lower() not in HEADER_KEYS:
            return {}, 0
        headers[m.group(1).lower()] = m.group(2)
    return headers, match.end()


def read_article(source: str, encoding: str | None = None) -> tuple[Article, str | None]:
    """Read one input into an Article; raise InputError when it is not usable text."""
    text, warning = decode(source, read_bytes(source), encoding)
    headers, body_start = split_headers(text)
    return Article(source=source, text=text, headers=headers, body_start=body_start), warning


def iter_articles(
    paths: Iterable[str], pattern: str = "*.txt", encoding: str | None = None,
    warn: Callable[[str], None] | None = None,
) -> Iterator[Article | InputError]:
    """Yield an Article for each readable input and an InputError for each other."""
    for item in iter_paths(paths, pattern):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            article, warning = read_article(item, encoding)
        except InputError as e:
            yield e
            continue
        if warning and warn:
            warn(warning)
        yield article
