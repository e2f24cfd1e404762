"""One small generated marketplace shared by the synth tests (generation takes ~1 s)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mamori.synth.config import SynthConfig
from mamori.synth.generate import SynthSummary, generate

SMALL = SynthConfig.for_scale("small", seed=7)


@pytest.fixture(scope="session")
def small_data(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, SynthSummary]:
    out = tmp_path_factory.mktemp("synth-small")
    return out, generate(out, SMALL)
