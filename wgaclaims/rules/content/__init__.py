"""What a claim says: the content a cue introduces, read from the parse by the cue's frame.

    find.py      find_content: the frame's reader (READERS), then the trims every content gets
    speech.py    speech, cognition: "said that ...", "The deal, she said, is fair."
    objects.py   object, evidence, position: "called the offer an insult", "rejected the deal"
    clauses.py   according, state, noun: "according to X, ...", "confident that ...",
                 "the claim that ..."
    sentence.py  where the attribution stands: "..., experts say.", "..., he told me, ..."
    trims.py     the edges: another's claim, the reporter's aside, an occasion, punctuation
    reading.py   Reading (what a reader is given) and the ways readers gather tokens
"""
