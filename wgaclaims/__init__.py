"""wgaclaims: who claimed what, and when, in news articles.

    >>> from wgaclaims import extract_claims
    >>> claims = extract_claims(open("article.txt").read())

This module is the public surface, and the only one the command line
imports: the claim record; extraction of one text or many; runs over files
and folders (Extraction, Run); the writers and figures the commands output;
the party registry; scoring against gold (the `evaluate` module); and the
errors (the `errors` module, every message a user can see).

Only the record and the errors are imported with the package. The rest is
imported when first used, so importing the package (and `wgaclaims --help`)
stays fast: spaCy is imported only when a pipeline is first loaded.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from . import errors
from .errors import InputError, UsageError, WgaclaimsError
from .model import CLAIM_TYPES, FIELDS, Article, Claim

if TYPE_CHECKING:  # what _LAZY names, for type checkers
    from . import evaluate
    from .dating.calendar import parse_iso as parse_date
    from .input.reading import Fields, Reading, is_archive, iter_articles, paths_from
    from .output.columns import parse_fields
    from .output.database import check_database
    from .output.records import Writer
    from .output.registry_view import template_text as registry_template
    from .output.registry_view import write as write_registry
    from .output.summary import FORMATS as SUMMARY_FORMATS
    from .output.summary import organisation_names, summarize
    from .output.summary import write as write_summary
    from .output.writers import FILE_FORMATS, FORMATS, SUFFIXES, make_writer
    from .pipeline import extract_claims, load_pipeline
    from .resolve.registry import load_registry
    from .run import Extraction, Run, Selection, timeline

__version__ = "0.1.0"

# Public name -> (module, name in it), imported on first use.
_LAZY = {
    "extract_claims": ("pipeline", "extract_claims"),
    "load_pipeline": ("pipeline", "load_pipeline"),
    "Extraction": ("run", "Extraction"),
    "Run": ("run", "Run"),
    "Selection": ("run", "Selection"),
    "timeline": ("run", "timeline"),
    "parse_date": ("dating.dates", "parse_iso"),
    "Reading": ("input.reading", "Reading"),
    "Fields": ("input.reading", "Fields"),
    "iter_articles": ("input.reading", "iter_articles"),
    "is_archive": ("input.reading", "is_archive"),
    "paths_from": ("input.reading", "paths_from"),
    "FORMATS": ("output.writers", "FORMATS"),
    "FILE_FORMATS": ("output.writers", "FILE_FORMATS"),
    "SUFFIXES": ("output.writers", "SUFFIXES"),
    "parse_fields": ("output.columns", "parse_fields"),
    "check_database": ("output.database", "check_database"),
    "make_writer": ("output.writers", "make_writer"),
    "SUMMARY_FORMATS": ("output.summary", "FORMATS"),
    "summarize": ("output.summary", "summarize"),
    "organisation_names": ("output.summary", "organisation_names"),
    "write_summary": ("output.summary", "write"),
    "Writer": ("output.records", "Writer"),
    "load_registry": ("resolve.registry", "load_registry"),
    "registry_template": ("output.registry_view", "template_text"),
    "write_registry": ("output.registry_view", "write"),
    "evaluate": ("evaluate", ""),
}

__all__ = [
    "CLAIM_TYPES", "FIELDS", "FILE_FORMATS", "FORMATS", "SUFFIXES", "SUMMARY_FORMATS", "Article",
    "Claim", "Extraction", "Fields", "InputError", "Reading", "Run", "Selection", "UsageError",
    "WgaclaimsError", "Writer", "__version__", "check_database", "errors", "evaluate",
    "extract_claims", "is_archive", "iter_articles", "load_pipeline", "load_registry",
    "make_writer", "organisation_names", "parse_date", "parse_fields", "paths_from",
    "registry_template", "summarize", "timeline", "write_registry", "write_summary",
]


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'wgaclaims' has no attribute {name!r}")
    module_name, attr = _LAZY[name]
    module = import_module(f".{module_name}", __name__)
    return getattr(module, attr) if attr else module
