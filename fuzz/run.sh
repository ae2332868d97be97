#!/usr/bin/env bash
# Fuzzes one target with AFL++ through SharpFuzz for SECONDS, then prints its counts and the inputs that failed.
#   fuzz/run.sh TARGET SECONDS             seeds: the saved corpus + W3C / sample inputs (fuzz/seeds.sh)
#   FUZZ_SEEDS=saved fuzz/run.sh ...       seeds: the saved corpus only (what fuzz/smoke.sh uses)
#   FUZZ_WORK=DIR                          work folder (default artifacts/fuzz-work; findings in DIR/findings/TARGET)
#   FUZZ_RESUME=1                          continue the previous findings of this target instead of starting over
#   FUZZ_REBUILD=0                         reuse the instrumented build of the work folder (default: publish again)
#   fuzz/run.sh --build                    only publish and instrument (DIR/bin)
# Exit code: 0 no crash, 1 crashes found (inputs in DIR/findings/TARGET/default/crashes), 2 usage or setup error.
set -euo pipefail
[ $# -eq 2 ] || [ "${1:-}" = --build ] || { echo "usage: fuzz/run.sh TARGET SECONDS | fuzz/run.sh --build" >&2; exit 2; }
target=$1 seconds=${2:-0}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${FUZZ_WORK:-$repo/artifacts/fuzz-work}
command -v afl-fuzz >/dev/null || { echo "afl-fuzz is not installed (Debian package afl++)" >&2; exit 2; }

# Build once per work folder and script run: publish to a fresh folder, then instrument our assemblies in place
# (never twice: a fresh publish each time, and a marker once instrumented).
bin=$work/bin
if [ ! -f "$bin/.instrumented" ] || [ "${FUZZ_REBUILD:-1}" = 1 ]; then
  rm -rf "$bin"
  dotnet publish "$repo/fuzz/Graph.Fuzz/Graph.Fuzz.csproj" -c Release -o "$bin" -p:GRAPH_BUILD_SLOT="${GRAPH_BUILD_SLOT:-fuzz}" -v quiet -nologo >/dev/null
  # The list comes from the plain build: instrumented code may only run under the fuzzer (it writes AFL's map).
  dotnet "$bin/Graph.Fuzz.dll" --list > "$bin/targets.txt"
  (cd "$repo" && dotnet tool restore >/dev/null)
  for dll in "$bin"/Graph.*.dll; do
    [ "$(basename "$dll")" = Graph.Fuzz.dll ] && continue
    (cd "$repo" && dotnet tool run sharpfuzz "$dll") >/dev/null
  done
  touch "$bin/.instrumented"
fi
[ "$target" = --build ] && exit 0
grep -qx "$target" "$bin/targets.txt" || { echo "unknown target $target" >&2; exit 2; }

seeds=$work/seeds/$target
rm -rf "$seeds"
if [ "${FUZZ_SEEDS:-all}" = saved ]; then
  mkdir -p "$seeds"; cp "$repo/fuzz/corpus/$target"/* "$seeds/"
else
  "$repo/fuzz/seeds.sh" "$target" "$seeds" >/dev/null
fi

findings=$work/findings/$target
input=$seeds
if [ "${FUZZ_RESUME:-0}" = 1 ] && [ -d "$findings/default" ]; then input=-; else rm -rf "$findings"; fi
mkdir -p "$findings"

export AFL_SKIP_BIN_CHECK=1          # the fuzzed binary is dotnet; SharpFuzz provides the coverage map
export AFL_NO_UI=1 AFL_QUIET=1
export AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_SKIP_CRASHES=1            # a seed that already fails is reported below, not a reason to stop
export AFL_FORKSRV_INIT_TMOUT=60000  # .NET start-up and JIT on a busy machine
export DOTNET_TieredPGO=0 DOTNET_gcServer=0
dict=$repo/fuzz/dictionaries/$target.dict
dict_args=()
[ -f "$dict" ] && dict_args=(-x "$dict")
# -t: a run longer than 5 s is a hang (the query target's own timeout is 1 s per plan); +: skip seeds that time out.
afl-fuzz -i "$input" -o "$findings" -t 5000+ -m none -V "$seconds" "${dict_args[@]}" -- dotnet "$bin/Graph.Fuzz.dll" "$target" \
  > "$findings/afl.log" 2>&1 || { tail -30 "$findings/afl.log" >&2; exit 2; }

stats=$findings/default/fuzzer_stats
value() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
crashes=$(find "$findings/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
hangs=$(find "$findings/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
echo "$target: $(value execs_done) executions in $(value run_time) s ($(value execs_per_sec)/s), corpus $(value corpus_count), crashes $crashes, hangs $hangs"
if [ "$crashes" -gt 0 ]; then
  echo "crashing inputs (replay: dotnet $bin/Graph.Fuzz.dll $target FILE):"
  find "$findings/default/crashes" -type f -name 'id:*' | sort
  exit 1
fi
