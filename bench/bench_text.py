"""Text benchmarks: normalisation vs plain NFKC, lexicon scan vs pyahocorasick.

Data: generated listing descriptions of ~300 characters mixing hiragana, katakana,
kanji, full-width and half-width forms, punctuation and a little emoji (what marketplace
text looks like), and 2,000 generated Japanese lexicon patterns of which a few dozen
occur in the text (sparse hits, the common case), plus the built-in jp pack (literals
and a few hundred regexes) on the same listings. Baselines run in the same process on
the same data, so the ratios survive a noisy shared machine; times are CPU time
(``time.process_time``, best of ``repeat``), which other processes inflate far less than
wall time. The load average at the start is in each row's note.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
import unicodedata
from collections.abc import Callable
from importlib import resources
from typing import Any

_PHRASES = [
    "【新品未使用】",
    "送料無料！",
    "飲むだけで簡単ダイエット",
    "毎朝１粒でスッキリ",
    "お肌にうるおいを与える化粧水",
    "敏感肌にもやさしい処方（日本製）",
    "ｺﾗｰｹﾞﾝ配合",
    "ビタミンＣたっぷり",
    "即日発送いたします。",
    "ご質問はお気軽にどうぞ♪",
    "箱に少し傷があります。",
    "定価３，９８０円のところ",
    "数回使用しましたが美品です",
    "ペット・喫煙者なしの環境で保管",
    "サイズ：Ｍ／カラー：ネイビー",
    "人気ブランドの限定品✨",
    "プレゼントにもおすすめ🎁",
    "※返品はご遠慮ください",
    "天然由来成分１００％",
    "保湿クリームとセットで",
    "こちらの商品は正規品です",
    "まとめ買いで値引き可能",
    "購入前にコメントをお願いします",
    "写真の物が全てです",
    "コンビニ受取も対応できます",
    "発送は土日になります",
    "ノーブランドですが品質は良いです",
    "使用感が少しあります",
    "香りは控えめです",
    "スーパーで買うより安いです",
    "ギフト包装はできません",
    "冷暗所で保存してください",
]
# Risky wording appears in a minority of listings, as on a real marketplace.
_RISKY = ["脂肪燃焼サプリメント", "肌荒れを防ぐ", "糖尿病が治る", "高血圧に効く", "若返り効果"]
_KANA = (
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
)
_KATA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
_KANJI = "肌髪薬効果改善予防治療症状病気健康美容痩身脂肪血圧糖尿炎症細胞免疫再生若返回復"


def listings(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts: list[str] = []
        while sum(map(len, parts)) < 300:
            parts.append(rng.choice(_RISKY if rng.random() < 0.02 else _PHRASES))
        out.append("".join(parts)[:300])
    return out


def patterns(n: int, seed: int = 11) -> list[str]:
    """Lexicon-like patterns: a few dozen that occur in the listings, the rest not."""
    rng = random.Random(seed)
    pats = {"糖尿病", "高血圧", "治る", "効く", "脂肪燃焼", "肌荒れ", "若返り", "ダイエット"}
    while len(pats) < n:
        kind = rng.random()
        if kind < 0.5:
            word = "".join(chr(rng.randint(0x4E00, 0x7FFF)) for _ in range(rng.randint(2, 4)))
        elif kind < 0.8:
            word = "".join(rng.choice(_KATA) for _ in range(rng.randint(3, 6)))
        else:
            word = "".join(rng.choice(_KANJI) for _ in range(2)) + "".join(
                rng.choice(_KANA) for _ in range(rng.randint(1, 3))
            )
        pats.add(word)
    return sorted(pats)


def _best_of(fn: Callable[[], Any], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def _row(value: float, unit: str, baseline: float, note: str) -> dict[str, Any]:
    return {
        "value": value,
        "unit": unit,
        "baseline_value": baseline,
        "ratio": value / baseline if baseline else None,
        "note": note,
    }


def run(quick: bool = False) -> dict[str, dict[str, Any]]:
    import ahocorasick

    from mamori.text.lexicon import LexiconSet, TextMatcher
    from mamori.text.normalize import normalize, normalize_many

    load = f"load average {os.getloadavg()[0]:.1f}"
    n_docs = 1_000 if quick else 20_000
    repeat = 1 if quick else 3
    docs = listings(n_docs)
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    normalize_many(docs[:10])  # build the lookup tables outside the timings
    results: dict[str, dict[str, Any]] = {}

    nfkc = _best_of(lambda: [unicodedata.normalize("NFKC", d) for d in docs], repeat)
    chunk = 1024
    batch = _best_of(
        lambda: [normalize_many(docs[i : i + chunk]) for i in range(0, len(docs), chunk)], repeat
    )
    single = _best_of(lambda: [normalize(d) for d in docs], repeat)
    results["text.normalize_batch_mb_s"] = _row(
        mb / batch,
        "MB/s",
        mb / nfkc,
        f"normalize_many, batches of {chunk}, {n_docs} x 300 chars; baseline plain NFKC; {load}",
    )
    results["text.normalize_single_mb_s"] = _row(
        mb / single, "MB/s", mb / nfkc, "normalize() one string at a time (realtime path)"
    )

    pats = patterns(200 if quick else 2_000)
    with tempfile.TemporaryDirectory() as cache:
        old = os.environ.get("MAMORI_CACHE_DIR")
        os.environ["MAMORI_CACHE_DIR"] = cache
        try:
            lexs = LexiconSet.from_texts({"bench": "\n".join(pats)})
            t0 = time.perf_counter()
            matcher = TextMatcher(lexs)
            compile_s = time.perf_counter() - t0
            from mamori.text import lexicon as lexicon_module

            lexicon_module._DB_MEMO.clear()
            t0 = time.perf_counter()
            TextMatcher(lexs)
            cached_s = time.perf_counter() - t0
        finally:
            if old is None:
                os.environ.pop("MAMORI_CACHE_DIR", None)
            else:
                os.environ["MAMORI_CACHE_DIR"] = old
    skeletons = [n.text for n in normalize_many(docs)]
    smb = sum(len(s.encode("utf-8")) for s in skeletons) / 1e6

    automaton = ahocorasick.Automaton()
    for p in {n.text for n in normalize_many(pats)}:
        automaton.add_word(p, p)
    automaton.make_automaton()

    def aho() -> int:
        hits = 0
        for s in skeletons:
            for _ in automaton.iter(s):
                hits += 1
        return hits

    def hs_find() -> int:
        return sum(len(ms) for s in skeletons for ms in matcher.find(s).values())

    def hs_raw() -> int:
        return sum(len(matcher.scan(s).hits) for s in skeletons)

    def hs_batch() -> int:
        total = 0
        for i in range(0, len(skeletons), chunk):
            total += sum(len(r.hits) for r in matcher.scan_many(skeletons[i : i + chunk]))
        return total

    def hs_column() -> int:
        return sum(
            len(matcher.scan_column(skeletons[i : i + chunk]))
            for i in range(0, len(skeletons), chunk)
        )

    aho_t = _best_of(aho, repeat)
    find_t = _best_of(hs_find, repeat)
    raw_t = _best_of(hs_raw, repeat)
    batch_t = _best_of(hs_batch, repeat)
    column_t = _best_of(hs_column, repeat)
    hits = hs_raw()
    assert hits == hs_batch() == hs_column(), "batch scans must find what per-listing scans find"
    results["text.lexicon_scan_mb_s"] = _row(
        smb / raw_t,
        "MB/s",
        smb / aho_t,
        f"{len(pats)} patterns, scan() per listing, {hits} raw matches; baseline"
        f" pyahocorasick; {load}",
    )
    results["text.lexicon_scan_batch_mb_s"] = _row(
        smb / batch_t,
        "MB/s",
        smb / aho_t,
        f"scan_many, {chunk} listings per call (batch text pass); baseline pyahocorasick",
    )
    results["text.lexicon_scan_column_mb_s"] = _row(
        smb / column_t,
        "MB/s",
        smb / aho_t,
        f"scan_column, {chunk} listings per call, numpy (row, pattern, start, end) in"
        f" characters; {load}",
    )
    results["text.lexicon_find_mb_s"] = _row(
        smb / find_t,
        "MB/s",
        smb / aho_t,
        "find(): scan + leftmost-longest per lexicon + char offsets",
    )
    # The built-in jp pack: a real pack, where regexes cost more than all literals.
    jp = TextMatcher(LexiconSet.load_dir(str(resources.files("mamori") / "packs" / "jp")))
    jp_skel = skeletons[: len(skeletons) // 4]
    jmb = sum(len(s.encode("utf-8")) for s in jp_skel) / 1e6
    jp.scan_column(jp_skel[:10])  # build the column databases outside the timings
    jp_one = _best_of(lambda: [jp.scan(s) for s in jp_skel], repeat)
    jp_many = _best_of(
        lambda: [jp.scan_many(jp_skel[i : i + chunk]) for i in range(0, len(jp_skel), chunk)],
        repeat,
    )
    jp_col = _best_of(
        lambda: [jp.scan_column(jp_skel[i : i + chunk]) for i in range(0, len(jp_skel), chunk)],
        repeat,
    )
    n_rx = len(jp._regex_ids)
    results["text.jp_scan_mb_s"] = _row(
        jmb / jp_one,
        "MB/s",
        smb / aho_t,
        f"jp pack ({len(jp._patterns)} patterns, {n_rx} regexes), scan() per listing;"
        f" baseline pyahocorasick on the {len(pats)} literals",
    )
    results["text.jp_scan_many_mb_s"] = _row(
        jmb / jp_many, "MB/s", jmb / jp_one, "jp pack, scan_many; baseline scan() per listing"
    )
    results["text.jp_scan_column_mb_s"] = _row(
        jmb / jp_col, "MB/s", jmb / jp_one, "jp pack, scan_column; baseline scan() per listing"
    )
    # Realtime: one field from raw text to matches (normalise + scan + select), per call.
    from mamori.text.functions import TextView

    sample = docs[: 500 if quick else 3_000]
    mine: list[float] = []
    base: list[float] = []
    for d in sample:
        t0 = time.perf_counter()
        TextView(d, matcher).matches("bench")
        t1 = time.perf_counter()
        list(automaton.iter(unicodedata.normalize("NFKC", d)))
        t2 = time.perf_counter()
        mine.append((t1 - t0) * 1e6)
        base.append((t2 - t1) * 1e6)
    mine.sort()
    base.sort()
    p99 = int(len(mine) * 0.99)
    results["text.field_p50_us"] = _row(
        mine[len(mine) // 2],
        "us",
        base[len(base) // 2],
        "one 300-char field: normalise + scan + select; baseline NFKC + pyahocorasick",
    )
    results["text.field_p99_us"] = _row(mine[p99], "us", base[p99], "same, 99th percentile")
    results["text.lexicon_compile_s"] = _row(
        compile_s, "s", cached_s, f"compile {len(pats)} patterns; baseline = load from disk cache"
    )
    if not quick:
        results.update(_jp_start_up(str(resources.files("mamori") / "packs" / "jp"), load))
    return results


def _jp_start_up(pack: str, load: str) -> dict[str, dict[str, Any]]:
    """What every process pays before its first jp-pack scan (CLI run, worker, server):
    parsing the lexicons, then the matcher — compiled with a cold disk cache, recompiled
    after a pack edit (databases gone, hyperscan's per-regex verdicts kept), loaded with
    a warm cache. CPU seconds (compiling is single-threaded)."""
    from pathlib import Path

    from mamori.text import lexicon as lexicon_module
    from mamori.text.lexicon import LexiconSet, TextMatcher

    def ready(lexs: LexiconSet) -> float:
        lexicon_module._DB_MEMO.clear()
        t0 = time.process_time()
        TextMatcher(lexs).scan_column(["あ", "い"])
        return time.process_time() - t0

    with tempfile.TemporaryDirectory() as cache:
        old = os.environ.get("MAMORI_CACHE_DIR")
        os.environ["MAMORI_CACHE_DIR"] = cache
        try:
            t0 = time.process_time()
            lexs = LexiconSet.load_dir(pack)
            parse_s = time.process_time() - t0
            cold_s = ready(lexs)
            for f in Path(cache, "hyperscan").glob("*.hsc"):
                f.unlink()
            edit_s = ready(lexs)
            warm_s = ready(lexs)
        finally:
            if old is None:
                os.environ.pop("MAMORI_CACHE_DIR", None)
            else:
                os.environ["MAMORI_CACHE_DIR"] = old
    note = f"lexicon parsing {parse_s:.2f} s apart; CPU; {load}"
    return {
        "text.jp_matcher_compile_s": _row(
            cold_s,
            "s",
            warm_s,
            "jp pack matcher ready for scan() and scan_column(), cold disk cache (compile);"
            f" baseline warm cache (load); {note}",
        ),
        "text.jp_matcher_recompile_s": _row(
            edit_s,
            "s",
            cold_s,
            "same after a pack edit (databases recompiled, per-regex verdicts kept);"
            " baseline cold cache",
        ),
    }


if __name__ == "__main__":
    for k, v in run(quick=True).items():
        print(k, v)
