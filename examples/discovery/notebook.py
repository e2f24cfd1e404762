"""The discovery Python API as a notebook would use it (run: python notebook.py DATA_DIR).

ノートブックからの利用例: 検出結果と出品者リスク表を Arrow/pandas で扱います。
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pyarrow.compute as pc

from mamori.discovery.scoring import as_table, score
from mamori.services.discovery import discover, seller_risk

data = Path(sys.argv[1] if len(sys.argv) > 1 else "mamori-discovery-example/data")

findings = discover(data)  # pyarrow.Table in the Contracts schema
print(findings.group_by("kind").aggregate([("finding_id", "count")]).to_pandas())

ranked = seller_risk(data)  # one row per seller, rank 1 = riskiest
print(
    ranked.select(["rank", "seller_id", "risk_score", "refund_rate", "reports"])
    .slice(0, 10)
    .to_pandas()
)

for row in findings.filter(pc.equal(findings["kind"], "policy_gap")).slice(0, 1).to_pylist():
    evidence = json.loads(row["evidence"])
    print(f"gap term: {evidence['term']}  lift {evidence['lift']}")
    print(evidence["draft_policy_yaml"])  # save, edit, then `mamori check` it

labels = data / "labels.parquet"
if labels.exists():  # synthetic data carries the truth: precision and recall per kind
    import pyarrow.parquet as pq

    print(as_table(score(findings, pq.read_table(labels))).to_pandas())
