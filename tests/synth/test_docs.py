"""Every synth/demo/report command and option is documented."""

from __future__ import annotations

import inspect
import typing
from pathlib import Path

import typer

from mamori.cli import synth_cmds

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_every_command_and_option_is_documented() -> None:
    doc = (DOCS / "synth.md").read_text("utf-8") + (DOCS / "reports.md").read_text("utf-8")
    probe = typer.Typer()
    synth_cmds.register(probe)
    names = []
    for c in probe.registered_commands:
        assert c.name is not None
        names.append(c.name)
        assert f"mamori {c.name}" in doc, c.name
        hints = typing.get_type_hints(c.callback, include_extras=True)
        for pname in inspect.signature(c.callback).parameters:
            for info in getattr(hints[pname], "__metadata__", ()):
                first = getattr(info, "default", None)
                decls = [first] if isinstance(first, str) else []
                decls += list(getattr(info, "param_decls", ()) or ())
                for d in decls:
                    if d.startswith("-"):
                        assert f"`{d}" in doc or f", `{d}" in doc or d in doc, f"{c.name} {d}"
    assert sorted(names) == ["demo", "report", "synth"]


def test_every_family_and_label_kind_is_documented() -> None:
    from mamori.synth import vocab
    from mamori.synth.generate import LABEL_KINDS

    doc = (DOCS / "synth.md").read_text("utf-8")
    for fam in vocab.ALL_FAMILIES:
        assert f"`{fam}`" in doc, fam
    for kind in LABEL_KINDS:
        assert f"`{kind}`" in doc or (
            kind in ("violation", "lookalike") and f"kind = {kind}" in doc
        ), kind
