"""Dates: the article's own date, and the calendar date of a temporal expression.

Everything is resolved against the article's date, never against today's: no
function here reads the clock, so the same input always gives the same
output. A relative expression ("Wednesday", "last week") with no article date
stays unresolved rather than guessed. An undated article's year is inferred
only from a date it writes with its weekday, and only among the years its
party registry declares (see date_from_weekday).

This is the only module that imports dateparser, and it does so lazily, only
when an explicit calendar date ("Aug. 11", "March 24, 2023") must be read:
`wgaclaims --help` and undated articles never pay for it. Weekday names,
"last week", "In January" and the like are resolved here by calendar
arithmetic instead, because dateparser's answers for them depend on settings
that are wrong for one case or another (PREFER_DATES_FROM="past" turns
"Friday, Aug. 11" in an article of 2023-08-10 into 2022-08-11, a Thursday;
"In January" becomes the 10th unless PREFER_DAY_OF_MONTH is set).
Finding the expression that dates a claim is a parse question and lives in
when.py; this module only turns its text into a date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..model import Article

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
_WD = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_MO = "|".join(sorted(MONTHS, key=len, reverse=True))


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
            return _add_months(self.start, 1) - dt.timedelta(days=1)
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


# --- The article's date ---------------------------------------------------

_FULL_DATE = (
    rf"(?:(?:{_WD})\.?,?\s+)?"
    rf"(?:(?:{_MO})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MO})\.?,?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})"
)
# "Published Aug. 10, 2023 at 3:15 p.m." / "Posted on: 10 August 2023"
_PUBLISHED_LINE = re.compile(
    rf"\s*(?:(?:first|originally)\s+)?(?:published|posted)(?:\s+on)?\s*[:\-–—]?\s*"
    rf"(?P<date>{_FULL_DATE})\b", re.IGNORECASE)
# "LOS ANGELES, Aug. 10, 2023 —" / "WASHINGTON (Reuters) Aug 10, 2023 -": a place in
# capitals, the date, a dash. "LOS ANGELES —" with no date gives nothing.
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’ -]*[A-Z.](?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?\s*"
    r"(?:\([^)\n]{1,40}\))?\s*,?\s*"
    rf"(?P<date>(?i:{_FULL_DATE}))\s*(?:\([^)\n]{{1,40}}\))?\s*[-–—]")
# A line holding only a date, perhaps after a byline and before a time:
# "August 10, 2023", "By Jane Doe | Aug. 10, 2023 3:15 PM PT".
_DATE_LINE = re.compile(
    rf"\s*(?:by\s[^\n]{{1,80}}?\s*[|•·,–—-]\s*)?(?P<date>{_FULL_DATE})"
    r"(?:[\s,|·•]*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4})?)?\s*",
    re.IGNORECASE)
_TOP_LINES = 6  # how far "near the top" reaches, in non-empty lines
_TOP_CHARS = 1500


def with_article_date(article: Article, override: str | None = None,
                      years: Iterable[int] = ()) -> Article:
    """The article with its date set, and how the date was found.

    In order: `override` (--article-date, source "option"); a header
    (`date: 2023-08-10` or the bare ` date 2023-08-10 `, "header"); a
    "Published ..." line ("published") or a dateline ("dateline") among the
    first lines. Failing all of these, the article's date stays null; but
    if the registry declares `years` and a date the article writes with its
    weekday fixes one of them (see date_from_weekday), that date becomes the
    article's `stated_date` and its source "weekday": the year is known, the
    day is not. An article that already has a date keeps it, so calling this
    twice is harmless.
    """
    if override:
        day = parse_iso(override)
        if day is None:
            raise ValueError(f"not a date like 2023-08-10: {override!r}")
        return dataclasses.replace(article, article_date=day.isoformat(),
                                   article_date_source="option", stated_date=None)
    if article.article_date or article.stated_date:
        return article
    found = _header_date(article.headers) or article_date_from_text(article.text,
                                                                    article.body_start)
    if found is None:
        stated = date_from_weekday(article.text, years, article.body_start)
        if stated is None:
            return article
        return dataclasses.replace(article, article_date_source=WEEKDAY_SOURCE,
                                   stated_date=stated.isoformat())
    day, source = found
    return dataclasses.replace(article, article_date=day.isoformat(), article_date_source=source)


def _header_date(headers: dict[str, str]) -> tuple[dt.date, str] | None:
    for key in ("date", "published"):
        value = headers.get(key)
        if value and (day := parse_iso(value) or full_date(value)) is not None:
            return day, "header"
    return None


def article_date_from_text(text: str, start: int = 0) -> tuple[dt.date, str] | None:
    """The date a "Published ..." line or a dateline gives near the top of the article.

    Only a full date with its year counts: a dateline "Aug. 10 (Reuters) -"
    without one would need the year guessed, and a wrong article date
    misdates every claim in the article.
    """
    lines = [line for line in text[start:start + _TOP_CHARS].splitlines() if line.strip()]
    for line in lines[:_TOP_LINES]:
        for pattern, source in ((_PUBLISHED_LINE, "published"), (_DATELINE, "dateline")):
            if (m := pattern.match(line)) and (day := full_date(m.group("date"))):
                return day, source
        if (m := _DATE_LINE.fullmatch(line)) and (day := full_date(m.group("date"))):
            return day, "dateline"
    return None


def full_date(value: str) -> dt.date | None:
    """A date written out with day, month and year ("Thursday, Aug. 10, 2023"), or None.

    A weekday written with it must agree with the date, or the date is refused.
    """
    value = value.strip()
    if (day := parse_iso(value)) is not None:
        return day
    m = re.search(_FULL_DATE, value, re.IGNORECASE)  # drop a time or zone around it
    if m is None:
        return None
    weekday, rest = _split_weekday(_clean(m.group(0)))
    parsed = _calendar(rest)
    if parsed is None or parsed[0] is None or parsed[2] is None:
        return None
    day = _date(parsed[0], parsed[1], parsed[2])
    if day is None or (weekday is not None and day.weekday() != weekday):
        return None
    return day


# --- A year from a weekday ---------------------------------------------------

WEEKDAY_SOURCE = "weekday"
_WD_NAMES = "|".join(sorted((w.capitalize() for w in WEEKDAYS), key=len, reverse=True))
_MO_NAMES = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
# "Friday, March 24", "Friday March, 24th", "Fri., Aug. 11", "Friday 24 March",
# "Friday, the 24th of March"; the names capitalised, as a date writes them.
_STATED = re.compile(
    rf"\b(?P<wd>{_WD_NAMES})\b\.?,?\s+"
    rf"(?:(?P<mo>{_MO_NAMES})\b\.?,?\s*(?P<day>{_DAY_NUMBER})"
    rf"|(?:the\s+)?(?P<day2>{_DAY_NUMBER})\s+(?:of\s+)?(?P<mo2>{_MO_NAMES})\b\.?)")
# A year after it makes it a full date ("Friday, March 24, 2017"), which needs no inference.
_YEAR_AFTER = re.compile(r"\s*,?\s*(?:\d{4}|'\d\d)\b")


def stated_weekday_dates(text: str, start: int = 0) -> list[tuple[int, int, int]]:
    """(weekday, month, day) of each date the text writes with its weekday but no year.

    "meaning Friday March, 24th" gives (4, 3, 24). A date written with its
    year is left out: it needs no inference.
    """
    found = []
    for m in _STATED.finditer(text, start):
        if _YEAR_AFTER.match(text, m.end()):
            continue
        month = m.group("mo") or m.group("mo2")
        day = m.group("day") or m.group("day2")
        found.append((WEEKDAYS[m.group("wd").lower()], MONTHS[month.lower()],
                      int(day.rstrip("stndrh"))))
    return found


def date_from_weekday(text: str, years: Iterable[int], start: int = 0) -> dt.date | None:
    """The date an undated article writes with its weekday, when its weekday fixes the year.

    News leaves the year out of a date in the current year ("talks broke off
    Friday, March 24"), so such a date is near the article's own. Which year
    it is in is not in the text: the window of plausible years must come from
    outside it, from the registry's `years` (what the user knows of the
    articles), never from the clock. Nor from the years the article writes:
    those are mostly history ("the 2007-08 strike", "the agreement reached in
    2014"), and a window around them would place a 2023 article's "Friday,
    Aug. 11" in 2006.

    Every such date must fall on its weekday in exactly one of `years`, and
    all in the same one; then the first of them is returned. A weekday that
    fits none of the years (the window, or the text, is wrong), one that fits
    two, or dates that point to different years give None.
    """
    window = sorted(set(years))
    stated = stated_weekday_dates(text, start) if window else []
    fixed = []
    for weekday, month, day in stated:
        fits = [d for y in window if (d := _date(y, month, day)) is not None
                and d.weekday() == weekday]
        if len(fits) != 1:
            return None
        fixed.append(fits[0])
    if not fixed or len({d.year for d in fixed}) != 1:
        return None
    return fixed[0]


# --- Temporal expressions ---------------------------------------------------

_TIME = re.compile(
    r"\b(?:at|around|about|by)?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|o'clock)"
    r"(?:\s+(?:[ecmp][sd]?t|gmt|bst|utc))?(?=\W|$)|\b\d{1,2}:\d{2}\b")
_PARTS_OF_DAY = r"morning|afternoon|evening|night|overnight|noon|midday|midnight"
_NOISE = re.compile(rf"\b(?:on|in|at|during|over|the|just|{_PARTS_OF_DAY})\b")
_MOD = r"(?:earlier|early|late|later)"

_DAY_WORD = re.compile(rf"(?:{_MOD}\s+)?(?P<word>today|yesterday|tomorrow)")
_WEEKDAY = re.compile(
    rf"(?P<mod>last|this past|past|this|next|{_MOD})?\s*(?P<wd>{_WD})"
    r"(?:\s+of\s+(?P<week>this|last|next)\s+week)?")
_WEEK = re.compile(rf"(?:{_MOD}\s+)?(?P<which>this|last|next)\s+week")
_WEEKEND = re.compile(r"(?P<which>this past|past|this|last)?\s*weekend")
_MONTH_REL = re.compile(rf"(?:{_MOD}\s+)?(?P<which>this|last|next)\s+month")
_MONTH = re.compile(
    rf"(?:(?:early|mid|late|earlier|later|end of|beginning of|start of|middle of)[\s-]*)?"
    rf"(?P<month>{_MO})(?:\s+(?:of\s+)?(?P<year>\d{{4}}))?")
_AGO = re.compile(r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                  r"(?P<unit>days?|weeks?|months?)\s+ago")
_CALENDAR = re.compile(
    rf"(?:{_MO})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:\d{{4}}|'\d\d))?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MO})(?:\s+(?:\d{{4}}|'\d\d))?"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2}")
_YEAR = re.compile(r"\b\d{4}\b|'\d\d\b")


def normalize(text: str) -> str:
    """The expression reduced to what decides its date: lower case, no clock time,
    no part of the day, no prepositions or articles, no punctuation.

    "on Thursday night at 9 p.m." and "Thursday" become the same key, so one
    cached resolution serves both.
    """
    s = text.lower().replace("’", "'").replace("‘", "'")
    s = _TIME.sub(" ", s)
    s = re.sub(r"'s\b", "", s)  # "last Friday's"
    s = re.sub(r"\blast night\b", "yesterday", s)
    s = re.sub(r"\b(?:tonight|this (?:morning|afternoon|evening))\b", "today", s)
    s = re.sub(r"[^\w/'-]+", " ", s)
    s = re.sub(r"(?<!\d)-|-(?!\d)", " ", s)  # "mid-April", but not "2023-08-02"
    s = _NOISE.sub(" ", s)
    return " ".join(s.split())


def resolve(text: str, base: dt.date | None, near: dt.date | None = None) -> When | None:
    """The date a temporal expression names, relative to the article date `base`.

    Rules, for news that reports the past:
    - a weekday ("Wednesday", "earlier Friday", "late Thursday night") is the
      most recent such day on or before `base`, "this past Friday" the most
      recent before it; "last Friday" is the Friday of the week before
      `base`'s (weeks start on Monday): news writes a bare "Thursday" for a
      day earlier in the same week, so "Last Thursday" in a Friday article is
      eight days back, not yesterday; "this Friday" and "Monday of this week"
      are the day in `base`'s week; "next Friday" is ambiguous and left
      unresolved;
    - "today", "yesterday", "N days ago" count days from `base`;
    - "this week", "last week", "over the weekend" are week precision (the
      Monday of that week); "late week" says neither which week and stays
      unresolved;
    - a month alone ("In January", "mid-April") is month precision, the most
      recent such month on or before `base`'s month; with a year, that month;
    - an explicit date ("Aug. 11", "Friday, Aug. 11", "March 24, 2023") keeps
      its year if written; without one it is the most recent occurrence on or
      before `base`, unless a weekday is written with it, which then picks
      between that occurrence and the next ("Friday, Aug. 11" in an article of
      2023-08-10 is 2023-08-11); a weekday neither fits is an error in the
      text and leaves the date unresolved.
    Without `base`, only an explicit date or month with its year resolves,
    unless `near` is given: a date the article states, its year inferred (see
    date_from_weekday). A date or month without a year ("March 20", "Friday,
    March 24", "In January") is then its occurrence nearest `near`, the
    earlier of two equally near; relative expressions, which need the
    article's day, stay unresolved. Anything else (durations, "the week
    before last", a year alone) is None.
    """
    return _resolve(normalize(text), base, None if base else near)


def said_on(text: str, base: dt.date | None, near: dt.date | None = None) -> When | None:
    """When a claim was made, from the expression attached to its cue: as `resolve`,
    but never after the article's date, since an article cannot report a claim
    made after it was written (a "Friday, Aug. 11" in an article of Aug. 10 is
    a plan, not a date something was said)."""
    when = resolve(text, base, near)
    if when is None or (base is not None and when.start > base):
        return None
    return when


@lru_cache(maxsize=8192)
def _resolve(s: str, base: dt.date | None, near: dt.date | None = None) -> When | None:
    if not s:
        return None
    if _CALENDAR.fullmatch(_split_weekday(s)[1]):
        return _explicit(s, base, near)
    if (m := _MONTH.fullmatch(s)) is not None:
        month = MONTHS[m.group("month")]
        if m.group("year"):
            return When(dt.date(int(m.group("year")), month, 1), MONTH)
        if base is not None:
            year = base.year if month <= base.month else base.year - 1
            return When(dt.date(year, month, 1), MONTH)
        if near is not None:
            return When(_nearest([dt.date(y, month, 1) for y in _around(near)],
                                 near.replace(day=1)), MONTH)
        return None
    if base is None:
        return None
    if (m := _DAY_WORD.fullmatch(s)) is not None:
        offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[m.group("word")]
        return When(base + dt.timedelta(days=offset), DAY)
    if (m := _WEEKDAY.fullmatch(s)) is not None:
        return _weekday(WEEKDAYS[m.group("wd")], m.group("mod"), m.group("week"), base)
    if (m := _WEEK.fullmatch(s)) is not None:
        shift = {"this": 0, "last": -1, "next": 1}[m.group("which")]
        return When(_monday(base) + dt.timedelta(weeks=shift), WEEK)
    if (m := _WEEKEND.fullmatch(s)) is not None:
        return _weekend(m.group("which"), base)
    if (m := _MONTH_REL.fullmatch(s)) is not None:
        shift = {"this": 0, "last": -1, "next": 1}[m.group("which")]
        return When(_add_months(base.replace(day=1), shift), MONTH)
    if (m := _AGO.fullmatch(s)) is not None:
        return _ago(m.group("n"), m.group("unit"), base)
    return None


def _weekday(wd: int, mod: str | None, week: str | None, base: dt.date) -> When | None:
    if week is not None:  # "Monday of this week"
        shift = {"this": 0, "last": -1, "next": 1}[week]
        return When(_monday(base) + dt.timedelta(weeks=shift, days=wd), DAY)
    if mod == "next":  # the coming one, or the one a week later? Writers differ.
        return None
    if mod == "this":
        return When(_monday(base) + dt.timedelta(days=wd), DAY)
    if mod == "last":  # the day in the week before the article's
        return When(_monday(base) + dt.timedelta(weeks=-1, days=wd), DAY)
    back = (base.weekday() - wd) % 7
    if back == 0 and mod in ("this past", "past"):
        back = 7
    return When(base - dt.timedelta(days=back), DAY)


def _weekend(which: str | None, base: dt.date) -> When:
    saturday = base - dt.timedelta(days=(base.weekday() - 5) % 7)  # on or before base
    if which == "this":
        saturday = _monday(base) + dt.timedelta(days=5)
    elif which == "last" and base.weekday() >= 5:
        saturday -= dt.timedelta(weeks=1)
    return When(_monday(saturday), WEEK)


_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _ago(n: str, unit: str, base: dt.date) -> When:
    count = int(n) if n.isdigit() else _NUMBERS[n]
    if unit.startswith("day"):
        return When(base - dt.timedelta(days=count), DAY)
    if unit.startswith("week"):
        return When(_monday(base - dt.timedelta(weeks=count)), WEEK)
    return When(_add_months(base.replace(day=1), -count), MONTH)


def _explicit(s: str, base: dt.date | None, near: dt.date | None) -> When | None:
    weekday, rest = _split_weekday(s)
    iso = parse_iso(rest)
    parsed = (iso.year, iso.month, iso.day) if iso else _calendar(rest)
    if parsed is None or parsed[2] is None:
        return None
    year, month, day = parsed[0], parsed[1], parsed[2]
    if year is not None:
        found = _date(year, month, day)
        if found is None or (weekday is not None and found.weekday() != weekday):
            return None
        return When(found, DAY)
    if base is None:
        if near is None:
            return None
        options = [d for y in _around(near) if (d := _date(y, month, day)) is not None
                   and (weekday is None or d.weekday() == weekday)]
        return When(_nearest(options, near), DAY) if options else None
    past = next((d for y in range(base.year, base.year - 5, -1)
                 if (d := _date(y, month, day)) is not None and d <= base), None)
    if weekday is None:
        return When(past, DAY) if past else None
    future = next((d for y in range(base.year, base.year + 5)
                   if (d := _date(y, month, day)) is not None and d > base), None)
    fits = [d for d in (past, future) if d is not None and d.weekday() == weekday]
    return When(fits[0], DAY) if fits else None


def _around(day: dt.date) -> tuple[int, int, int]:
    return day.year - 1, day.year, day.year + 1


def _nearest(options: list[dt.date], near: dt.date) -> dt.date:
    """The option nearest `near`; of two as near, the earlier, as news reports the past."""
    return min(options, key=lambda d: (abs((d - near).days), d))


def _split_weekday(s: str) -> tuple[int | None, str]:
    """("friday aug 11") -> (4, "aug 11"); the weekday of an explicit date, if written."""
    m = re.match(rf"({_WD})\b\.?,?\s*", s, re.IGNORECASE)
    if m and m.end() < len(s):
        return WEEKDAYS[m.group(1).lower()], s[m.end():]
    return None, s


def _clean(value: str) -> str:
    return " ".join(re.sub(r"[^\w/'-]+", " ", value.lower()).split())


@lru_cache(maxsize=4096)
def _calendar(text: str) -> tuple[int | None, int, int | None] | None:
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


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)
