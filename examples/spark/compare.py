"""Check that the DuckDB and Spark runs of walkthrough.sh found the same hits.

DuckDB と Spark のヒットが一致することを確認します。
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyarrow.parquet as pq


def main(out: Path) -> int:
    def key(name: str) -> list[tuple[str, str, str]]:
        rows = pq.read_table(out / name).to_pylist()
        return sorted((r["entity_id"], r["policy_id"], str(r["evidence"])) for r in rows)

    duck, spark = key("hits-duckdb.parquet"), key("hits-spark.parquet")
    same = duck == spark
    print(
        f"duckdb {len(duck)} hits, spark {len(spark)} hits: {'identical / 一致' if same else 'DIFFERENT / 不一致'}"
    )
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "mamori-spark-example")))
