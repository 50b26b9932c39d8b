"""The content finder (rules/content/find.py): one reader for every frame.

The finder's readings are tested through the claims they give, in the tables
of the content modules' tests beside this one.
"""

from typing import get_args

from wgaclaims.rules.content.find import READERS
from wgaclaims.rules.frames import Frame


def test_every_frame_has_a_content_reader():
    assert set(READERS) == set(get_args(Frame))
