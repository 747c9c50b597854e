#!/usr/bin/env bash
# Idempotent set-up, run by `npm run demo` and `npm test`: Debian packages the worker needs, npm
# packages, and the build. Fast when everything is already in place.
#   MOQLAB_SKIP_APT=1   do not check or install Debian packages (bring your own torch via MOQLAB_PYTHON)
set -euo pipefail
cd "$(dirname "$0")/.."

# libopenblas0-pthread replaces the reference BLAS that Debian's torch links by default (about 30x faster fp32 matmul).
# chromium (with a font) renders `moqlab report` pages in the browser test (driven by playwright-core).
APT_PACKAGES=(python3-torch python3-protobuf python3-zmq python3-pytest dataset-fashion-mnist libopenblas0-pthread chromium fonts-dejavu-core)

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
        echo "moqlab setup: missing Debian packages: ${missing[*]}" >&2
        echo "  install them as root: apt-get install -y ${missing[*]}" >&2
        exit 1
      fi
      echo "moqlab setup: installing ${missing[*]}" >&2
      "${sudo[@]}" apt-get update -q >&2
      "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
    fi
  else
    echo "moqlab setup: not a Debian/Ubuntu system; make sure a Python with torch, protobuf and pyzmq (or libzmq)" >&2
    echo "  is available (set MOQLAB_PYTHON to it), and Fashion-MNIST's IDX files (MOQLAB_FASHION_MNIST)." >&2
  fi
fi

stamp=node_modules/.moqlab-lock-sha256
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  echo "moqlab setup: installing npm packages" >&2
  npm ci --no-audit --no-fund >&2
  echo "$lock_hash" >"$stamp"
fi

npm run --silent build >&2
