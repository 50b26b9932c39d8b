"""Dates: expressions resolved against the article's date, and the article's own date."""

import datetime as dt
import re

import pytest

from wgaclaims.dating.article_date import (
    article_date_from_text,
    date_from_weekday,
    full_date,
    with_article_date,
)
from wgaclaims.dating.calendar import DAY, MONTH, WEEK, period, said_in_range
from wgaclaims.dating.dates import normalize, resolve, said_on
from wgaclaims.model import Article

from .conftest import ROOT

THU = dt.date(2023, 8, 10)  # the date of samples/002, a Thursday
FRI = dt.date(2023, 8, 11)


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


@pytest.mark.parametrize("text, base, day, precision", [
    # a bare weekday: the most recent such day on or before the article's date
    ("Wednesday", THU, "2023-08-09", DAY),
    ("on Thursday", THU, "2023-08-10", DAY),
    ("Friday night", THU, "2023-08-04", DAY),
    ("Wednesday afternoon", THU, "2023-08-09", DAY),
    ("earlier Friday", FRI, "2023-08-11", DAY),
    ("late Thursday night", FRI, "2023-08-10", DAY),
    ("this past Friday", FRI, "2023-08-04", DAY),
    # "last Friday": the Friday of the previous week
    ("last Friday", THU, "2023-08-04", DAY),
    ("Last Thursday", THU, "2023-08-03", DAY),
    ("Last Thursday", FRI, "2023-08-03", DAY),  # not yesterday: that would be "Thursday"
    ("Last Thursday night at 9 p.m.", dt.date(2017, 3, 29), "2017-03-23", DAY),
    ("last Friday's", THU, "2023-08-04", DAY),
    ("on Monday of this week", THU, "2023-08-07", DAY),
    ("Monday of last week", THU, "2023-07-31", DAY),
    ("this Friday", THU, "2023-08-11", DAY),  # resolves, but is in the future (see below)
    # days counted from the article's date
    ("today", THU, "2023-08-10", DAY),
    ("this morning", THU, "2023-08-10", DAY),
    ("yesterday", THU, "2023-08-09", DAY),
    ("last night", THU, "2023-08-09", DAY),
    ("two days ago", THU, "2023-08-08", DAY),
    # weeks start on Monday
    ("last week", THU, "2023-07-31", WEEK),
    ("late last week", THU, "2023-07-31", WEEK),
    ("earlier this week", THU, "2023-08-07", WEEK),
    ("over the weekend", dt.date(2023, 8, 14), "2023-08-07", WEEK),
    ("3 weeks ago", THU, "2023-07-17", WEEK),
    # a month alone is month precision, never an arbitrary day of it
    ("In January", THU, "2023-01-01", MONTH),
    ("in December", THU, "2022-12-01", MONTH),  # the most recent December
    ("in August", THU, "2023-08-01", MONTH),
    ("mid-April", THU, "2023-04-01", MONTH),
    ("early June", THU, "2023-06-01", MONTH),
    ("last month", THU, "2023-07-01", MONTH),
    ("just this month", THU, "2023-08-01", MONTH),
    ("January 2023", None, "2023-01-01", MONTH),
    ("in January of 2022", THU, "2022-01-01", MONTH),
    # explicit dates: the year written, else the most recent occurrence
    ("Aug. 2", THU, "2023-08-02", DAY),
    ("Dec. 20", THU, "2022-12-20", DAY),
    ("8/2", THU, "2023-08-02", DAY),
    ("March 24, 2023", None, "2023-03-24", DAY),
    ("Friday, March 24, 2017", None, "2017-03-24", DAY),
    ("2023-08-02", None, "2023-08-02", DAY),
    # ... unless a weekday written with the date picks the other occurrence
    ("Friday, Aug. 11", THU, "2023-08-11", DAY),
    ("Friday March, 24th", dt.date(2023, 3, 29), "2023-03-24", DAY),
    ("Friday, Dec. 29", dt.date(2024, 1, 3), "2023-12-29", DAY),
    ("Monday, Jan. 8", dt.date(2023, 12, 28), "2024-01-08", DAY),
])
def test_resolve(text, base, day, precision):
    when = resolve(text, base)
    assert when is not None, text
    assert (when.start.isoformat(), when.precision) == (day, precision)


