"""Every paragraph starts a sentence, whatever the parser would have joined."""

import pytest


@pytest.mark.parametrize("text", [
    "Protesters chanted until 2 a.m.\n\nWhile having a debate, a friend commented: “Go home.”",
    "The talks ended without a deal\n\nthe guild said on Friday.",
    "One line with no full stop\nA second line in a text with no blank lines.",
])
def test_each_paragraph_starts_a_sentence(nlp, text):
    doc = nlp(text)
    firsts = [t for t in doc if t.i > 0 and not t.is_space and doc[t.i - 1].text.count("\n")
              or (t.i > 0 and "\n" in doc[t.i - 1].whitespace_)]
    assert firsts
    assert all(t.is_sent_start for t in firsts)


def test_no_sentence_break_inside_a_paragraph_where_the_text_has_blank_lines(nlp):
    doc = nlp("The guild said talks would\nresume on Monday.\n\nNarration follows.")
    assert [s.text.strip() for s in doc.sents][0] == "The guild said talks would\nresume on Monday."


@pytest.mark.parametrize("text, starts", [
    ("The talks ended.\n\nThe guild said so.\n\n  Narration follows.", ["The", "The", "Narration"]),
    ("One line\nA second line", ["One", "A"]),
    ("No break at all here.", ["No"]),
])
def test_the_component_marks_each_paragraphs_first_word_without_a_parser(text, starts):
    import spacy

    import wgaclaims.paragraph_breaks  # noqa: F401 -- registers the component

    nlp = spacy.blank("en")
    nlp.add_pipe("wgaclaims_paragraphs")
    doc = nlp(text)
    assert [t.text for t in doc if t.is_sent_start] == starts
