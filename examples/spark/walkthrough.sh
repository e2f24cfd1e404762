#!/usr/bin/env bash
# The same policies and detectors on Spark (local mode), compared with DuckDB.
# Spark（ローカルモード）で同じポリシーと検出器を実行し、DuckDB と結果を比べます。
# Needs Java 17 and `pip install 'mamori[spark]'`; for a cluster add --spark-master URL.
set -euo pipefail
out="${1:-mamori-spark-example}"
mamori synth --scale small --seed 1 -o "$out/data"
mamori scan "$out/data/listings.parquet" -o "$out/hits-duckdb.parquet"
mamori scan "$out/data/listings.parquet" -o "$out/hits-spark.parquet" --engine spark --spark-master 'local[2]'
mamori discover "$out/data" -o "$out/findings-spark.parquet" --engine spark
python "$(dirname "$0")/compare.py" "$out"
