"""Engine benchmarks: realtime µs per listing, DuckDB SQL rows/s, batch end to end.

Data: a generated 50-policy pack (text policies with near/lexicon_hit/allowed_claim/
without over title+description, plus price, category and seller conditions) with ~400
lexicon terms, and generated listings whose descriptions are ~300 characters of
Japanese marketplace text (a few percent contain violations). Baselines run in the same
process on the same data:

* realtime vs a per-rule tree-walking interpreter (the same policies evaluated node by
  node, one rule after another, sharing the same text calls);
* batch end to end vs a pandas ``DataFrame.apply`` over rows calling the realtime
  evaluator (on a sample, stated in the note).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

POLICY_COUNT = 50

_FILLER = [
    "【新品未使用】",
    "送料無料！",
    "即日発送いたします。",
    "ご質問はお気軽にどうぞ♪",
    "ｺﾗｰｹﾞﾝ配合",
    "ビタミンＣたっぷり",
    "敏感肌にもやさしい処方（日本製）",
    "毎朝１粒でスッキリ",
    "お肌にうるおいを与える化粧水",
    "大人気商品の再入荷です。",
    "ギフトにもおすすめ。",
    "国産原料のみ使用。",
    "保存料・着色料不使用。",
    "サイズ：約10cm×20cm",
    "色：ホワイト/ブラック",
    "数量限定のため、お早めにどうぞ。",
    "返品・交換は到着後7日以内にご連絡ください。",
    "飲みやすいカプセルタイプ",
]
_RISKY = [
    "糖尿病が治る",
    "がんを予防",
    "飲むだけで痩せる",
    "脂肪燃焼",
    "血圧が下がる",
    "花粉症に効く",
    "日本一売れてる",
    "シミが消える",
    "アトピーが完治",
    "免疫力アップ",
    "高血圧を改善",
]
_CATEGORIES = [
    "cosmetics",
    "health_food",
    "food",
    "electrical",
    "apparel",
    "general",
    "toy",
    "knife",
]

_DISEASES = [
    "糖尿病",
    "がん|癌|ガン",
    "高血圧",
    "花粉症",
    "アトピー",
    "便秘",
    "認知症",
    "不眠症",
    "肝炎",
    "骨粗しょう症",
    "喘息",
    "関節痛",
    "リウマチ",
    "白内障",
    "緑内障",
    "痛風",
    "脂肪肝",
    "動脈硬化",
    "心筋梗塞",
    "脳梗塞",
]
_VERBS = [
    "治る|治す|完治",
    "改善",
    "予防",
    "効く|利く",
    "下がる|下げる",
    "消える",
    "防ぐ",
    "回復",
    "緩和",
    "解消",
]
_BODY = [
    "痩せる|やせる",
    "脂肪燃焼",
    "免疫力",
    "代謝",
    "血糖値",
    "デトックス",
    "若返り",
    "アンチエイジング",
]
_ALLOWED = [
    "肌にうるおいを与える",
    "肌荒れを防ぐ",
    "ニキビを防ぐ",
    "乾燥による小ジワを目立たなくする",
]
_SUPER = ["日本一", "世界一", "最高級", "no.1|ナンバーワン", "史上最強", "業界初"]


def _lexicon(words: list[str], extra: int, seed: int) -> str:
    rng = random.Random(seed)
    kana = (
        "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
    )
    out = list(words)
    for _ in range(extra):  # realistic lexicon size: plausible but rare katakana words
        out.append("".join(rng.choice(kana) for _ in range(rng.randint(4, 7))))
    return "\n".join(out) + "\n"


def make_pack(root: Path) -> Path:
    """A 50-policy pack: 30 text policies, 20 structured ones."""
    (root / "policies").mkdir(parents=True, exist_ok=True)
    (root / "lexicons").mkdir(exist_ok=True)
    (root / "lists").mkdir(exist_ok=True)
    lex = {
        "b.disease": _lexicon(_DISEASES, 150, 1),
        "b.cure": _lexicon(_VERBS, 50, 2),
        "b.body": _lexicon(_BODY, 100, 3),
        "b.allowed": _lexicon(_ALLOWED, 0, 4),
        "b.super": _lexicon(_SUPER, 50, 5),
    }
    for name, text in lex.items():
        (root / "lexicons" / f"{name}.txt").write_text(text, encoding="utf-8")
    (root / "lists" / "b.brands.txt").write_text(
        "GUCCI\nシャネル\nエルメス\nApple\n", encoding="utf-8"
    )
    whens: list[str] = []
    texts = [
        "near(concat_ws(' ', title, description), 'b.disease', 'b.cure', {w}) AND NOT allowed_claim(coalesce(description, ''), 'b.allowed')",
        "lexicon_hit(without(concat_ws(' ', title, description), 'b.allowed'), 'b.body')",
        "cardinality(lexicon_terms(concat_ws(' ', title, description), 'b.super')) >= {n}",
        "lexicon_hit(title, 'b.disease') AND price < {p}",
        "regexp_like(description, '0[0-9]{{1,4}}-[0-9]{{1,4}}-[0-9]{{4}}')",
        "in_list(brand, 'b.brands') AND price < {p}",
    ]
    for i in range(30):
        cats = random.Random(i).sample(_CATEGORIES, 3)
        cond = texts[i % len(texts)].format(w=6 + i % 10, n=1 + i % 3, p=1000 * (1 + i % 9))
        whens.append(f"category IN ('{cats[0]}', '{cats[1]}', '{cats[2]}') AND {cond}")
    structured = [
        "list_price IS NOT NULL AND price < list_price AND (list_price - price) * 100 / list_price >= {k} AND coalesce(price.days_at_list_price_56d, 0) < 14",
        "category = 'electrical' AND product_type IN ('mobile_battery', 'ac_adapter') AND (pse_mark IS NULL OR pse_mark = 'none')",
        "category = 'knife' AND blade_length_cm BETWEEN {k} AND 100",
        "seller.status = 'suspended' AND price > {k}00",
        "length(coalesce(description, '')) < {k} AND lower(title) LIKE '%sale%'",
        "CASE WHEN category = 'alcohol' THEN alcohol_abv > {k} ELSE FALSE END",
        "stock IS NOT NULL AND stock > 4{k}0 AND seller.followers < 2 AND price // 100 % 7 = 3",
    ]
    for i in range(POLICY_COUNT - 30):
        whens.append(structured[i % len(structured)].format(k=10 + i))
    docs = []
    for i, when in enumerate(whens):
        docs.append(
            f"- id: b.p{i:02d}\n  version: 1\n  applies_to: listing\n  status: active\n  family: bench\n"
            f"  title: {{ja: ベンチ{i}, en: Bench {i}}}\n  when: >\n    {when}\n  severity: medium\n  action: label\n"
            f'  points: 1\n  reason: {{ja: "「{{evidence}}」", en: "{{evidence}}"}}\n'
        )
    (root / "policies" / "bench.yaml").write_text("".join(docs), encoding="utf-8")
    return root


def make_listings(n: int, seed: int = 7) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        parts: list[str] = []
        while sum(len(p) for p in parts) < 300:
            parts.append(rng.choice(_FILLER))
        if rng.random() < 0.05:
            parts.insert(rng.randrange(len(parts)), rng.choice(_RISKY))
        price = rng.choice([980, 1980, 2980, 4980, 9800, 19800])
        out.append(
            {
                "id": f"L{i:07d}",
                "seller_id": f"S{rng.randrange(1000):04d}",
                "category": rng.choice(_CATEGORIES),
                "title": rng.choice(_FILLER)
                + " "
                + rng.choice(["サプリ", "化粧水", "バッグ", "充電器", "包丁", "タオル"]),
                "description": "".join(parts),
                "price": price,
                "list_price": price * 2 if rng.random() < 0.03 else None,
                "brand": "GUCCI"
                if rng.random() < 0.02
                else rng.choice(["ノーブランド", "しずく", None]),
                "approval": "none",
                "product_type": rng.choice(["mobile_battery", None]),
                "pse_mark": "none" if rng.random() < 0.05 else rng.choice(["round", "diamond"]),
                "blade_length_cm": 21.0 if rng.random() < 0.05 else rng.choice([None, 8.0, 11.5]),
                "stock": rng.randrange(5000),
                "seller__status": rng.choice(["active"] * 30 + ["restricted", "suspended"]),
                "seller__followers": rng.randrange(50),
                "price__days_at_list_price_56d": rng.randrange(60),
            }
        )
    return out


def _interpreted(pack: Any) -> Any:
    """Baseline: walk each rule's tree node by node (what an interpreter does)."""
    from mamori.engines.sources import split_row
    from mamori.evaluate import sqlsem
    from mamori.evaluate.codegen import call_key
    from mamori.evaluate.realtime import shared_env
    from mamori.evaluate.textcalls import TextCalls, TextState, collect_calls
    from mamori.policy import ast

    calls = collect_calls(p.when for p in pack.policies)
    tc = TextCalls(shared_env(pack))
    like_cache: dict[str, Any] = {}

    def ev(n: ast.Expr, row: dict[str, Any], rel: dict[str, Any], st: TextState) -> Any:
        if isinstance(n, ast.Literal):
            return n.value
        if isinstance(n, ast.FieldRef):
            return row.get(n.path[0]) if len(n.path) == 1 else rel.get(n.path[0], {}).get(n.path[1])
        if isinstance(n, ast.BoolOp):
            a = ev(n.left, row, rel, st)
            if n.op == "and":
                if a is False:
                    return False
                b = ev(n.right, row, rel, st)
                return False if b is False else (None if a is None or b is None else True)
            if a is True:
                return True
            b = ev(n.right, row, rel, st)
            return True if b is True else (None if a is None or b is None else False)
        if isinstance(n, ast.Not):
            a = ev(n.operand, row, rel, st)
            return None if a is None else not a
        if isinstance(n, ast.Compare):
            a, b = ev(n.left, row, rel, st), ev(n.right, row, rel, st)
            if a is None or b is None:
                return None
            return {"=": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[
                n.op
            ]
        if isinstance(n, ast.Arith):
            a, b = ev(n.left, row, rel, st), ev(n.right, row, rel, st)
            if a is None or b is None:
                return None
            if n.op == "/":
                return None if b == 0 else a / b
            return {
                "+": lambda: a + b,
                "-": lambda: a - b,
                "*": lambda: a * b,
                "//": lambda: sqlsem.idiv(a, b),
                "%": lambda: sqlsem.mod(a, b),
                "||": lambda: a + b,
            }[n.op]()
        if isinstance(n, ast.In):
            r = sqlsem.in_(ev(n.operand, row, rel, st), tuple(ev(i, row, rel, st) for i in n.items))
            return (None if r is None else not r) if n.negated else r
        if isinstance(n, ast.Between):
            r = sqlsem.between(
                ev(n.operand, row, rel, st), ev(n.low, row, rel, st), ev(n.high, row, rel, st)
            )
            return (None if r is None else not r) if n.negated else r
        if isinstance(n, ast.IsNull):
            return (ev(n.operand, row, rel, st) is None) != n.negated
        if isinstance(n, ast.Like):
            a = ev(n.operand, row, rel, st)
            if a is None:
                return None
            pat = str(n.pattern.value)  # type: ignore[union-attr]
            rx = like_cache.get(pat) or like_cache.setdefault(
                pat, sqlsem.like_regex(pat, n.case_insensitive)
            )
            return (rx.fullmatch(a) is None) if n.negated else (rx.fullmatch(a) is not None)
        if isinstance(n, ast.Case):
            for c, v in n.whens:
                if ev(c, row, rel, st) is True:
                    return ev(v, row, rel, st)
            return ev(n.default, row, rel, st) if n.default is not None else None
        assert isinstance(n, ast.Call)
        if n.name in calls_by_key_names:
            c = calls[call_key(n)]
            return tc.call(
                c, lambda p: row.get(p[0]) if len(p) == 1 else rel.get(p[0], {}).get(p[1]), st
            )[0]
        args = [ev(a, row, rel, st) for a in n.args]
        if n.name == "coalesce":
            return next((a for a in args if a is not None), None)
        if n.name in ("length", "cardinality"):
            return None if args[0] is None else len(args[0])
        if n.name == "lower":
            return None if args[0] is None else sqlsem.lower(args[0])
        if n.name == "concat":
            return sqlsem.concat(*args)
        return sqlsem.concat_ws(*args)

    from mamori.policy.functions import TEXT_FUNCTIONS

    calls_by_key_names = TEXT_FUNCTIONS - {"without"}

    def evaluate(flat: dict[str, Any]) -> list[str]:
        row, rel = split_row("listing", flat)
        st = TextState()
        return [p.id for p in pack.policies if ev(p.when, row, rel, st) is True]

    return evaluate


# `python -c` (no __main__ file for the workers to re-import): argv = pack, input, output.
_POOLED_SCAN = """
import json, os, sys, time
c0 = time.process_time()
from mamori.engines.runner import run_scan
from mamori.policy import load_pack
c1 = time.process_time()
pack = load_pack(sys.argv[1])
c2 = time.process_time()
t0, c3 = time.perf_counter(), time.process_time()
stats = run_scan(pack, sys.argv[2], sys.argv[3], workers=2, batch_size=32768)
wall, cpu = time.perf_counter() - t0, time.process_time() - c3
print(json.dumps({
    "wall": wall, "cpu": cpu, "workers_cpu": sum(stats.worker_cpu.values()),
    "hits": stats.hits, "import_cpu": c1 - c0, "pack_cpu": c2 - c1,
    "pandas": "pandas" in sys.modules, "load_end": os.getloadavg()[0],
}))
"""


def _hits_hash(hits: list[Any]) -> str:
    """Order-free digest of a hit table (rows as tuples)."""
    return hashlib.sha256(repr(sorted(hits)).encode("utf-8")).hexdigest()[:16]


def _percentile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def run(quick: bool = False) -> dict[str, dict[str, Any]]:
    import pyarrow as pa

    from mamori.engines.duckdb import DuckDBEngine
    from mamori.engines.sources import input_schema, split_row
    from mamori.engines.textpass import TextPass
    from mamori.evaluate.realtime import RealtimeEvaluator
    from mamori.policy import load_pack

    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        pack = load_pack(make_pack(Path(tmp)))
        assert len(pack.policies) == POLICY_COUNT
        n_rt = 500 if quick else 5000
        rows = make_listings(n_rt)
        rt = RealtimeEvaluator(pack)
        interp = _interpreted(pack)
        split = [split_row("listing", r) for r in rows]
        for e, rel in split[:50]:  # warm caches (matcher scratch, regexes)
            rt.raw_hits("listing", e, rel)
        # Wall time and the evaluating thread's CPU time: on a shared, overloaded machine
        # the wall-clock tail is other processes preempting us, not the evaluator.
        times, cpu = [], []
        for e, rel in split:
            t0, c0 = time.perf_counter(), time.thread_time()
            rt.raw_hits("listing", e, rel)
            cpu.append((time.thread_time() - c0) * 1e6)
            times.append((time.perf_counter() - t0) * 1e6)
        base, base_cpu = [], []
        for r in rows[: n_rt // 5]:
            t0, c0 = time.perf_counter(), time.thread_time()
            interp(r)
            base_cpu.append((time.thread_time() - c0) * 1e6)
            base.append((time.perf_counter() - t0) * 1e6)
        # same answers, or the comparison is meaningless
        for r, (e, rel) in list(zip(rows, split, strict=True))[:200]:
            assert interp(r) == [p.id for p, _ in rt.raw_hits("listing", e, rel)]
        p50, p99 = _percentile(times, 0.5), _percentile(times, 0.99)
        b50, b99 = _percentile(base, 0.5), _percentile(base, 0.99)
        results["engine.realtime_p50_us"] = {
            "value": p50,
            "unit": "µs",
            "baseline_value": b50,
            "ratio": b50 / p50,
            "note": f"{POLICY_COUNT} policies, 300-char descriptions; baseline: per-rule tree walk",
        }
        c50, c99 = _percentile(cpu, 0.5), _percentile(cpu, 0.99)
        bc50, bc99 = _percentile(base_cpu, 0.5), _percentile(base_cpu, 0.99)
        results["engine.realtime_cpu_p50_us"] = {
            "value": c50,
            "unit": "µs",
            "baseline_value": bc50,
            "ratio": bc50 / c50,
            "note": "thread CPU time per listing (excludes preemption by other processes)",
        }
        results["engine.realtime_cpu_p99_us"] = {
            "value": c99,
            "unit": "µs",
            "baseline_value": bc99,
            "ratio": bc99 / c99,
            "note": "target < 1000 µs",
        }
        results["engine.realtime_p99_us"] = {
            "value": p99,
            "unit": "µs",
            "baseline_value": b99,
            "ratio": b99 / p99,
            "note": "target < 1000 µs",
        }

        # DuckDB SQL stage: the compiled query over precomputed text columns.
        n_sql = 100_000 if quick else 1_000_000
        engine = DuckDBEngine(pack, batch_size=n_sql)
        plan = engine.plans["listing"]
        schema = input_schema("listing")
        sample = pa.Table.from_pylist(
            [{k: r.get(k) for k in schema.names} for r in rows[:2000]], schema=schema
        )
        tp = TextPass(plan.calls, engine.textcalls).run(sample.to_batches()[0])
        for name, col in {**tp.columns, **tp.evidence_columns(sample.num_rows)}.items():
            sample = sample.append_column(name, col)
        reps = n_sql // sample.num_rows
        big = pa.concat_tables([sample] * reps)
        big = big.append_column("__row", pa.array(range(big.num_rows), type=pa.int64()))
        engine.con.register("batch", big)
        engine.con.sql(plan.sql).to_arrow_table()  # warm
        t0, c0 = time.perf_counter(), time.process_time()
        hits = engine.con.sql(plan.sql).to_arrow_table()
        sql_s, sql_cpu = time.perf_counter() - t0, time.process_time() - c0
        engine.con.unregister("batch")
        rate = big.num_rows / sql_s
        results["engine.duckdb_sql_rows_per_s"] = {
            "value": rate,
            "unit": "rows/s",
            "baseline_value": 1e6,
            "ratio": rate / 1e6,
            "note": f"{big.num_rows:,} rows, {hits.num_rows:,} hits, {len(plan.policies)} policies; "
            f"{sql_cpu:.2f} s process CPU ({big.num_rows / sql_cpu / 1e6:.2f} M rows per "
            f"CPU-second) for {sql_s:.2f} s wall, load average {os.getloadavg()[0]:.1f}; "
            "baseline = the 1 M rows/s target",
        }

        # Batch end to end, including the text pass. One process on n_one listings (CPU
        # time is the figure on a shared machine), then, in the full run, a larger input
        # through two worker processes (spawn start-up included: it is what a user pays).
        n_one = 5000 if quick else 50_000
        n_batch = n_one if quick else 200_000
        brows = make_listings(n_batch, seed=11)
        table = pa.Table.from_pylist(
            [{k: r.get(k) for k in schema.names} for r in brows], schema=schema
        )
        engine = DuckDBEngine(pack)
        engine.scan(table.slice(0, 1000))  # warm
        load0 = os.getloadavg()[0]
        t0, c0 = time.perf_counter(), time.process_time()
        out = engine.scan(table.slice(0, n_one))
        batch_s, batch_cpu = time.perf_counter() - t0, time.process_time() - c0
        # The same hits as the realtime engine (the reference) on a sample of rows:
        # entity, policy and evidence, compared as one hash.
        n_check = min(2000, n_one)
        check_ids = {r["id"] for r in brows[:n_check]}
        want = []
        for r in brows[:n_check]:
            e, rel = split_row("listing", r)
            for p, ev in rt.raw_hits("listing", e, rel):
                want.append((e["id"], p.id, tuple((x.field, x.text, x.start, x.end) for x in ev)))
        got = [
            (h["entity_id"], h["policy_id"], tuple(tuple(x.values()) for x in h["evidence"]))
            for h in out.to_pylist()
            if h["entity_id"] in check_ids
        ]
        sample_hash = _hits_hash(got)
        assert sample_hash == _hits_hash(want), "DuckDB hits differ from the realtime engine"
        one_hash = _hits_hash(
            [(h["entity_id"], h["policy_id"], repr(h["evidence"])) for h in out.to_pylist()]
        )
        import pandas as pd

        n_pd = min(2000, n_one)
        df = pd.DataFrame(brows[:n_pd])

        def apply_row(r: pd.Series) -> int:
            e, rel = split_row(
                "listing",
                {k: (None if isinstance(v, float) and v != v else v) for k, v in r.items()},
            )
            return len(rt.raw_hits("listing", e, rel))

        t0 = time.perf_counter()
        df.apply(apply_row, axis=1)
        pd_s = time.perf_counter() - t0
        pd_rate = n_pd / pd_s
        one_rate = n_one / batch_s
        results["engine.batch_listings_per_s_1_process"] = {
            "value": one_rate,
            "unit": "rows/s",
            "baseline_value": pd_rate,
            "ratio": one_rate / pd_rate,
            "note": f"{n_one:,} listings, 1 process, {out.num_rows:,} hits, incl. text pass: "
            f"{batch_cpu:.1f} s process CPU ({n_one / batch_cpu / 1000:.1f} k listings per "
            f"CPU-second) for {batch_s:.1f} s wall, load average {load0:.1f}; hits = realtime "
            f"engine on {n_check:,} rows (hash {sample_hash}); baseline pandas row-apply on "
            f"{n_pd:,}",
        }
        if quick:
            results["engine.batch_listings_per_s"] = {
                **results["engine.batch_listings_per_s_1_process"],
                "note": results["engine.batch_listings_per_s_1_process"]["note"]
                + "; target ≥ 50 k/s (the full run measures 2 workers on 200,000)",
            }
        else:
            # A fresh process runs `mamori scan --workers 2` end to end as a user does:
            # run_scan from the Parquet file to a Parquet output (engine and fork server
            # start, reading, text pass in 2 workers, hit query, reasons, writing). Timed
            # from run_scan's call to its return; the interpreter's start, imports and
            # pack loading come before it and are stated apart. A fresh process also
            # means nothing is warm and pandas is not imported unless the scan does.
            src = Path(tmp) / "listings.parquet"
            dst = Path(tmp) / "hits.parquet"
            import pyarrow.parquet as pq

            pq.write_table(table, src)
            load1 = os.getloadavg()[0]
            proc = subprocess.run(
                [sys.executable, "-c", _POOLED_SCAN, str(Path(tmp)), str(src), str(dst)],
                capture_output=True,
                text=True,
                check=True,
            )
            m = json.loads(proc.stdout.strip().splitlines()[-1])
            pool_s, pool_cpu, kids_cpu = m["wall"], m["cpu"], m["workers_cpu"]
            out2 = pq.ParquetFile(dst).read()
            # the first n_one listings' hits are the 1-process run's, exactly
            head = [
                (h["entity_id"], h["policy_id"], repr(h["evidence"]))
                for h in out2.to_pylist()
                if int(h["entity_id"][1:]) < n_one
            ]
            assert _hits_hash(head) == one_hash, "2 workers and 1 process differ"
            assert out2.num_rows == m["hits"]
            rate = n_batch / pool_s
            results["engine.batch_listings_per_s"] = {
                "value": rate,
                "unit": "rows/s",
                "baseline_value": pd_rate,
                "ratio": rate / pd_rate,
                "note": f"{n_batch:,} listings, `run_scan --workers 2` (batches of 32,768) from "
                "Parquet to Parquet in a fresh process, incl. text pass, worker start-up, reading "
                f"and writing: {pool_s:.1f} s wall, CPU {pool_cpu:.1f} s main + "
                f"{kids_cpu:.1f} s workers ({n_batch / (pool_cpu + kids_cpu) / 1000:.1f} k "
                f"listings per CPU-second), {out2.num_rows:,} hits; before the timer: imports "
                f"{m['import_cpu']:.1f} s, pack {m['pack_cpu']:.1f} s CPU; pandas imported: "
                f"{m['pandas']}; load average {load1:.1f}-{m['load_end']:.1f} on 2 cores; same "
                f"hits as 1 process; baseline pandas row-apply on {n_pd:,}; target ≥ 50 k/s",
            }
        results["engine.realtime_mean_us"] = {
            "value": statistics.fmean(times),
            "unit": "µs",
            "baseline_value": statistics.fmean(base),
            "ratio": statistics.fmean(base) / statistics.fmean(times),
        }
    return results


if __name__ == "__main__":  # pragma: no cover
    for k, v in run(quick=True).items():
        print(k, v)
