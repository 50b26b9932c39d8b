"""The claim rules: pure functions over a parsed spaCy Doc.

    quotes.py         quotation marks paired into quotes (strings only, no spaCy)
    lexicon.py        the cue lexicon, from data/cues.toml
    words.py          the rules' word lists, from data/words.toml
    frames.py         Frame (the kinds of cue) and the Cue record
    syntax.py         readings of the parse the modules below share
    asides.py         "as the Post reported, ...": asides that source a sentence
    cues.py           find_cues: the words that introduce claims, with their frames
    speakers.py       find_speaker, subject_head: who makes a claim
    speaker_names.py  speaker_span: the words that name the speaker
    content/          find_content: what a claim says, one reader per frame
    attribution.py    attribute: cue -> speaker -> content
    claims.py         typed claims from attributions and quotes (with context, cue_drafts,
                      halves, classify, uncued_quotes, dedupe)
    documents.py      letters and releases an article reproduces whole, up to their end
    transcripts.py    transcripts an article reproduces: "NAME: words" turns
    drafts.py         the Draft record
"""
