"""Docs built by hand, word by word, for the tree-walking rules' tests."""

from spacy.tokens import Doc


def parse(vocab, rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """rows of (word, head index, dep, tag, lemma); pos follows from the tag."""
    pos_of = {"V": "VERB", "N": "NOUN", "P": "PROPN", "D": "DET", "I": "ADP", "C": "CCONJ",
              "R": "ADV", ".": "PUNCT", ",": "PUNCT", "T": "PART"}
    words = [r[0] for r in rows]
    return Doc(vocab, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               tags=[r[3] for r in rows], lemmas=[r[4] for r in rows],
               pos=[pos_of.get(r[3][0], "X") if r[3] != "NNP" else "PROPN" for r in rows])
