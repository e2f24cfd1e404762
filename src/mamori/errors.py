"""Diagnostics and the exception hierarchy.

Policy authors see problems as ``file:line:col: error[CODE]: message`` plus a hint, all at
once; nothing user-facing should ever surface as a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Level(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Span:
    """A 1-based line/column position in a source file."""

    file: str
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem found in a policy, pack or data file, with a stable reason code."""

    code: str
    message: str
    span: Span
    hint: str | None = None
    level: Level = Level.ERROR

    def format(self) -> str:
        """Render as ``file:line:col: error[CODE]: message`` (hint on the next line).

        >>> Diagnostic("E101", "unknown field 'prise'", Span("p.yaml", 3, 7), "did you mean 'price'?").format()
        "p.yaml:3:7: error[E101]: unknown field 'prise'\\n  hint: did you mean 'price'?"
        """
        head = f"{self.span}: {self.level.value}[{self.code}]: {self.message}"
        return head if not self.hint else f"{head}\n  hint: {self.hint}"


class MamoriError(Exception):
    """Base of every error mamori raises on purpose."""


class DiagnosticsError(MamoriError):
    """Raised with every diagnostic collected, never only the first."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        super().__init__("\n".join(d.format() for d in diagnostics))


class DataError(MamoriError):
    """Bad input data (a row or a file) that the caller should report and skip."""


class UnsupportedError(MamoriError):
    """An engine cannot run a feature; raised instead of silently falling back."""


class NotFoundError(MamoriError):
    """A requested entity, policy, case or record does not exist."""


class PermissionDenied(MamoriError):
    """The principal lacks the permission for an operation."""


class ConflictError(MamoriError):
    """The operation conflicts with current state (e.g. a case already claimed)."""
