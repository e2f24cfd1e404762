"""Generation streams to disk: peak memory stays bounded at medium scale."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

CHILD = """
import sys
from mamori.synth.config import SynthConfig
from mamori.synth.generate import generate
generate(sys.argv[1], SynthConfig.for_scale("medium", seed=11))
"""


@pytest.mark.slow
def test_medium_scale_peak_memory(tmp_path: Path) -> None:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], check=True, timeout=900)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux
    assert peak_mb >= before / 1024  # the child really ran and was measured
    assert pq.ParquetFile(tmp_path / "orders.parquet").metadata.num_rows >= 1_000_000
    assert pq.ParquetFile(tmp_path / "listings.parquet").metadata.num_rows == 100_000
    # 1 M orders and 100 k listings; 10x that (large) must stay under 2 GB, so medium
    # gets a much tighter bound
    assert peak_mb < 1024, f"peak RSS {peak_mb:.0f} MB"
