"""What extract's output options mean together: fields, parties, where a format is written.

`extract` checks here, before the model loads, that its options fit the
format (a database needs a file, a report shows every field) and reads
--fields; once the pipeline is loaded, --party is read against its registry.
The output is opened as the format needs.
"""

from __future__ import annotations

import importlib.util
import sqlite3
from contextlib import AbstractContextManager, nullcontext
from typing import IO, TYPE_CHECKING, Any

import click

from .. import WgaclaimsError, errors
from .runs import Destination

if TYPE_CHECKING:
    from ..resolve.registry import Registry

# The library each file format needs, and the extra that installs it.
EXTRAS = {"sqlite": ("sqlite_utils", "sqlite"), "parquet": ("pyarrow", "parquet")}
FIELDS_HELP = ("Only these record fields, in this order, comma-separated (table, csv, tsv, "
               "json, jsonl, parquet; sqlite keeps every field).")


def check(fmt: str, output: str | None, sort_by: str | None, fields: str | None) -> None:
    """A usage error for options that cannot go with `fmt`."""
    from .. import FILE_FORMATS

    if fmt in FILE_FORMATS and output is None:
        raise click.BadParameter(errors.needs_output_file(fmt), param_hint="--format")
    library = EXTRAS.get(fmt)
    if library and importlib.util.find_spec(library[0]) is None:
        raise click.UsageError(errors.writer_needs_extra(fmt, *library))
    if fmt in ("html", "sqlite") and sort_by:
        why = ("a database has no order; sort in SQL, ORDER BY said_on" if fmt == "sqlite"
               else errors.SORTED_REPORT)
        raise click.BadParameter(errors.not_with_format("--sort", fmt, why), param_hint="--sort")
    if fmt == "html" and fields:
        raise click.BadParameter(errors.not_with_format(
            "--fields", fmt, "the report shows each claim in its article; choose fields for "
            "a tabular format (-o claims.csv)"), param_hint="--fields")


def chosen_fields(spec: str | None, fmt: str) -> tuple[str, ...] | None:
    """--fields as field names; None for every field (and always for a database)."""
    from .. import parse_fields

    try:
        fields = parse_fields(spec)
    except WgaclaimsError as e:
        raise click.BadParameter(str(e), param_hint="--fields") from e
    return None if fmt == "sqlite" else fields


def party_ids(wanted: tuple[str, ...], registry: Registry) -> frozenset[str | None]:
    """The party ids --party names in `registry` ('none': no party); a usage error,
    listing the ids, for a name that is no party's id, name or alias."""
    ids: set[str | None] = set()
    for name in wanted:
        if name.lower() == "none":
            ids.add(None)
            continue
        found = registry.ids_named(name)
        if len(found) != 1:
            message = (errors.ambiguous_party(name, found) if found else
                       errors.unknown_party(name, tuple(p.id for p in registry.parties)))
            raise click.BadParameter(message, param_hint="--party")
        ids.add(found[0])
    return frozenset(ids)


def destination(fmt: str, output: str | None) -> AbstractContextManager[IO[Any] | None]:
    """Where `fmt` is written: a database at its path (no stream: it commits article by
    article; a usage error unless it is one, or can be made), else a stream (binary
    for Parquet) that becomes the file on success."""
    if fmt == "sqlite":
        assert output is not None  # check() made sure
        from .. import check_database

        try:
            check_database(output)
        except (OSError, sqlite3.Error) as e:
            detail = f"{e.strerror}: {e.filename}" if isinstance(e, OSError) else str(e)
            raise click.BadParameter(errors.not_a_database(output, detail),
                                     param_hint="'-o' / '--output'") from e
        return nullcontext(None)
    return Destination(output, binary=fmt == "parquet")


def run_details(meta: dict[str, Any], parties: str, filters: dict[str, Any]) -> dict[str, str]:
    """What the HTML report says of the run that made it, from the pipeline's `meta`: never
    a time, so the same run writes the same page."""
    from .. import __version__

    model = f"{meta.get('lang', '')}_{meta.get('name', '')} {meta.get('version', '')}"
    details = {"wgaclaims": __version__, "model": model.strip(" _"), "registry": parties}
    details.update({k: str(v) for k, v in filters.items() if v})
    return details
