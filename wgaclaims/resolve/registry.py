"""The party registry: who the parties are and which names point to them.

A registry is a TOML file of `[[party]]` tables (see data/parties.toml). The
default covers the 2023 Hollywood labour disputes; a user's file replaces it,
or extends it when it says `extends = "default"`. A file may also declare the
`years` its articles come from, the only source of a year for an undated
article (see dates.date_from_weekday). Loading validates the file and reports
the line of each problem, because a silently wrong registry would
misattribute every claim.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path

from ..errors import RegistryError

DEFAULT = "default"
NONE = "none"
KINDS = ("organization", "person")
# A colour as HTML reports draw it: "#rgb" or "#rrggbb". Only hex, because the
# value is written into the report's styles; a named colour with a typo would
# silently draw nothing.
COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


@dataclass(frozen=True)
class Party:
    id: str
    name: str
    kind: str = "organization"
    aliases: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    colour: str | None = None
    roles: tuple[str, ...] = ()  # what its people are ("showrunner"), lower case


@dataclass(frozen=True)
class NameMatch:
    """A registry name found in a text: its span, party, and whether it names a person."""

    start: int
    end: int
    party: str
    person: bool


@dataclass
class Registry:
    parties: list[Party] = field(default_factory=list)
    path: str = DEFAULT
    years: tuple[int, ...] = ()  # the years its articles come from, if the file says

    @cached_property
    def by_id(self) -> dict[str, Party]:
        return {p.id: p for p in self.parties}

    @cached_property
    def _names(self) -> dict[str, tuple[str, bool]]:
        """Every name (alias, member, member's last name) -> (party id, names a person)."""
        names: dict[str, tuple[str, bool]] = {}
        for p in self.parties:
            for alias in (p.name, *p.aliases):
                names.setdefault(alias, (p.id, p.kind == "person"))
            for member in p.members:
                names.setdefault(member, (p.id, True))
        return names

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        if not self._names:
            return None
        alts = sorted(self._names, key=len, reverse=True)
        return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, alts)) + r")(?![\w-])")

    def find_names(self, text: str, extra: dict[str, str] | None = None) -> list[NameMatch]:
        """Registry names in text, longest first at each place, left to right.

        `extra` maps names the article itself established (a member named with
        a party title) to party ids; they count as persons.
        """
        found: list[NameMatch] = []
        if self._pattern is not None:
            for m in self._pattern.finditer(text):
                party, person = self._names[m.group()]
                found.append(NameMatch(m.start(), m.end(), party, person))
        for name, party in (extra or {}).items():
            for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
                if not any(f.start <= m.start() < f.end for f in found):
                    found.append(NameMatch(m.start(), m.end(), party, True))
        found.sort(key=lambda f: f.start)
        return found

    def ids_named(self, name: str) -> list[str]:
        """The ids of the parties `name` names, ignoring case: the party whose id it is,
        else those with it as their name or an alias ("sag" -> SAG-AFTRA)."""
        wanted = name.casefold()
        by_id = [p.id for p in self.parties if p.id.casefold() == wanted]
        return by_id or [p.id for p in self.parties
                         if wanted in (n.casefold() for n in (p.name, *p.aliases))]

    def parties_for_noun(self, noun: str) -> list[str]:
        """Ids of parties a definite description with this noun may point to."""
        noun = noun.lower()
        return [p.id for p in self.parties if noun in p.nouns]

    def member_party(self, last_name: str) -> str | None:
        """The party of a registry member known by this last name, if exactly one."""
        hits = {p.id for p in self.parties for m in p.members if m.split()[-1] == last_name}
        return hits.pop() if len(hits) == 1 else None

    def is_person(self, party_id: str | None) -> bool:
        return party_id is not None and party_id in self.by_id \
            and self.by_id[party_id].kind == "person"

    def member_surnames(self) -> dict[str, str]:
        """Each member's surname, hyphens and all ("Crabtree-Ireland"), -> party id, when
        exactly one party has a member of that surname."""
        owners: dict[str, set[str]] = {}
        for p in self.parties:
            for member in p.members:
                owners.setdefault(member.split()[-1], set()).add(p.id)
        return {name: ids.pop() for name, ids in owners.items() if len(ids) == 1}

    def role_parties(self, role: str) -> list[str]:
        """Ids of parties whose people the role names ("showrunner" -> WGA)."""
        return [p.id for p in self.parties if role in p.roles]

    @cached_property
    def roles(self) -> frozenset[str]:
        return frozenset(r for p in self.parties for r in p.roles)

    @cached_property
    def role_pattern(self) -> re.Pattern[str] | None:
        """The roles in lower-cased text, plurals too: group 1 the role, group 2 the plural."""
        if not self.roles:
            return None
        alts = sorted(self.roles, key=len, reverse=True)
        return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, alts))
                          + r")(s|es)?(?![\w-])")


def _strings(table: dict, key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{where}: {key!r} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _line_of(raw: str, needle: str) -> int | None:
    for n, line in enumerate(raw.splitlines(), 1):
        if needle in line:
            return n
    return None


@dataclass(frozen=True)
class RegistryFile:
    """What one registry file says: its parties, whether it extends the default, its years."""

    parties: list[Party]
    extends: bool = False
    years: tuple[int, ...] = ()


_TOP_KEYS = ("extends", "years", "party")


def _key_line(raw: str, key: str) -> int | None:
    """The line where a top-level `key = ...` is set (not a comment that names it)."""
    m = re.search(rf"^[ \t]*{re.escape(key)}[ \t]*=", raw, re.MULTILINE)
    return raw.count("\n", 0, m.start()) + 1 if m else None


def _years(data: dict, raw: str, path: str) -> tuple[int, ...]:
    """The `years` list: four-digit years, at least one."""
    if "years" not in data:
        return ()
    value = data["years"]
    if not (isinstance(value, list) and value
            and all(type(y) is int and 1000 <= y <= 9999 for y in value)):
        raise RegistryError(path, _key_line(raw, "years"),
                            "'years' must be a list of four-digit years, such as [2023]")
    return tuple(sorted(set(value)))


PARTY_KEYS = frozenset({"id", "name", "kind", "aliases", "nouns", "members", "roles",
                        "colour"})


def _load_toml(raw: str, path: str) -> dict:
    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        at = re.search(r"\(at line (\d+), column \d+\)", str(e))
        problem = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(e))
        raise RegistryError(path, int(at.group(1)) if at else None,
                            f"not valid TOML: {problem}") from e


