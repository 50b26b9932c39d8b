"""The HTML report: tokens cut at every boundary, the text intact and escaped, links, colours."""

import html
import io
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wgaclaims.model import Article, Claim
from wgaclaims.output.report import (
    PALETTE,
    UNATTRIBUTED,
    HtmlWriter,
    colour_of,
    party_colours,
    shorten,
)
from wgaclaims.output.spans import Mark, displacy_docs, render_text, token_bounds
from wgaclaims.resolve.registry import Party

PARTIES = [Party("WGA", "Writers Guild of America", colour="#5bc8dc"),
           Party("AMPTP", "Alliance of Motion Picture and Television Producers")]


def claim_in(text: str, content: str, speaker: str | None = None, cue: str | None = None,
             **kw) -> Claim:
    """A claim whose offsets are where `content`, `speaker` and `cue` first occur in `text`."""
    start = text.index(content)
    fields = dict(source="a.txt", article_date=None, article_date_source=None, sentence=0,
                  type="direct", party="WGA", speaker=speaker, speaker_start=None,
                  speaker_end=None, speaker_name=None, cue=cue, cue_start=None, cue_end=None,
                  content=content, start=start, end=start + len(content))
    if speaker:
        fields.update(speaker_start=text.index(speaker),
                      speaker_end=text.index(speaker) + len(speaker))
    if cue:
        fields.update(cue_start=text.index(cue), cue_end=text.index(cue) + len(cue))
    fields.update(kw)
    return Claim(**fields)


