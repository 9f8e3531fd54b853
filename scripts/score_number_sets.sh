#!/usr/bin/env bash
# Scores a running dhad server on the number phrase sets of
# tests/testdata/numbers/ (one file per category), with the project's
# evaluation script for the numbers task.
#
#   scripts/score_number_sets.sh HOST:PORT [EVAL_SCRIPT] [--show-errors N]
#
# EVAL_SCRIPT defaults to ../shared/eval/dhad_eval.py (the development
# checkout's shared tools); it needs grpcio (run with Debian's python3).
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=${1:?usage: $0 HOST:PORT [EVAL_SCRIPT] [--show-errors N]}
shift
EVAL=../shared/eval/dhad_eval.py
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then EVAL=$1; shift; fi
PY=${PYTHON:-/usr/bin/python3}
for f in tests/testdata/numbers/*.jsonl; do
  name=$(basename "$f" .jsonl)
  f1=$("$PY" "$EVAL" --proto proto/dhad/v1/text_analyzer.proto --target "$TARGET" numbers "$f" "$@" |
       tee /dev/stderr | sed -n 's/^number F1: \([0-9.]*\).*/\1/p')
  printf '%-22s F1 %s\n' "$name" "$f1" >&2
done 2>&1
