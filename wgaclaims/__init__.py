"""wgaclaims: who claimed what, and when, in news articles.

    >>> from wgaclaims import extract_claims
    >>> claims = extract_claims(open("article.txt").read())

spaCy is imported only when a pipeline is first needed, so importing the
package (and `wgaclaims --help`) stays fast.
"""

from __future__ import annotations

from typing import Any

from .model import Article, Claim

__version__ = "0.1.0"
__all__ = ["Article", "Claim", "__version__", "extract_claims", "load_pipeline"]


def __getattr__(name: str) -> Any:
    if name in ("extract_claims", "load_pipeline"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'wgaclaims' has no attribute {name!r}")
