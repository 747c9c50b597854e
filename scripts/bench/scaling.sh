#!/usr/bin/env bash
# `npm run bench:scaling`: runs scripts/bench/scaling.py with the worker's Python (arguments pass through).
set -euo pipefail
cd "$(dirname "$0")/../.."
exec "$(node scripts/find-python.mjs)" scripts/bench/scaling.py "$@"
