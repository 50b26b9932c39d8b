"""The HTML report in a real browser: headless Chromium parses it, lays it out and draws it.

Skipped, saying why, only where no Chromium is installed; CI installs it and
sets WGACLAIMS_BROWSER_REQUIRED=1, which turns the skip into a failure.
"""

import os
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from wgaclaims.cli import cli
from wgaclaims.output.report import SPEAKER_BAR, UNATTRIBUTED
from wgaclaims.resolve.registry import load_registry

from .conftest import SAMPLES
from .pngread import pixels

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--hide-scrollbars")


@pytest.fixture(scope="module")
def browser() -> str:
    """Chromium's path; the module's tests are skipped (or, in CI, failed) without it."""
    found = next((path for name in BROWSERS if (path := shutil.which(name))), None)
    if found is None:
        reason = "no Chromium on PATH (Debian: apt-get install chromium)"
        if os.environ.get("WGACLAIMS_BROWSER_REQUIRED"):
            pytest.fail(reason)
        pytest.skip(reason)
    return found


@pytest.fixture(scope="module")
def report(browser, tmp_path_factory, warm_cli):
    """A report of samples/ and the number of claims in it."""
    path = tmp_path_factory.mktemp("report") / "report.html"
    jsonl = CliRunner().invoke(cli, ["extract", str(SAMPLES), "--format", "jsonl"])
    result = CliRunner().invoke(cli, ["extract", str(SAMPLES), "-o", str(path)])
    assert result.exit_code == 0, result.output
    return path, len(jsonl.stdout.splitlines())


def chromium(browser: str, path, *args: str, profile) -> subprocess.CompletedProcess:
    return subprocess.run([browser, *FLAGS, f"--user-data-dir={profile}", *args,
                           path.resolve().as_uri()],
                          capture_output=True, text=True, timeout=60, check=True)


class Dom(HTMLParser):
    """What the browser built: caption ids, links, and classes of elements."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: dict[str, str] = {}
        self.links: list[str] = []
        self.classes: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        self.classes.append(attrs.get("class") or "")
        if "id" in attrs:
            self.ids[attrs["id"]] = attrs.get("class") or ""
        if tag == "a":
            self.links.append(attrs.get("href") or "")


def test_the_browser_builds_every_highlight_caption_and_link(browser, report, tmp_path):
    path, claims = report
    dom = Dom()
    dom.feed(chromium(browser, path, "--dump-dom", profile=tmp_path).stdout)
    captions = [i for i, cls in dom.ids.items() if cls == "wc-cap" and i.startswith("claim-")]
    assert captions == [f"claim-{n}" for n in range(1, claims + 1)]
    to_text = [link for link in dom.links if link.startswith("#claim-")]
    assert to_text == [f"#{c}" for c in captions]
    assert all(dom.ids.get(link[1:]) == "wc-cap" for link in to_text)
    assert sum(link.startswith("#row-") for link in dom.links) == claims
    assert dom.classes.count("wc-bar") > claims  # a bar under every word of every claim
    assert "script" not in dom.tags and "img" not in dom.tags


def test_the_screenshot_shows_the_highlights_in_party_colours(browser, report, tmp_path):
    path, _ = report
    shot = tmp_path / "report.png"
    chromium(browser, path, f"--screenshot={shot}", "--window-size=1280,2000", profile=tmp_path)
    width, height, rows, bpp = pixels(shot)
    assert (width, height) == (1280, 2000)
    # Below the legend, only the drawn articles: count the pixels of each colour.
    counts: dict[str, int] = {}
    for row in rows[500:]:
        for x in range(0, width * bpp, bpp):
            colour = "#" + row[x:x + 3].hex()
            counts[colour] = counts.get(colour, 0) + 1
    colours = {p.id: p.colour for p in load_registry().parties}
    assert counts.get(colours["WGA"], 0) > 5000  # samples/000 is mostly WGA claims
    assert counts.get(colours["AMPTP"], 0) > 500
    assert counts.get(SPEAKER_BAR, 0) > 500
    assert len([c for c, n in counts.items() if n > 200]) >= 6  # text, page, card, bars


DATED = {  # three short dated articles of our own, so the timeline has several days
    "a1.txt": "title: Writers and studios trade offers\ndate: 2023-07-12\n\n"
              "The guild said on Monday that the studios had not moved on residuals. "
              '"We are still far apart," said the union\'s chief negotiator.\n\n'
              "The alliance said Tuesday that its offer was generous. "
              '"This is a historic proposal," the AMPTP said in a statement.\n',
    "a2.txt": "title: Mayor urges a deal\ndate: 2023-07-20\n\n"
              "Mayor Karen Bass said Wednesday that both sides should return to the table. "
              '"The city depends on this industry," Bass said.\n\n'
              "The WGA said on Tuesday that it was ready to meet. "
              "The studios said Wednesday that talks could resume next month.\n",
    "a3.txt": "title: Talks resume\ndate: 2023-08-04\n\n"
              "The Writers Guild said Thursday that talks would resume. "
              '"We will be at the table," the guild said.\n\n'
              "SAG-AFTRA said on Wednesday that actors stood with the writers. "
              "The DGA said Thursday that its members supported a fair deal.\n",
}


def test_the_summary_and_its_timeline_come_first_in_every_party_colour(browser, tmp_path,
                                                                       warm_cli):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in DATED.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = tmp_path / "news.html"
    assert CliRunner().invoke(cli, ["extract", str(folder), "-o", str(path)]).exit_code == 0
    dom = Dom()
    dom.feed(chromium(browser, path, "--dump-dom", profile=tmp_path / "p1").stdout)
    assert dom.classes.index("wc-summary") < dom.classes.index("wc-article")
    assert dom.tags.count("rect") >= 8 and "script" not in dom.tags
    assert [link for link in dom.links if link.startswith("#article-")] == [
        "#article-1", "#article-2", "#article-3"]
    shot = tmp_path / "summary.png"
    chromium(browser, path, f"--screenshot={shot}", "--window-size=1280,1100",
             profile=tmp_path / "p2")
    width, height, rows, bpp = pixels(shot)
    # The timeline sits in the right half of the summary, under the legend.
    counts: dict[str, int] = {}
    for row in rows[300:600]:
        for x in range(660 * bpp, width * bpp, bpp):
            colour = "#" + row[x:x + 3].hex()
            counts[colour] = counts.get(colour, 0) + 1
    for party in load_registry().parties:
        assert counts.get(party.colour, 0) > 150, party.id  # each party's bars
    assert counts.get(UNATTRIBUTED, 0) > 150  # the claim with no party
