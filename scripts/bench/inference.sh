#!/usr/bin/env bash
# `npm run bench:inference`: runs scripts/bench/inference.py with the worker's Python (arguments pass through).
set -euo pipefail
cd "$(dirname "$0")/../.."
exec "$(node scripts/find-python.mjs)" scripts/bench/inference.py "$@"
