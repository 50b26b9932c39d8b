"""Resolving: who each speaker is, and which party they speak for, with the evidence.

    registry.py     the parties and their names, members and roles (data/parties.toml)
    referents.py    the Resolver: a speaker span to a person, organisation or document
    mentions.py     what a speaker's words stand for (relative pronoun, apposition, joint)
    names.py        surnames and the fullest name an article gives a person
    people.py       what the article says of the people it names, asked per surname
    pronouns.py     what a pronoun points back to, checked for agreement
    affiliation.py  a side from the article's own words ("the guild's negotiator X")
    setting.py      whose dispute the article is about, whose picket line it stands on
"""
