"""Calendar basics the date rules share: periods, weekday and month names, date arithmetic.

This is the only module that imports dateparser, and it does so lazily, only
when an explicit calendar date ("Aug. 11", "March 24, 2023") must be read
(`read_calendar`): `wgaclaims --help` and undated articles never pay for it.
Nothing here reads the clock: dateparser's base is a fixed date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

DAY, WEEK, MONTH = "day", "week", "month"
PRECISIONS = (DAY, WEEK, MONTH)

_ISO = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.+Z-]*)?\s*")

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
# Regular-expression alternations of the names, longest first.
WD = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
MO = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = re.compile(r"\b\d{4}\b|'\d\d\b")


@dataclass(frozen=True)
class When:
    """A resolved date: the first day of a period, and whether it is a day, week or month.

    A week starts on Monday and a month on the 1st, so `start` always sorts
    into a timeline; `end` is the period's last day.
    """

    start: dt.date
    precision: str

    @property
    def end(self) -> dt.date:
        if self.precision == WEEK:
            return self.start + dt.timedelta(days=6)
        if self.precision == MONTH:
            return add_months(self.start, 1) - dt.timedelta(days=1)
        return self.start


def parse_iso(value: str) -> dt.date | None:
    """A YYYY-MM-DD date (a time after it is allowed), or None."""
    m = _ISO.fullmatch(value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def period(said_on: str, precision: str | None) -> tuple[dt.date, dt.date]:
    """The first and last day a claim's `said_on` and `said_on_precision` stand for."""
    start = parse_iso(said_on)
    if start is None:
        raise ValueError(f"not an ISO date: {said_on!r}")
    return start, When(start, precision or DAY).end


def said_in_range(said_on: str | None, precision: str | None, since: dt.date | None,
                  until: dt.date | None) -> bool:
    """True when a claim's date lies in [since, until] (either end may be open).

    A week or month counts when it overlaps the range: "last week" may have
    been any of its days. A claim with no date is never in a range.
    """
    if since is None and until is None:
        return True
    if said_on is None:
        return False
    start, end = period(said_on, precision)
    return (since is None or end >= since) and (until is None or start <= until)


def split_weekday(s: str) -> tuple[int | None, str]:
    """("friday aug 11") -> (4, "aug 11"); the weekday of an explicit date, if written."""
    m = re.match(rf"({WD})\b\.?,?\s*", s, re.IGNORECASE)
    if m and m.end() < len(s):
        return WEEKDAYS[m.group(1).lower()], s[m.end():]
    return None, s


def clean(value: str) -> str:
    return " ".join(re.sub(r"[^\w/'-]+", " ", value.lower()).split())


@lru_cache(maxsize=4096)
def read_calendar(text: str) -> tuple[int | None, int, int | None] | None:
    """(year or None, month, day or None) of an explicit date, read by dateparser.

    The year is None unless the text writes one: dateparser fills a missing
    year from its base, which is fixed (2000, a leap year, so "Feb. 29"
    parses) and ignored, so the answer never depends on the clock.
    """
    if not re.search(r"\d", text):
        return None
    parser = _date_parser()
    data = parser.get_date_data(text)
    if data.date_obj is None:
        return None
    got = data.date_obj
    year = got.year if _YEAR.search(text) else None
    day = got.day if data.period == "day" else None
    return year, got.month, day


@lru_cache(maxsize=1)
def _date_parser() -> Any:
    """One dateparser instance with fixed settings: English only (other languages cost
    300 ms a first call and misread English), and a fixed base instead of the clock."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": dt.datetime(2000, 1, 1),
        "PREFER_DATES_FROM": "current_period",
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": "MDY",
        "REQUIRE_PARTS": ["month"],
    })


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None where there is no such day (Feb. 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def around(day: dt.date) -> tuple[int, int, int]:
    return day.year - 1, day.year, day.year + 1


def nearest(options: list[dt.date], near: dt.date) -> dt.date:
    """The option nearest `near`; of two as near, the earlier, as news reports the past."""
    return min(options, key=lambda d: (abs((d - near).days), d))
