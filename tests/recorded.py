"""Recorded parses: the trained pipeline's Docs, saved once, read back without it.

Rule tests ask for `parsed(text)` and get the Doc the CLI's pipeline
(`wgaclaims.load_pipeline()`, the claims component left out) made of that
text: words, whitespace, tags, POS, morphology, lemmas, heads, dependencies,
entities and sentence starts, on `spacy.blank("en")`'s vocab. A new model
release cannot break the rule tests, only the end-to-end ones (marked `model`).

The Docs sit in tests/parses/<test module>.spacy (spaCy DocBin files, one per
test module that asks for them). `python tests/record_parses.py` writes them:
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
        """The texts each file holds, by the file's stem (a test module's name)."""
        self.docs  # noqa: B018 -- loads the files
        out: dict[str, list[str]] = {}
        for stem, text in self._index:
            out.setdefault(stem, []).append(text)
        return out

    def doc(self, text: str, module: str = "misc") -> Doc:
        """A fresh copy of the recorded Doc of `text`, or a test failure naming the script."""
        if self.recorder is not None:
            if not any(text in texts for texts in self.requested.values()):
                self.requested.setdefault(module, {})[text] = self.recorder(text)
            return next(d[text] for d in self.requested.values() if text in d).copy()
        found = self.docs.get(text)
        if found is None:
            pytest.fail(f"no recorded parse of {text!r}: run `python {SCRIPT}` (it needs the "
                        "trained model) and commit tests/parses/", pytrace=False)
        return found.copy()

    def save(self, keep_others: bool = False) -> list[Path]:
        """Write what the recorder parsed, one DocBin per test module.

        Files and texts no test asked for are dropped, unless `keep_others` (a
        run of only some tests), which keeps them beside the new recordings.
        """
        by_module: dict[str, dict[str, Doc]] = {}
        if keep_others:
            for module, texts in self.files().items():
                by_module[module] = {t: self.docs[t] for t in texts}
        fresh = set().union(*self.requested.values()) if self.requested else set()
        for docs in by_module.values():
            for text in fresh & set(docs):
                del docs[text]
        for module, docs in self.requested.items():
            by_module.setdefault(module, {}).update(docs)
        self.folder.mkdir(exist_ok=True)
        written = []
        for module, docs in sorted(by_module.items()):
            if not docs:
                continue
            out = DocBin(store_user_data=False)
            for text in sorted(docs):
                out.add(docs[text])
            path = self.folder / f"{module}.spacy"
            out.to_disk(path)
            written.append(path)
        for path in self.folder.glob("*.spacy"):
            if path not in written:
                path.unlink()
        self._docs = None
        return written

STORE = Store()
