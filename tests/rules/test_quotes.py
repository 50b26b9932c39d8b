import pytest

from wgaclaims.rules.quotes import find_quotes, paragraphs, top_level


def quoted(text: str, depth: int | None = 0) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text) if depth is None or q.depth == depth]


@pytest.mark.parametrize("text, expected", [
    ('He said "hello there," and left.', ['"hello there,"']),
    ("“We will strike,” she said.", ["“We will strike,”"]),
    ("'We will strike,' she said.", ["'We will strike,'"]),
    ("‘We will strike,’ she said.", ["‘We will strike,’"]),
    # apostrophes are not quote marks
    ("The writers’ room isn’t “negotiable,” it said.", ["“negotiable,”"]),
    ("It's the union's call, and the writers' too.", []),
    ("rock ’n’ roll in the ’90s", []),
    # a quote that never closes swallows nothing
    ('He said "this never closes.\n\nThe next paragraph is narration.', []),
    ("“Open\n\nNarration follows.", []),
    # doubled apostrophes as one mark, as in newspaper archives; a lone pair is no quote
    ("''It's over,'' he said of the writers'' room.", ["''It's over,''"]),
    ("It's the writers' ''final offer,'' they said.", ["''final offer,''"]),
    # a closing mark set where an opener belongs still opens
    ("”We will strike.” she said.\n”Not today,” he said.", ["”We will strike.”", "”Not today,”"]),
    # a straight mark left open before a curly opener was a stray
    ('"Drescher walked on stage, chanting “Union strong!”', ["“Union strong!”"]),
    # a quote inside a quote with the same curly marks: the first close is the inner one's
    ("“I’d rather strike than take what they call “a deal” again,” she said.",
     ["“I’d rather strike than take what they call “a deal” again,”"]),
    # a quote left open before a second one: the second stands alone
    ("“We stay out as long as it takes. “Not one day less,” she said.",
     ["“Not one day less,”"]),
    # marks only
    ('"""', ['""']),
    ("", []),
])
def test_top_level_quotes(text, expected):
    assert quoted(text) == expected


def test_a_quote_in_a_quote_with_the_same_marks_is_nested():
    text = "“They call “a deal” what we call a pay cut,” she said."
    assert quoted(text, depth=1) == ["“a deal”"]


def test_quote_continues_over_paragraphs_that_reopen_it():
    text = "“The first paragraph stays open.\n\n“The second closes it,” she said.\n\nNarration."
    assert quoted(text) == [text[: text.index("it,”") + 4]]


def test_a_straight_mark_left_open_is_not_continued_by_a_curly_paragraph():
    text = ('"Kevin was asleep.\n\n“Here he is,” she said.\n\n'
            '“Not yet.\n\n"Then he woke,” he said.')
    # the curly quote left open is not continued by a straight one either; marks
    # mixed inside one paragraph still pair
    assert quoted(text) == ["“Here he is,”", '"Then he woke,”']


def test_doubled_apostrophes_continue_over_paragraphs_and_keep_their_width():
    text = "''The first paragraph stays open.\n\n''The second closes it,'' she said."
    (q,) = find_quotes(text)
    assert text[q.content_start:q.content_end] == (
        "The first paragraph stays open.\n\n''The second closes it,")


def test_nested_single_quote_inside_double():
    text = "“They told us ‘we don’t see any need to meet,’ and left,” the WGA said."
    assert quoted(text, depth=1) == ["‘we don’t see any need to meet,’"]
    assert len(top_level(find_quotes(text))) == 1


def test_straight_single_inside_straight_double_with_possessive():
    text = "\"They would not engage on the writers' room,\" the union said."
    assert quoted(text) == ["\"They would not engage on the writers' room,\""]
    assert quoted(text, depth=1) == []


def test_paragraphs_are_blank_line_separated_else_lines():
    assert paragraphs("a\nb\n\nc") == [(0, 3), (5, 6)]
    assert paragraphs("a\nb\nc") == [(0, 1), (2, 3), (4, 5)]
