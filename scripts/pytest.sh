#!/usr/bin/env bash
# Runs the Python test suite with the interpreter the controller would use for the worker (the project's
# .venv after set-up), then a smoke subset with Debian's torch 1.13, the supported fallback interpreter.
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(node scripts/find-python.mjs)
"$py" -m pytest -q -rs test/py test/gpu "$@"

fallback=/usr/bin/python3
if [ "$py" != "$fallback" ] && "$fallback" -c 'import torch, google.protobuf' 2>/dev/null; then
  echo "moqlab: the worker under the fallback interpreter $fallback (torch $("$fallback" -c 'import torch; print(torch.__version__)'))" >&2
  PYTHONPATH=py_runtime "$fallback" -m pytest -q -rs -p no:cacheprovider \
    test/py/test_handlers.py test/py/test_quant_primitives.py test/py/test_trainer_moq.py test/py/test_models.py test/py/test_gang.py test/py/test_pulse.py "$@"
else
  echo "moqlab: fallback interpreter not tested: $fallback cannot import torch (scripts/setup.sh --tests installs Debian's python3-torch)" >&2
fi
