"""Tests of wgaclaims/input/: each kind of input, read as the command line reads it."""
