"""Reading: the paths a user gives into articles, and an article into the text spaCy reads.

    sources.py    files, folders and "-" into Articles: decoding, headers, skipped files
    cleaning.py   markup and control characters masked at the same length, so offsets hold
    pieces.py     a text too long for one Doc cut at paragraph breaks
"""
