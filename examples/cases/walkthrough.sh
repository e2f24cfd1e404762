#!/usr/bin/env bash
# Cases from the command line and the HTTP API, on a throw-away SQLite database.
# Run from the repository root: bash examples/cases/walkthrough.sh
set -euo pipefail
export MAMORI_DATABASE_URL="sqlite:///$(mktemp -d)/cases.db"
M=.venv/bin/mamori

# 1. Findings become cases (idempotent: the second import adds nothing).
$M cases import-findings examples/cases/findings.jsonl
$M cases import-findings examples/cases/findings.jsonl
$M cases list

# 2. An internal escalation from Legal, by hand.
$M cases open --team legal --title "消費者庁からの照会 / inquiry from the Consumer Affairs Agency" --seller-id S9 --risk 0.8

# 3. The same over HTTP (needs `mamori serve` running and a key):
#   KEY=$($M keys create --role analyst | tail -n1)
#   curl -s -X POST localhost:8000/v1/reports -H "Authorization: Bearer $KEY" \
#        -H 'content-type: application/json' \
#        -d '{"entity_type":"listing","entity_id":"L10","reporter_type":"brand","reason":"counterfeit","text":"正規品ではありません"}'
#   curl -s localhost:8000/v1/cases -H "Authorization: Bearer $KEY"
#   curl -s -X POST localhost:8000/v1/cases/1/claim -H "Authorization: Bearer $KEY"
$M cases show 1 | head -40
