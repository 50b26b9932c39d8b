"""Recorded parses: the trained pipeline's Docs, saved once, read back without it.

Rule tests ask for `parsed(text)` and get the Doc the CLI's pipeline
(`wgaclaims.load_pipeline()`, the claims component left out) made of that
text: words, whitespace, tags, POS, morphology, lemmas, heads, dependencies,
entities and sentence starts, on `spacy.blank("en")`'s vocab. A new model
release cannot break the rule tests, only the end-to-end ones (marked `model`).

The Docs sit in tests/parses/ as spaCy DocBin files, one per test package:
rules.spacy for tests/rules/, resolve.spacy for tests/resolve/, tests.spacy for
the tests beside this file. `python tests/record_parses.py` writes them:
it runs the model-free tests with a recorder that parses every text they ask
for with the live pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

PARSES = Path(__file__).resolve().parent / "parses"
SCRIPT = "tests/record_parses.py"


class Store:
    """The recorded Docs by their text, read once from `folder`."""

    def __init__(self, folder: Path = PARSES) -> None:
        self.folder = folder
        self._vocab: Vocab | None = None
        self._docs: dict[str, Doc] | None = None
        self._index: list[tuple[str, str]] = []  # (file stem, text) of every recording read
        # Set by record_parses.py: parses a text live; every text asked for is then kept.
        self.recorder: Callable[[str], Doc] | None = None
        self.requested: dict[str, dict[str, Doc]] = {}

    @property
    def vocab(self) -> Vocab:
        if self._vocab is None:
            self._vocab = spacy.blank("en").vocab
        return self._vocab

    @property
    def docs(self) -> dict[str, Doc]:
        if self._docs is None:
            self._docs, self._index = {}, []
            for path in sorted(self.folder.glob("*.spacy")):
                for doc in DocBin().from_disk(path).get_docs(self.vocab):
                    self._docs[doc.text] = doc
                    self._index.append((path.stem, doc.text))
        return self._docs

    def files(self) -> dict[str, list[str]]:
        """The texts each file holds, by the file's stem (a test package's name)."""
        self.docs  # noqa: B018 -- loads the files
        out: dict[str, list[str]] = {}
        for stem, text in self._index:
            out.setdefault(stem, []).append(text)
        return out

    def doc(self, text: str, module: str = "tests") -> Doc:
        """A fresh copy of the recorded Doc of `text`, or a test failure naming the script.

        `module` is the asking test module's name ("tests.rules.test_cues"): a new
        recording goes to the file of its package.
        """
        if self.recorder is not None:
            if not any(text in texts for texts in self.requested.values()):
                package = module.split(".")[1] if module.count(".") > 1 else "tests"
                self.requested.setdefault(package, {})[text] = self.recorder(text)
            return next(d[text] for d in self.requested.values() if text in d).copy()
        found = self.docs.get(text)
        if found is None:
            pytest.fail(f"no recorded parse of {text!r}: run `python {SCRIPT}` (it needs the "
                        "trained model) and commit tests/parses/", pytrace=False)
        return found.copy()

    def save(self, keep_others: bool = False) -> list[Path]:
        """Write what the recorder parsed, one DocBin per test package.

        Files and texts no test asked for are dropped, unless `keep_others` (a
        run of only some tests), which keeps them beside the new recordings.
        """
        by_file: dict[str, dict[str, Doc]] = {}
        if keep_others:
            for stem, texts in self.files().items():
                by_file[stem] = {t: self.docs[t] for t in texts}
        fresh = set().union(*self.requested.values()) if self.requested else set()
        for docs in by_file.values():
            for text in fresh & set(docs):
                del docs[text]
        for stem, docs in self.requested.items():
            by_file.setdefault(stem, {}).update(docs)
        self.folder.mkdir(exist_ok=True)
        written = []
        for stem, docs in sorted(by_file.items()):
            if not docs:
                continue
            out = DocBin(store_user_data=False)
            for text in sorted(docs):
                out.add(docs[text])
            path = self.folder / f"{stem}.spacy"
            out.to_disk(path)
            written.append(path)
        for path in self.folder.glob("*.spacy"):
            if path not in written:
                path.unlink()
        self._docs = None
        return written

STORE = Store()
