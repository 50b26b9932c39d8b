"""The record's columns: the fields a user chooses (--fields), and each field's type.

Typed formats (SQLite, Parquet) read the types from the Claim dataclass, so a
field added there is written everywhere with the right type.
"""

from __future__ import annotations

import typing
from collections.abc import Sequence
from functools import cache

from .. import errors
from ..model import FIELDS, Claim

# Fields that hold an ISO date (YYYY-MM-DD): dates, where the format has them.
DATE_FIELDS = frozenset({"article_date", "said_on"})


@cache
def field_types() -> dict[str, type]:
    """Each field's type, `None` left out: str, int or bool."""
    hints = typing.get_type_hints(Claim)
    types: dict[str, type] = {}
    for name in FIELDS:
        kinds = [t for t in typing.get_args(hints[name]) or (hints[name],) if t is not type(None)]
        types[name] = kinds[0]
    return types


def nullable(name: str) -> bool:
    """Whether the field may be null (its type in Claim admits None)."""
    hint = typing.get_type_hints(Claim)[name]
    return type(None) in typing.get_args(hint)


def parse_fields(spec: str | None) -> tuple[str, ...] | None:
    """The fields named in "source,party,speaker", in that order; None for all.

    Raises UsageError for an empty list, a field named twice or one the record
    does not have, listing the fields it has.
    """
    if spec is None:
        return None
    names = tuple(name.strip() for name in spec.split(","))
    unknown = [n for n in names if n not in FIELDS]
    if unknown or not all(names):
        raise errors.unknown_fields(unknown or [""], FIELDS)
    if len(set(names)) != len(names):
        raise errors.fields_repeated(sorted({n for n in names if names.count(n) > 1}))
    return names


def select(record: dict[str, typing.Any], fields: Sequence[str] | None) -> dict[str, typing.Any]:
    """The record with only `fields`, in their order; the whole record for None."""
    return record if fields is None else {f: record[f] for f in fields}
