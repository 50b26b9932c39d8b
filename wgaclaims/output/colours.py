"""The colour of each party: in a terminal (rich style names), and in the HTML report (hex).

The report's colours come from the registry; the built-in parties' colours
stay apart for the common colour-vision deficiencies (tests/test_colours.py
checks them under simulated protanopia, deuteranopia and tritanopia).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..resolve.registry import Party

PARTY_COLOURS = {
    "WGA": "bright_cyan", "AMPTP": "bright_magenta", "SAG-AFTRA": "bright_yellow",
    "DGA": "bright_green", "Bass": "bright_blue",
}
_PALETTE = ("cyan", "magenta", "yellow", "green", "blue", "red", "bright_red", "white")


def party_colour(party: str | None) -> str:
    """A party's colour: its own for the built-in parties, else one fixed by its id; dim
    for no party."""
    if party is None:
        return "dim"
    if party in PARTY_COLOURS:
        return PARTY_COLOURS[party]
    return _PALETTE[sum(map(ord, party)) % len(_PALETTE)]


UNATTRIBUTED = "#c8c8c8"
# Colours for parties whose registry entry gives none: light enough for dark
# caption text, apart from each other and from the built-in parties' colours.
PALETTE = ("#f5a65b", "#4fc9a8", "#b9a3e3", "#f08a7e", "#c2cf5f", "#f4a3c8", "#a3b8cc",
           "#d4ab82")


def party_colours(parties: Iterable[Party]) -> dict[str, str]:
    """Each party's colour: its own from the registry, else the next PALETTE colour
    that no party has as its own, in registry order."""
    parties = list(parties)
    given = {p.colour for p in parties if p.colour}
    free = [c for c in PALETTE if c not in given] or list(PALETTE)
    colours: dict[str, str] = {}
    uncoloured = 0
    for p in parties:
        if p.colour:
            colours[p.id] = p.colour
        else:
            colours[p.id] = free[uncoloured % len(free)]
            uncoloured += 1
    return colours


def colour_of(party: str | None, colours: Mapping[str, str]) -> str:
    """A claim's colour: its party's, grey when it has none, and for a party the
    registry does not list, a palette colour fixed by its id."""
    if party is None:
        return UNATTRIBUTED
    return colours.get(party) or PALETTE[zlib.crc32(party.encode()) % len(PALETTE)]