@pytest.mark.parametrize("text, base, why", [
    ("Tuesday, Aug. 11", THU, "impossible weekday: Aug. 11 is a Thursday in 2022, a Friday "
                              "in 2023"),
    ("Thursday, March 24, 2023", None, "impossible weekday with the year written"),
    ("Feb. 30", THU, "impossible date"),
    ("next Friday", THU, "ambiguous: the coming Friday, or the one after"),
    ("late week", THU, "ambiguous: this week or last"),
    ("Wednesday", None, "relative, and no article date"),
    ("last week", None, "relative, and no article date"),
    ("In January", None, "which January? no article date"),
    ("Friday March, 24th", None, "a Friday in 2017, 2023 and 2028: no year without a date"),
    ("the last five years", THU, "a duration"),
    ("100 days", THU, "a duration"),
    ("2007-08", THU, "a span of years"),
    ("last year", THU, "a year is coarser than the precisions offered"),
    ("the 24th", THU, "a day with no month"),
    ("", THU, "nothing"),
])
def test_unresolved(text, base, why):
    assert resolve(text, base) is None, why


@pytest.mark.parametrize("text, base", [
    ("Friday, Aug. 11", THU),  # resolves to the 11th: a plan, not when anything was said
    ("tomorrow", THU),
    ("this Friday", THU),
    ("next week", THU),
    ("next month", THU),
])
def test_a_claim_is_never_dated_after_its_article(text, base):
    assert resolve(text, base) is not None and resolve(text, base).start > base
    assert said_on(text, base) is None


def test_said_on_agrees_with_resolve_for_the_past():
    assert said_on("on Thursday", THU) == resolve("on Thursday", THU)


@pytest.mark.parametrize("a, b", [
    ("on Thursday night at 9 p.m.", "Thursday"),
    ("In January", "january"),
    ("Last Friday’s", "last friday"),
    ("mid-April", "mid april"),
])
def test_normalize_makes_one_cache_key_of_variants(a, b):
    assert normalize(a) == normalize(b)


@pytest.mark.parametrize("said, precision, since, until, expected", [
    ("2023-08-09", DAY, "2023-08-09", None, True),
    ("2023-08-09", DAY, "2023-08-10", None, False),
    ("2023-08-09", DAY, None, "2023-08-08", False),
    ("2023-07-31", WEEK, "2023-08-06", None, True),   # the week's Sunday is in range
    ("2023-07-31", WEEK, "2023-08-07", None, False),
    ("2023-01-01", MONTH, "2023-01-31", "2023-02-10", True),
    (None, None, "2023-01-01", None, False),          # undated claims drop out of a range
    (None, None, None, None, True),                   # no range keeps everything
])
def test_said_in_range_counts_overlapping_periods(said, precision, since, until, expected):
    since = d(since) if since else None
    until = d(until) if until else None
    assert said_in_range(said, precision, since, until) is expected


def test_period_of_each_precision():
    assert period("2023-08-10", DAY) == (d("2023-08-10"), d("2023-08-10"))
    assert period("2023-08-07", WEEK) == (d("2023-08-07"), d("2023-08-13"))
    assert period("2024-02-01", MONTH) == (d("2024-02-01"), d("2024-02-29"))


# --- The article's date ---

