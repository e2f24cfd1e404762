"""Entry point of the ``mamori`` command.

Each command group lives in its own module exposing ``register(app)``; modules import
their heavy dependencies inside the commands so ``mamori --help`` stays fast.
"""

from __future__ import annotations

import importlib

import typer

COMMAND_MODULES: tuple[str, ...] = (
    "policy_cmds",  # check, test, scan, explain
    "synth_cmds",  # synth, demo, report
    "discover_cmds",  # discover
    "service_cmds",  # serve, keys, db, enforce, audit, transparency-report
    "lifecycle_cmds",  # backtest, policy, monitor, coverage
    "case_cmds",  # cases
)

app = typer.Typer(
    name="mamori",
    help="守り mamori — marketplace governance: policies, scans, discovery, enforcement.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.command("version")
def version() -> None:
    """Print mamori's version."""
    from mamori import __version__

    typer.echo(__version__)


for _name in COMMAND_MODULES:
    importlib.import_module(f"mamori.cli.{_name}").register(app)


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