def _top_level(data: dict, raw: str, path: str) -> tuple[list, bool]:
    """The [[party]] tables and whether the file extends the default, checked."""
    extends = data.get("extends")
    if extends is not None and extends != DEFAULT:
        raise RegistryError(path, _key_line(raw, "extends"),
                            f"extends must be \"{DEFAULT}\" (or left out to replace it)")
    tables = data.get("party", [])
    if not isinstance(tables, list) or not (tables or extends):
        raise RegistryError(path, None, "no [[party]] tables; see `wgaclaims parties --template`")
    stray = sorted(set(data) - set(_TOP_KEYS))
    if stray:
        raise RegistryError(path, _key_line(raw, stray[0]),
                            f"unknown key {stray[0]!r}; a registry holds "
                            "`extends`, `years` and [[party]] tables")
    return tables, extends == DEFAULT


def _colour(table: dict, raw: str, path: str, where: str) -> str | None:
    colour = table.get("colour")
    if colour is not None and not (isinstance(colour, str) and COLOUR.fullmatch(colour)):
        line = next((n for n, text in enumerate(raw.splitlines(), 1)
                     if text.lstrip().startswith("colour") and str(colour) in text), None)
        raise RegistryError(path, line, f'{where}: colour must be a hex colour like "#5bc8dc"')
    return colour.lower() if colour else None


def _party(table: dict, n: int, raw: str, path: str) -> Party:
    """One [[party]] table as a Party, or the first problem with the line it is on."""
    pid = table.get("id")
    if not isinstance(pid, str) or not pid.strip():
        raise RegistryError(path, None, f"party {n} has no 'id'")
    where = f"party {pid!r}"
    kind = table.get("kind", "organization")
    if kind not in KINDS:
        raise RegistryError(path, _line_of(raw, str(kind)),
                            f"{where}: kind must be one of {', '.join(KINDS)}")
    unknown = set(table) - PARTY_KEYS
    if unknown:
        key = sorted(unknown)[0]
        hint = " (it is spelled 'colour')" if key == "color" else ""
        raise RegistryError(path, _line_of(raw, key), f"{where}: unknown key {key!r}{hint}")
    colour = _colour(table, raw, path, where)
    try:
        return Party(
            id=pid.strip(), name=str(table.get("name", pid)).strip(), kind=kind,
            aliases=_strings(table, "aliases", where),
            nouns=tuple(n.lower() for n in _strings(table, "nouns", where)),
            members=_strings(table, "members", where), colour=colour,
            roles=tuple(r.lower() for r in _strings(table, "roles", where)))
    except ValueError as e:
        raise RegistryError(path, _line_of(raw, str(e).split("'")[1]), str(e)) from e


def parse_registry(raw: str, path: str) -> RegistryFile:
    """Parse registry TOML text: its parties, whether it extends the default, its years."""
    data = _load_toml(raw, path)
    tables, extends = _top_level(data, raw, path)
    years = _years(data, raw, path)
    parties = [_party(table, n, raw, path) for n, table in enumerate(tables, 1)]
    return RegistryFile(parties, extends, years)


def validate(parties: Iterable[Party], path: str, raw: str = "") -> None:
    """Reject duplicate ids and a name given to two parties."""
    seen_ids: set[str] = set()
    owner: dict[str, str] = {}
    for p in parties:
        if p.id in seen_ids:
            raise RegistryError(path, _line_of(raw, f'"{p.id}"'), f"duplicate party id {p.id!r}")
        seen_ids.add(p.id)
        for name in {p.name, *p.aliases, *p.members}:
            if name in owner and owner[name] != p.id:
                raise RegistryError(
                    path, _line_of(raw, f'"{name}"'),
                    f"alias {name!r} is given to both {owner[name]!r} and {p.id!r}")
            owner[name] = p.id


def default_text() -> str:
    return resources.files("wgaclaims").joinpath("data/parties.toml").read_text("utf-8")


def load_registry(spec: str | Path | None = DEFAULT) -> Registry:
    """Load the default registry, none ("none": speakers only), or a user's TOML file."""
    if spec is None or str(spec) == NONE:
        return Registry([], NONE)
    if str(spec) == DEFAULT:
        default = parse_registry(default_text(), DEFAULT)
        return Registry(default.parties, DEFAULT, default.years)
    path = str(spec)
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise RegistryError(path, None, f"cannot read the registry ({e.strerror or e})") from e
    except UnicodeDecodeError as e:
        raise RegistryError(path, None, "is not UTF-8 text") from e
    own = parse_registry(raw, path)
    parties, years = own.parties, own.years
    validate(parties, path, raw)
    if own.extends:
        base = parse_registry(default_text(), DEFAULT)
        ids = {p.id for p in parties}
        parties = [p for p in base.parties if p.id not in ids] + parties
        years = years or base.years
        validate(parties, path, raw)
    return Registry(parties, path, years)
