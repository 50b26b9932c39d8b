"""Tree-walking rules on hand-built parses: no trained model involved."""

from typing import get_args

import pytest
import spacy
from spacy.tokens import Doc

from wgaclaims.rules.content.find import READERS
from wgaclaims.rules.cues import find_cues
from wgaclaims.rules.frames import Frame
from wgaclaims.rules.lexicon import load_lexicon
from wgaclaims.rules.speakers import find_speaker, subject_head


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def parse(vocab, rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """rows of (word, head index, dep, tag, lemma); pos follows from the tag."""
    pos_of = {"V": "VERB", "N": "NOUN", "P": "PROPN", "D": "DET", "I": "ADP", "C": "CCONJ",
              "R": "ADV", ".": "PUNCT", ",": "PUNCT", "T": "PART"}
    words = [r[0] for r in rows]
    return Doc(vocab, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               tags=[r[3] for r in rows], lemmas=[r[4] for r in rows],
               pos=[pos_of.get(r[3][0], "X") if r[3] != "NNP" else "PROPN" for r in rows])


def test_conjoined_cue_takes_the_first_conjuncts_subject(vocab):
    # "The DGA didn't disclose terms but said ..."
    doc = parse(vocab, [("The", 1, "det", "DT", "the"), ("DGA", 4, "nsubj", "NNP", "DGA"),
                        ("did", 4, "aux", "VBD", "do"), ("n't", 4, "neg", "RB", "not"),
                        ("disclose", 4, "ROOT", "VB", "disclose"),
                        ("terms", 4, "dobj", "NNS", "term"), ("but", 4, "cc", "CC", "but"),
                        ("said", 4, "conj", "VBD", "say"), ("so", 7, "advmod", "RB", "so")])
    assert subject_head(doc[7]).text == "DGA"


def test_participle_after_a_comma_takes_the_clause_subject(vocab):
    # "The studios shot back, calling ..."
    doc = parse(vocab, [("The", 1, "det", "DT", "the"), ("studios", 2, "nsubj", "NNS", "studio"),
                        ("shot", 2, "ROOT", "VBD", "shoot"), ("back", 2, "advmod", "RB", "back"),
                        (",", 2, "punct", ",", ","), ("calling", 2, "advcl", "VBG", "call"),
                        ("it", 5, "dobj", "PRP", "it"), ("bad", 5, "oprd", "JJ", "bad")])
    assert subject_head(doc[5]).text == "studios"


def test_participle_right_after_a_noun_takes_that_noun(vocab):
    # "... the AMPTP statement asserting that ..."
    doc = parse(vocab, [("That", 1, "nsubj", "DT", "that"), ("is", 1, "ROOT", "VBZ", "be"),
                        ("the", 4, "det", "DT", "the"), ("AMPTP", 4, "compound", "NNP", "AMPTP"),
                        ("statement", 1, "attr", "NN", "statement"),
                        ("asserting", 1, "advcl", "VBG", "assert"),
                        ("it", 7, "nsubj", "PRP", "it"), ("ended", 5, "ccomp", "VBD", "end")])
    assert subject_head(doc[5]).text == "statement"


def test_passive_cue_takes_the_agent(vocab):
    # "It was announced by the union"
    doc = parse(vocab, [("It", 2, "nsubjpass", "PRP", "it"), ("was", 2, "auxpass", "VBD", "be"),
                        ("announced", 2, "ROOT", "VBN", "announce"), ("by", 2, "agent", "IN", "by"),
                        ("the", 5, "det", "DT", "the"), ("union", 3, "pobj", "NN", "union")])
    assert subject_head(doc[2]).text == "union"


def test_according_to_names_its_object(vocab):
    doc = parse(vocab, [("According", 5, "prep", "VBG", "accord"), ("to", 0, "prep", "IN", "to"),
                        ("the", 3, "det", "DT", "the"), ("WGA", 1, "pobj", "NNP", "WGA"),
                        ("talks", 5, "nsubj", "NNS", "talk"), ("failed", 5, "ROOT", "VBD", "fail")])
    cues = find_cues(doc, load_lexicon())
    assert [(c.text, c.frame) for c in cues] == [("According to", "according")]
    assert find_speaker(cues[0]).text == "the WGA"


def test_negated_verbs_and_unknown_verbs_are_not_cues(vocab):
    doc = parse(vocab, [("They", 3, "nsubj", "PRP", "they"), ("did", 3, "aux", "VBD", "do"),
                        ("not", 3, "neg", "RB", "not"), ("say", 3, "ROOT", "VB", "say"),
                        ("and", 3, "cc", "CC", "and"), ("blasted", 3, "conj", "VBD", "blast"),
                        ("and", 3, "cc", "CC", "and"), ("ran", 3, "conj", "VBD", "run")])
    assert [c.text for c in find_cues(doc, load_lexicon())] == ["blasted"]


def test_position_phrases_need_their_particles(vocab):
    doc = parse(vocab, [("It", 1, "nsubj", "PRP", "it"), ("pushed", 1, "ROOT", "VBD", "push"),
                        ("back", 1, "advmod", "RB", "back"),
                        ("against", 2, "prep", "IN", "against"),
                        ("demands", 3, "pobj", "NNS", "demand")])
    assert [(c.text, c.frame) for c in find_cues(doc, load_lexicon())] == [
        ("pushed back against", "position")]


def test_participle_on_a_noun_rooted_fragment_terminates(vocab):
    # A headline fragment whose root is a noun: climbing from an acl must stop at the root.
    doc = parse(vocab, [("Talks", 0, "ROOT", "NNS", "talk"), ("with", 0, "prep", "IN", "with"),
                        ("plans", 1, "pobj", "NNS", "plan"),
                        ("saying", 2, "acl", "VBG", "say"), ("no", 3, "dobj", "DT", "no")])
    assert subject_head(doc[3]) is None


def test_every_frame_has_a_content_reader():
    assert set(READERS) == set(get_args(Frame))
