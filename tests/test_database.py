"""The SQLite output: tables, types, indexes, search, re-runs, and Datasette reading it."""

import asyncio
import sqlite3

import pytest

from wgaclaims.model import FIELDS, Article, Claim, claim_id, text_key
from wgaclaims.output.database import SqliteWriter

pytest.importorskip("sqlite_utils")

TEXT_A = 'The guild said talks would resume. "We want a fair deal," said the union.'
TEXT_B = 'The studios said the offer stood. "Nothing has changed," said the alliance.'


def claims_of(article: Article, rows: list[tuple[str, str, str, str]]) -> list[Claim]:
    """Claims of `article`, one per (content, speaker, party, type), offsets found in its
    text."""
    key = text_key(article.text)
    out = []
    for content, speaker, party, type_ in rows:
        start = article.text.index(content)
        end = start + len(content)
        at = article.text.index(speaker)
        out.append(Claim(
            claim_id=claim_id(key, start, end, type_), source=article.source,
            article_id=article.article_id or article.source, title=article.title,
            url=article.url, article_date=article.article_date,
            article_date_source=article.article_date_source, sentence=0, type=type_,
            party=party, party_via="description", speaker=speaker, speaker_start=at,
            speaker_end=at + len(speaker), speaker_name=None, cue="said", cue_start=None,
            cue_end=None, content=content, start=start, end=end,
            said_on="2023-08-10" if type_ == "indirect" else None,
            said_on_precision="day" if type_ == "indirect" else None))
    return out


A = Article("a.txt", TEXT_A, article_id="wire-1", title="Talks", url="https://example.org/a",
            article_date="2023-08-10", article_date_source="header")
B = Article("b.txt", TEXT_B)
CLAIMS_A = claims_of(A, [("talks would resume", "The guild", "WGA", "indirect"),
                         ("We want a fair deal,", "the union", "WGA", "direct")])
CLAIMS_B = claims_of(B, [("the offer stood", "The studios", "AMPTP", "indirect"),
                         ("Nothing has changed,", "the alliance", "AMPTP", "direct")])


def write(path, *batches: tuple[Article, list[Claim]]) -> int:
    writer = SqliteWriter(str(path))
    for article, claims in batches:
        writer.write(claims, article)
    writer.close()
    return writer.count


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "claims.db"
    assert write(path, (A, CLAIMS_A), (B, CLAIMS_B), (Article("c.txt", "No claims."), [])) == 4
    return path


def test_every_record_field_is_a_typed_column_of_claims(db):
    conn = sqlite3.connect(db)
    columns = {name: kind for _, name, kind, *_ in conn.execute("PRAGMA table_info(claims)")}
    assert tuple(columns) == FIELDS
    assert columns["start"] == columns["sentence"] == columns["nested"] == "INTEGER"
    assert columns["content"] == columns["said_on"] == "TEXT"
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute("SELECT * FROM claims ORDER BY rowid")]
    expected = [c.to_dict() | {"nested": 0} for c in CLAIMS_A + CLAIMS_B]
    assert rows == expected


def test_articles_hold_id_source_title_url_date_and_claim_count(db):
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT article_id, source, title, url, article_date, claims "
                        "FROM articles ORDER BY article_id").fetchall()
    assert rows == [
        ("b.txt", "b.txt", None, None, None, 2),
        ("c.txt", "c.txt", None, None, None, 0),
        ("wire-1", "a.txt", "Talks", "https://example.org/a", "2023-08-10", 2)]
    fks = conn.execute("PRAGMA foreign_key_list(claims)").fetchall()
    assert [(fk[2], fk[3], fk[4]) for fk in fks] == [("articles", "article_id", "article_id")]


