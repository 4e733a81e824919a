#!/usr/bin/env bash
# The whole test suite: set-up, lint (ruff), format check, types (mypy strict on pos/ outside
# pos/ui), pytest, and the benchmarks at smoke size. CI (.ci/run) runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
export ESCPOS_CAPABILITIES_PICKLE_DIR="${ESCPOS_CAPABILITIES_PICKLE_DIR:-/tmp/sarv-pos-escpos-cache}"
echo "== ruff"
.venv/bin/ruff check pos tests bench scripts
.venv/bin/ruff format --check pos tests bench scripts
echo "== mypy"
.venv/bin/mypy
echo "== benchmarks (smoke size)"
for bench in bench/bench_*.py; do
  .venv/bin/python "$bench" --smoke
done
echo "== pytest"
.venv/bin/python -m pytest "$@"
