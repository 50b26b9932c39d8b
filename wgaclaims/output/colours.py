"""The colour of each party in a terminal (rich style names), for tables and summaries."""

from __future__ import annotations

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
