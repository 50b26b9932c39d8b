"""The claim record and the article it comes from: plain data, no spaCy.

Exporters, tests and users depend on these classes alone, so they must stay
free of spaCy objects: offsets are plain ints into the article's text as read.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

CLAIM_TYPES = ("direct", "mixed", "indirect", "according_to", "statement", "position")
# How a claim's party was found: a registry name or alias, a registry member, an
# affiliation the article states ("SAG-AFTRA's X", "X, a member of the union"), a role
# in the party's dispute ("a showrunner on the picket line"), a pronoun, a definite
# description ("the studio group"), a document ("the email"). Null with a null party.
PARTY_VIA = ("alias", "member", "affiliation", "role", "pronoun", "description", "document")


@dataclass(frozen=True)
class Article:
    """One input article: where it came from, its full text, and its metadata.

    `text` is the file exactly as decoded (line endings, BOM and header lines
    kept), because every claim offset points into it. `body_start` is where the
    article proper begins, after any `key: value` header block. `stated_date`
    is set only for an article with no date of its own: a date it writes with
    its weekday, the year inferred from the registry's years (its
    `article_date_source` is then "weekday", see dates.date_from_weekday).
    """

    source: str
    text: str
    headers: dict[str, str] = field(default_factory=dict)
    body_start: int = 0
    article_date: str | None = None
    article_date_source: str | None = None
    stated_date: str | None = None
    # Where the article sits in an archive that holds many (its id field's value, else
    # FILE:LINE), and the title and URL its source gives; None for a plain file.
    article_id: str | None = None
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Claim:
    """One attributed statement, with exact offsets into its article's text."""

    # A short id that names the claim in any run: see claim_id().
    claim_id: str | None = field(default=None, kw_only=True)
    source: str
    # The article's id (the source for a plain file), title and URL, when it has them.
    article_id: str | None = field(default=None, kw_only=True)
    title: str | None = field(default=None, kw_only=True)
    url: str | None = field(default=None, kw_only=True)
    article_date: str | None
    article_date_source: str | None
    sentence: int
    type: str
    party: str | None
    # How the party was found and the article's words that settled it (keyword-only, so
    # records built by hand need not name them; they keep their place in the field order).
    party_via: str | None = field(default=None, kw_only=True)
    party_evidence: str | None = field(default=None, kw_only=True)
    party_evidence_start: int | None = field(default=None, kw_only=True)
    party_evidence_end: int | None = field(default=None, kw_only=True)
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_name: str | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    content: str
    start: int
    end: int
    said_on: str | None = None
    said_on_text: str | None = None
    said_on_precision: str | None = None
    nested: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The record as a dict in the documented field order."""
        return asdict(self)


FIELDS: tuple[str, ...] = tuple(Claim.__dataclass_fields__)


def text_key(text: str) -> str:
    """A digest of an article's text, computed once per article for its claims' ids."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def claim_id(key: str, start: int, end: int, type: str) -> str:
    """A claim's id: 16 hex digits from its article's text digest (text_key), its span
    and its type.

    It depends on nothing a run chooses (path, folder, --jobs, order), so the same claim
    has the same id in every run; two claims of one article never share one. The same
    text saved under two names gives the same ids: the claims are the same.
    """
    return hashlib.sha256(f"{key}:{start}:{end}:{type}".encode()).hexdigest()[:16]
