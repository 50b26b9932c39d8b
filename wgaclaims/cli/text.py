"""`wgaclaims text`: the text of an input exactly as claims index it."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import click

from .. import InputError, errors
from .options import reading_options

if TYPE_CHECKING:
    from .. import Reading


@click.command(name="text")
@click.argument("source", metavar="INPUT")
@click.option("--id", "wanted", metavar="ID",
              help="In an archive, the article with this id (its id field, else FILE:LINE).")
@reading_options
def text(source: str, wanted: str | None, reading: Reading) -> None:
    """Print the text of INPUT that claims' offsets index: text[start:end] == content.

    For a plain .txt file (or - for stdin) that is the file as decoded; for
    an archive row, its text field; for an HTML page, the article's text
    found in it; for Markdown, its words without markup; with --unwrap, the
    unwrapped text. An archive prints one JSON line per article
    ({"article_id", "text"}), as it reads them, unless --id picks one.

    \b
    Examples:
      wgaclaims text page.html
      wgaclaims text articles.jsonl --id pay-42
      wgaclaims text articles.jsonl | jq -r 'select(.article_id == "pay-42").text'
    """
    from .. import is_archive, iter_articles

    skipped = 0
    for item in iter_articles([source], reading,
                              lambda message: click.echo(errors.warning(message), err=True)):
        if isinstance(item, InputError):
            click.echo(errors.skipped(item), err=True)
            skipped += 1
        elif wanted is not None:
            if (item.article_id or item.source) == wanted:
                _emit(item.text)
                sys.exit(1 if skipped else 0)
        elif is_archive(source):
            click.echo(json.dumps({"article_id": item.article_id or item.source,
                                   "text": item.text}, ensure_ascii=False))
        else:
            _emit(item.text)
    if wanted is not None:
        raise click.ClickException(errors.no_such_article(source, wanted))
    sys.exit(1 if skipped else 0)


def _emit(text: str) -> None:
    """The text as UTF-8, byte for byte: no newline added or translated."""
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()
