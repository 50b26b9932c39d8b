"""Claims into a SQLite database, for Datasette and SQL: an articles table and a claims table.

`articles` has a row per article read (its id, source, title, URL, date and
claim count), `claims` a row per claim with every record field and a foreign
key to its article; indexes on party, type and said_on, and full-text search
on content and speaker, make `datasette claims.db` a claims browser.

A database grows run by run: each article is written in one transaction that
first removes what an earlier run wrote for the same article id, so an
article read again is replaced, never doubled, and a run stopped at any
point leaves whole articles only. sqlite-utils is imported when a database
is written.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import closing
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..model import FIELDS, Article, Claim
from .columns import field_types, nullable
from .records import ArticleWriter

if TYPE_CHECKING:
    from sqlite_utils import Database

ARTICLE_COLUMNS: dict[str, type] = {
    "article_id": str, "source": str, "title": str, "url": str, "article_date": str,
    "article_date_source": str, "claims": int}
INDEXED = ("party", "type", "said_on")
SEARCHED = ("content", "speaker")


def article_id(article: Article) -> str:
    """The id an article is stored under: its own, else its source (as claims name it)."""
    return article.article_id or article.source


def check_database(path: str) -> None:
    """Raise sqlite3.Error (or OSError) unless `path` is a SQLite database this process can
    write, or a file that can be created as one; creates nothing."""
    if not os.path.exists(path):
        folder = os.path.dirname(path) or "."
        if not os.path.isdir(folder):
            raise FileNotFoundError(errno.ENOENT, "no such folder", folder)
        if not os.access(folder, os.W_OK):
            raise PermissionError(errno.EACCES, "the folder is not writable", folder)
        return
    with closing(sqlite3.connect(f"file:{quote(os.path.abspath(path))}?mode=rw",
                                 uri=True)) as conn:
        conn.execute("PRAGMA schema_version").fetchone()


def create_tables(db: Database) -> None:
    """The articles and claims tables, their indexes and full-text search, unless present."""
    with db.atomic():
        db.table("articles").create(ARTICLE_COLUMNS, pk="article_id", not_null={"source"},
                              if_not_exists=True)
        claims = db.table("claims")
        if claims.exists():
            return
        claims.create(dict(field_types()), pk=("article_id", "claim_id"),
                      not_null={f for f in FIELDS if not nullable(f)} | {"article_id", "claim_id"},
                      foreign_keys=[("article_id", "articles", "article_id")])
        for column in INDEXED:
            claims.create_index([column])
        claims.enable_fts(SEARCHED, create_triggers=True)


class SqliteWriter(ArticleWriter):
    """Writes each article and its claims to the database at `path`, one transaction each.

    A long article comes in pieces, one `write` each with the same Article;
    they are gathered and written together, when the next article comes or
    at `close`. The database is the output: nothing goes to a stream.
    """

    needs = "a database"

    def __init__(self, path: str) -> None:  # no stream: see the class docstring
        from sqlite_utils import Database

        self.count = 0
        self.db = Database(path)
        self.db.execute("PRAGMA foreign_keys = ON")
        # While the run writes, a write-ahead log: a commit then costs no disk sync (an
        # article every few milliseconds, not every 30), and a crash still loses only
        # whole transactions. `close` turns the file back into a plain database.
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        create_tables(self.db)

    def write_article(self, article: Article, claims: list[Claim]) -> None:
        key = article_id(article)
        # The same claim from two pieces of a long article that overlap is stored once.
        records: list[dict[str, Any]] = list({
            c.claim_id: c.to_dict() | {"article_id": key} for c in claims}.values())
        with self.db.atomic():
            self.db.execute("DELETE FROM claims WHERE article_id = ?", [key])
            self.db.table("articles").upsert(
                {"article_id": key, "source": article.source, "title": article.title,
                 "url": article.url, "article_date": article.article_date,
                 "article_date_source": article.article_date_source, "claims": len(records)},
                pk="article_id")
            if records:
                # alter: a database an older version wrote gains the fields added since.
                self.db.table("claims").insert_all(records, alter=True)
        self.count += len(records)

    def close(self) -> None:
        self.flush_article()
        try:
            self.db.execute("PRAGMA journal_mode = DELETE")
        except sqlite3.OperationalError:
            pass  # another program has it open (Datasette, say): it stays in WAL mode
        self.db.close()
