"""Dates: the calendar date of a temporal expression, resolved against the article's date.

Everything is resolved against the article's date, never against today's: no
function here reads the clock, so the same input always gives the same
output. A relative expression ("Wednesday", "last week") with no article date
stays unresolved rather than guessed.

Weekday names, "last week", "In January" and the like are resolved here by
calendar arithmetic; only an explicit calendar date ("Aug. 11", "March 24,
2023") is read by dateparser (see calendar.read_calendar), because dateparser's
answers for the others depend on settings that are wrong for one case or
another (PREFER_DATES_FROM="past" turns "Friday, Aug. 11" in an article of
2023-08-10 into 2022-08-11, a Thursday; "In January" becomes the 10th unless
PREFER_DAY_OF_MONTH is set). Finding the expression that dates a claim is a
parse question and lives in when.py; this module only turns its text into a
date. The article's own date is found in article_date.py.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .calendar import (
    DAY,
    MO,
    MONTH,
    MONTHS,
    WD,
    WEEK,
    WEEKDAYS,
    When,
    add_months,
    around,
    make_date,
    monday,
    nearest,
    parse_iso,
    read_calendar,
    split_weekday,
)

_TIME = re.compile(
    r"\b(?:at|around|about|by)?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|o'clock)"
    r"(?:\s+(?:[ecmp][sd]?t|gmt|bst|utc))?(?=\W|$)|\b\d{1,2}:\d{2}\b")
_PARTS_OF_DAY = r"morning|afternoon|evening|night|overnight|noon|midday|midnight"
_NOISE = re.compile(rf"\b(?:on|in|at|during|over|the|just|{_PARTS_OF_DAY})\b")
_MOD = r"(?:earlier|early|late|later)"

_DAY_WORD = re.compile(rf"(?:{_MOD}\s+)?(?P<word>today|yesterday|tomorrow)")
_WEEKDAY = re.compile(
    rf"(?P<mod>last|this past|past|this|next|{_MOD})?\s*(?P<wd>{WD})"
    r"(?:\s+of\s+(?P<week>this|last|next)\s+week)?")
_WEEK = re.compile(rf"(?:{_MOD}\s+)?(?P<which>this|last|next)\s+week")
_WEEKEND = re.compile(r"(?P<which>this past|past|this|last)?\s*weekend")
_MONTH_REL = re.compile(rf"(?:{_MOD}\s+)?(?P<which>this|last|next)\s+month")
_MONTH = re.compile(
    rf"(?:(?:early|mid|late|earlier|later|end of|beginning of|start of|middle of)[\s-]*)?"
    rf"(?P<month>{MO})(?:\s+(?:of\s+)?(?P<year>\d{{4}}))?")
_AGO = re.compile(r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                  r"(?P<unit>days?|weeks?|months?)\s+ago")
_CALENDAR = re.compile(
    rf"(?:{MO})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:\d{{4}}|'\d\d))?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MO})(?:\s+(?:\d{{4}}|'\d\d))?"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2}")


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
    if _CALENDAR.fullmatch(split_weekday(s)[1]):
        return _explicit(s, base, near)
    if (m := _MONTH.fullmatch(s)) is not None:
        return _month(MONTHS[m.group("month")], m.group("year"), base, near)
    if base is None:
        return None
    return _relative(s, base)


def _month(month: int, year: str | None, base: dt.date | None,
           near: dt.date | None) -> When | None:
    """A month alone: in the year written, else the latest on or before `base`'s month,
    else the one nearest `near`."""
    if year:
        return When(dt.date(int(year), month, 1), MONTH)
    if base is not None:
        year_of = base.year if month <= base.month else base.year - 1
        return When(dt.date(year_of, month, 1), MONTH)
    if near is not None:
        return When(nearest([dt.date(y, month, 1) for y in around(near)],
                            near.replace(day=1)), MONTH)
    return None


def _relative(s: str, base: dt.date) -> When | None:
    """A day, week or month counted from the article's date: "yesterday", "last Friday",
    "this week", "over the weekend", "last month", "two days ago"."""
    if (m := _DAY_WORD.fullmatch(s)) is not None:
        offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[m.group("word")]
        return When(base + dt.timedelta(days=offset), DAY)
    if (m := _WEEKDAY.fullmatch(s)) is not None:
        return _weekday(WEEKDAYS[m.group("wd")], m.group("mod"), m.group("week"), base)
    if (m := _WEEK.fullmatch(s)) is not None:
        shift = {"this": 0, "last": -1, "next": 1}[m.group("which")]
        return When(monday(base) + dt.timedelta(weeks=shift), WEEK)
    if (m := _WEEKEND.fullmatch(s)) is not None:
        return _weekend(m.group("which"), base)
    if (m := _MONTH_REL.fullmatch(s)) is not None:
        shift = {"this": 0, "last": -1, "next": 1}[m.group("which")]
        return When(add_months(base.replace(day=1), shift), MONTH)
    if (m := _AGO.fullmatch(s)) is not None:
        return _ago(m.group("n"), m.group("unit"), base)
    return None


def _weekday(wd: int, mod: str | None, week: str | None, base: dt.date) -> When | None:
    if week is not None:  # "Monday of this week"
        shift = {"this": 0, "last": -1, "next": 1}[week]
        return When(monday(base) + dt.timedelta(weeks=shift, days=wd), DAY)
    if mod == "next":  # the coming one, or the one a week later? Writers differ.
        return None
    if mod == "this":
        return When(monday(base) + dt.timedelta(days=wd), DAY)
    if mod == "last":  # the day in the week before the article's
        return When(monday(base) + dt.timedelta(weeks=-1, days=wd), DAY)
    back = (base.weekday() - wd) % 7
    if back == 0 and mod in ("this past", "past"):
        back = 7
    return When(base - dt.timedelta(days=back), DAY)


def _weekend(which: str | None, base: dt.date) -> When:
    saturday = base - dt.timedelta(days=(base.weekday() - 5) % 7)  # on or before base
    if which == "this":
        saturday = monday(base) + dt.timedelta(days=5)
    elif which == "last" and base.weekday() >= 5:
        saturday -= dt.timedelta(weeks=1)
    return When(monday(saturday), WEEK)


_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _ago(n: str, unit: str, base: dt.date) -> When:
    count = int(n) if n.isdigit() else _NUMBERS[n]
    if unit.startswith("day"):
        return When(base - dt.timedelta(days=count), DAY)
    if unit.startswith("week"):
        return When(monday(base - dt.timedelta(weeks=count)), WEEK)
    return When(add_months(base.replace(day=1), -count), MONTH)


def _explicit(s: str, base: dt.date | None, near: dt.date | None) -> When | None:
    weekday, rest = split_weekday(s)
    parts = _date_parts(rest)
    if parts is None:
        return None
    year, month, day = parts
    if year is not None:
        found = make_date(year, month, day)
        if found is None or (weekday is not None and found.weekday() != weekday):
            return None
        return When(found, DAY)
    if base is None:
        return _nearest_occurrence(month, day, weekday, near)
    return _latest_occurrence(month, day, weekday, base)


def _date_parts(text: str) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of an explicit date; None for a month with no day."""
    iso = parse_iso(text)
    parsed = (iso.year, iso.month, iso.day) if iso else read_calendar(text)
    if parsed is None or parsed[2] is None:
        return None
    return parsed[0], parsed[1], parsed[2]


def _nearest_occurrence(month: int, day: int, weekday: int | None,
                        near: dt.date | None) -> When | None:
    """The date without a year in an undated article: its occurrence nearest `near` that
    falls on the weekday written with it, if one is."""
    if near is None:
        return None
    options = [d for y in around(near) if (d := make_date(y, month, day)) is not None
               and (weekday is None or d.weekday() == weekday)]
    return When(nearest(options, near), DAY) if options else None


def _latest_occurrence(month: int, day: int, weekday: int | None, base: dt.date) -> When | None:
    """The date without a year: its latest occurrence on or before `base`; with a weekday,
    that one or the next, whichever falls on the weekday."""
    past = next((d for y in range(base.year, base.year - 5, -1)
                 if (d := make_date(y, month, day)) is not None and d <= base), None)
    if weekday is None:
        return When(past, DAY) if past else None
    future = next((d for y in range(base.year, base.year + 5)
                   if (d := make_date(y, month, day)) is not None and d > base), None)
    fits = [d for d in (past, future) if d is not None and d.weekday() == weekday]
    return When(fits[0], DAY) if fits else None
