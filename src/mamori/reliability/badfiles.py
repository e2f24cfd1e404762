"""Malformed data files for ``mamori scan``: bad rows reported and skipped, good rows kept.

Good rows (some of them violating jp policies) are interleaved with rows of wrong types,
broken UTF-8, huge fields, 10 MB descriptions and deeply nested JSON. The scan must
finish, report each bad row with its line, and give exactly the hits a scan of the good
rows alone gives.
"""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path
from typing import Any

from mamori.reliability.common import CheckResult, cli

GOOD_TITLES = (
    "飲むだけで糖尿病が治るサプリ",
    "肌にうるおいを与える化粧水",
    "がんに効く奇跡の水",
    "国産ひのきのまな板",
    "1週間で10kg痩せる置き換えダイエット",
)


def _good(i: int) -> dict[str, Any]:
    return {
        "id": f"G{i}",
        "seller_id": f"S{i % 7}",
        "category": "health_food" if i % 2 else "kitchen",
        "title": GOOD_TITLES[i % len(GOOD_TITLES)],
        "description": "毎朝1粒" if i % 3 else None,
        "price": 1000 + i,
    }


def _bad_lines(huge_mb: int, depth: int) -> list[tuple[str, bytes]]:
    """(label, raw JSONL line) for every kind of bad row."""
    nested = '{"a": ' * depth + '"x"' + "}" * depth
    deep_text = '{"id": "D1", "title": ' + "[" * depth + "1" + "]" * depth + "}"
    big = "健康" * (huge_mb * 1024 * 1024 // 6)
    return [
        ("price is text", json.dumps({"id": "B1", "title": "x", "price": "abc"}).encode()),
        ("title is a number", json.dumps({"id": "B2", "title": 12345, "price": 1}).encode()),
        ("title is an object", json.dumps({"id": "B3", "title": {"ja": "x"}}).encode()),
        ("id missing", json.dumps({"title": "糖尿病が治る", "price": 1}).encode()),
        ("id is null", json.dumps({"id": None, "title": "x"}).encode()),
        ("broken UTF-8", b'{"id": "B6", "title": "\xe7\xb3\x96\xff\xfe", "price": 1}'),
        ("truncated JSON", b'{"id": "B7", "title": "abc'),
        ("not an object", b'["B8", "title"]'),
        ("deeply nested object", ('{"id": "B9", "description": ' + nested + "}").encode()),
        ("deeply nested arrays", deep_text.encode()),
        ("huge number", b'{"id": "B11", "price": 1' + b"0" * 400 + b"}"),
        ("NaN price", b'{"id": "B12", "price": NaN}'),
        (
            f"{huge_mb} MB description",
            json.dumps(
                {"id": "H1", "title": "糖尿病が治る", "description": big}, ensure_ascii=False
            ).encode(),
        ),
        ("empty line", b""),
        ("NUL bytes", b'{"id": "B15", "title": "\x00\x00"}'),
    ]


def _hits(path: Path) -> list[tuple[str, str]]:
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return sorted((str(r["entity_id"]), str(r["policy_id"])) for r in rows)


def _scan(src: Path, out: Path) -> tuple[int, str]:
    p = cli(["scan", "--pack", "jp", str(src), "-o", str(out)], "sqlite:///unused.db", check=False)
    return p.returncode, p.stderr


def run_badfiles(
    workdir: Path, *, good_rows: int = 400, huge_mb: int = 10, depth: int = 5000
) -> CheckResult:
    res = CheckResult("malformed data files · mamori scan")
    t0 = time.perf_counter()
    good = [_good(i) for i in range(good_rows)]
    bad = _bad_lines(huge_mb, depth)
    clean = workdir / "clean.jsonl"
    clean.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in good) + "\n", encoding="utf-8"
    )
    mixed = workdir / "mixed.jsonl"
    with mixed.open("wb") as f:
        step = max(1, good_rows // (len(bad) + 1))
        b = 0
        for i, row in enumerate(good):
            if i % step == 0 and b < len(bad):
                f.write(bad[b][1] + b"\n")
                b += 1
            f.write(json.dumps(row, ensure_ascii=False).encode() + b"\n")
        for _label, line in bad[b:]:
            f.write(line + b"\n")
    code, err = _scan(clean, workdir / "clean-hits.jsonl")
    res.expect(code == 0, f"clean scan failed: {err[-300:]}")
    expected = _hits(workdir / "clean-hits.jsonl") if code == 0 else []
    code, err = _scan(mixed, workdir / "mixed-hits.jsonl")
    res.expect(code == 0, f"mixed scan exit {code}: {err[-300:]}")
    res.expect("Traceback" not in err, f"traceback on stderr: {err[-500:]}")
    got = _hits(workdir / "mixed-hits.jsonl") if code == 0 else []
    good_ids = {r["id"] for r in good}
    got_good = [h for h in got if h[0] in good_ids]
    res.expect(got_good == expected, f"good rows' hits differ: {len(got_good)} vs {len(expected)}")
    res.expect(bool(expected), "the good rows produced no hits at all (test data too weak)")
    reported = [x for x in err.splitlines() if ":" in x and "mixed.jsonl" in x]
    res.expect(any("UTF-8" in x for x in reported), "broken UTF-8 row not reported as bad")
    res.expect(
        any("--max-field-bytes" in x for x in reported),
        f"{huge_mb} MB description not reported as an oversized field",
    )
    summary = next((x for x in err.splitlines() if x.startswith("scanned")), "")
    res.figures.update(
        {
            "good rows": good_rows,
            "bad rows planted": len(bad),
            "bad rows reported": len(reported),
            "hits on good rows (clean / mixed)": f"{len(expected)} / {len(got_good)}",
            "largest field": f"{huge_mb} MB",
            "nesting depth": depth,
            "scan summary": summary[:160],
        }
    )
    # CSV: the same good rows, with broken UTF-8 and wrong types in some cells.
    buf = io.StringIO()
    w = csv.DictWriter(
        buf, fieldnames=["id", "seller_id", "category", "title", "description", "price"]
    )
    w.writeheader()
    for i, row in enumerate(good[:100]):
        w.writerow({k: ("" if v is None else v) for k, v in row.items()})
        if i == 10:
            w.writerow({"id": "C1", "title": "x", "price": "not-a-number"})
    raw = buf.getvalue().encode()
    raw = raw.replace(b"\nG50,", b"\nC2,\xff\xfe,x,\xe7\xb3,y,1\nG50,", 1)
    csv_path = workdir / "mixed.csv"
    csv_path.write_bytes(raw)
    code, err = _scan(csv_path, workdir / "csv-hits.jsonl")
    res.expect("Traceback" not in err, f"CSV: traceback on stderr: {err[-500:]}")
    if res.expect(code == 0, f"CSV scan exit {code}: {err[-300:]}"):
        got_csv = [h for h in _hits(workdir / "csv-hits.jsonl") if h[0] in good_ids]
        want_csv = [h for h in expected if int(h[0][1:]) < 100]
        res.expect(
            got_csv == want_csv, f"CSV good rows' hits differ: {len(got_csv)} vs {len(want_csv)}"
        )
        res.figures["CSV scan"] = next(
            (x for x in err.splitlines() if x.startswith("scanned")), ""
        )[:160]
    res.seconds = time.perf_counter() - t0
    return res
