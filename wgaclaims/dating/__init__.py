"""Dating: when the article was written, and when each claim was made.

    article_date.py  the article's date: option, header, "Published" line or dateline
    when.py          the temporal expression attached to a cue in the parse
    dates.py         an expression resolved against the article's date
    calendar.py      periods, weekday and month names, and the one import of dateparser
"""
