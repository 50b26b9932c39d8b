"""What a claim says: the content a cue introduces, read from the parse by the cue's frame.

`find.find_content` picks the frame's reader and applies the shared trims; each
reader module holds the rules of one kind of cue.
"""