class Visible(HTMLParser):
    """The text a reader sees in displaCy's markup, captions left out, and the bars each
    token has: (token text, [(bar top, colour), ...])."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tokens: list[tuple[str, list[tuple[int, str]]]] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class") or ""
        self.stack.append(cls)
        if cls == "wc-t":
            self.tokens.append(("", []))
        if cls == "wc-bar":
            style = dict(attrs)["style"]
            top = int(re.search(r"top: (\d+)px", style).group(1))
            colour = re.search(r"background: ([^;]+);", style).group(1)
            self.tokens[-1][1].append((top, colour))

    def handle_endtag(self, tag):
        self.stack.pop()

    def handle_data(self, data):
        if "wc-cap" in self.stack:
            return
        self.text.append(data)
        if self.stack and self.stack[-1] == "wc-t":
            word, bars = self.tokens[-1]
            self.tokens[-1] = (word + data, bars)


def visible(markup: str) -> Visible:
    parser = Visible()
    parser.feed(markup)
    return parser


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("text, cuts, tokens", [
    ("We will strike.", [], ["We", " ", "will", " ", "strike."]),
    ('"We will," she said.', [1, 9, 11, 14], ['"', "We", " ", "will,", '"', " ", "she", " ",
                                              "said."]),
    ("a  b\n\nc", [2], ["a", " ", " ", "b", "\n\n", "c"]),
    ("abc", [0, 3, 1, 1], ["a", "bc"]),
    ("", [0], []),
])
def test_tokens_cover_the_text_and_cut_at_every_offset(text, cuts, tokens):
    bounds = token_bounds(text, cuts)
    assert [text[s:e] for s, e in bounds] == tokens
    starts = {s for s, _ in bounds} | {len(text)}
    assert all(c in starts for c in cuts if 0 <= c <= len(text))


def test_every_mark_covers_exactly_its_text():
    text = ('In a statement, the guild said: "We will not go back," '
            'and the AMPTP answered that “talks ended.”')
    marks = [Mark(text.index("We"), text.index(',"'), "claim-1", "#111"),
             Mark(text.index("the guild"), text.index("the guild") + 9, "speaker-1", "#222"),
             Mark(text.index("said"), text.index("said") + 4, "cue-1", "#333"),
             Mark(text.index("talks"), text.index(".”") + 1, "claim-2", "#444")]
    docs, colours = displacy_docs(text, marks)
    assert len(docs) == 1
    tokens = docs[0]["tokens"]
    assert "".join(tokens) == text
    drawn = {s["label"]: "".join(tokens[s["start_token"]:s["end_token"]])
             for s in docs[0]["spans"]}
    assert drawn["claim-1"] == "We will not go back"
    assert drawn["speaker-1"] == "the guild" and drawn["cue-1"] == "said"
    assert drawn["claim-2"] == "talks ended."
    assert colours["claim-1"] == "#111" and colours["speaker-1"] == "#222"


def test_the_drawn_text_reads_as_the_article_with_no_space_added_at_a_cut():
    text = 'The union said: "We will strike," and “nobody wants that.”\n\nNext paragraph.'
    marks = [Mark(text.index("We"), text.index(',"'), "claim-1", "#111", "1 WGA direct"),
             Mark(text.index("nobody"), text.index("that") + 4, "claim-2", "#222"),
             Mark(4, 9, "speaker-1", "#333"), Mark(10, 14, "cue-1", "#444")]
    markup = render_text(text, marks)
    assert words(html.unescape("".join(visible(markup).text))) == words(text)
    assert "\n\n" in html.unescape("".join(visible(markup).text))  # the paragraph break stays


@given(st.text(alphabet='ab "“”\n<&.', max_size=40),
       st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)), max_size=6))
def test_any_text_with_any_marks_is_drawn_whole(text, spans):
    marks = [Mark(a, min(a + n, len(text)), f"claim-{i}", "#111", f"{i} x")
             for i, (a, n) in enumerate(spans) if a < len(text)]
    markup = render_text(text, marks)
    assert words(html.unescape("".join(visible(markup).text))) == words(text)
    assert "<&" not in markup


def test_a_nested_claim_and_a_speaker_inside_a_quote_stack_their_bars():
    text = '"They told us \'we need more time,\' and we said no," the guild said.'
    outer = claim_in(text, "They told us 'we need more time,' and we said no,",
                     speaker="the guild", cue="said.")
    inner = claim_in(text, "we need more time,", speaker="They", cue="told", party="AMPTP",
                     nested=True)
    colours = party_colours(PARTIES)
    from wgaclaims.output.report import marks_of

    markup = render_text(text, marks_of([outer, inner], 1, colours))
    bars = dict(visible(markup).tokens)
    wga, amptp = colours["WGA"], colours["AMPTP"]
    assert sorted(bars["need"]) == [(27, wga), (43, amptp)]  # two bars, one under the other
    assert len(bars["They"]) == 2 and (27, wga) in bars["They"]  # the nested speaker, inside
    assert bars["guild"] == [(27, "#3b4252")]  # the speaker right after the quote, on its own
    assert "2 AMPTP direct (nested)" in markup


def test_article_text_is_escaped_and_control_characters_are_replaced():
    text = ('<script>alert(1)</script> "</span><img src=x onerror=alert(2)>" the WGA said.'
            '\x00\x1b[31m')
    article = Article("<b>a.txt</b>", text)
    claim = claim_in(text, "</span><img src=x onerror=alert(2)>", speaker="the WGA",
                     cue="said", party='W<i>"GA')
    page = write_report([(article, [claim])])
    assert "<script" not in page and "<img" not in page and "<b>a.txt" not in page
    assert "&lt;script&gt;" in page and "&lt;b&gt;a.txt&lt;/b&gt;" in page
    assert "W&lt;i&gt;&quot;GA" in page and 'W<i>"GA' not in page
    assert "\x00" not in page and "\x1b" not in page and "\ufffd[31m" in page


def write_report(articles, parties=PARTIES) -> str:
    out = io.StringIO()
    writer = HtmlWriter(out, parties)
    for article, claims in articles:
        writer.write(claims, article)
    writer.close()
    return out.getvalue()


def test_each_table_row_links_to_its_highlight_and_back_numbered_across_articles():
    one = Article("one.txt", '"We will strike," the WGA said. "No," the AMPTP said.')
    two = Article("two.txt", 'The guild said it would "stay out."')
    page = write_report([
        (one, [claim_in(one.text, "We will strike,", "the WGA", "said"),
               claim_in(one.text, "No,", "the AMPTP", "said.", party="AMPTP")]),
        (two, [claim_in(two.text, "it would \"stay out.\"", "The guild", "said",
                        type="indirect")])])
    ids = re.findall(r'id="(claim-\d+)"', page)
    assert ids == ["claim-1", "claim-2", "claim-3"]
    assert re.findall(r'href="#(claim-\d+)"', page) == ids
    assert re.findall(r'<tr id="(row-\d+)"', page) == ["row-1", "row-2", "row-3"]
    assert re.findall(r'href="#(row-\d+)"', page) == ["row-1", "row-2", "row-3"]
    assert len(set(re.findall(r'id="([^"]+)"', page))) == len(re.findall(r'id="', page))
    assert page.index("<h2>one.txt</h2>") < page.index("claim-1") < page.index("<h2>two.txt")
    assert "3 claims in 2 of 2 articles" in page


def test_the_page_is_self_contained():
    text = '"We will strike," the WGA said.'
    page = write_report([(Article("a.txt", text), [claim_in(text, "We will strike,")])])
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert not re.search(r"https?:|//[a-z]|url\(|@import|<script|<link|<img", page)
    assert "default-src 'none'" in page


def test_pieces_of_one_article_are_drawn_once_and_empty_articles_are_counted():
    text = '"We will strike," the WGA said. "No," the AMPTP said.'
    article = Article("long.txt", text)
    first = claim_in(text, "We will strike,")
    second = claim_in(text, "No,", party="AMPTP")
    page = write_report([(article, [first]), (article, [second]),
                         (Article("none.txt", "Nothing said."), [])])
    assert page.count("<h2>long.txt</h2>") == 1 and "<h2>none.txt" not in page
    # The summary lists both, linking the one drawn.
    assert '<span class="wc-count">2</span> <a href="#article-1">long.txt</a>' in page
    assert '<span class="wc-count">0</span> none.txt' in page
    assert re.findall(r'id="(claim-\d+)"', page) == ["claim-1", "claim-2"]
    assert "2 claims in 1 of 2 articles" in page
    assert "No claims found in 1 article." in write_report([(article, [])])


def test_the_writer_needs_the_article():
    with pytest.raises(ValueError, match="needs the article"):
        HtmlWriter(io.StringIO()).write([])


def test_colours_come_from_the_registry_with_a_fixed_fallback():
    colours = party_colours(PARTIES)
    assert colours["WGA"] == "#5bc8dc" and colours["AMPTP"] == PALETTE[0]
    three = [Party("A", "A"), Party("B", "B", colour=PALETTE[1]), Party("C", "C")]
    assert party_colours(three) == {"A": PALETTE[0], "B": PALETTE[1], "C": PALETTE[2]}
    assert colour_of(None, colours) == UNATTRIBUTED
    assert colour_of("UAW", colours) == colour_of("UAW", {}) in PALETTE
    text = '"We will strike," the WGA said.'
    page = write_report([(Article("a.txt", text), [claim_in(text, "We will strike,")])])
    assert 'style="background: #5bc8dc; top: 27px"' in page  # the claim's bar
    assert "Alliance of Motion Picture" in page  # the legend names every party


@pytest.mark.parametrize("content, expected", [
    ("short  and\nplain", "short and plain"),
    ("word " * 60, ("word " * 36).strip() + " …"),
    ("x" * 300, "x" * 180 + " …"),
])
def test_long_content_is_cut_at_a_word(content, expected):
    assert shorten(content) == expected


def test_said_on_shows_its_precision_and_unresolved_words_dimmed():
    text = '"We will strike," the WGA said.'
    dated = [claim_in(text, "We will strike,", said_on="2023-07-01", said_on_precision="month"),
             claim_in(text, "We will strike,", said_on="2023-07-31", said_on_precision="week"),
             claim_in(text, "We will strike,", said_on_text="Wednesday")]
    page = write_report([(Article("a.txt", text), dated)])
    assert '"wc-when">2023-07</td>' in page and '"wc-when">week of 2023-07-31</td>' in page
    assert '<span class="wc-dim">Wednesday</span>' in page


def test_a_long_line_is_cut_into_docs_and_a_claim_runs_on_without_a_second_caption():
    text = " ".join(f"w{i}" for i in range(30))
    start = text.index("w5")
    docs, colours = displacy_docs(text, [Mark(start, text.index("w25") + 3, "claim-1", "#111",
                                              "1 WGA direct", "#row-1")], chunk_tokens=10)
    assert len(docs) > 2 and "".join(t for d in docs for t in d["tokens"]) == text
    pieces = [s for d in docs for s in d["spans"]]
    assert [s.get("kb_id") for s in pieces] == ["1 WGA direct"] + [None] * (len(pieces) - 1)
    assert len({s["label"] for s in pieces}) == len(pieces)
    assert all(colours[s["label"]] == "#111" for s in pieces)


class Titles(HTMLParser):
    """The title (hover text) of each caption and of each party cell, in page order."""

    def __init__(self) -> None:
        super().__init__()
        self.captions: dict[str, str | None] = {}
        self.cells: list[str | None] = []
        self.row = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("class") == "wc-cap" and re.fullmatch(r"claim-\d+", attrs.get("id") or ""):
            self.captions[attrs["id"]] = attrs.get("title")
        if tag == "tr" and (attrs.get("id") or "").startswith("row-"):
            self.row = True
            self.cells.append(None)
        elif tag == "td" and self.row and "title" in attrs:
            self.cells[-1] = attrs["title"]
            self.row = False


def titles(page: str) -> Titles:
    parser = Titles()
    parser.feed(page)
    return parser


def test_captions_and_party_cells_say_how_the_party_was_found_on_hover():
    text = ('"We will strike," the striking writers said. "No," the studios said. '
            '"Maybe," she said. "Who knows," a man said.')
    page = write_report([(Article("a.txt", text), [
        claim_in(text, "We will strike,", party_via="role", party_evidence="striking writers"),
        claim_in(text, "No,", party="AMPTP", party_via="description",
                 party_evidence="the\nstudios"),
        claim_in(text, "Maybe,", party_via="document"),
        claim_in(text, "Who knows,", party=None)])])
    expected = ['WGA (role: "striking writers")', 'AMPTP (description: "the studios")',
                "WGA (document)", "no party"]
    found = titles(page)
    assert found.captions == {f"claim-{n}": t for n, t in enumerate(expected, 1)}
    assert found.cells == expected


def test_a_hover_text_is_escaped():
    text = '"Yes," the <b>"guild"</b> said.'
    page = write_report([(Article("a.txt", text), [
        claim_in(text, "Yes,", party_via="alias", party_evidence='<b>"guild"</b>')])])
    assert "<b>" not in page
    found = titles(page)
    assert found.captions == {"claim-1": 'WGA (alias: "<b>"guild"</b>")'}
    assert found.cells == ['WGA (alias: "<b>"guild"</b>")']


def test_a_title_goes_only_on_its_own_caption():
    marks = [Mark(0, 3, "claim-1", "#fff", caption="1", link="#row-1", title="first"),
             Mark(4, 7, "claim-10", "#fff", caption="10", link="#row-10")]
    markup = render_text('one two <span class="wc-cap" id="claim-1"', marks)
    assert re.findall(r'id="(claim-\d+)"( title="[^"]*")?', markup) == [
        ("claim-1", ' title="first"'), ("claim-10", "")]
