"""The text spaCy reads: the article with what is not prose masked, at the same length.

Every offset spaCy gives must be an offset into the file as decoded, so
nothing is ever cut out or inserted: header lines, control characters and
HTML markup are overwritten in place, mostly by spaces. Where the masked
character carries meaning the rules need, it is kept at the same length: a
line break stays a line break, an HTML block tag becomes a blank line (a
paragraph break), an entity such as `&rdquo;` becomes its character padded
with spaces.
"""

from __future__ import annotations

import html
import re
from itertools import islice

# C0 and C1 controls but tab, line feed, carriage return and NEL; DEL; the byte
# order mark; zero-width space; noncharacters. A scraper leaves these behind and
# the tagger reads them as words.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff\u200b\ufffe\uffff]")
# Line breaks the quote and paragraph rules would not see: an old Mac "\r" alone,
# NEL, and the Unicode line and paragraph separators. Each becomes "\n".
_ODD_BREAK = re.compile(r"\r(?!\n)|[\x85\u2028\u2029]")

_TAG_NAMES = (
    "html|head|body|title|meta|link|script|style|noscript|template|svg|iframe|p|div|span|a|"
    "br|hr|h[1-6]|ul|ol|li|dl|dt|dd|em|strong|b|i|u|s|small|sup|sub|blockquote|q|cite|"
    "figure|figcaption|img|picture|source|table|thead|tbody|tr|td|th|article|section|"
    "header|footer|nav|aside|main|time|abbr|button|form|input|label|pre|code")
# An opening or closing tag of a known HTML element. Known names only, so that a
# plain-text "a <b" or "x<y>" is not taken for markup.
_KNOWN_TAG = re.compile(rf"</?(?:{_TAG_NAMES})(?=[\s/>])[^<>]{{0,2000}}>", re.IGNORECASE)
_DOCTYPE = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
HTML_MIN_TAGS = 3

# Elements whose content is never prose, masked whole.
_HIDDEN = re.compile(
    r"<(script|style|head|noscript|template|svg|iframe)\b[^<>]*>.*?</\1\s*>|<!--.*?-->",
    re.IGNORECASE | re.DOTALL)
_BLOCK = re.compile(
    r"</?(?:p|div|hr|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|figure|figcaption|table|tr|"
    r"article|section|header|footer|aside|main|pre)(?=[\s/>])[^<>]{0,2000}>", re.IGNORECASE)
_LINE_BREAK = re.compile(r"<br(?=[\s/>])[^<>]{0,200}>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[/!?]?[A-Za-z][^<>]{0,2000}>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_NOT_PROSE = re.compile(r"[^\n]")


def looks_like_html(text: str) -> bool:
    """True for an HTML page or fragment: a doctype or <html> tag, or a few known tags."""
    if _DOCTYPE.search(text, 0, 4096):
        return True
    return len(list(islice(_KNOWN_TAG.finditer(text), HTML_MIN_TAGS))) >= HTML_MIN_TAGS


def _blank(match: re.Match[str]) -> str:
    """Spaces for every character but line breaks, which keep the lines where they were."""
    return _NOT_PROSE.sub(" ", match.group())


def _paragraph_break(match: re.Match[str]) -> str:
    """A block tag becomes a blank line: `<p>` is three characters, "\\n\\n " is too."""
    tag = match.group()
    return ("\n\n" + " " * len(tag))[: len(tag)]


def _line_break(match: re.Match[str]) -> str:
    """`<br>` becomes a line break; two in a row make the blank line of a paragraph break."""
    return "\n" + " " * (len(match.group()) - 1)


def _entity(match: re.Match[str]) -> str:
    """The entity's character, padded with spaces to the entity's length.

    The character sits next to the word it touches: `&ldquo;We` gives
    "      “We", and `said.&rdquo; She` gives "said.”       She", so the
    quote rules see an opening and a closing mark where the page had them.
    """
    entity = match.group()
    char = html.unescape(entity)
    if len(char) > len(entity) or _CONTROL.search(char) or _ODD_BREAK.search(char):
        return " " * len(entity)
    if char == "\xa0":
        char = " "
    pad = " " * (len(entity) - len(char))
    string, end = match.string, match.end()
    if end < len(string) and string[end].isalnum():
        return pad + char
    return char + pad


def mask_html(text: str) -> str:
    """The page's prose at the same offsets: hidden elements, tags and entities masked."""
    text = _HIDDEN.sub(_blank, text)
    text = _BLOCK.sub(_paragraph_break, text)
    text = _LINE_BREAK.sub(_line_break, text)
    text = _ANY_TAG.sub(_blank, text)
    return _ENTITY.sub(_entity, text)


def mask(text: str, body_start: int = 0, html_markup: bool | None = None) -> str:
    """The text spaCy reads: same length as `text`, with only prose left to read.

    `body_start` ends a header block, which is blanked. `html_markup` says
    whether to mask HTML; by default it is decided by looks_like_html.
    """
    if body_start:
        text = _NOT_PROSE.sub(" ", text[:body_start]) + text[body_start:]
    if html_markup is None:
        html_markup = looks_like_html(text)
    if html_markup:
        text = mask_html(text)
    text = _ODD_BREAK.sub("\n", text)
    return _CONTROL.sub(" ", text)
