#!/usr/bin/env bash
# Installs what Sarv POS needs on a Debian 12 machine: system packages (apt-get, as root or
# through sudo) and a virtual environment in .venv, from the hashed lock files in requirements/.
#
#   bash scripts/setup.sh          a till (and the demo): only what the counter needs
#   bash scripts/setup.sh --test   a developer's or CI's machine: the till's packages, plus the
#                                  test tools, PostgreSQL, Node.js, Chromium, PyInstaller's needs
#
# Safe to run again: it skips what is already there. The README's "What each command installs"
# says which package is there for what.
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=till
case "${1:-}" in
  --test) MODE=test ;;
  "") ;;
  *) echo "usage: bash scripts/setup.sh [--test]" >&2; exit 2 ;;
esac

TILL_PACKAGES=(
  # Python 3.11 and its venv module (ensurepip brings pip into .venv)
  python3 python3-venv
  # Qt on any platform, offscreen included (docs/architecture.md, "Traps")
  libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-dejavu-core
  # Qt's xcb window on X11, and Xvfb for the demo on a machine without a screen
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0
  # Devanagari in Qt's fallback fonts (the counter's own texts use the bundled fonts)
  fonts-noto-core
)
TEST_PACKAGES=(
  # test-only: reading back PDFs and QR codes
  poppler-utils zbar-tools
  # test-only: the district server's PostgreSQL path (the tests start their own cluster)
  postgresql
  # test-only: the bundle (PyInstaller needs the shared libpython, objdump and strip)
  libpython3.11 binutils
  # test-only: the district office pages in a real browser
  chromium chromium-driver
  # test-only: driving real windows under Xvfb with a window manager (UI screenshots)
  xdotool openbox
  # test-only: libfuse 3 for tests/cutfs.py, the FUSE file system of the power-cut test
  fuse3
)

packages=("${TILL_PACKAGES[@]}")
[ "$MODE" = test ] && packages+=("${TEST_PACKAGES[@]}")
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# test-only: an independent ESC/POS decoder for the printer tests runs on Node.js (any npm will
# do: some machines carry a nodejs build that bundles npm and conflicts with Debian's npm)
if [ "$MODE" = test ] && ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
    --no-install-recommends "${missing[@]}" >/dev/null
fi

# Debian's own Python by default.
PYTHON=${PYTHON:-$(command -v /usr/bin/python3 || command -v python3)}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "setup: Sarv POS needs Python 3.11 or newer ($PYTHON is older)" >&2
  exit 1
fi
# (the locks hold every platform's and Python version's files; 3.11, Debian 12's, is tested)
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PYTHON" -m venv .venv
fi
# Python packages: exactly the tested versions, each checked against its hash
# (scripts/lock.sh refreshes the locks from pyproject.toml's ranges).
lock=requirements/till.lock
[ "$MODE" = test ] && lock=requirements/dev.lock
stamp=.venv/.sarv-installed
lock_id() { echo "$1 $(cat "$1" pyproject.toml | sha256sum | cut -d' ' -f1)"; }
installed=$(cat "$stamp" 2>/dev/null || true)
# a machine set up for the tests has everything a till needs (dev.lock holds till.lock)
if [ "$installed" != "$(lock_id "$lock")" ] && [ "$installed" != "$(lock_id requirements/dev.lock)" ]; then
  echo "setup: installing Python packages into .venv from $lock"
  .venv/bin/python -m pip install -q --disable-pip-version-check --require-hashes -r "$lock"
  # the project itself; its build backend (setuptools) is pinned in the lock
  PYTHONWARNINGS=ignore .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps \
    --no-build-isolation -e .
  lock_id "$lock" > "$stamp"
fi
if [ "$MODE" = test ] && [ ! -d tests/npm_decoder/node_modules ]; then
  echo "setup: installing the independent ESC/POS decoder (npm package npos) for the tests"
  npm ci --prefix tests/npm_decoder --silent --no-audit --no-fund >/dev/null
fi
