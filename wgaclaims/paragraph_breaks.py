"""The `wgaclaims_paragraphs` spaCy component: every paragraph starts a sentence.

The parser sometimes runs a sentence over a blank line ('... until 2 a.m.\\n\\n
While having a debate, a friend commented: ...'), which joins one paragraph's
cue to the next one's words. Run before the parser, this component marks the
first token of each paragraph as a sentence start, and the parser keeps the
boundaries it is given. Paragraphs are those of `quotes.paragraphs`: blank-line
separated where the text has blank lines, else one a line.

The starts are written into the Doc's array in one go: spaCy's
`token.is_sent_start = True` looks over the whole Doc each time it is set, which
made this component grow with paragraphs x tokens.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .rules.quotes import paragraphs


@Language.component("wgaclaims_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraph_starts(doc: Doc) -> Doc:
    text = doc.text
    starts = []
    for start, end in paragraphs(text)[1:]:
        first = start + len(text[start:end]) - len(text[start:end].lstrip())
        span = doc.char_span(first, first + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            starts.append(span.start)
    if starts:
        marks: Any = doc.to_array([SENT_START])
        marks[starts] = 1
        doc.from_array([SENT_START], marks)
    return doc
