"""Show a party registry: as data, as a table, or as a starter file to copy.

Used by `wgaclaims parties`; imports no spaCy.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from importlib import resources
from typing import IO, Any

from ..resolve.registry import Party, Registry

COLUMNS = ("id", "name", "kind", "aliases", "nouns", "members", "roles", "colour")


def party_dict(party: Party) -> dict[str, Any]:
    """One party as JSON-ready data, keys in COLUMNS order, lists for the name lists."""
    data = asdict(party)
    return {key: list(data[key]) if isinstance(data[key], tuple) else data[key]
            for key in COLUMNS}


def registry_dict(registry: Registry) -> dict[str, Any]:
    """The registry as data: where it came from, its years, and its parties in file order."""
    return {"registry": registry.path, "years": list(registry.years),
            "parties": [party_dict(p) for p in registry.parties]}


def write_json(registry: Registry, stream: IO[str]) -> None:
    stream.write(json.dumps(registry_dict(registry), indent=2, ensure_ascii=False) + "\n")


def write_table(registry: Registry, stream: IO[str], width: int | None = None) -> None:
    """A rich table, one row per party; names wrap, nothing is cut."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from .colours import party_colour

    console = Console(file=stream, width=width, highlight=False, soft_wrap=False)
    count = len(registry.parties)
    title = f"{registry.path}: {count} part{'y' if count == 1 else 'ies'}"
    if registry.years:
        title += f", articles from {', '.join(map(str, registry.years))}"
    table = Table(title=title,
                  title_justify="left", show_lines=True, expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("name", ratio=2, overflow="fold")
    table.add_column("kind", no_wrap=True)
    # For ratio columns rich reads `width` as the minimum: "nouns" and "roles" stay readable.
    table.add_column("aliases", ratio=3, overflow="fold")
    table.add_column("nouns", ratio=1, width=9, overflow="fold")
    table.add_column("members", ratio=3, overflow="fold")
    table.add_column("roles", ratio=2, width=12, overflow="fold")
    for p in registry.parties:
        table.add_row(Text(p.id, style=party_colour(p.id)), p.name, p.kind,
                      *(", ".join(names) for names in (p.aliases, p.nouns, p.members, p.roles)))
    console.print(table)


def template_text() -> str:
    """A commented starter registry (a carmakers' strike) that loads as it is."""
    return resources.files("wgaclaims").joinpath("data/template.toml").read_text("utf-8")


def write(registry: Registry, fmt: str, stream: IO[str]) -> None:
    """The registry as `fmt`: "json" or "table"."""
    if fmt == "json":
        write_json(registry, stream)
    else:
        write_table(registry, stream)
