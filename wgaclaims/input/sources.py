"""Turn the paths a user gives (files, folders, "-") into articles.

Offsets in every claim point into the text exactly as decoded here: no
newline translation, no BOM stripping, header lines kept. What the analysis
should not read (headers) is recorded as `body_start`, not cut out.
"""

from __future__ import annotations

import errno
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from .. import errors
from ..errors import InputError
from ..model import Article
from .cleaning import looks_like_html

STDIN = "-"
# The kinds of file read, by suffix (see reading.py); any other name is read as plain text.
KINDS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
         ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
         ".csv": "csv", ".tsv": "tsv"}
# What folders are searched for when no --glob is given: every kind read.
DEFAULT_PATTERNS = tuple(f"*{suffix}" for suffix in KINDS)

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


def iter_paths(paths: Iterable[str], pattern: str | Sequence[str] = DEFAULT_PATTERNS
               ) -> Iterator[str | InputError]:
    """Yield each input as a path string, folders walked recursively in sorted order;
    a folder's files are those matching any of the patterns (one or several).

    Problems (a missing path, a folder with no matching files, a link loop)
    are yielded as InputError in the place the input would have taken, so a
    batch can report them and go on.
    """
    patterns = (pattern,) if isinstance(pattern, str) else tuple(pattern)
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            found = False
            for item in _walk(path, patterns, ()):
                found = found or isinstance(item, str)
                yield item
            if not found:
                yield errors.empty_folder(raw, ", ".join(repr(p) for p in patterns))
        elif path.exists() or path.is_symlink():
            yield raw
        else:
            yield errors.missing(raw)


def _walk(folder: Path, patterns: tuple[str, ...], inside: tuple[tuple[int, int], ...]
          ) -> Iterator[str | InputError]:
    """Matching files under `folder`, entries sorted by name, subfolders in place.

    Links to folders are followed, except one that leads back into a folder
    the walk is already inside, which would never end. A matching name that is
    not a regular file is still yielded when it is a link (a broken link or a
    link loop is reported when read) and reported when it is a pipe or device,
    so nothing that looks like an article is passed over in silence.
    """
    try:
        here = folder.stat()
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as e:
        yield errors.unreadable(str(folder), e.strerror or str(e))
        return
    inside = (*inside, (here.st_dev, here.st_ino))
    for entry in entries:
        path = folder / entry.name
        if path.is_dir():  # follows links; False for a link loop (reported when read)
            target = path.stat()
            if (target.st_dev, target.st_ino) in inside:
                yield errors.folder_loop(str(path), os.path.realpath(path))
            else:
                yield from _walk(path, patterns, inside)
            continue
        if not any(path.match(p) for p in patterns):
            continue
        if entry.is_symlink() or path.is_file():
            yield str(path)
        else:
            yield errors.not_a_file(str(path))


def read_bytes(source: str) -> bytes:
    if source == STDIN:
        return sys.stdin.buffer.read()
    try:
        return Path(source).read_bytes()
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise errors.symlink_loop(source) from e
        raise errors.unreadable(source, e.strerror or str(e)) from e


# File signatures of formats people save with a .txt name by mistake.
_SIGNATURES = (
    (b"%PDF-", "a PDF"), (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"), (b"PK\x03\x04", "a zip archive or "
     "Word document"), (b"\x1f\x8b", "a gzip archive"), (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Excel document"),
)
# Byte order marks of UTF-32 and UTF-16, longest first (a UTF-32-LE mark starts
# with the UTF-16-LE one). These codecs drop the mark, as Python's
# open(path, encoding="utf-16") does, so offsets match the text a user reads
# back that way. (A UTF-8 BOM is kept: Python's "utf-8" keeps it too.)
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# More control characters than this share of the first 64 KB, and more than a few
# stray ones (ANSI colour codes, a bell) that a short article may carry: not text.
CONTROL_SHARE, CONTROL_MIN = 0.05, 32
_BLANK = re.compile(r"[\s\ufeff\u200b]*")


def decode(source: str, data: bytes, encoding: str | None = None) -> tuple[str, str | None]:
    """Decode bytes to text; return the text and a warning, if any.

    UTF-8 is tried first; text that is not UTF-8 is most often Windows-1252
    from a scraper, so that is tried next and named in the warning. A UTF-16
    or UTF-32 byte order mark chooses that encoding. Empty files, whitespace,
    and binary files (by signature, NUL bytes or control characters) are
    refused with a message saying what they look like.
    """
    encoding = _encoding_of(source, data, encoding)
    text, warning = _decoded(source, data, encoding)
    head = text[:65536]
    if len(_CONTROL.findall(head)) > max(CONTROL_MIN, CONTROL_SHARE * len(head)):
        raise errors.binary_input(source)
    if _BLANK.fullmatch(text):
        raise errors.blank_file(source)
    return text, warning


def _encoding_of(source: str, data: bytes, encoding: str | None) -> str | None:
    """The encoding named, else the one a byte order mark names; refuse what is not text
    by its first bytes (empty, a known binary signature, NUL bytes without a mark)."""
    if not data:
        raise errors.empty_file(source)
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise errors.binary_input(source, what)
    bom = next((name for mark, name in _BOMS if data.startswith(mark)), None)
    if encoding is None and bom is not None:
        return bom
    if b"\x00" in data[:8192]:
        raise errors.binary_input(source)
    return encoding


def _decoded(source: str, data: bytes, encoding: str | None) -> tuple[str, str | None]:
    """The text in `encoding`, or else in UTF-8, else cp1252 with a warning."""
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
        return data.decode("cp1252"), errors.read_as_cp1252(source)
    except UnicodeDecodeError as e:
        raise errors.undecodable(source, "UTF-8 or cp1252", str(e)) from e


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


def article_from_text(source: str, text: str) -> Article:
    """The article a text holds, its header block (see split_headers) read: its `id`,
    `title` (or `headline`) and `url` (or `link`) lines name the article in every record."""
    headers, body_start = split_headers(text)
    return Article(source=source, text=text, headers=headers, body_start=body_start,
                   article_id=headers.get("id") or None,
                   title=headers.get("title") or headers.get("headline") or None,
                   url=headers.get("url") or headers.get("link") or None)


def read_article(source: str, encoding: str | None = None) -> tuple[Article, list[str]]:
    """Read one input into an Article and its warnings; raise InputError when it is not text."""
    text, warning = decode(source, read_bytes(source), encoding)
    warnings = [warning] if warning else []
    if looks_like_html(text):
        warnings.append(errors.html_input(source))
    return article_from_text(source, text), warnings
