"""An HTML page (.html, .htm) into its article: main text, title, URL and date.

trafilatura finds the article in the page, leaving out navigation, related
links, comments and footers, and decodes entities; htmldate (which it uses)
reads the publication date from the page's metadata (`article:published_time`,
`<time datetime>`, ...). The text it gives is the text claims index: its
paragraphs, one a line, are parted by blank lines here, as in a .txt file.
trafilatura is an optional dependency (`pip install 'wgaclaims[html]'`),
imported only when a page is read.
"""

from __future__ import annotations

from .. import errors
from ..errors import InputError
from ..model import Article

EXTRA = "html"
DATE_SOURCE = "metadata"
# Only dates the page marks as its own (metadata, <time>, its URL): the wider search
# would take "(c) 2023" in a footer for January 1.
DATE_SEARCH = {"extensive_search": False, "original_date": True}


def page_article(source: str, page: str) -> Article | InputError:
    """The article of one page, or an InputError when it has none or trafilatura is missing."""
    try:
        import trafilatura
    except ImportError:
        return errors.needs_extra(source, "HTML pages", EXTRA)
    found = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                        include_tables=False, deduplicate=False,
                                        date_extraction_params=DATE_SEARCH)
    text = getattr(found, "text", None) if found is not None else None
    if not text or not text.strip():
        return errors.page_without_text(source)
    body = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    # Only the page's own date: its `filedate` is the day it was read, never the article's.
    date = getattr(found, "date", None) or None
    return Article(source=source, text=body, article_date=date,
                   article_date_source=DATE_SOURCE if date else None,
                   title=getattr(found, "title", None) or None,
                   url=getattr(found, "url", None) or None)
