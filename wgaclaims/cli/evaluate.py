"""`wgaclaims eval`: extract claims and score them against hand-annotated gold."""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .. import errors
from .options import input_options, pipeline_options

if TYPE_CHECKING:
    from .. import Reading

from .runs import finish, load, start, watch


@click.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("paths", nargs=-1)
@click.option("--show", is_flag=True, help="List misses, wrong parties and extras.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--save", type=click.Path(dir_okay=False), help="Also write the claims as JSONL.")
@pipeline_options
@input_options
def evaluate(gold: str, paths: tuple[str, ...], show: bool, as_json: bool, save: str | None,
             jobs: int, model: str | None, parties: str, reading: Reading, strict: bool,
             quiet: bool) -> None:
    """Extract claims from PATHS and score them against GOLD.

    GOLD holds claim rows ({"doc", "type", "party", "start", "end"}) or whole
    annotated documents ({"doc_id", "text", "quotes"}, as in PolNeAR). With no
    PATHS, the documents' own texts are extracted.

    \b
    Examples:
      wgaclaims eval tests/data/seeds.jsonl samples/
      wgaclaims eval ../shared/eval/polnear-dev.jsonl --parties none
    """
    from .. import evaluate as ev

    run = start(strict, quiet)
    rows = ev.read_rows(gold)
    how = load(model, parties, jobs)
    if paths:
        results = how.claims_of(paths, run, reading=reading,
                                progress=watch(quiet))
    else:
        texts = ev.corpus_texts(rows)
        if not texts:
            raise click.UsageError(errors.gold_without_texts(gold))
        results = how.claims_of_texts(texts, run, progress=watch(quiet))
    with closing(results):
        records: list[dict[str, Any]] = [c.to_dict() for _, claims in results for c in claims]
    if save:
        Path(save).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                              encoding="utf-8")
    result = ev.score(ev.gold_claims(rows), records)
    if show:
        for line in ev.show_lines(result):
            click.echo(line)
    figures = result.figures()
    if as_json:
        click.echo(json.dumps(figures))
    else:
        for key, value in figures.items():
            click.echo(f"{key:>22}: {value}")
    finish(run, len(records), quiet)