@pytest.mark.parametrize("text, expected", [
    ("Published Aug. 10, 2023 at 3:15 p.m.\nThe union said ...", ("2023-08-10", "published")),
    ("Posted on: 10 August 2023\n\nThe union said ...", ("2023-08-10", "published")),
    ("LOS ANGELES, Aug. 10, 2023 — The WGA said ...", ("2023-08-10", "dateline")),
    ("WASHINGTON (Reuters) Aug 10, 2023 - The WGA ...", ("2023-08-10", "dateline")),
    ("Talks resume\nBy Jane Doe | August 10, 2023\n\nText", ("2023-08-10", "dateline")),
    ("Thursday, August 10, 2023\nText", ("2023-08-10", "dateline")),
    ("Friday, August 10, 2023\nText", None),  # the weekday contradicts the date
    ("LOS ANGELES — The Writers Guild of America will resume talks today", None),
    ("LOS ANGELES, Aug. 10 (Reuters) - no year, so no date", None),
    ("On Aug. 10, 2023, the union said talks would resume.", None),  # a sentence, not a line
    ("The union said ...\n" * 8 + "Published Aug. 10, 2023", None),  # not near the top
])
def test_article_date_from_text(text, expected):
    found = article_date_from_text(text)
    assert (found and (found[0].isoformat(), found[1])) == (expected or None)


def test_article_date_in_order_option_header_dateline():
    text = "date: 2023-08-09\n\nPublished Aug. 8, 2023\nThe union said ..."
    article = Article("a.txt", text, {"date": "2023-08-09"}, 18)
    assert with_article_date(article, "2023-08-10").article_date == "2023-08-10"
    assert with_article_date(article, "2023-08-10").article_date_source == "option"
    assert (with_article_date(article).article_date, with_article_date(article)
            .article_date_source) == ("2023-08-09", "header")
    bare = Article("b.txt", text[18:])
    assert (with_article_date(bare).article_date, with_article_date(bare)
            .article_date_source) == ("2023-08-08", "published")
    undated = Article("c.txt", "The union said ...")
    assert with_article_date(undated) == undated
    assert with_article_date(with_article_date(article)) == with_article_date(article)


# --- An undated article's year, from a date written with its weekday ---

QUOTE_000 = ("“Last Thursday night at 9 p.m. the AMPTP advised the WGA via voice mail that "
             "‘we don’t see any need to meet tomorrow,’ meaning Friday March, 24th, the last "
             "day scheduled for negotiations,” the WGA said in a statement.")


@pytest.mark.parametrize("text, years, expected, why", [
    (QUOTE_000, [2023], "2023-03-24", "a Friday in 2023"),
    (QUOTE_000, [2016, 2017, 2018], "2017-03-24", "a Friday in 2017 only"),
    (QUOTE_000, [2022, 2023, 2024], "2023-03-24", "a Friday in 2023 only"),
    ("Talks resume Fri., Aug. 11.", [2023], "2023-08-11", "abbreviated"),
    ("Talks resume Friday 11 August.", [2023], "2023-08-11", "day before month"),
    ("Talks resume on Friday, the 11th of August.", [2023], "2023-08-11", "ordinal"),
    ("Talks broke off Friday, March 24. They resume Monday, March 27.", [2022, 2023],
     "2023-03-24", "two dates, both fixed in the same year: the first"),
    # failures: decline rather than guess
    (QUOTE_000, [], None, "no window: a Friday in 2006, 2017, 2023 and 2028"),
    (QUOTE_000, [2017, 2023], None, "two years in the window match the weekday"),
    (QUOTE_000, range(2010, 2025), None, "a wide window: 2017 and 2023 match"),
    (QUOTE_000, [2022], None, "the weekday fits no year in the window"),
    ("Talks broke off Monday, March 24.", [2022, 2023], None,
     "March 24 is a Thursday in 2022 and a Friday in 2023: fits neither"),
    ("Talks broke off Friday, March 24; Thursday, March 24 was quiet.", [2022, 2023], None,
     "one date fixes 2023, the other 2022: the text contradicts itself"),
    ("Talks broke off Friday, March 24, and a vote is set for Monday, March 24.",
     [2022, 2023], None, "one date fixes 2023, the other fits no year"),
    ("Talks broke off Friday, Feb. 30.", [2023], None, "no such date"),
    ("Talks broke off on March 24.", [2023], None, "no weekday to check"),
    ("Talks broke off Friday, March 24, 2017.", [2023], None,
     "a year is written: nothing to infer"),
    ("The strike of 2007-08 lasted 100 days; talks resume Friday, Aug. 11.", [], None,
     "years the article writes are history, not a window"),
    ("The strike of 2007-08 lasted 100 days; talks resume Friday, Aug. 11.", [2023],
     "2023-08-11", "the registry's window decides"),
])
def test_date_from_weekday(text, years, expected, why):
    got = date_from_weekday(text, years)
    assert (got.isoformat() if got else None) == expected, why


