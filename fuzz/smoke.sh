#!/usr/bin/env bash
# CI smoke run: every fuzz target for a few seconds (FUZZ_SMOKE_SECONDS, default 12) on its saved corpus
# (fuzz/corpus/TARGET). Fails when AFL finds a crash (an exception or a broken invariant) or cannot start.
# Hangs are listed but do not fail: on a shared CI machine a slow run is not a bug by itself.
# Skipped, with a note, when afl-fuzz (Debian package afl++) is not installed.
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
seconds=${FUZZ_SMOKE_SECONDS:-12}
if ! command -v afl-fuzz >/dev/null; then
  echo "fuzz smoke: skipped (afl-fuzz is not installed; Debian package afl++)"
  exit 0
fi
export FUZZ_WORK=${FUZZ_WORK:-$(mktemp -d)}
"$repo/fuzz/run.sh" --build || { echo "fuzz smoke: the instrumented build failed"; exit 1; }

status=0
failed=()
while IFS= read -r target; do
  FUZZ_SEEDS=saved FUZZ_REBUILD=0 "$repo/fuzz/run.sh" "$target" "$seconds"
  rc=$?
  if [ $rc -ne 0 ]; then status=1; failed+=("$target"); fi
done < "$FUZZ_WORK/bin/targets.txt"

if [ $status -ne 0 ]; then
  echo "fuzz smoke: FAILED for ${failed[*]} (findings kept in $FUZZ_WORK/findings; replay a crash with"
  echo "  dotnet run --project fuzz/Graph.Fuzz -- TARGET FILE, then save it under fuzz/regressions/TARGET/)"
else
  echo "fuzz smoke: no crash in $(wc -l < "$FUZZ_WORK/bin/targets.txt") targets x ${seconds} s"
  rm -rf "$FUZZ_WORK"
fi
exit $status
