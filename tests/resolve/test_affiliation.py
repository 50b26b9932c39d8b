"""Who speaks for whom: the party from what the article says, and the evidence for it.

Each table row is an article of a sentence or two, the speaker_name (or the speaker as
written) of one of its claims, and the party and party_via that claim must get. The
claims component runs on each article's recorded parse (tests/parses/, written by
tests/record_parses.py), so no model is loaded.
"""

from __future__ import annotations

import pytest


def _claim_of(claims, who):
    found = [c for c in claims if who in (c.speaker_name, c.speaker)]
    assert found, [(c.speaker, c.speaker_name, c.content) for c in claims]
    return found[-1]


def _check(claims_of, text, who, party, via):
    claim = _claim_of(claims_of(text), who)
    assert (claim.party, claim.party_via) == (party, via)
    if claim.party_evidence is not None:
        assert text[claim.party_evidence_start:claim.party_evidence_end] == claim.party_evidence
    return claim


@pytest.mark.parametrize("text, who, party, via", [
    # possessive
    ('"We will not move on residuals," SAG-AFTRA\'s Tamsin Oduya said on Monday.',
     "Tamsin Oduya", "SAG-AFTRA", "affiliation"),
    # title with the organisation
    ('"The offer on the table is generous," AMPTP spokesperson Rolf Benedek said.',
     "Rolf Benedek", "AMPTP", "affiliation"),
    # apposition
    ('"We are ready to talk tomorrow," said Priya Lindqvist, a member of the WGA '
     'negotiating committee.', "Priya Lindqvist", "WGA", "affiliation"),
    # a party noun in the apposition: the party last named that it fits
    ('The DGA met on Sunday. "The deal is a good one," said Marco Ferrante, president of '
     "the guild's eastern branch.", "Marco Ferrante", "DGA", "affiliation"),
    # predicate, then the last name alone
    ('Odile Marchetti and Ken Abara were among those on the SAG-AFTRA board. '
     '"We stand together," Marchetti said.', "Odile Marchetti", "SAG-AFTRA", "affiliation"),
    # a relative clause
    ('"The board is united," said Pavel Oren, who sits on SAG-AFTRA\'s board.',
     "Pavel Oren", "SAG-AFTRA", "affiliation"),
    # "of the union" in an article that names one union, even after it
    ('"We are close," said Jun Sato of the union, after SAG-AFTRA met the studios.',
     "Jun Sato", "SAG-AFTRA", "affiliation"),
    # a predicate with a party noun, then the surname
    ('Jun Sato is the union\'s lead negotiator. The SAG-AFTRA talks resumed on Monday. '
     '"We are close," Sato said.', "Jun Sato", "SAG-AFTRA", "affiliation"),
    # an officer of another organisation is on no side, even on a picket line
    ('Striking writers picketed outside the studio on Monday. "Voices deserve protection," '
     'said Greta Illing, president of the Puppeteers Society.', "Greta Illing", None, None),
])
def test_affiliation_from_the_articles_words(claims_of, text, who, party, via):
    _check(claims_of, text, who, party, via)


@pytest.mark.parametrize("text, who, party, via", [
    # a role where the article sets that party's dispute
    ('Striking writers marched outside the studio gates. "We want a fair deal," said '
     'showrunner Dana Whitcombe.', "Dana Whitcombe", "WGA", "role"),
    # people named by their role do not set their party's dispute by themselves
    ('Many writers are drawn to the union and say the studios have done harm.',
     "Many writers", None, None),
    # a party noun before a noun for its people, not before anyone's
    ('The studios, as one of the mayor\'s advisers pointed out, had lost money.',
     "one of the mayor's advisers", None, None),
    # the same role where no dispute is set
    ('The museum opened a new wing on Monday. "It is a lovely space," said showrunner '
     'Dana Whitcombe.', "Dana Whitcombe", None, None),
    # a role of a party whose dispute the article does not set
    ('Striking writers marched outside the studio gates. "I came to support my friends," '
     'said actor Lenny Prater.', "Lenny Prater", None, None),
    # a role shared by several parties sets no dispute of its own
    ('Strike captains counted the marchers on Monday. Striking writers marched outside the '
     'studio gates. "I came to support my friends," said actor Lenny Prater.',
     "Lenny Prater", None, None),
    # the people an article meets on one party's picket line
    ('Actors on the SAG-AFTRA picket line chanted on Friday. "We are not going anywhere," '
     'Rosa Quintal told reporters.', "Rosa Quintal", "SAG-AFTRA", "role"),
    # but not those it describes as something else there
    ('Writers picketed outside the studio on Tuesday. "This hurts the local economy," said '
     'Mark Lee, an analyst at a bank.', "Mark Lee", None, None),
    ('Writers picketed outside the studio on Tuesday. "This hurts the local economy," said '
     'Councilmember Ana Ruiz.', "Ana Ruiz", None, None),
    ('Writers picketed outside the studio on Tuesday. "It is a fine script," said Omar Dale, '
     'a screenwriter and film professor.', "Omar Dale", None, None),
    # an unnamed source with a role
    ('The AMPTP and the WGA have not met for weeks. "The guild should settle," one unnamed '
     'studio executive told a trade paper.', "one unnamed studio executive", "AMPTP", "role"),
])
def test_roles_count_where_the_article_sets_the_dispute(claims_of, text, who, party, via):
    _check(claims_of, text, who, party, via)


