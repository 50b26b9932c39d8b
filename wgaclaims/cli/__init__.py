"""The `wgaclaims` command: a thin shell over the library.

Data goes to stdout, messages to stderr. Each command is a module of its
own; the library is imported through its public surface (wgaclaims/__init__),
and spaCy only once a command needs a pipeline, so `--help` answers at once.
"""

from __future__ import annotations

import signal
import sys

import click

from .. import WgaclaimsError, __version__, errors
from .evaluate import evaluate
from .extract import extract
from .parties import parties
from .summary import summary
from .text import text


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="wgaclaims")
def cli() -> None:
    """Who claimed what, and when: quotes and claims in news articles.

    wgaclaims reads news articles, finds every quote and reported claim, and
    attributes each to a speaker and a party (for the 2023 Hollywood strikes:
    WGA, AMPTP, SAG-AFTRA, DGA, Mayor Karen Bass), with exact character
    offsets into the original text.

    \b
    Start with:
      wgaclaims extract samples/
      wgaclaims extract samples/ --format jsonl | jq '{party, type, content}'
    """


for command in (extract, evaluate, summary, parties, text):
    cli.add_command(command)


def main() -> None:
    """Entry point: quiet on a closed pipe, short on Ctrl-C.

    click's standalone mode would turn Ctrl-C into "Aborted!" and status 1;
    run without it, so Ctrl-C can say what was kept and exit 130 as shells expect.
    """
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        status = cli.main(prog_name="wgaclaims", standalone_mode=False)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except WgaclaimsError as e:  # the run could not go on (a worker lost, a cluster failing)
        click.echo(f"error: {e}", err=True)
        sys.exit(1)
    except click.Abort as e:
        if not isinstance(e.__cause__, KeyboardInterrupt):
            click.echo(errors.ABORTED, err=True)
            sys.exit(1)
        click.echo(errors.INTERRUPTED, err=True)
        sys.exit(130)
    sys.exit(status if isinstance(status, int) else 0)
