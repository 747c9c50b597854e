#!/usr/bin/env bash
# `npm run bench:eigen`: runs scripts/bench/eigen.py with the worker's Python (arguments pass through).
set -euo pipefail
cd "$(dirname "$0")/../.."
exec "$(node scripts/find-python.mjs)" scripts/bench/eigen.py "$@"
