"""An output file written so that a run killed at any instant can be taken up again.

While a run writes FILE, its claims go to FILE.partial, and FILE.partial.done
(the journal) gets one line per article done: which article, how many claims
the output holds, and the size of FILE.partial after its claims. The journal
line is written after the article's claims are flushed, so whatever a kill
leaves behind (half an article's claims, half a journal line), the journal's
last whole line says where the complete articles end. Resuming cuts
FILE.partial there and goes on appending; the run that completes moves it to
FILE. An article's claims are thus in FILE whole or not at all, and a resumed
run ends with the same bytes as one never stopped. (A run yields a long
article piece by piece, so an article is known to be done, and is written
and recorded, when the next one begins or the run ends: a kill costs at most
the articles in hand, never a claim twice.)

The journal's first line holds the settings the output depends on (format,
filters, inputs), so a run resumed with other settings is refused rather
than mixed. Nothing here prints; the command line words the messages.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..model import Article, Claim

PARTIAL = ".partial"
JOURNAL = ".partial.done"
VERSION = 1


def article_key(article: Article) -> tuple[str, str]:
    """What names an article across runs: its source and its id within it."""
    return article.source, article.article_id or article.source


@dataclass
class Earlier:
    """What an earlier run of the same output finished: its settings and, in input order,
    each article done with the claims and bytes the output held after it."""

    settings: dict[str, Any]
    articles: list[tuple[str, str]] = field(default_factory=list)
    claims: int = 0
    size: int = 0

    def sources(self) -> frozenset[str]:
        """Sources all of whose articles are done: all but the last one's, which may hold
        more (an archive of many articles)."""
        return frozenset(source for source, _ in self.articles[:-1]) - {
            self.articles[-1][0]} if self.articles else frozenset()


class Journal:
    """FILE's partial output and journal; `start` or `resume`, `done` per article, `finish`."""

    def __init__(self, target: str | Path, settings: dict[str, Any]) -> None:
        self.target = Path(target)
        self.partial = self.target.with_name(self.target.name + PARTIAL)
        self.journal = self.target.with_name(self.target.name + JOURNAL)
        self.settings = settings
        self.stream: IO[str] | None = None
        self._log: IO[str] | None = None
        self.claims = 0

    def exists(self) -> bool:
        """Whether an earlier run left a partial output or a journal behind."""
        return self.partial.exists() or self.journal.exists()

    def earlier(self) -> Earlier:
        """What the journal says was done, up to its last whole line and no further than the
        partial output reaches; an unreadable journal counts as nothing done."""
        size = self.partial.stat().st_size if self.partial.exists() else 0
        lines = _whole_lines(self.journal)
        head = next(lines, None)
        if not isinstance(head, dict) or head.get("journal") != VERSION:
            return Earlier({})
        found = Earlier(head.get("settings", {}))
        for entry in lines:
            if not isinstance(entry, dict) or entry.get("bytes", size + 1) > size:
                break
            found.articles.append((entry["source"], entry["article_id"]))
            found.claims, found.size = entry["claims"], entry["bytes"]
        return found

    def start(self) -> IO[str]:
        """A new partial output and journal (neither may exist: see exists)."""
        self.stream = _open_text(os.open(self.partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL,
                                         0o666))
        self._log = _open_text(os.open(self.journal, os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
                                       0o666))
        self._log.write(json.dumps({"journal": VERSION, "settings": self.settings}) + "\n")
        self._log.flush()
        return self.stream

    def resume(self, earlier: Earlier) -> IO[str]:
        """The partial output cut after the last article done, open to append to; the
        journal cut after that article's line."""
        fd = os.open(self.partial, os.O_RDWR | os.O_CREAT, 0o666)
        os.ftruncate(fd, earlier.size)
        os.lseek(fd, 0, os.SEEK_END)
        self.stream = _open_text(fd)
        self.claims = earlier.claims
        keep = 1 + len(earlier.articles)
        with self.journal.open("rb") as old:
            kept = b"".join(line for _, line in zip(range(keep), old, strict=False))
        fresh = self.journal.with_name(self.journal.name + ".new")
        fresh.write_bytes(kept)
        os.replace(fresh, self.journal)  # a kill here leaves the old journal or the new one
        self._log = _open_text(os.open(self.journal, os.O_WRONLY | os.O_APPEND))
        return self.stream

    def done(self, article: Article, claims: int) -> None:
        """Record `article` as done, its claims written and flushed before the record;
        `claims` is how many the output holds now."""
        assert self.stream is not None and self._log is not None
        self.stream.flush()
        self.claims = claims
        source, article_id = article_key(article)
        self._log.write(json.dumps({"source": source, "article_id": article_id,
                                    "claims": self.claims,
                                    "bytes": os.fstat(self.stream.fileno()).st_size},
                                   ensure_ascii=False) + "\n")
        self._log.flush()

    def finish(self) -> None:
        """The run is complete: the partial output becomes FILE, the journal goes."""
        self.close()
        os.replace(self.partial, self.target)
        self.journal.unlink()

    def close(self) -> None:
        for stream in (self.stream, self._log):
            if stream is not None and not stream.closed:
                stream.close()

    def discard(self) -> None:
        """Remove what this run wrote (nothing worth resuming was done)."""
        self.close()
        for path in (self.partial, self.journal):
            path.unlink(missing_ok=True)


def whole_articles(results: Iterable[tuple[Article, list[Claim]]]
                   ) -> Iterator[tuple[Article, list[Claim]]]:
    """Each article once with all its claims: the pieces of a long one joined (a run yields
    each piece as it is done, see run.Extraction.extract_all)."""
    current: Article | None = None
    claims: list[Claim] = []
    for article, found in results:
        if article is not current and current is not None:
            yield current, claims
            claims = []
        current = article
        claims.extend(found)
    if current is not None:
        yield current, claims


def _open_text(fd: int) -> IO[str]:
    """A text stream on `fd` as every output is written: UTF-8, newlines untranslated; the
    mode any new file gets, where the user's umask allows."""
    return os.fdopen(fd, "w", encoding="utf-8", newline="")


def _whole_lines(path: Path) -> Iterator[Any]:
    """The JSON value of each line that ends in a newline, until one does not parse."""
    if not path.exists():
        return
    with path.open("rb") as lines:
        for line in lines:
            if not line.endswith(b"\n"):
                return
            try:
                yield json.loads(line)
            except ValueError:
                return
