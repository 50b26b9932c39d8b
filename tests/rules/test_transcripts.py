"""Transcripts (rules/transcripts.py): each speaker's turn a statement, without the trained model.

The claims component runs on each text's recorded parse (tests/parses/, written
by tests/record_parses.py).
"""


def test_transcript_turns_are_statements_of_their_speakers(claims_of):
    text = ("The two spoke on Sunday.\n\n"
            "WALLACE: Do the talks resume? I want an answer.\n\n"
            "DRESCHER: We are ready. The studios are not.\n\n"
            "WALLACE: Thank you.\n\n"
            "UPDATE: The interview ended.")
    claims = claims_of(text)
    assert [(c.type, c.speaker, c.content) for c in claims] == [
        ("statement", "WALLACE", "I want an answer."),
        ("statement", "DRESCHER", "We are ready."),
        ("statement", "DRESCHER", "The studios are not."),
        ("statement", "WALLACE", "Thank you.")]
    assert {c.party for c in claims if c.speaker == "DRESCHER"} == {None}  # a label, not a name


def test_a_lone_label_is_no_transcript(claims_of):
    assert claims_of("PREVIOUS COVERAGE: Producers asking writers to meet again.") == []
