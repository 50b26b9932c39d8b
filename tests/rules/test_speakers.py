"""Speakers (rules/speakers.py): who makes a claim, found by following the parse.

Rows of (text, claims), read as tests/rules/__init__.py says.

Then tree-walking rules on hand-built parses.
"""

import pytest

from wgaclaims.rules.cues import find_cues
from wgaclaims.rules.lexicon import load_lexicon
from wgaclaims.rules.speakers import find_speaker, subject_head

from .handbuilt import parse

CASES = [
    # participial cue takes the clause's subject
    ("SAG-AFTRA met the studios. "
     "The union rejected the package on Monday, saying it fell short on residuals.",
     [("position", "SAG-AFTRA", "The union", "the package"),
      ("indirect", "SAG-AFTRA", "The union", "it fell short on residuals")]),
    # a document put out in the clause says what its sender says
    ("The WGA issued a statement calling the offer an insult to its members.",
     [("indirect", "WGA", "The WGA", "the offer an insult to its members")]),
    # someone shown in a recording speaks the participle after them; an occasion does not
    ("The ad uses a clip of Fran Drescher saying that the studios had stalled.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the studios had stalled")]),
    ("Fran Drescher spent much of the meeting insisting that the studios had stalled.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the studios had stalled")]),
    # a cue the parser joined to the reported clause is the speaker's next act
    ("Karen Bass said she had met both sides and urged them to return to talks.",
     [("indirect", "Bass", "Karen Bass", "she had met both sides"),
      ("indirect", "Bass", "Karen Bass", "them to return to talks")]),
    # a time after the subject is not part of the speaker
    ("Karen Bass this week said a deal was close.",
     [("indirect", "Bass", "Karen Bass", "a deal was close")]),
    # a participle after a preposition is the subject's own act
    ("Fran Drescher responded by saying the studios had never been serious.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the studios had never been serious")]),
    # "was praised for insisting ...": the passive subject insisted
    ("Karen Bass was praised for insisting the studios return to talks.",
     [("indirect", "Bass", "Karen Bass", "the studios return to talks")]),
    # passives with an agent: the agent holds it, the passive subject is its object
    ("The proposal was rejected by the studios.",
     [("position", "AMPTP", "the studios", "The proposal")]),
    ("The offer was criticized by the WGA on Friday.",
     [("indirect", "WGA", "the WGA", "The offer")]),
    # a position needs a particular holder; an indefinite that picks one out is one
    ("A union representing flight attendants endorsed Karen Bass on Thursday.",
     [("position", None, "A union representing flight attendants", "Karen Bass")]),
    ("Other guilds are pressing for a larger share of revenue.", []),
    ("SAG-AFTRA accepted the proposal.",
     [("position", "SAG-AFTRA", "SAG-AFTRA", "the proposal")]),
    ("The AMPTP ordered its members to stop talks.",
     [("indirect", "AMPTP", "The AMPTP", "its members to stop talks")]),
    ("The WGA implied that the studios had lied.",
     [("indirect", "WGA", "The WGA", "the studios had lied")]),
    ("Fran Drescher lambasted the studios' offer.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the studios' offer")]),
    ("Karen Bass knocked the studios for walking away.",
     [("indirect", "Bass", "Karen Bass", "the studios for walking away")]),
    # ... and its subject is whoever the clause is about, passive or not
    ("After saying the offer was fair, Carol Lombardini was booed by the writers.",
     [("indirect", "AMPTP", "Carol Lombardini", "the offer was fair")]),
    # a branch of an organisation named with a comma is the organisation, not the place
    ("After two weeks of talks, the Writers Guild of America, West said the studios stalled.",
     [("indirect", "WGA", "the Writers Guild of America, West", "the studios stalled")]),
    # a second verb shares the first one's subject, passive or not
    ("Many writers are drawn to the union and feel that the studios have done harm.",
     [("indirect", None, "Many writers", "the studios have done harm")]),
    ("Karen Bass continued to express doubts about the deal and made clear that she would "
     "not back down.",
     [("indirect", "Bass", "Karen Bass", "doubts about the deal"),
      ("indirect", "Bass", "Karen Bass", "she would not back down")]),
    # a final attribution may carry its speaker's apposition, or a participle of its own
    ("The studios are under intense pressure, said the alliance's president, Carol Lombardini.",
     [("indirect", "AMPTP", "the alliance's president", "The studios are under intense pressure")]),
    ("The offer signals “the beginning of the end” for the strike, said Bill Smith, a pollster.",
     [("mixed", None, "Bill Smith",
       "The offer signals “the beginning of the end” for the strike")]),
    ("The studios did not complain, a guild official said, adding that the talks were hard.",
     [("indirect", None, "a guild official", "The studios did not complain"),
      ("indirect", None, "a guild official", "the talks were hard")]),
    # openers that say nothing, coordinated cues, a speaker's own participle and apposition
    ("According to union leaders, the studios have not called.",
     [("according_to", None, "union leaders", "the studios have not called")]),
    ("Still, the guild said the vote would pass.",
     [("indirect", None, "the guild", "the vote would pass")]),
    ("During a long week of talks, Fran Drescher said the offer was poor.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the offer was poor")]),
    ("The WGA said the studios want to cut pay, and contends that writers will suffer.",
     [("indirect", "WGA", "The WGA", "the studios want to cut pay"),
      ("indirect", "WGA", "The WGA", "writers will suffer")]),
    ("Fran Drescher, speaking for the union, said the studios had stalled.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the studios had stalled")]),
    ("Karen Bass, the mayor, on Tuesday called for calm.",
     [("position", "Bass", "Karen Bass", "calm")]),
    ("The WGA negotiating committee said the talks were over.",
     [("indirect", "WGA", "The WGA negotiating committee", "the talks were over")]),
    ("Writers for the union said the strike would go on.",
     [("indirect", None, "Writers for the union", "the strike would go on")]),
    # "for saying ...": the subject said it, passive or not
    ("Karen Bass apologized for saying the strike would end soon.",
     [("indirect", "Bass", "Karen Bass", "the strike would end soon")]),
    ("Fran Drescher was criticized for saying the studios were greedy.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the studios were greedy")]),
    # an apposition and a time between the speaker and the cue
    ("Bill Smith, the union's lawyer, on Tuesday argued the studios had lied.",
     [("indirect", None, "Bill Smith", "the studios had lied")]),
    # "with X asserting ...": the noun of the "with" phrase speaks
    ("The talks were suspended after the session, with the studio alliance asserting that "
     "the gap was too wide.",
     [("indirect", "AMPTP", "the studio alliance", "the gap was too wide")]),
    # a subject the parser took for an apposition of the opening phrase
    ("In her letter, Roe, whose credits include Dust, writes that the fight goes on.",
     [("indirect", None, "Roe", "the fight goes on")]),
    # "forced X to admit ...": the object of a verb of control does the saying
    ("The senator also forced Smith, who was under questioning from the panel, to admit "
     "that no executives had been fired.",
     [("indirect", None, "Smith", "no executives had been fired")]),
    # a long name the parser split is one speaker
    ("Talks were suspended, with Alliance of Motion Picture and Television Producers (AMPTP) "
     "asserting that the gap between the two sides is too wide.",
     [("indirect", "AMPTP", "Alliance of Motion Picture and Television Producers",
       "the gap between the two sides is too wide")]),
    # the quoted noun phrase is not the speaker, the nearest subject is
    ("“My reaction, that was outrageous,” SAG-AFTRA's chief negotiator said on Monday.",
     [("direct", "SAG-AFTRA", "SAG-AFTRA's chief negotiator",
       "My reaction, that was outrageous,")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_construction(claims_of, text, expected):
    got = [(c.type, c.party, c.speaker, c.content) for c in claims_of(text)]
    assert got == expected


# -- hand-built parses --------------------------------------------------------------------------


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


def test_participle_on_a_noun_rooted_fragment_terminates(vocab):
    # A headline fragment whose root is a noun: climbing from an acl must stop at the root.
    doc = parse(vocab, [("Talks", 0, "ROOT", "NNS", "talk"), ("on", 0, "prep", "IN", "on"),
                        ("plans", 1, "pobj", "NNS", "plan"),
                        ("saying", 2, "acl", "VBG", "say"), ("no", 3, "dobj", "DT", "no")])
    assert subject_head(doc[3]) is None
