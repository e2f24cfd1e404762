"""mamori (守り): marketplace governance — policy as code on realtime and batch engines."""

from __future__ import annotations

__version__ = "0.1.0"
