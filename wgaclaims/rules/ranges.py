"""Character ranges of one document, indexed for the questions the rules ask per claim.

A rule that asks, for every claim or mention, which quotes or claims lie at a
position would otherwise pass over all of them each time: claims x quotes,
which grows with the square of an article's length. `Ranges` keeps them
sorted by start, so a question looks only at those that can reach the
position. Plain offsets only, no spaCy.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class Ranges(Generic[T]):
    """Ranges [start, end) each with a value, in order of start (ties in the order added).

    A query looks back from its end only as far as the longest range reaches,
    so it costs a bisection and the ranges near the query, whatever their number.
    """

    def __init__(self, items: Iterable[tuple[int, int, T]] = ()) -> None:
        self._starts: list[int] = []
        self._items: list[tuple[int, int, T]] = []
        self._longest = 0
        for start, end, value in sorted(items, key=lambda item: item[0]):
            self.add(start, end, value)

    def add(self, start: int, end: int, value: T) -> None:
        at = bisect_right(self._starts, start)
        self._starts.insert(at, start)
        self._items.insert(at, (start, end, value))
        self._longest = max(self._longest, end - start)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, T]]:
        """The ranges that share a position with [start, end) (an empty range strictly
        inside it counts), in order of start."""
        out = []
        first = bisect_right(self._starts, start - self._longest)
        for at in range(first, bisect_left(self._starts, end)):
            item = self._items[at]
            if item[1] > start:
                out.append(item)
        return out

    def at(self, pos: int) -> list[tuple[int, int, T]]:
        """The ranges that hold `pos` (start <= pos < end), in order of start."""
        return self.overlapping(pos, pos + 1)

    def holds(self, pos: int) -> bool:
        return bool(self.at(pos))

    def __len__(self) -> int:
        return len(self._items)
