"""``python -m mamori.reliability [--full]``: every check, then docs/reliability.md.

Reduced size (the default) finishes within about ten minutes on two cores; ``--full``
runs the issue's sizes (100 k decisions per database, ≥ 100 k fuzzed policy inputs).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from mamori.reliability.common import CheckResult
from mamori.reliability.report import render

SIZES = {
    "reduced": {"load": 5000, "fuzz": 1000, "schemathesis": 25, "enforce": 1000},
    "full": {"load": 100_000, "fuzz": 25_000, "schemathesis": 100, "enforce": 20_000},
}
CHECKS = ("load", "enforce", "webhooks", "tamper", "fuzz", "schemathesis", "badfiles", "security")


def _plan(size: dict[str, int], work: Path) -> list[tuple[str, Callable[[], CheckResult]]]:
    from mamori.reliability import apifuzz, badfiles, batch, fuzz, load, security, tamper

    plan: list[tuple[str, Callable[[], CheckResult]]] = []

    def bind(
        fn: Callable[..., CheckResult], *args: object, **kw: object
    ) -> Callable[[], CheckResult]:
        return lambda: fn(*args, **kw)

    for kind in ("sqlite", "postgres"):
        plan.append(("load", bind(load.run_load, kind, work, total=size["load"])))
    for kind in ("sqlite", "postgres"):
        plan.append(("enforce", bind(batch.run_enforce_resume, kind, work, rows=size["enforce"])))
    plan.append(("webhooks", lambda: batch.run_webhooks_down(work)))
    for kind in ("sqlite", "postgres"):
        plan.append(("tamper", bind(tamper.run_tamper, kind, work, in_process=True)))
    plan.append(("fuzz", lambda: fuzz.run_fuzz(size["fuzz"])))
    plan.append(
        ("schemathesis", lambda: apifuzz.run_schemathesis(work, examples=size["schemathesis"]))
    )
    plan.append(("badfiles", lambda: badfiles.run_badfiles(work)))
    plan.append(("security", lambda: security.run_security(work)))
    return plan


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m mamori.reliability", description=__doc__)
    ap.add_argument("--full", action="store_true", help="the issue's full sizes (slow)")
    ap.add_argument("--only", action="append", choices=CHECKS, help="run only these checks")
    ap.add_argument("-o", "--output", type=Path, default=Path("docs/reliability.md"))
    args = ap.parse_args(argv)
    mode = "full" if args.full else "reduced"
    if args.full:
        os.environ.setdefault("MAMORI_LONG", "1")
    results: list[CheckResult] = []
    started = time.perf_counter()
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    with tempfile.TemporaryDirectory(prefix="mamori-reliability-") as tmp:
        for name, fn in _plan(SIZES[mode], Path(tmp)):
            if args.only and name not in args.only:
                continue
            print(f"[{time.strftime('%H:%M:%S')}] {name} …", file=sys.stderr, flush=True)
            t0 = time.perf_counter()
            try:
                res = fn()
            except Exception:
                res = CheckResult(name, ok=False, failures=[traceback.format_exc(limit=8)])
            res.seconds = res.seconds or time.perf_counter() - t0
            state = "skipped" if res.skipped else ("ok" if res.ok else "FAILED")
            print(f"    {res.name}: {state} in {res.seconds:.0f} s", file=sys.stderr, flush=True)
            for f in res.failures[:5]:
                print("      " + f.replace("\n", "\n      ")[:800], file=sys.stderr)
            results.append(res)
    elapsed = time.perf_counter() - started
    machine = {
        "mode": mode,
        "python": platform.python_version(),
        "cpus": os.cpu_count() or 0,
        "load average at start": round(load_before, 1),
        "load average at end": round(os.getloadavg()[0], 1) if hasattr(os, "getloadavg") else 0,
        "total seconds": round(elapsed),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    if not args.only:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(render(results, machine), encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    failed = [r.name for r in results if not r.ok]
    print(
        ("FAILED: " + ", ".join(failed))
        if failed
        else f"all {len(results)} checks held in {elapsed:.0f} s / すべて合格",
        file=sys.stderr,
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