def test_indexes_and_full_text_search(db):
    conn = sqlite3.connect(db)
    indexed = {row[1] for row in conn.execute("PRAGMA index_list(claims)")}
    assert {"idx_claims_party", "idx_claims_type", "idx_claims_said_on"} <= indexed
    found = conn.execute("SELECT claims.speaker FROM claims JOIN claims_fts "
                         "ON claims.rowid = claims_fts.rowid WHERE claims_fts MATCH ?",
                         ["changed"]).fetchall()
    assert found == [("the alliance",)]
    assert conn.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'union'"
                        ).fetchone() == (1,)  # speakers are searched too


def test_an_article_read_again_is_replaced_and_new_ones_added(db):
    fewer = CLAIMS_A[:1]
    d = Article("d.txt", TEXT_B, article_id="wire-2")
    assert write(db, (A, fewer), (d, claims_of(d, [("the offer stood", "The studios",
                                                     "AMPTP", "indirect")]))) == 2
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT article_id, count(*) FROM claims GROUP BY article_id "
                        "ORDER BY article_id").fetchall() == [
        ("b.txt", 2), ("wire-1", 1), ("wire-2", 1)]
    assert conn.execute("SELECT claims FROM articles WHERE article_id = 'wire-1'"
                        ).fetchone() == (1,)
    # The same text under two ids: the claim ids repeat, each article keeps its own rows.
    assert conn.execute("SELECT count(DISTINCT claim_id) FROM claims").fetchone() == (3,)
    # Search still finds what is there, and nothing that was replaced.
    assert conn.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'fair'"
                        ).fetchone() == (0,)


def test_a_run_stopped_inside_an_article_leaves_the_earlier_write_whole(db, monkeypatch):
    import sqlite_utils.db

    def fail(self, *args, **kw):
        raise KeyboardInterrupt

    writer = SqliteWriter(str(db))
    monkeypatch.setattr(sqlite_utils.db.Table, "insert_all", fail)
    writer.write(CLAIMS_A[:1], A)
    with pytest.raises(KeyboardInterrupt):
        writer.close()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM claims WHERE article_id = 'wire-1'"
                        ).fetchone() == (2,)


def test_the_pieces_of_a_long_article_are_written_together(tmp_path):
    path = tmp_path / "claims.db"
    writer = SqliteWriter(str(path))
    writer.write(CLAIMS_A[:1], A)
    writer.write(CLAIMS_A[1:] + CLAIMS_A[:1], A)  # a piece that overlaps repeats a claim
    writer.write(CLAIMS_B, B)
    writer.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT claims FROM articles ORDER BY article_id").fetchall() == [
        (2,), (2,)]


def datasette_get(path, url: str):
    from datasette.app import Datasette

    async def get():
        return await Datasette([str(path)]).client.get(url)

    return asyncio.run(get())


def test_datasette_browses_facets_and_searches_the_claims(db):
    pytest.importorskip("datasette")
    rows = datasette_get(db, "/claims/claims.json?_shape=objects&_sort=start").json()["rows"]
    assert sorted(r["claim_id"] for r in rows) == sorted(c.claim_id for c in CLAIMS_A + CLAIMS_B)
    faceted = datasette_get(db, "/claims/claims.json?_facet=party").json()
    assert [(f["value"], f["count"]) for f in faceted["facet_results"]["party"]["results"]
            ] == [("AMPTP", 2), ("WGA", 2)]
    found = datasette_get(db, "/claims/claims.json?_search=fair&_shape=objects").json()
    assert [r["speaker"] for r in found["rows"]] == ["the union"]
    sql = datasette_get(db, "/claims.json?_shape=array&sql=select+title,+claims+from+articles"
                            "+where+url+is+not+null").json()
    assert sql == [{"title": "Talks", "claims": 2}]
    page = datasette_get(db, "/claims/claims")
    assert page.status_code == 200 and 'name="_search"' in page.text


def test_the_database_is_left_as_a_plain_file_with_no_log_beside_it(db):
    assert sorted(p.name for p in db.parent.iterdir()) == ["claims.db"]
    assert sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone() == ("delete",)
