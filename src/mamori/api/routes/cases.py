"""Router placeholder; the module's owner fills it (see docs/interfaces.md)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
