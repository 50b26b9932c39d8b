"""Summary figures from plain claims: no spaCy, no model."""

import dataclasses
import io
import json

import pytest

from wgaclaims.model import Claim
from wgaclaims.output.summary import period_of, rows, summarize, write


def claim(party, type_="direct", speaker=None, said_on=None, precision=None, source="a.txt"):
    return Claim(source=source, article_date=None, article_date_source=None, sentence=0,
                 type=type_, party=party, speaker=speaker, speaker_start=None, speaker_end=None,
                 speaker_name=None, cue="said", cue_start=None, cue_end=None, content="x",
                 start=0, end=1, said_on=said_on, said_on_precision=precision)


CLAIMS = [
    claim("WGA", "direct", "the guild", "2023-08-10", "day"),      # a Thursday
    claim("WGA", "indirect", "the guild", "2023-08-11", "day"),
    claim("AMPTP", "mixed", "Carol Lombardini", "2023-08-07", "week", source="b.txt"),
    claim(None, "direct", "a writer", "2023-08", "month", source="b.txt"),
    claim("AMPTP", "direct", "Carol Lombardini", "2023-08-14", "day", source="b.txt"),
]


@pytest.mark.parametrize("said_on, precision, by, period", [
    ("2023-08-10", "day", "day", "2023-08-10"),
    ("2023-08-10", "day", "week", "2023-08-07"),
    ("2023-08-07", "week", "day", None),    # "last week" has no day
    ("2023-08-07", "week", "week", "2023-08-07"),
    ("2023-08", "month", "week", None),
    (None, None, "day", None),
])
def test_period_of(said_on, precision, by, period):
    assert period_of(claim("WGA", said_on=said_on, precision=precision), by) == period


def test_figures_per_party_type_speaker_and_week():
    figures = summarize(CLAIMS, by="week", top=2)
    assert (figures["articles"], figures["claims"]) == (2, 5)
    assert figures["by_party"] == [
        {"party": "AMPTP", "claims": 2, "types": {"direct": 1, "mixed": 1}},
        {"party": "WGA", "claims": 2, "types": {"direct": 1, "indirect": 1}},
        {"party": "none", "claims": 1, "types": {"direct": 1}},
    ]
    assert figures["speakers"] == [
        {"speaker": "Carol Lombardini", "party": "AMPTP", "claims": 2},
        {"speaker": "the guild", "party": "WGA", "claims": 2},
    ]
    assert figures["timeline"] == {"by": "week", "undated": 1, "periods": [
        {"period": "2023-08-07", "parties": {"AMPTP": 1, "WGA": 2}},
        {"period": "2023-08-14", "parties": {"AMPTP": 1}},
    ]}


def test_every_format_gives_the_same_figures():
    figures = summarize(CLAIMS, by="day")
    out = {}
    for fmt in ("json", "jsonl", "csv", "table"):
        stream = io.StringIO()
        write(figures, fmt, stream)
        out[fmt] = stream.getvalue()
    assert json.loads(out["json"]) == figures
    lines = [json.loads(line) for line in out["jsonl"].splitlines()]
    assert lines == rows(figures)
    assert sum(r["claims"] for r in lines if r["figure"] == "party_type") == 5
    assert sum(r["claims"] for r in lines if r["figure"] == "timeline") == 5
    assert len(out["csv"].splitlines()) == len(lines) + 1
    assert "Carol Lombardini" in out["table"] and "2023-08-14" in out["table"]


def test_no_claims_is_not_an_error():
    figures = summarize([])
    assert figures["claims"] == 0 and figures["by_party"] == []
    write(figures, "table", io.StringIO())


def test_an_organisation_counts_under_one_name_among_the_speakers():
    def named(name, speaker):
        return dataclasses.replace(claim("WGA", speaker=speaker), speaker_name=name)
    claims = [named("WGA", "the guild"), named("Writers Guild of America", "The WGA"),
              named(None, "it"), named("Meredith Stiehm", "Stiehm")]
    orgs = {"WGA": ("Writers Guild of America", frozenset({"wga", "writers guild of america"}))}
    speakers = summarize(claims, organisations=orgs)["speakers"]
    assert [(s["speaker"], s["claims"]) for s in speakers] == [
        ("Writers Guild of America", 3), ("Meredith Stiehm", 1)]
    assert [s["speaker"] for s in summarize(claims)["speakers"]][:2] == [
        "Meredith Stiehm", "WGA"]  # without a registry: as written
