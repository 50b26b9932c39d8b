"""Scoring against gold, and the lines --show prints for what went wrong."""

import pytest

from wgaclaims import evaluate

TEXT = '"We will strike," the guild said. The studios said talks were over.'


def record(content: str, party: str | None, **kw) -> dict:
    start = TEXT.index(content)
    return {"source": "a.txt", "type": "direct", "party": party, "content": content,
            "start": start, "end": start + len(content), **kw}


def test_a_wrong_party_is_shown_with_how_the_prediction_found_it():
    gold = [record("We will strike,", "WGA"), record("talks were over", "AMPTP")]
    pred = [record("We will strike,", "AMPTP", party_via="description",
                   party_evidence="the\nstudios"),
            record("talks were over", "AMPTP", party_via="alias", party_evidence="studios")]
    result = evaluate.score(gold, pred)
    assert [g["party"] for g, _ in result.wrong_party] == ["WGA"]
    assert evaluate.show_lines(result) == [
        "PARTY  a.txt party AMPTP, gold WGA (via description: \"the studios\") "
        "'We will strike,'"]


@pytest.mark.parametrize(("fields", "shown"), [
    ({"party_via": "role", "party_evidence": "striking writers"},
     ' (via role: "striking writers")'),
    ({"party_via": "document", "party_evidence": None}, " (via document)"),
    ({"party_via": None, "party_evidence": None}, ""),
    ({}, ""),  # a record saved before parties said how they were found
])
def test_via(fields, shown):
    assert evaluate.via({"party": "WGA", **fields}) == shown


def test_a_claim_found_with_no_party_says_so():
    result = evaluate.score([record("We will strike,", "WGA")],
                            [record("We will strike,", None, party_via=None)])
    assert evaluate.show_lines(result) == [
        "PARTY  a.txt party None, gold WGA 'We will strike,'"]
