"""`wgaclaims parties`: the parties of a registry, or a starter registry file."""

from __future__ import annotations

import sys

import click

from .. import WgaclaimsError


@click.command(name="parties")
@click.option("--parties", "spec", default="default", show_default=True,
              metavar="FILE|default|none",
              help="Which registry to list: the built-in one, a TOML file, or none.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]),
              help="Output format. Default: a table on a terminal, JSON when piped.")
@click.option("--template", is_flag=True,
              help="Print a commented starter registry file to copy and edit, and stop.")
def parties(spec: str, fmt: str | None, template: bool) -> None:
    """List the parties in a registry: ids, names, kind, aliases, nouns, members, roles.

    A registry is a TOML file of [[party]] tables; a claim whose speaker
    names one of a party's aliases or members is attributed to that party.

    \b
    Examples:
      wgaclaims parties
      wgaclaims parties --template > uaw.toml
      wgaclaims parties --parties uaw.toml --format json | jq '.parties[].id'
    """
    from .. import load_registry, registry_template, write_registry

    if template:
        click.echo(registry_template(), nl=False)
        return
    try:
        registry = load_registry(spec)
    except WgaclaimsError as e:
        raise click.UsageError(str(e)) from e
    write_registry(registry, fmt or ("table" if sys.stdout.isatty() else "json"), sys.stdout)
