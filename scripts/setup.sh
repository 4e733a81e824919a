#!/usr/bin/env bash
# Installs everything Sarv POS needs on a Debian 12 machine: system packages (apt-get, as
# root or through sudo) and a virtual environment in .venv with the project and its tools.
# Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # Python
  python3 python3-venv python3-pip
  # Qt offscreen (DESIGN.md 7)
  libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-dejavu-core
  # a real window under Xvfb (screenshots, the demo on a headless machine)
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0
  # test-only: a window manager and X input for the screen-fit tests (tests/test_ui_fit.py)
  openbox xdotool
  # Devanagari on screen
  fonts-noto-core
  # reading back PDFs and QR codes in the tests
  poppler-utils zbar-tools
  # the district server's PostgreSQL path in the tests
  postgresql
  # test-only: libfuse 3 for tests/cutfs.py, the FUSE file system of the power-cut test
  fuse3
  # PyInstaller (build.spec) reads shared-library dependencies with objdump and strips with strip
  binutils
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# an independent ESC/POS decoder for the printer tests runs on Node.js (any npm will do: some
# machines carry a nodejs build that bundles npm and conflicts with Debian's npm package)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Debian's own Python by default: an interpreter outside /root, so the tests can run a child
# as an unprivileged user (the read-only data folder test).
PYTHON=${PYTHON:-$(command -v /usr/bin/python3 || command -v python3)}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "setup: Sarv POS needs Python 3.11 or newer ($PYTHON is older)" >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.sarv-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: installing Python packages into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[dev]'
  echo "$want" > "$stamp"
fi
if [ ! -d tests/npm_decoder/node_modules ]; then
  echo "setup: installing the independent ESC/POS decoder (npm package npos) for the tests"
  npm ci --prefix tests/npm_decoder --silent --no-audit --no-fund >/dev/null
fi
