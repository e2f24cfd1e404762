"""Run every benchmark module (bench/bench_*.py) and write bench/results.json.

Each module exposes ``run(quick: bool) -> dict[str, dict]`` returning
``{name: {"value", "unit", "baseline_value", "ratio", "note"?}}``; baselines are measured in
the same run so ratios survive a noisy shared machine. ``python -m bench --only text``
runs one module; ``--quick`` shrinks the data (used by tests of the harness).
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--only", action="append", default=[], help="module suffix, e.g. text")
    parser.add_argument("--quick", action="store_true", help="small data, for smoke runs")
    parser.add_argument("-o", "--output", default=str(HERE / "results.json"))
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE.parent))
    names = sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    if args.only:
        names = [n for n in names if n.removeprefix("bench_") in args.only]
    out_path = Path(args.output)
    results: dict[str, dict[str, object]] = {}
    if out_path.exists() and args.only:
        results = json.loads(out_path.read_text())
    for name in names:
        started = time.perf_counter()
        print(f"== {name}", flush=True)
        module = importlib.import_module(f"bench.{name}")
        for key, row in module.run(quick=args.quick).items():
            results[key] = row
            ratio = row.get("ratio")
            print(
                f"  {key:<48} {row['value']:>14.4g} {row['unit']:<10}"
                f" baseline {row.get('baseline_value', float('nan')):>12.4g}"
                f"  ratio {ratio if ratio is None else f'{ratio:.2f}'}"
                + (f"  ({row['note']})" if row.get("note") else ""),
                flush=True,
            )
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    out_path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {out_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