@pytest.mark.parametrize("text, who, party, name", [
    # a registry member's hyphenated surname alone, after the full name
    ('Duncan Crabtree-Ireland spoke on Tuesday. "We are close," Crabtree-Ireland said.',
     "Crabtree-Ireland", "SAG-AFTRA", "Duncan Crabtree-Ireland"),
    # a hyphenated name the article ties to a side
    ('Nadia Okafor-Lindt, a spokesperson for the AMPTP, spoke on Monday. "We made an offer '
     'last week," Okafor-Lindt said.', "Okafor-Lindt", "AMPTP", "Nadia Okafor-Lindt"),
])
def test_hyphenated_surnames_keep_the_party(claims_of, text, who, party, name):
    claim = _claim_of(claims_of(text), who)
    assert (claim.party, claim.speaker_name) == (party, name)


@pytest.mark.parametrize("text, who, party", [
    # "she" points to the person, never to the publication named after her
    ('Mara Eskildsen, a WGA strike captain, spoke to Variety on Tuesday. "The lines are '
     'long," she said.', "she", "WGA"),
    # "it" to the organisation that is the subject of the clause above it
    ('The AMPTP issued a document on Thursday in which it said, "We remain committed to a '
     'deal."', "it", "AMPTP"),
    # "they" to the group the sentence before was about
    ('SAG-AFTRA called a strike on Thursday. Hundreds of actors marched in Burbank on '
     'Friday. They said they would stay out as long as it takes.', "They", "SAG-AFTRA"),
])
def test_pronouns_agree_with_their_antecedent(claims_of, text, who, party):
    claim = _claim_of(claims_of(text), who)
    assert (claim.party, claim.party_via) == (party, "pronoun")


@pytest.mark.parametrize("text, who", [
    ('The WGA said it would meet the AMPTP on Monday. Both sides said the talks were '
     'productive.', "Both sides"),
    ('The WGA said it would meet the AMPTP on Monday. Each side said the other owed it a '
     'reply.', "Each side"),
    ('The WGA said it would meet the AMPTP on Monday. The writers and the studios said the '
     'talks were productive.', "The writers and the studios"),
    ('The WGA met the AMPTP on Monday. The writers and actors want a bigger share of '
     'streaming revenue.', "The writers and actors"),
])
def test_a_source_naming_two_sides_has_no_party(claims_of, text, who):
    claim = _claim_of(claims_of(text), who)
    assert (claim.party, claim.party_via, claim.party_evidence) == (None, None, None)


def test_an_organisation_is_named_by_the_registry_whatever_the_mention(claims_of):
    text = ('The WGA said on Monday that talks would resume. It added that no date was set.'
            ' The guild also said members should keep picketing.')
    claims = claims_of(text)
    assert {c.speaker_name for c in claims} == {"Writers Guild of America"}
    assert [c.party_via for c in claims] == ["alias", "pronoun", "description"]


