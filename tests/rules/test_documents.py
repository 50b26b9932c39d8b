"""Reproduced documents and transcripts (rules/documents.py), without the trained model.

The claims component runs on each text's recorded parse (tests/parses/, written
by tests/record_parses.py).
"""


def test_reproduced_letter_is_a_block_of_statements(claims_of):
    text = ("The Writers Guild sent a letter to members on Monday.\n\n"
            "Read the letter below.\n\n"
            "Dear Members,\n\n"
            "We have reached a tentative agreement. The board will vote on Tuesday.\n\n"
            "What happens next?\n\n"
            "In solidarity,\n\nThe Negotiating Committee")
    claims = claims_of(text)
    assert [(c.type, c.party, c.content) for c in claims] == [
        ("statement", "WGA", "We have reached a tentative agreement."),
        ("statement", "WGA", "The board will vote on Tuesday.")]


def test_a_lead_in_announces_only_a_document_its_main_verb_governs(claims_of):
    text = ("The Writers Guild sent an email to members on Monday.\n\n"
            "Sign up by entering your email and clicking the button:\n\n"
            "The studios walked away from the table. Talks resumed on Friday.")
    assert claims_of(text) == []


def test_a_quoted_paragraph_after_a_colon_is_a_quote_not_a_document(claims_of):
    text = ("Look at how the AMPTP answered this statement by the guild:\n\n"
            "“We will not return to work without a fair contract.”\n\n"
            "The studios said the guild had walked away.\n\n"
            "Talks are set to resume on Monday.")
    assert "statement" not in [c.type for c in claims_of(text)]


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


def test_a_letter_after_a_lead_in_with_a_colon_keeps_its_sender_unresolved_without_a_name(
        claims_of):
    text = ("The guild wrote to its members on Friday:\n\n"
            "Dear Members,\n\n"
            "We are close to a deal. Ratification will follow.\n\n"
            "In solidarity,\n\nThe Negotiating Committee")
    assert [(c.type, c.party, c.content) for c in claims_of(text)] == [
        ("statement", None, "We are close to a deal."),
        ("statement", None, "Ratification will follow.")]


def test_a_letter_that_opens_the_text_is_statements_of_nobody_named(claims_of):
    text = "Dear Colleagues,\n\nOur talks with the studios have ended. We will meet again soon."
    assert [(c.type, c.speaker, c.content) for c in claims_of(text)] == [
        ("statement", None, "Our talks with the studios have ended."),
        ("statement", None, "We will meet again soon.")]
