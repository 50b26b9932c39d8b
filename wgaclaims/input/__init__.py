"""Reading: the paths a user gives into articles, and an article into the text spaCy reads.

    sources.py    files, folders and "-" into paths and texts: decoding, headers, skipped files
    reading.py    each input read by its kind (suffix); how (Reading); counting for progress
    archives.py   JSON lines, JSON arrays, CSV and TSV, streamed a row at a time
    rows.py       one archive row into an Article by its fields (text, id, date, title, url)
    pages.py      an HTML page's article, title, URL and date (trafilatura, an optional extra)
    markdown.py   Markdown as plain text; its front matter as headers
    unwrap.py     text pasted from a PDF, its wrapped lines and split words joined (--unwrap)
    cleaning.py   markup and control characters masked at the same length, so offsets hold
    pieces.py     a text too long for one Doc cut at paragraph breaks
"""