@pytest.mark.parametrize("text, who, party, name, via", [
    # a description beside the name the parser took for the subject
    ('"It is time to settle," SAG-AFTRA President Fran Drescher, the star of 1980s hit drama '
     '"The Harbor," said in a statement.', "the star of 1980s", "SAG-AFTRA", "Fran Drescher",
     "member"),
    # a later description of a person named before
    ('Tomas Reyn, a showrunner, was among the writers on the WGA picket line. Later the WGA '
     'writer said the studios had not called.', "the WGA writer", "WGA", "Tomas Reyn",
     "affiliation"),
    # one more of the unnamed people quoted before
    ('Writers on the WGA picket line were upbeat. "We have the leverage," one guild member '
     'said. "We will win," another said.', "another", "WGA", None, "description"),
    # one of the party's people is not the party itself
    ('The WGA held a rally on Monday. "We are not tired," one WGA member said.',
     "one WGA member", "WGA", None, "affiliation"),
    # a modifier naming no party: other people's members
    ('The WGA said it would picket on Friday. Industry members said the lines were long.',
     "Industry members", None, None, None),
    # a group the name is listed in
    ('Many scribes, including Bela Ostrova, walked out on Monday as the WGA strike began. '
     '"We had no choice," Ostrova said.', "Ostrova", "WGA", "Bela Ostrova", "role"),
    # a clause after the list is not an apposition of the name in it
    ('Many people, including Bela Ostrova, said the WGA had been right. "We had no choice," '
     'Ostrova said.', "Ostrova", None, "Bela Ostrova", None),
])
def test_descriptions_of_people(claims_of, text, who, party, name, via):
    claim = _check(claims_of, text, who, party, via)
    assert claim.speaker_name == name


def test_a_source_quoted_in_a_claim_takes_its_quoters_party(claims_of):
    text = ('"A guild leader told me, \'We will win,\'" WGA president Ilse Mandu said a day '
            'after SAG-AFTRA joined the strike.')
    claim = _claim_of(claims_of(text), "A guild leader")
    assert claim.party == "WGA"


@pytest.mark.parametrize("text, speaker, party", [
    # a title joined to the name by a hyphen, which the parser may split into subjects
    ('"We want a deal by Friday," said Netflix co-CEO Ted Sarandos.',
     "Netflix co-CEO Ted Sarandos", "AMPTP"),
])
def test_a_title_before_the_name_does_not_cut_it(claims_of, text, speaker, party):
    claim = _claim_of(claims_of(text), speaker)
    assert claim.party == party


@pytest.mark.parametrize("text, who, party, via", [
    # a document that names its author
    ('The AMPTP met on Monday. A statement from the studio alliance said talks would resume '
     'on Friday.', "A statement from the studio alliance", "AMPTP", "document"),
    # a document the article said a party sent
    ('The WGA sent a note to members on Monday. "Talks will resume," the note said.',
     "the note", "WGA", "document"),
    # descriptions of an organisation
    ('The AMPTP met the WGA on Monday. In a statement, the coalition said talks would resume '
     'on Friday.', "the coalition", "AMPTP", "description"),
    ('The AMPTP released its offer on Monday. The studio group said the offer was generous.',
     "The studio group", "AMPTP", "description"),
    # a person party's noun in an article that never names that person
    ('The city council met on Monday. The mayor said the budget was balanced.',
     "The mayor", None, None),
    ('Mayor Karen Bass met both sides on Monday. The mayor said a deal was close.',
     "The mayor", "Bass", "description"),
])
def test_documents_and_descriptions_speak_for_their_author(claims_of, text, who, party, via):
    _check(claims_of, text, who, party, via)


def test_a_name_leaves_out_the_title_before_it(claims_of):
    text = 'Warner Bros. Discovery CEO David Zaslav told investors the strike would end soon.'
    claim = _claim_of(claims_of(text), "Warner Bros. Discovery CEO David Zaslav")
    assert (claim.party, claim.speaker_name) == ("AMPTP", "David Zaslav")


def test_she_never_points_at_an_organisation_taken_for_a_person(claims_of):
    text = ('Nora Quill joined the rally on Monday, and SAG-AFTRA is two months into its '
            'strike. "We are with them," she said.')
    claim = _claim_of(claims_of(text), "she")
    assert (claim.speaker_name, claim.party) == ("Nora Quill", None)


@pytest.mark.parametrize("text, who, party", [
    # a registry member's surname on someone else ("David Young" is a WGA member)
    ('Pollster Grant Young released a survey on Monday. "Turnout will be high," Young said.',
     "Young", None),
    # ... and on its own, before the article names the member
    ('"Turnout will be high," Young said on Monday.', "Young", None),
    # the member, named in full first
    ('Duncan Crabtree-Ireland spoke on Tuesday. "We are close," Crabtree-Ireland said.',
     "Crabtree-Ireland", "SAG-AFTRA"),
])
def test_a_members_surname_is_theirs_only_after_their_full_name(claims_of, text, who, party):
    assert _claim_of(claims_of(text), who).party == party


def test_a_company_board_sets_no_guild_dispute(claims_of):
    text = ('The board of directors approved the deal on Monday after long talks. "The '
            'merger makes sense," said Lina Hart, one of the directors.')
    assert _claim_of(claims_of(text), "Lina Hart").party is None
