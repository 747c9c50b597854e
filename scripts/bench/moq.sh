#!/usr/bin/env bash
# `npm run bench:moq`: runs scripts/bench/moq.py with the worker's Python (arguments pass through).
set -euo pipefail
cd "$(dirname "$0")/../.."
exec "$(node scripts/find-python.mjs)" scripts/bench/moq.py "$@"
