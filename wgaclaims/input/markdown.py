"""A Markdown article (.md) into plain text: what a reader sees, not the markup.

Link targets, images, emphasis markers, heading marks, list and quote
markers and code fences are not claim text: "[the WGA](https://www.wga.org)
said" is read as "the WGA said". The text claims index is this plain text
(`wgaclaims text` prints it). A YAML front matter block (`---` lines around
`key: value` lines) is the article's header: its `date`, `title`, `url` and
`id` name and date the article, as a .txt file's header lines do.
"""

from __future__ import annotations

import re

from ..model import Article
from .sources import HEADER_KEYS, article_from_text
from .unwrap import unwrap_body

_FRONT_MATTER = re.compile(r"\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)",
                           re.DOTALL)
_FRONT_LINE = re.compile(r"([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*")
_FENCE = re.compile(r"[ \t]{0,3}(```|~~~)")
_RULE = re.compile(r"[ \t]{0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*)")
_REFERENCE = re.compile(r"[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*")
_LINE_MARKS = re.compile(r"[ \t]{0,3}(?:>[ \t]?)*(?:#{1,6}(?=[ \t]|$)[ \t]*|[-*+][ \t]+|"
                         r"\d{1,9}[.)][ \t]+)?")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
# Inline markup, in the order it is undone: images go whole, links keep their words.
_INLINE = (
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), ""),
    (re.compile(r"\[([^\]\n]+)\]\((?:[^()\n]|\([^)\n]*\))*\)"), r"\1"),
    (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    (re.compile(r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*\\])\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w\\])_(?=[^\s_])(.+?)(?<=[^\s_\\])_(?!\w)"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"), r"\1"),
)


def markdown_article(source: str, text: str, unwrap_lines: bool = False) -> Article:
    """The article a Markdown text holds: its plain text (unwrapped with `unwrap_lines`),
    named and dated by its front matter."""
    front: dict[str, str] = {}
    if m := _FRONT_MATTER.match(text):
        front = _front_matter(m.group(1))
        text = text[m.end():]
    body = plain_text(text)
    article = article_from_text(source, unwrap_body(body) if unwrap_lines else body)
    if not front:
        return article
    headers = {**article.headers, **front}
    return Article(source=source, text=article.text, headers=headers,
                   body_start=article.body_start,
                   article_id=headers.get("id") or None,
                   title=headers.get("title") or headers.get("headline") or None,
                   url=headers.get("url") or headers.get("link") or None)


def _front_matter(block: str) -> dict[str, str]:
    """The `key: value` lines of a front matter block that are header keys, quotes taken off."""
    found: dict[str, str] = {}
    for line in block.splitlines():
        if (m := _FRONT_LINE.fullmatch(line)) and m.group(1).lower() in HEADER_KEYS:
            value = m.group(2)
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            if value:
                found[m.group(1).lower()] = value
    return found


def plain_text(text: str) -> str:
    """The words of a Markdown text, line for line, without its markup."""
    lines: list[str] = []
    in_code = False
    for line in text.splitlines():
        if _FENCE.match(line):
            in_code = not in_code
            continue
        if in_code:
            lines.append(line)
            continue
        if _RULE.fullmatch(line) or _REFERENCE.fullmatch(line):
            lines.append("")
            continue
        line = _LINE_MARKS.sub("", line, count=1)
        line = _CLOSING_HASHES.sub("", line)
        for pattern, replacement in _INLINE:
            line = pattern.sub(replacement, line)
        lines.append(line)
    return "\n".join(lines)
