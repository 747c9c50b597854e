#!/usr/bin/env bash
# The GPU checks of docs/KERNELS.md, one step per call so that each fits a 10-minute device command:
#   scripts/gpu-check.sh tests   the GPU tests and the Hopper machine-code report
#   scripts/gpu-check.sh tune    tune the fused kernel's tiles (writes tuned-<gpu>.json)
#   scripts/gpu-check.sh bench   the kernel benchmark, with the tuned table where one was written
#   scripts/gpu-check.sh bench-cached   the large batches again, with the layers' dense weight kept
# Logs, JSON and Markdown go to $OUT (default ./gpu-check). Needs a CUDA GPU, torch and triton.
set -uo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-gpu-check}
mkdir -p "$out"
py=${MOQLAB_PYTHON:-python3}
export PYTHONPATH=$PWD/py_runtime
# This check is what verifies the Triton backends, so `auto` may pick them here (docs/KERNELS.md).
export MOQLAB_UNVERIFIED_KERNELS=1
table=$(ls "$out"/tuned-*.json 2>/dev/null | head -1)
case "${1:-}" in
  tests)
    nvidia-smi >"$out/nvidia-smi.txt" 2>&1
    "$py" -m pytest -q -rs -p no:cacheprovider test/gpu test/py/test_kernel_sass.py test/py/test_kernel_tiles.py \
      2>&1 | tee "$out/pytest.txt" | tail -40
    "$py" -m moqlab_tools.sass --shapes all --markdown --json "$out/sass.json" >"$out/sass.md" 2>"$out/sass.log"
    ;;
  tune)
    shift
    (cd "$out" && "$py" -m moqlab_tools.tune --markdown "$@") 2>"$out/tune.log" | tee "$out/tune.md" | tail -60
    ;;
  bench)
    shift
    MOQLAB_TUNED_CONFIGS=${table} "$py" -m moqlab_tools.bench --fake-quant --markdown --json "$out/bench.json" "$@" \
      2>"$out/bench.log" | tee "$out/bench.md" | tail -80
    ;;
  bench-cached)
    shift
    MOQLAB_TUNED_CONFIGS=${table} "$py" -m moqlab_tools.bench --dense-weight cached --m 32,64,128,256 --markdown \
      --json "$out/bench-cached.json" "$@" 2>"$out/bench-cached.log" | tee "$out/bench-cached.md" | tail -80
    ;;
  *)
    echo "usage: scripts/gpu-check.sh tests|tune|bench|bench-cached [options of the tuner or the benchmark]" >&2
    exit 2
    ;;
esac
