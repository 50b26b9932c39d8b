"""Cues, speakers and contents (rules/attribution.py), without the trained model.

First the constructions, one table row each: a short text, written for these
tests, and the claims a reader would list for it, as (type, party, speaker,
content), found by the claims component on the text's recorded parse
(tests/parses/, written by tests/record_parses.py). Then tree-walking rules on
hand-built parses.
"""

from typing import get_args

import pytest
import spacy
from spacy.tokens import Doc

from wgaclaims.rules.content.find import READERS
from wgaclaims.rules.cues import find_cues
from wgaclaims.rules.frames import Frame
from wgaclaims.rules.lexicon import load_lexicon
from wgaclaims.rules.speakers import find_speaker, subject_head

CASES = [
    # participial cue takes the clause's subject
    ("SAG-AFTRA met the studios. "
     "The union rejected the package on Monday, saying it fell short on residuals.",
     [("position", "SAG-AFTRA", "The union", "the package"),
      ("indirect", "SAG-AFTRA", "The union", "it fell short on residuals")]),
    # according to, before and after the clause
    ("According to the WGA, the talks broke down over streaming pay.",
     [("according_to", "WGA", "the WGA", "the talks broke down over streaming pay")]),
    ("The studios lost $5 billion in the strike, according to a Milken Institute estimate.",
     [("according_to", None, "a Milken Institute estimate",
       "The studios lost $5 billion in the strike")]),
    # positions
    ("The WGA is calling for higher residuals on streaming shows.",
     [("position", "WGA", "The WGA", "higher residuals on streaming shows")]),
    ("The studios pushed back against the demand for minimum staffing.",
     [("position", "AMPTP", "The studios", "the demand for minimum staffing")]),
    ("The WGA wants a share of streaming revenue.",
     [("position", "WGA", "The WGA", "a share of streaming revenue")]),
    # object speech acts, with two objects or a phrase
    ("Fran Drescher called the offer “an insult.”",
     [("mixed", "SAG-AFTRA", "Fran Drescher", "the offer “an insult.”")]),
    ("The AMPTP called on the guild to return to the table.",
     [("indirect", "AMPTP", "The AMPTP", "the guild to return to the table")]),
    ("The WGA called a meeting for Friday.", []),
    # studies and polls
    ("A Bloomberg poll shows that most voters back the writers.",
     [("indirect", None, "A Bloomberg poll", "most voters back the writers")]),
    # a relative clause or apposition after a comma at the end is the reporter's aside
    ("Fran Drescher said the studios had made an offer to Netflix, which later declined it.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the studios had made an offer to Netflix")]),
    ("Carol Lombardini said the guild must meet Bob Iger, the head of Disney.",
     [("indirect", "AMPTP", "Carol Lombardini", "the guild must meet Bob Iger")]),
    # a phrase set off by a comma after an object is the act's manner, not its object
    ("The WGA criticized the offer, in large part.",
     [("indirect", "WGA", "The WGA", "the offer")]),
    # a time opening the content says when it was said; a participle after a final comma is
    # the reporter's comment
    ("Karen Bass told reporters this weekend she would meet both sides, "
     "clearly raising the stakes.",
     [("indirect", "Bass", "Karen Bass", "she would meet both sides")]),
    # ... but a bare participle goes on with what was said
    ("Karen Bass said the deal would raise pay, allowing writers to stay in the city.",
     [("indirect", "Bass", "Karen Bass",
       "the deal would raise pay, allowing writers to stay in the city")]),
    ("Fran Drescher exhorted members to “stay strong” through the summer.",
     [("mixed", "SAG-AFTRA", "Fran Drescher", "members to “stay strong” through the summer")]),
    # a that-clause the parser hangs on the cue as an adverbial clause
    ("Fran Drescher tweeted in the early morning hours that the offer was “insulting.”",
     [("mixed", "SAG-AFTRA", "Fran Drescher", "the offer was “insulting.”")]),
    # the occasion of a speech act is not part of its object; inside a reported clause it is
    ("Fran Drescher criticized the offer as an “insult” during a rally in Burbank.",
     [("mixed", "SAG-AFTRA", "Fran Drescher", "the offer as an “insult”")]),
    ("Fran Drescher said the studios had walked out during the talks.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the studios had walked out during the talks")]),
    # a time after the subject is not part of the speaker
    ("Karen Bass this week said a deal was close.",
     [("indirect", "Bass", "Karen Bass", "a deal was close")]),
    # a participle after a preposition is the subject's own act
    ("Fran Drescher responded by saying the studios had never been serious.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the studios had never been serious")]),
    # with clauses on both sides of a speech cue, the one after it is what was said
    ("Insisting the talks had failed, Carol Lombardini told reporters that the studios "
     "would wait.",
     [("indirect", "AMPTP", "Carol Lombardini", "the talks had failed"),
      ("indirect", "AMPTP", "Carol Lombardini", "the studios would wait")]),
    # "was praised for insisting ...": the passive subject insisted
    ("Karen Bass was praised for insisting the studios return to talks.",
     [("indirect", "Bass", "Karen Bass", "the studios return to talks")]),
    # a noun of speech with its "that" clause and its source
    ("Reporters checked the AMPTP's claim that writers earn more than ever.",
     [("indirect", "AMPTP", "the AMPTP", "writers earn more than ever")]),
    ("Reporters checked the claim that writers earn more than ever.", []),
    ("Writers are seizing upon a New York Times report that the studios had lost $5 billion.",
     [("indirect", None, "New York Times", "the studios had lost $5 billion")]),
    # an "as" aside sources the clause it hangs on
    ("The studios had lost $5 billion by then, as the WGA has said.",
     [("indirect", "WGA", "the WGA", "The studios had lost $5 billion by then")]),
    ("The writers went home as the guild said goodbye.", []),
    # a document "reads"; "she read the report" is no cue
    ("“Our members stand together,” the WGA letter reads.",
     [("direct", "WGA", "the WGA letter", "Our members stand together,")]),
    ("Bass read the report on Tuesday.", []),
    # a speech verb whose object states a proposition; not one whose object names a topic
    ("Fran Drescher stressed the need to protect actors from AI.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the need to protect actors from AI")]),
    ("The guild sent a message detailing plans for the vote.", []),
    # refusals: a refusal to speak is nothing; a refusal to act is a position, not the act
    ("The AMPTP refused to comment on the talks.", []),
    ("The AMPTP declined to endorse the proposal.",
     [("position", "AMPTP", "The AMPTP", "to endorse the proposal")]),
    # "hoping", which the model lemmatises as "hop"; "expressed concern that ..."
    ("Karen Bass is hoping the deal holds.",
     [("indirect", "Bass", "Karen Bass", "the deal holds")]),
    ("Karen Bass hopes the studios will return.",
     [("indirect", "Bass", "Karen Bass", "the studios will return")]),
    ("Fran Drescher expressed concern that the studios would use AI.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "concern that the studios would use AI")]),
    # evaluation, cognition and intention cues
    ("Fran Drescher praised the writers' resolve and blasted the studios' latest offer.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the writers' resolve"),
      ("indirect", "SAG-AFTRA", "Fran Drescher", "the studios' latest offer")]),
    ("Karen Bass learned that the talks had collapsed.",
     [("indirect", "Bass", "Karen Bass", "the talks had collapsed")]),
    ("The AMPTP considers the demand a threat to the business.",
     [("indirect", "AMPTP", "The AMPTP", "the demand a threat to the business")]),
    ("The AMPTP considered the offer.", []),
    ("Fran Drescher painted the studios as greedy.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the studios as greedy")]),
    ("The studios offered no evidence that the proposal would cost jobs.",
     [("indirect", "AMPTP", "The studios", "no evidence that the proposal would cost jobs")]),
    ("The DGA intends to open talks in May.",
     [("position", "DGA", "The DGA", "to open talks in May")]),
    ("The WGA prefers a shorter contract.",
     [("position", "WGA", "The WGA", "a shorter contract")]),
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
    # an infinitive of purpose is no part of the object; one the verb takes is
    ("Karen Bass invoked the 1988 strike to argue that the studios can afford the raise.",
     [("indirect", "Bass", "Karen Bass", "the 1988 strike"),
      ("indirect", "Bass", "Karen Bass", "the studios can afford the raise")]),
    ("The WGA urged the studios to return to the table.",
     [("indirect", "WGA", "The WGA", "the studios to return to the table")]),
    # a relative clause that picks out its noun stays in the content
    ("The WGA said the members who voted against the deal were a small minority.",
     [("indirect", "WGA", "The WGA",
       "the members who voted against the deal were a small minority")]),
    # "citing" a reason states it; a quoted predicate the parser hung anywhere
    ("Karen Bass declined to say more, citing a desire to keep the talks confidential.",
     [("indirect", "Bass", "Karen Bass", "a desire to keep the talks confidential")]),
    ("Fran Drescher called the offer “insulting” in a post on Tuesday.",
     [("mixed", "SAG-AFTRA", "Fran Drescher", "the offer “insulting”")]),
    ("The guild called a meeting for Tuesday.", []),
    # a comma that closes an apposition does not set off what follows
    ('The WGA accused the alliance\'s president, Carol Lombardini, of "bad faith."',
     [("mixed", "WGA", "The WGA", 'the alliance\'s president, Carol Lombardini, of "bad faith."')]),
    ('Karen Bass branded the studios an "outlaw cartel."',
     [("mixed", "Bass", "Karen Bass", 'the studios an "outlaw cartel."')]),
    # "found" with an object is evidence only from a source of evidence
    ("The audit found no record of the payments.",
     [("indirect", None, "The audit", "no record of the payments")]),
    ("Fran Drescher found ways to press her agenda.", []),
    # predicates of belief and feeling with a clause
    ("The WGA is confident that a deal can be reached.",
     [("indirect", "WGA", "The WGA", "a deal can be reached")]),
    ("Karen Bass was worried the strike would hurt the city.",
     [("indirect", "Bass", "Karen Bass", "the strike would hurt the city")]),
    ("The studios have made it clear that they will not negotiate.",
     [("indirect", "AMPTP", "The studios", "they will not negotiate")]),
    ("In an interview on Tuesday, Karen Bass made it clear she had misgivings about the deal.",
     [("indirect", "Bass", "Karen Bass", "she had misgivings about the deal")]),
    ("It is clear that the strike will last.", []),
    ("The guild is not sure the deal will hold.", []),
    ("Fran Drescher is unsure whether talks will resume.", []),
    ("The WGA is happy with the deal.", []),
    # "as" asides source the sentence around them, wherever they stand
    ("As Variety reported, the studios had lost $5 billion.",
     [("indirect", None, "Variety", "the studios had lost $5 billion")]),
    ("The studios, as one of the mayor's advisers pointed out, had lost $5 billion.",
     [("indirect", None, "one of the mayor's advisers",
       "The studios, as one of the mayor's advisers pointed out, had lost $5 billion")]),
    ("The studios had lost $5 billion, as Variety reported on Tuesday.",
     [("indirect", None, "Variety", "The studios had lost $5 billion")]),
    ("The studios had lost $5 billion, as first reported by Variety on Tuesday.",
     [("indirect", None, "Variety", "The studios had lost $5 billion")]),
    ("As Fran Drescher put it, the studios are greedy.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the studios are greedy")]),
    ("The guild put the offer to a vote.", []),
    ("As the union said it would, the guild walked out.", []),
    # the clause of "said in a statement that ...", which the parser hangs on the occasion
    ("Karen Bass said in a statement that the strike must end.",
     [("indirect", "Bass", "Karen Bass", "the strike must end")]),
    ("The studios walked out as the union said goodbye.", []),
    # items coordinated with the content, wherever the parser hung them
    ("Fran Drescher has mentioned raising residuals and forcing studios to share data.",
     [("indirect", "SAG-AFTRA", "Fran Drescher",
       "raising residuals and forcing studios to share data")]),
    ("The WGA wants to raise minimums, limit AI and create a new staffing rule.",
     [("position", "WGA", "The WGA",
       "to raise minimums, limit AI and create a new staffing rule")]),
    # an adverbial phrase or clause says when or why, not what
    ("During the strike, Karen Bass said, the city lost jobs.",
     [("indirect", "Bass", "Karen Bass", "the city lost jobs")]),
    ("But when the studios cut their offer, the WGA said.", []),
    ("That was what Karen Bass said when she left the meeting.", []),
    # an "as" aside may name its speaker with an apposition and end on an adjunct
    ('As Bill Smith, a labor economist, recently put it, "The studios can afford this."',
     [("direct", None, "Bill Smith", "The studios can afford this.")]),
    ("As one studio executive pointed out with a telling side-by-side chart of the two offers, "
     "the strike cost $5 billion.",
     [("indirect", None, "one studio executive", "the strike cost $5 billion")]),
    # a participle opening the sentence is the speaker's circumstance, not what was said
    ("Speaking to reporters on Tuesday, Karen Bass responded to the studios.", []),
    # ... and its subject is whoever the clause is about, passive or not
    ("After saying the offer was fair, Carol Lombardini was booed by the writers.",
     [("indirect", "AMPTP", "Carol Lombardini", "the offer was fair")]),
    # a clause's subject that the parser read as the cue's object stays in the clause
    ("Fran Drescher seemed to think the outreach to the writers was phony.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the outreach to the writers was phony")]),
    # a branch of an organisation named with a comma is the organisation, not the place
    ("After two weeks of talks, the Writers Guild of America, West said the studios stalled.",
     [("indirect", "WGA", "the Writers Guild of America, West", "the studios stalled")]),
    # "according to" sources a report of speech or a position less than the report itself,
    # but an act the source narrates is part of its account
    ("According to Variety, the WGA is pushing for higher residuals.",
     [("position", "WGA", "the WGA", "higher residuals")]),
    ("According to police, officers saw the man leave the car, and they ordered him to stop.",
     [("according_to", None, "police",
       "officers saw the man leave the car, and they ordered him to stop")]),
    # a second verb shares the first one's subject, passive or not
    ("Many writers are drawn to the union and feel that the studios have done harm.",
     [("indirect", None, "Many writers", "the studios have done harm")]),
    ("Karen Bass continued to express doubts about the deal and made clear that she would "
     "not back down.",
     [("indirect", "Bass", "Karen Bass", "doubts about the deal"),
      ("indirect", "Bass", "Karen Bass", "she would not back down")]),
    # "during" an occasion or a time says when it was said; during anything else, what
    ("Fran Drescher called the offer an insult during a rally.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the offer an insult")]),
    ("Karen Bass called the strike a common hardship during long walkouts.",
     [("indirect", "Bass", "Karen Bass", "the strike a common hardship during long walkouts")]),
    # a final attribution may carry its speaker's apposition, or a participle of its own
    ("The studios are under intense pressure, said the alliance's president, Carol Lombardini.",
     [("indirect", "AMPTP", "the alliance's president", "The studios are under intense pressure")]),
    ("The offer signals “the beginning of the end” for the strike, said Bill Smith, a pollster.",
     [("mixed", None, "Bill Smith",
       "The offer signals “the beginning of the end” for the strike")]),
    ("The studios did not complain, a guild official said, adding that the talks were hard.",
     [("indirect", None, "a guild official", "The studios did not complain"),
      ("indirect", None, "a guild official", "the talks were hard")]),
    # not claims: narration, refusals to comment, scare quotes and titles, questions
    ("The AMPTP could not immediately be reached for comment.", []),
    ("The strike, which began in May, has shut down most production.", []),
    ("Writers picketed outside the “Stranger Things” set on Tuesday.", []),
    ("Will the studios return to the table?", []),
    ("Reporters asked whether the talks would resume.", []),
    ("Does the WGA support the deal?", []),
    ("Did Karen Bass say the strike must end?", []),
    ("The WGA said if the studios walk away, writers will strike.",
     [("indirect", "WGA", "The WGA", "if the studios walk away, writers will strike")]),
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
    # a passive report names its source with "by"; a document speaks for its sender
    ("It was reported by Variety that the talks had stalled.",
     [("indirect", None, "Variety", "the talks had stalled")]),
    ("The AMPTP statement claimed the writers had walked away.",
     [("indirect", "AMPTP", "The AMPTP statement", "the writers had walked away")]),
    # objects: a quoted predicate, a negated infinitive, a relative clause inside
    ("Karen Bass called the studios “greedy beyond belief” after the meeting.",
     [("mixed", "Bass", "Karen Bass", "the studios “greedy beyond belief”")]),
    ("The WGA challenged the studios not to abandon the talks.",
     [("indirect", "WGA", "The WGA", "the studios not to abandon the talks")]),
    ("The WGA told members that the studios, which had walked out, would return.",
     [("indirect", "WGA", "The WGA", "the studios, which had walked out, would return")]),
    ("The studios want writers who will work for less.",
     [("position", "AMPTP", "The studios", "writers who will work for less")]),
    ("The WGA rejected the offer, the proposal and the timeline.",
     [("position", "WGA", "The WGA", "the offer, the proposal and the timeline")]),
    ("The WGA called the offer “a joke” and walked out.",
     [("mixed", "WGA", "The WGA", "the offer “a joke”")]),
    # "told us ...": whom it was told to is no part of what was said
    ("The WGA told us the deal more than triples residuals.",
     [("indirect", "WGA", "The WGA", "the deal more than triples residuals")]),
    # "for saying ...": the subject said it, passive or not
    ("Karen Bass apologized for saying the strike would end soon.",
     [("indirect", "Bass", "Karen Bass", "the strike would end soon")]),
    ("Fran Drescher was criticized for saying the studios were greedy.",
     [("indirect", "SAG-AFTRA", "Fran Drescher", "the studios were greedy")]),
    # an apposition and a time between the speaker and the cue
    ("Bill Smith, the union's lawyer, on Tuesday argued the studios had lied.",
     [("indirect", None, "Bill Smith", "the studios had lied")]),
    # final attributions: "according to" a description, an "as" aside, a passive before it
    ("Talks broke down, according to two people close to the union.",
     [("according_to", None, "two people close to the union", "Talks broke down")]),
    ("The strike will end soon, as police have said.",
     [("indirect", None, "police", "The strike will end soon")]),
    ("The studios were pressured into accepting a deal, the WGA claimed.",
     [("indirect", "WGA", "the WGA", "The studios were pressured into accepting a deal")]),
    # what follows a semicolon or "but" is another clause, not more of the content
    ("The union said it would strike; the studios did not respond.",
     [("indirect", None, "The union", "it would strike")]),
    ("The studios urged writers to return, but the guild refused.",
     [("indirect", "AMPTP", "The studios", "writers to return")]),
    # a sentence-final attribution after a clause the parser did not link
    ("No deal before September, the studios say.",
     [("indirect", "AMPTP", "the studios", "No deal before September")]),
    # the quoted noun phrase is not the speaker, the nearest subject is
    ("“My reaction, that was outrageous,” SAG-AFTRA's chief negotiator said on Monday.",
     [("direct", "SAG-AFTRA", "SAG-AFTRA's chief negotiator",
       "My reaction, that was outrageous,")]),
    # an elliptical answer ends the quote; its "not" does not negate the cue
    ('"We are ready for a deal. Probably not," Fran Drescher said.',
     [("direct", "SAG-AFTRA", "Fran Drescher", "We are ready for a deal. Probably not,")]),
    ("Karen Bass did not say the strike must end.", []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_construction(claims_of, text, expected):
    got = [(c.type, c.party, c.speaker, c.content) for c in claims_of(text)]
    assert got == expected


# -- hand-built parses ---------------------------------------------------------------------


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
