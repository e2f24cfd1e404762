"""Round 10 probe rows (health): written from the sources' classes before the pack was tuned on them.

Round 10 (fourth session) aims at false positives on permitted wording in copy the pack
has never seen. Each probe batch is first scored as written (the first score is noted in a
comment above the batch and in docs/pack-jp.md), then the pack is generalised by class,
not by row. Rows are added with the row constructors of ``build_jp_ads_eval.py``
(split ``tune``).
"""

from __future__ import annotations

from collections.abc import Callable

from holdout_jp_ads import AC, BF, CS, DO, DP, EN, GU, N1, PERM, QD, ST, TK, WL, D  # noqa: F401

Row = Callable[..., None]


def add_probes_r10_health(L: Row, P: Row, S: Row) -> None:
    """Round 10 (health) probes."""