NEAR = dt.date(2023, 3, 24)  # "Friday March, 24th", fixed by a window of [2023]


@pytest.mark.parametrize("text, near, day, precision", [
    ("March 20", NEAR, "2023-03-20", DAY),
    ("on Friday, March 24", NEAR, "2023-03-24", DAY),
    ("Dec. 30", dt.date(2023, 1, 6), "2022-12-30", DAY),  # the nearest, not near's year
    ("Jan. 2", dt.date(2023, 12, 29), "2024-01-02", DAY),
    ("In January", NEAR, "2023-01-01", MONTH),
    ("in September", NEAR, "2022-09-01", MONTH),  # 6.7 months back, not 5.3 ahead: nearer
    ("March 24, 2017", NEAR, "2017-03-24", DAY),   # a written year wins
])
def test_resolve_near_a_stated_date(text, near, day, precision):
    when = resolve(text, None, near)
    assert when is not None, text
    assert (when.start.isoformat(), when.precision) == (day, precision)


@pytest.mark.parametrize("text, why", [
    ("Wednesday", "relative: needs the article's day, which is not known"),
    ("last week", "relative"),
    ("yesterday", "relative"),
    ("Tuesday, March 24", "a weekday that fits no year near the stated date"),
])
def test_relative_expressions_stay_unresolved_near_a_stated_date(text, why):
    assert resolve(text, None, NEAR) is None, why
    assert said_on(text, None, NEAR) is None, why


def test_the_article_date_wins_over_a_stated_date():
    assert resolve("Dec. 20", THU, dt.date(2020, 1, 1)) == resolve("Dec. 20", THU)


def test_an_undated_article_gets_a_stated_date_only_from_the_registry_years():
    undated = Article("000.txt", "The guild said ...\n\n" + QUOTE_000)
    assert with_article_date(undated) == undated  # no years, no inference
    assert with_article_date(undated, years=[2017, 2023]) == undated  # two fit
    inferred = with_article_date(undated, years=[2017])
    assert (inferred.article_date, inferred.article_date_source, inferred.stated_date) == (
        None, "weekday", "2017-03-24")  # the year is known, the article's day is not
    assert with_article_date(inferred, years=[2017]) == inferred
    option = with_article_date(inferred, "2017-03-29")
    assert (option.article_date, option.article_date_source, option.stated_date) == (
        "2017-03-29", "option", None)
    dated = Article("d.txt", "LOS ANGELES, March 29, 2023 — " + QUOTE_000)
    assert (with_article_date(dated, years=[2017]).article_date_source,
            with_article_date(dated, years=[2017]).stated_date) == ("dateline", None)


@pytest.mark.parametrize("value, expected", [
    ("Thursday, Aug. 10, 2023", "2023-08-10"),
    ("Thu 10 Aug 2023 18.06 BST", "2023-08-10"),
    ("2023-08-10T09:00:00Z", "2023-08-10"),
    ("Friday, Aug. 10, 2023", None),
    ("Aug. 10", None),  # no year: an article date is never guessed
])
def test_full_date(value, expected):
    got = full_date(value)
    assert (got.isoformat() if got else None) == expected


def test_no_clock_is_read():
    """Same input, same output: nothing here may ask for today's date."""
    for module in sorted((ROOT / "wgaclaims" / "dating").glob("*.py")):
        source = module.read_text(encoding="utf-8")
        assert not re.search(r"\b(today|now|utcnow)\(\)|time\.time\(", source), module.name
