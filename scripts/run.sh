#!/usr/bin/env bash
# Starts Sarv POS on the demo outlet (data in ./demo-data), installing what it needs first.
# On a machine without a screen it starts a virtual one (Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export POS_DATA_DIR="${POS_DATA_DIR:-$PWD/demo-data}"
.venv/bin/pos demo
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
  echo "no screen found: starting the app on a virtual screen (Xvfb)"
  exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/pos "$@"
fi
exec .venv/bin/pos "$@"
