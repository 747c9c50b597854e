#!/usr/bin/env bash
# Runs the Python test suite with the interpreter the controller would use for the worker.
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(node scripts/find-python.mjs)
exec "$py" -m pytest -q -rs test/py test/gpu "$@"
