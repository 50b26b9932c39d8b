"""Reproduced documents (rules/documents.py): where one opens, where it ends, what follows.

Each row: a short text written for these tests and the claims a reader would
list for it, as (type, party, content). A document's sentences are statements
of its author; the paragraphs after its end are read by the other rules. The
claims component runs on each text's recorded parse (tests/parses/, written by
tests/record_parses.py), so no model is loaded.
"""

import pytest

from wgaclaims.rules.words import words

LETTER = "The Writers Guild sent a letter to members on Monday.\n\n"
AFTER = "Picket lines stayed up outside the studio gates on Tuesday."  # narration: no claim

CASES = [
    pytest.param(
        LETTER + "Read the letter below.\n\nDear Members,\n\n"
        "We have reached a tentative agreement with the studios.\n\n"
        "In solidarity, The Negotiating Committee\n\n" + AFTER,
        [("statement", "WGA", "We have reached a tentative agreement with the studios.")],
        id="ends-at-its-sign-off"),
    pytest.param(
        "The AMPTP released a statement on Friday evening.\n\nHere is the full statement:\n\n"
        "We remain ready to meet the guild at any time. Our offer is a generous one.\n\n"
        "The statement came two days after talks broke off.\n\n" + AFTER,
        [("statement", "AMPTP", "We remain ready to meet the guild at any time."),
         ("statement", "AMPTP", "Our offer is a generous one.")],
        id="ends-at-narration-about-it"),
    pytest.param(
        LETTER + "Read the letter to members below.\n\n"
        "Our negotiators will meet the studios again on Monday. We expect a serious offer.\n\n"
        "“We have already made our best offer,” Carol Lombardini said.\n\n"
        "Fran Drescher told reporters that the actors would stand with the writers.",
        [("statement", "WGA", "Our negotiators will meet the studios again on Monday."),
         ("statement", "WGA", "We expect a serious offer."),
         ("direct", "AMPTP", "We have already made our best offer,"),
         ("indirect", "SAG-AFTRA", "the actors would stand with the writers")],
        id="ends-at-a-quote-credited-to-another-speaker"),
    pytest.param(
        LETTER + "Read the letter below.\n\nWe will keep the picket lines up all week.\n\n"
        "Fran Drescher told reporters that the actors would stand with the writers.",
        [("statement", "WGA", "We will keep the picket lines up all week."),
         ("indirect", "SAG-AFTRA", "the actors would stand with the writers")],
        id="ends-at-a-paragraph-with-its-own-speaker"),
    pytest.param(
        LETTER + "Read the letter below.\n\n"
        "Last week the studios told us they would not move on residuals.\n\n"
        "The board will tell members that the deal is fair.",
        [("statement", "WGA", "Last week the studios told us they would not move on residuals."),
         ("statement", "WGA", "The board will tell members that the deal is fair.")],
        id="runs-to-the-article-end-reporting-others-in-its-own-voice"),
    pytest.param(
        "The Writers Guild sent a letter to its members on Tuesday.\n\nRead it in full below.\n\n"
        "We will not accept a deal that leaves writers behind. "
        "The companies can end this strike today.",
        [("statement", "WGA", "We will not accept a deal that leaves writers behind."),
         ("statement", "WGA", "The companies can end this strike today.")],
        id="a-pronoun-lead-in-announces-the-document-named-before"),
    pytest.param(
        "The guild held a rally outside the studio on Monday.\n\nRead more about it below.\n\n"
        "Hundreds of writers marched past the gates. The studios stayed silent.",
        [],
        id="a-lead-in-that-announces-nothing"),
    pytest.param(
        "Writers picketed the studio after the guild sent a letter to members.\n\n"
        "A striker gave it a try anyway, posting the following:\n\n"
        "Hundreds of writers marched past the gates. The studios stayed silent.",
        [],
        id="a-pronoun-of-another-verb-announces-nothing"),
    pytest.param(
        LETTER + "Read the letter below.\n\nDear Members,\n\n"
        "A Message from the Negotiating Committee\n\n"
        "We are proud of what you have won.\n\n"
        "https://www.wga.org/contract\n\n@WGAWest\n\n"
        "In solidarity,\n\nThe Negotiating Committee",
        [("statement", "WGA", "We are proud of what you have won.")],
        id="salutation-heading-links-handles-and-signature-are-no-claims"),
    pytest.param(
        LETTER + "Read the letter below.\n\nWe are proud of what you have won.\n\n"
        "source: https://example.com/actors-march\ndate: 2023-07-14\n\n" + AFTER,
        [("statement", "WGA", "We are proud of what you have won.")],
        id="ends-at-the-next-articles-header-in-a-joined-file"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_reproduced_document_ends_where_it_ends(claims_of, text, expected):
    assert [(c.type, c.party, c.content) for c in claims_of(text)] == expected


def test_the_documents_and_transcripts_word_lists_load():
    assert "in solidarity" in words("documents", "sign_offs")
    assert "our" in words("documents", "voice")
    assert "previous coverage" in words("transcripts", "not_speakers")


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


def test_a_lead_in_that_names_no_sender_and_no_greeting_announces_no_ones_words(claims_of):
    text = ("Read the latest updates on the talks below:\n\n"
            "The studios walked away from the table on Friday.\n\n"
            "The guild said talks would resume on Monday.")
    assert [(c.type, c.speaker, c.content) for c in claims_of(text)] == [
        ("indirect", "The guild", "talks would resume on Monday")]
