from __future__ import annotations

import json

import numpy as np
import pyarrow as pa
import pytest

from mamori.discovery.duplicates import (
    DuplicateParams,
    cluster_texts,
    lsh_edges,
    shingle_hashes,
    signatures,
    splitmix64,
)

from .conftest import of_kind


def test_shingle_ids_are_packed_code_points() -> None:
    h, off = shingle_hashes(["abcd", "", "xy"])
    assert off.tolist() == [0, 2, 2, 3]
    expected = [
        (ord("a") << 42) | (ord("b") << 21) | ord("c"),
        (ord("b") << 42) | (ord("c") << 21) | ord("d"),
    ]
    assert h[:2].tolist() == splitmix64(np.array(expected, dtype=np.uint64)).tolist()
    # A text shorter than the shingle is one shingle, zero-padded.
    assert h[2] == splitmix64(np.array([(ord("x") << 42) | (ord("y") << 21)], dtype=np.uint64))[0]


def test_signatures_do_not_depend_on_batching() -> None:
    texts = [f"商品{i} 限定 セール 本革 バッグ" for i in range(50)]
    whole = signatures(texts, 64, 7)
    parts = np.concatenate([signatures(texts[:17], 64, 7), signatures(texts[17:], 64, 7)])
    assert np.array_equal(whole, parts)
    assert not np.array_equal(whole, signatures(texts, 64, 8))


def test_lsh_edges_verify_similarity() -> None:
    sig = np.array([[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 9, 9], [7, 7, 7, 7]], dtype=np.uint32)
    s, d = lsh_edges(sig, bands=2, threshold=0.9)
    assert list(zip(s.tolist(), d.tolist(), strict=True)) == [(1, 0)]
    s, d = lsh_edges(sig, bands=2, threshold=0.5)
    assert sorted(zip(s.tolist(), d.tolist(), strict=True)) == [(1, 0), (2, 0)]


def test_cluster_texts_folds_width_and_spacing() -> None:
    texts = [
        "限定 ルイヴィトン風 モノグラム 本革 ショルダーバッグ 新品",
        "限定ﾙｲｳﾞｨﾄﾝ風ﾓﾉｸﾞﾗﾑ 本革 ショルダーバッグ 新品",  # half-width, no spaces
        "北欧 木製 ランプ 手作り",
        "",
        "",
    ]
    labels = cluster_texts(texts).tolist()
    assert labels[0] == labels[1] == 0
    assert labels[2] == 2
    assert labels[3] == 3 and labels[4] == 4  # empty texts never cluster


def test_wave_found_exactly(all_findings: pa.Table, truth: dict[str, object]) -> None:
    dups = of_kind(all_findings, "duplicate_cluster")
    wave = [d for d in dups if d["entity_ids"] == truth["wave"]]
    assert len(wave) == 1
    ev = json.loads(str(wave[0]["evidence"]))
    assert ev["sellers"] == [f"S{i:03d}" for i in range(40, 46)]
    assert ev["wave"] is True and wave[0]["suggested_action"] == "delist"
    # Background listings (random titles) never cluster.
    for d in dups:
        assert all(str(i).startswith(("LW", "LT")) for i in d["entity_ids"])  # type: ignore[union-attr]


@pytest.mark.parametrize("bands", [8, 16, 32])
def test_recall_on_edited_copies(bands: int) -> None:
    rng = np.random.default_rng(1)
    base = "【限定】ルイヴィトン風 モノグラム 本革 ショルダーバッグ 新品 正規品 送料無料 箱付き"
    chars = list(base)
    texts = []
    for _ in range(20):  # one or two character edits each
        c = chars.copy()
        for _ in range(int(rng.integers(1, 3))):
            c[int(rng.integers(0, len(c)))] = "★"
        texts.append("".join(c))
    labels = cluster_texts(texts, DuplicateParams(bands=bands))
    assert (labels == 0).mean() >= 0.9
