#!/usr/bin/env bash
# Risk discovery on a synthetic marketplace: generate, discover, look at the findings.
# リスク発見の一連の流れ: 合成データ生成 → 検出 → 結果確認
set -euo pipefail
out="${1:-mamori-discovery-example}"
mamori synth --scale small --seed 1 -o "$out/data"
mamori discover "$out/data" -o "$out/findings.parquet"
mamori discover "$out/data" --only account_ring --only brushing -o "$out/fraud.parquet"
python "$(dirname "$0")/notebook.py" "$out/data"
