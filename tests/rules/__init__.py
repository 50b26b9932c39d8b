"""Tests of wgaclaims/rules, one file per module, none of them loading the trained model.

Each row: a short text, written for these tests, and the claims a reader would
list for it, as (type, party, speaker, content), found by the claims component
on the text's recorded parse (tests/parses/, written by tests/record_parses.py),
so no model is loaded.
"""
