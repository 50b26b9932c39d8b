"""Masking keeps every offset: same length, prose where it was, markup and controls gone."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wgaclaims.input.cleaning import looks_like_html, mask


@pytest.mark.parametrize("text, masked", [
    ("plain text stays", "plain text stays"),
    ("a\x00b\x07c\x1bd\x7fe\x9ff", "a b c d e f"),
    ("\ufeff\u201cHi,\u201d\u200b she said", " \u201cHi,\u201d  she said"),
    ("old\rMac\r\nlines\x85and\u2028more\u2029", "old\nMac\r\nlines\nand\nmore\n"),
    ("tab\tand\fform feed\vkept as space", "tab\tand form feed kept as space"),
])
def test_controls_become_spaces_and_odd_line_breaks_become_newlines(text, masked):
    assert mask(text) == masked


def test_a_header_block_is_blanked_but_its_line_breaks_stay():
    text = "date: 2023-08-10\ntitle: Talks\n\nThe WGA said."
    assert mask(text, body_start=31) == " " * 16 + "\n" + " " * 12 + "\n\nThe WGA said."


@pytest.mark.parametrize("text, masked", [
    ("<p>One.</p><p>Two.</p>", "\n\n One.\n\n  \n\n Two.\n\n  "),
    ("We <em>will</em> strike<br>now", "We     will      strike\n   now"),
    ("&ldquo;We&rdquo; said &amp; left", "      \u201cWe\u201d       said &     left"),
    ('<a href="x">link</a> &#8220;Q&#x201D;',
     "            link     " + "      \u201cQ\u201d       "),
    ("<p>a</p><script>var s = '<p>';</script><style>p{}</style><!-- c -->b",
     "\n\n a\n\n  " + " " * len("<script>var s = '<p>';</script><style>p{}</style><!-- c -->")
     + "b"),
    ("One<br>two<br/><br />three", "One\n   two\n    \n     three"),
])
def test_html_markup_is_masked_in_place(text, masked):
    html = "<!DOCTYPE html>" + text
    assert mask(html) == " " * 15 + masked


@pytest.mark.parametrize("text, is_html", [
    ("<!doctype html><p>x", True),
    ("<html lang=en>", True),
    ("<p>One</p> <div>two</div>", True),
    ("A <b and c> d, x<y>z, 3 < 4 > 2", False),  # comparisons and a lone <b>: text
    ("The memo said <strong>no</strong>.", False),  # two tags are not a page
])
def test_html_is_recognised_by_a_doctype_or_a_few_known_tags(text, is_html):
    assert looks_like_html(text) is is_html


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/&;#ap \n\r\"'x1\x00\x85\u2028\ufeff"))
               | st.characters(), max_size=200), st.booleans())
def test_masking_never_changes_the_length(text, html):
    assert len(mask(text, html_markup=html)) == len(text)
