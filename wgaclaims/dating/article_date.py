"""The article's own date: from an option, a header, a "Published" line or a dateline.

An undated article's year is inferred only from a date it writes with its
weekday, and only among the years its party registry declares (see
date_from_weekday); never from the clock.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable

from ..model import Article
from .calendar import (
    MO,
    MONTHS,
    WD,
    WEEKDAYS,
    clean,
    make_date,
    parse_iso,
    read_calendar,
    split_weekday,
)

_FULL_DATE = (
    rf"(?:(?:{WD})\.?,?\s+)?"
    rf"(?:(?:{MO})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MO})\.?,?\s+\d{{4}}"
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
    weekday, rest = split_weekday(clean(m.group(0)))
    parsed = read_calendar(rest)
    if parsed is None or parsed[0] is None or parsed[2] is None:
        return None
    day = make_date(parsed[0], parsed[1], parsed[2])
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
        fits = [d for y in window if (d := make_date(y, month, day)) is not None
                and d.weekday() == weekday]
        if len(fits) != 1:
            return None
        fixed.append(fits[0])
    if not fixed or len({d.year for d in fixed}) != 1:
        return None
    return fixed[0]
