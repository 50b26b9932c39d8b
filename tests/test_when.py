"""Which expression dates a claim: rules on hand-built parses, never on the model.

Each case records one parse of en_core_web_sm 3.8 as `word|tag|pos|dep|head|ent`
tokens, so the rules are tested against a fixed tree: a new model release
cannot break these tests, only the golden files.
"""

import pytest
import spacy
from spacy.tokens import Doc

from wgaclaims.dating.when import expression_of, is_temporal

VOCAB = spacy.blank("en").vocab


def parsed(text: str, tokens: str) -> Doc:
    """A Doc with the recorded parse: spaces are read off the text itself."""
    rows = [t.split("|") for t in tokens.split(" ")]
    words = [r[0] for r in rows]
    spaces, cursor = [], 0
    for w in words:
        cursor = text.index(w, cursor) + len(w)
        spaces.append(text[cursor:cursor + 1] == " ")
    doc = Doc(VOCAB, words=words, spaces=spaces, tags=[r[1] for r in rows],
              pos=[r[2] for r in rows], deps=[r[3] for r in rows],
              heads=[int(r[4]) for r in rows], ents=[r[5] for r in rows])
    assert doc.text == text.rstrip()
    return doc


def chars(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


CASES = [
    # npadvmod of the cue
    ('The guild said in a statement Wednesday that it is ready to meet.',
     'The|DT|DET|det|1|O guild|NN|NOUN|nsubj|2|O said|VBD|VERB|ROOT|2|O in|IN|ADP|prep|2|O '
     'a|DT|DET|det|5|O statement|NN|NOUN|pobj|3|O Wednesday|NNP|PROPN|npadvmod|2|B-DATE '
     'that|IN|SCONJ|mark|9|O it|PRP|PRON|nsubj|9|O is|VBZ|AUX|ccomp|2|O '
     'ready|JJ|ADJ|acomp|9|O to|TO|PART|aux|12|O meet|VB|VERB|xcomp|10|O '
     '.|.|PUNCT|punct|2|O',
     'said', 'it is ready to meet', 'Wednesday'),
    # prepositional object of the cue
    ('Los Angeles Mayor Karen Bass told KNX News on Wednesday that she has met with WGA '
    'officials.',
     'Los|NNP|PROPN|compound|1|B-GPE Angeles|NNP|PROPN|compound|2|I-GPE '
     'Mayor|NNP|PROPN|compound|4|O Karen|NNP|PROPN|compound|4|B-PERSON '
     'Bass|NNP|PROPN|nsubj|5|I-PERSON told|VBD|VERB|ROOT|5|O '
     'KNX|NNP|PROPN|compound|7|B-ORG News|NNP|PROPN|dobj|5|I-ORG on|IN|ADP|prep|5|O '
     'Wednesday|NNP|PROPN|pobj|8|B-DATE that|IN|SCONJ|mark|13|O she|PRP|PRON|nsubj|13|O '
     'has|VBZ|AUX|aux|13|O met|VBN|VERB|ccomp|5|O with|IN|ADP|prep|13|O '
     'WGA|NNP|PROPN|compound|16|B-ORG officials|NNS|NOUN|pobj|14|O .|.|PUNCT|punct|5|O',
     'told', 'she has met with WGA officials', 'Wednesday'),
    # inside the phrase naming the announcement
    ('In an announcement Friday night, WGA leaders said: "We do not yet have a deal."',
     'In|IN|ADP|prep|8|O an|DT|DET|det|2|O announcement|NN|NOUN|pobj|0|O '
     'Friday|NNP|PROPN|compound|4|B-DATE night|NN|NOUN|npadvmod|2|B-TIME '
     ',|,|PUNCT|punct|8|O WGA|NNP|PROPN|compound|7|B-ORG leaders|NNS|NOUN|nsubj|8|O '
     'said|VBD|VERB|ROOT|8|O :|:|PUNCT|punct|8|O "|``|PUNCT|punct|8|O '
     'We|PRP|PRON|nsubj|15|O do|VBP|AUX|aux|15|O not|RB|PART|neg|15|O '
     'yet|RB|ADV|advmod|15|O have|VB|VERB|ccomp|8|O a|DT|DET|det|17|O '
     'deal|NN|NOUN|dobj|15|O .|.|PUNCT|punct|8|O "|\'\'|PUNCT|punct|8|O',
     'said', 'We do not yet have a deal.', 'Friday night'),
    # not the advcl's Wednesday, not the content's Friday
    ('After the WGA strike crossed the 100-day mark on Wednesday, the union sent an email to '
    'members on Thursday announcing that talks will resume Friday, Aug. 11.',
     'After|IN|SCONJ|mark|4|O the|DT|DET|det|3|O WGA|NNP|PROPN|compound|3|B-ORG '
     'strike|NN|NOUN|nsubj|4|O crossed|VBD|VERB|advcl|15|O the|DT|DET|det|9|O '
     '100|CD|NUM|nummod|8|B-DATE -|HYPH|PUNCT|punct|8|I-DATE day|NN|NOUN|compound|9|I-DATE '
     'mark|NN|NOUN|dobj|4|O on|IN|ADP|prep|4|O Wednesday|NNP|PROPN|pobj|10|B-DATE '
     ',|,|PUNCT|punct|15|O the|DT|DET|det|14|O union|NN|NOUN|nsubj|15|O '
     'sent|VBD|VERB|ROOT|15|O an|DT|DET|det|17|O email|NN|NOUN|dobj|15|O '
     'to|IN|ADP|dative|15|O members|NNS|NOUN|pobj|18|O on|IN|ADP|prep|15|O '
     'Thursday|NNP|PROPN|pobj|20|B-DATE announcing|VBG|VERB|advcl|15|O '
     'that|IN|SCONJ|mark|26|O talks|NNS|NOUN|nsubj|26|O will|MD|AUX|aux|26|O '
     'resume|VB|VERB|ccomp|22|O Friday|NNP|PROPN|npadvmod|26|B-DATE ,|,|PUNCT|punct|27|O '
     'Aug.|NNP|PROPN|appos|27|B-DATE 11|CD|NUM|nummod|29|I-DATE .|.|PUNCT|punct|15|O',
     'announcing', 'talks will resume Friday, Aug. 11', 'Thursday'),
    # participle cue dated through its head
    ('That’s in contrast to the AMPTP statement last week asserting that the guild ended talks '
    'on Friday.',
     'That|DT|PRON|nsubj|1|O ’s|VBG|VERB|ROOT|1|O in|IN|ADP|prep|1|O '
     'contrast|NN|NOUN|pobj|2|O to|IN|ADP|prep|3|O the|DT|DET|det|7|O '
     'AMPTP|NNP|PROPN|compound|7|B-ORG statement|NN|NOUN|pobj|4|O '
     'last|JJ|ADJ|amod|9|B-DATE week|NN|NOUN|npadvmod|1|I-DATE '
     'asserting|VBG|VERB|advcl|1|O that|IN|SCONJ|mark|14|O the|DT|DET|det|13|O '
     'guild|NN|NOUN|nsubj|14|O ended|VBD|VERB|ccomp|10|O talks|NNS|NOUN|dobj|14|O '
     'on|IN|ADP|prep|14|O Friday|NNP|PROPN|pobj|16|B-DATE .|.|PUNCT|punct|1|O',
     'asserting', 'the guild ended talks on Friday', 'last week'),
    # participle hung on a noun: dated through the noun's verb
    ('Last Thursday, the WGA negotiating committee sent an email to its members challenging '
    'studios to abandon the playbook.',
     'Last|JJ|ADJ|amod|1|B-DATE Thursday|NNP|PROPN|npadvmod|7|I-DATE ,|,|PUNCT|punct|7|O '
     'the|DT|DET|det|4|O WGA|NNP|PROPN|compound|6|B-ORG negotiating|VBG|VERB|compound|6|O '
     'committee|NN|NOUN|nsubj|7|O sent|VBD|VERB|ROOT|7|O an|DT|DET|det|9|O '
     'email|NN|NOUN|dobj|7|O to|IN|ADP|dative|7|O its|PRP$|PRON|poss|12|O '
     'members|NNS|NOUN|pobj|10|O challenging|VBG|VERB|acl|12|O studios|NNS|NOUN|dobj|13|O '
     'to|TO|PART|aux|16|O abandon|VB|VERB|advcl|7|O the|DT|DET|det|18|O '
     'playbook|NN|NOUN|dobj|16|O .|.|PUNCT|punct|7|O',
     'challenging', 'studios to abandon the playbook', 'Last Thursday'),
    # a date in the content is not when it was said
    ('The guild said the contract expires May 1.',
     'The|DT|DET|det|1|O guild|NN|NOUN|nsubj|2|O said|VBD|VERB|ROOT|2|O the|DT|DET|det|4|O '
     'contract|NN|NOUN|nsubj|5|O expires|VBZ|VERB|ccomp|2|O '
     'May|NNP|PROPN|npadvmod|5|B-DATE 1|CD|NUM|nummod|6|I-DATE .|.|PUNCT|punct|2|O',
     'said', 'the contract expires May 1', None),
    # a boundary preposition: said after, not on, Friday
    ("The union said after Friday's meeting that no agreement was reached.",
     'The|DT|DET|det|1|O union|NN|NOUN|nsubj|2|O said|VBD|VERB|ROOT|2|O '
     "after|IN|ADP|prep|2|O Friday|NNP|PROPN|poss|6|B-DATE 's|POS|PART|case|4|O "
     'meeting|NN|NOUN|pobj|3|O that|IN|SCONJ|mark|11|O no|DT|DET|det|9|O '
     'agreement|NN|NOUN|nsubjpass|11|O was|VBD|AUX|auxpass|11|O reached|VBN|VERB|ccomp|2|O '
     '.|.|PUNCT|punct|2|O',
     'said', 'no agreement was reached', None),
    # the content's date, even after a participle cue
    ("The AMPTP issued a statement in response, saying last Friday's discussion was "
    'unfortunate.',
     'The|DT|DET|det|1|O AMPTP|NNP|PROPN|nsubj|2|B-ORG issued|VBD|VERB|ROOT|2|O '
     'a|DT|DET|det|4|O statement|NN|NOUN|dobj|2|O in|IN|ADP|prep|2|O '
     'response|NN|NOUN|pobj|5|O ,|,|PUNCT|punct|2|O saying|VBG|VERB|advcl|2|O '
     'last|JJ|ADJ|amod|10|B-DATE Friday|NNP|PROPN|poss|12|I-DATE '
     "'s|POS|PART|case|10|I-DATE discussion|NN|NOUN|nsubj|13|O was|VBD|AUX|ccomp|8|O "
     'unfortunate|JJ|ADJ|acomp|13|O .|.|PUNCT|punct|2|O',
     'saying', "last Friday's discussion was unfortunate", None),
    # a nested claim's cue dated inside the outer quote
    ('Last Thursday night at 9 p.m. the AMPTP advised the WGA via voice mail that ‘we don’t '
    'see any need to meet tomorrow,’ meaning Friday March, 24th.',
     'Last|JJ|ADJ|amod|2|B-DATE Thursday|NNP|PROPN|compound|2|I-DATE '
     'night|NN|NOUN|npadvmod|8|B-TIME at|IN|ADP|prep|2|O 9|CD|NUM|nummod|5|B-TIME '
     'p.m.|NN|NOUN|pobj|3|I-TIME the|DT|DET|det|7|O AMPTP|NNP|PROPN|nsubj|8|B-ORG '
     'advised|VBD|VERB|ROOT|8|O the|DT|DET|det|10|O WGA|NNP|PROPN|dobj|8|B-ORG '
     'via|IN|ADP|prep|8|O voice|NN|NOUN|compound|13|O mail|NN|NOUN|pobj|11|O '
     'that|IN|SCONJ|mark|19|O ‘|``|PUNCT|punct|19|O we|PRP|PRON|nsubj|19|O '
     'do|VBP|AUX|aux|19|O n’t|RB|PART|neg|19|O see|VB|VERB|ccomp|8|O any|DT|DET|det|21|O '
     'need|NN|NOUN|dobj|19|O to|TO|PART|aux|23|O meet|VB|VERB|acl|21|O '
     "tomorrow|NN|NOUN|npadvmod|23|B-DATE ,|,|PUNCT|punct|8|O ’|''|PUNCT|punct|8|O "
     'meaning|VBG|VERB|advcl|8|O Friday|NNP|PROPN|compound|29|B-DATE '
     'March|NNP|PROPN|dobj|27|I-DATE ,|,|PUNCT|punct|29|I-DATE 24th|JJ|ADJ|appos|29|I-DATE '
     '.|.|PUNCT|punct|8|O',
     'advised', 'we don’t see any need to meet tomorrow,', 'Last Thursday night at 9 p.m.'),
    # modifier kept with its weekday
    ('The guild said earlier Friday that talks would resume.',
     'The|DT|DET|det|1|O guild|NN|NOUN|nsubj|2|O said|VBD|VERB|ROOT|2|O '
     'earlier|RBR|ADV|advmod|4|B-DATE Friday|NNP|PROPN|npadvmod|2|I-DATE '
     'that|IN|SCONJ|mark|8|O talks|NNS|NOUN|nsubj|8|O would|MD|AUX|aux|8|O '
     'resume|VB|VERB|ccomp|2|O .|.|PUNCT|punct|2|O',
     'said', 'talks would resume', 'earlier Friday'),
    # of-phrase kept with its weekday
    ('The WGA said on Monday of this week that talks would resume.',
     'The|DT|DET|det|1|O WGA|NNP|PROPN|nsubj|2|B-ORG said|VBD|VERB|ROOT|2|O '
     'on|IN|ADP|prep|2|O Monday|NNP|PROPN|pobj|3|B-DATE of|IN|ADP|prep|4|I-DATE '
     'this|DT|DET|det|7|I-DATE week|NN|NOUN|pobj|5|I-DATE that|IN|SCONJ|mark|11|O '
     'talks|NNS|NOUN|nsubj|11|O would|MD|AUX|aux|11|O resume|VB|VERB|ccomp|2|O '
     '.|.|PUNCT|punct|2|O',
     'said', 'talks would resume', 'Monday of this week'),
    # sentence-initial prepositional phrase
    ('In January, the DGA said it had ratified a new contract.',
     'In|IN|ADP|prep|5|O January|NNP|PROPN|pobj|0|B-DATE ,|,|PUNCT|punct|5|O '
     'the|DT|DET|det|4|O DGA|NNP|PROPN|nsubj|5|B-ORG said|VBD|VERB|ROOT|5|O '
     'it|PRP|PRON|nsubj|8|O had|VBD|AUX|aux|8|O ratified|VBN|VERB|ccomp|5|O '
     'a|DT|DET|det|11|O new|JJ|ADJ|amod|11|O contract|NN|NOUN|dobj|8|O .|.|PUNCT|punct|5|O',
     'said', 'it had ratified a new contract', 'January'),
    # month inside the content
    ('The DGA said it reached a deal in early June.',
     'The|DT|DET|det|1|O DGA|NNP|PROPN|nsubj|2|B-ORG said|VBD|VERB|ROOT|2|O '
     'it|PRP|PRON|nsubj|4|O reached|VBD|VERB|ccomp|2|O a|DT|DET|det|6|O '
     'deal|NN|NOUN|dobj|4|O in|IN|ADP|prep|4|O early|JJ|ADJ|amod|9|B-DATE '
     'June|NNP|PROPN|pobj|7|I-DATE .|.|PUNCT|punct|2|O',
     'said', 'it reached a deal in early June', None),
    # a duration, behind a boundary preposition
    ('The union has argued for years that writers are underpaid.',
     'The|DT|DET|det|1|O union|NN|NOUN|nsubj|3|O has|VBZ|AUX|aux|3|O '
     'argued|VBN|VERB|ROOT|3|O for|IN|ADP|prep|3|O years|NNS|NOUN|pobj|4|B-DATE '
     'that|IN|SCONJ|mark|8|O writers|NNS|NOUN|nsubj|8|O are|VBP|AUX|relcl|5|O '
     'underpaid|JJ|ADJ|acomp|8|O .|.|PUNCT|punct|3|O',
     'argued', 'writers are underpaid', None),    # an age is a DATE entity, not a time
    ('Mr. Regalado, 69, said he had been inundated with angry email.',
     'Mr.|NNP|PROPN|compound|1|O Regalado|NNP|PROPN|nsubj|5|B-PERSON ,|,|PUNCT|punct|1|O '
     '69|CD|NUM|appos|1|B-DATE ,|,|PUNCT|punct|1|O said|VBD|VERB|ROOT|5|O '
     'he|PRP|PRON|nsubjpass|9|O had|VBD|AUX|aux|9|O been|VBN|AUX|auxpass|9|O '
     'inundated|VBN|VERB|ccomp|5|O with|IN|ADP|prep|9|O angry|JJ|ADJ|amod|12|O '
     'email|NN|NOUN|pobj|10|O .|.|PUNCT|punct|5|O',
     'said', 'he had been inundated with angry email', None),
    # "TODAY" in a name
    ('The Democratic front-runner will propose spending, the campaign told USA TODAY.',
     'The|DT|DET|det|4|O Democratic|JJ|ADJ|amod|4|B-NORP front|JJ|ADJ|compound|4|O '
     '-|HYPH|PUNCT|punct|4|O runner|NN|NOUN|nsubj|6|O will|MD|AUX|aux|6|O '
     'propose|VB|VERB|ccomp|11|O spending|NN|NOUN|dobj|6|O ,|,|PUNCT|punct|11|O '
     'the|DT|DET|det|10|O campaign|NN|NOUN|nsubj|11|O told|VBD|VERB|ROOT|11|O '
     'USA|NNP|PROPN|compound|13|B-ORG TODAY|NNP|PROPN|dobj|11|I-ORG .|.|PUNCT|punct|11|O',
     'told', 'The Democratic front-runner will propose spending', None),
    # a show's title, "This Week"
    ("Donald Trump picked up on the criticism, telling ABC's This Week that there is a weird "
    'deal going on.',
     'Donald|NNP|PROPN|compound|1|B-PERSON Trump|NNP|PROPN|nsubj|2|I-PERSON '
     'picked|VBD|VERB|ROOT|2|O up|RP|ADP|prt|2|O on|IN|ADP|prep|2|O the|DT|DET|det|6|O '
     'criticism|NN|NOUN|pobj|4|O ,|,|PUNCT|punct|2|O telling|VBG|VERB|advcl|2|O '
     "ABC|NNP|PROPN|poss|12|B-ORG 's|POS|PART|case|9|O This|DT|DET|det|12|B-DATE "
     'Week|NN|NOUN|dobj|8|I-DATE that|IN|SCONJ|mark|15|O there|EX|PRON|expl|15|O '
     'is|VBZ|VERB|ccomp|8|O a|DT|DET|det|18|O weird|JJ|ADJ|amod|18|O '
     'deal|NN|NOUN|attr|15|O going|VBG|VERB|acl|18|O on|RP|ADP|prt|19|O '
     '.|.|PUNCT|punct|2|O',
     'telling', 'there is a weird deal going on', None),
    # a finite clause ("was announced") is not climbed
    ('The concert will take place on Feb. 5, just days after Sanders was announced the winner.',
     'The|DT|DET|det|1|O concert|NN|NOUN|nsubj|3|O will|MD|AUX|aux|3|O '
     'take|VB|VERB|ROOT|3|O place|NN|NOUN|dobj|3|O on|IN|ADP|prep|3|O '
     'Feb.|NNP|PROPN|pobj|5|B-DATE 5|CD|NUM|nummod|6|I-DATE ,|,|PUNCT|punct|6|O '
     'just|RB|ADV|advmod|10|B-DATE days|NNS|NOUN|npadvmod|14|I-DATE '
     'after|IN|SCONJ|mark|14|O Sanders|NNP|PROPN|nsubjpass|14|B-PERSON '
     'was|VBD|AUX|auxpass|14|O announced|VBN|VERB|advcl|3|O the|DT|DET|det|16|O '
     'winner|NN|NOUN|dobj|14|O .|.|PUNCT|punct|3|O',
     'announced', 'the winner', None),
    # an infinitive is climbed past its "to"
    ('Donald Trump tweeted on Friday to say he had never suggested a database.',
     'Donald|NNP|PROPN|compound|1|B-PERSON Trump|NNP|PROPN|nsubj|2|I-PERSON '
     'tweeted|VBD|VERB|ROOT|2|O on|IN|ADP|prep|2|O Friday|NNP|PROPN|pobj|3|B-DATE '
     'to|TO|PART|aux|6|O say|VB|VERB|advcl|2|O he|PRP|PRON|nsubj|10|O had|VBD|AUX|aux|10|O '
     'never|RB|ADV|neg|10|O suggested|VBN|VERB|ccomp|6|O a|DT|DET|det|12|O '
     'database|NN|NOUN|dobj|10|O .|.|PUNCT|punct|2|O',
     'say', 'he had never suggested a database', 'Friday'),
    # a conjunct with its own subject keeps its own time
    ('The plan was approved last year, but city officials have since balked at the hotel.',
     'The|DT|DET|det|1|O plan|NN|NOUN|nsubjpass|3|O was|VBD|AUX|auxpass|3|O '
     'approved|VBN|VERB|ROOT|3|O last|JJ|ADJ|amod|5|B-DATE year|NN|NOUN|npadvmod|3|I-DATE '
     ',|,|PUNCT|punct|3|O but|CC|CCONJ|cc|3|O city|NN|NOUN|compound|9|O '
     'officials|NNS|NOUN|nsubj|12|O have|VBP|AUX|aux|12|O since|IN|SCONJ|advmod|12|O '
     'balked|VBN|VERB|conj|3|O at|IN|ADP|prep|12|O the|DT|DET|det|15|O '
     'hotel|NN|NOUN|pobj|13|O .|.|PUNCT|punct|12|O',
     'balked', 'the hotel', None),
    # a hyphenated adjective, "two-decade"
    ('"The locus would then move to the committee," said Elaine Kamarck, a two-decade veteran '
    'of the committee.',
     '"|``|PUNCT|punct|11|O The|DT|DET|det|2|O locus|NN|NOUN|nsubj|5|O '
     'would|MD|AUX|aux|5|O then|RB|ADV|advmod|5|O move|VB|VERB|ccomp|11|O '
     'to|IN|ADP|prep|5|O the|DT|DET|det|8|O committee|NN|NOUN|pobj|6|O '
     ',|,|PUNCT|punct|11|O "|\'\'|PUNCT|punct|11|O said|VBD|VERB|ROOT|11|O '
     'Elaine|NNP|PROPN|compound|13|B-PERSON Kamarck|NNP|PROPN|nsubj|11|I-PERSON '
     ',|,|PUNCT|punct|13|O a|DT|DET|det|19|O two|CD|NUM|nummod|18|B-DATE '
     '-|HYPH|PUNCT|punct|18|I-DATE decade|NN|NOUN|compound|19|I-DATE '
     'veteran|NN|NOUN|appos|13|O of|IN|ADP|prep|19|O the|DT|DET|det|22|O '
     'committee|NN|NOUN|pobj|20|O .|.|PUNCT|punct|11|O',
     'said', 'The locus would then move to the committee,', None),
]


@pytest.mark.parametrize("text, tokens, cue, content, expected", CASES,
                         ids=[c[4] or f"none-{i}" for i, c in enumerate(CASES)])
def test_the_expression_attached_to_the_cue(text, tokens, cue, content, expected):
    doc = parsed(text, tokens)
    span = expression_of(doc, chars(text, cue), chars(text, content))
    assert (span.text if span is not None else None) == expected


def test_a_date_in_another_quote_is_not_the_claims():
    text, tokens, cue, content, _ = CASES[0]
    doc = parsed(text, tokens)
    where = chars(text, "Wednesday")
    assert expression_of(doc, chars(text, cue), chars(text, content), [where]) is None


@pytest.mark.parametrize("text, tokens, index, expected", [
    ("They may meet.", "They|PRP|PRON|nsubj|2|O may|MD|AUX|aux|2|O meet|VB|VERB|ROOT|2|O "
     ".|.|PUNCT|punct|2|O", 1, False),  # the modal, not the month
    ("In May it said.", "In|IN|ADP|prep|3|O May|NNP|PROPN|pobj|0|O it|PRP|PRON|nsubj|3|O "
     "said|VBD|VERB|ROOT|3|O .|.|PUNCT|punct|3|O", 1, True),  # a month the NER missed
    ("Sat there.", "Sat|VBD|VERB|ROOT|0|O there|RB|ADV|advmod|0|O .|.|PUNCT|punct|0|O", 0,
     False),  # a weekday's short form only inside a DATE entity
])
def test_temporal_words(text, tokens, index, expected):
    assert is_temporal(parsed(text, tokens)[index]) is expected
