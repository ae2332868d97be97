#!/usr/bin/env bash
# Parse-speed comparison: Graph against whatever peers are installed, on the same generated file.
#   bench/peers.sh [TRIPLES]        (default 1000000 → bench/data/synthetic-1M.nt, ~100 MB)
# Peers (optional): serdi, rapper (Debian: serdi, raptor2-utils), Jena riot (libapache-jena-java, through bench/jena-classpath.sh),
# N3.js and Oxigraph (npm: installed on demand into bench/.peers/, outside git).
# Prints wall time, MB/s and the ratio to Graph for each tool; best of 3 runs.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
label=$n; [ $((n % 1000000)) -eq 0 ] && label="$((n / 1000000))M"
nt="bench/data/synthetic-$label.nt"
ttl="bench/data/synthetic-$label.ttl"

for project in src/Graph.Cli bench/Graph.Bench.DataGen; do dotnet build -c Release "$project" -v q -nologo >/dev/null; done
bin=artifacts/bin; [ -n "${GRAPH_BUILD_SLOT:-}" ] && bin=artifacts/$GRAPH_BUILD_SLOT/bin
graph=$bin/Graph.Cli/release/graph
[ -f "$nt" ] || dotnet $bin/Graph.Bench.DataGen/release/graph-datagen.dll --triples "$n" -o "$nt"
[ -f "$ttl" ] || "$graph" rdf "$nt" --to ttl -o "$ttl"

if [ -n "$(command -v node)" ] && [ ! -d bench/.peers/node_modules/n3 ]; then
  npm install --silent --prefix bench/.peers n3 oxigraph >/dev/null 2>&1 || echo "note: npm peers not installed"
fi

best() { # best-of-3 wall seconds of a command
  local b=999999
  for _ in 1 2 3; do
    local s e
    s=$(date +%s.%N); "$@" >/dev/null 2>&1 || { echo "fail"; return; }; e=$(date +%s.%N)
    b=$(echo "$e - $s" | bc -l | awk -v b="$b" '{print ($1 < b) ? $1 : b}')
  done
  echo "$b"
}

report() { # name file seconds base_seconds
  local mb; mb=$(stat -c %s "$2" | awk '{print $1 / 1e6}')
  if [ "$3" = "fail" ]; then printf '%-28s %s\n' "$1" "failed"; return; fi
  awk -v n="$1" -v mb="$mb" -v s="$3" -v b="$4" 'BEGIN { printf "%-28s %7.2f s %8.1f MB/s   %5.2fx Graph\n", n, s, mb / s, b / s }'
}

for f in "$nt" "$ttl"; do
  echo "== $(basename "$f") ($(stat -c %s "$f" | awk '{printf "%.0f", $1 / 1e6}') MB)"
  g=$(best "$graph" rdf "$f" --count)
  report "graph rdf --count" "$f" "$g" "$g"
  syntax=ntriples; [ "${f##*.}" = ttl ] && syntax=turtle
  command -v serdi >/dev/null && report "serdi" "$f" "$(best serdi -i "$syntax" -o ntriples "$f")" "$g"
  command -v rapper >/dev/null && report "rapper -c" "$f" "$(best rapper -i "$syntax" -c "$f")" "$g"
  # Debian's riot script fails on its own packaging (TOOLS.md); the class path of bench/jena-classpath.sh starts it.
  if jena=$(bench/jena-classpath.sh 2>/dev/null); then
    report "Jena riot --count" "$f" "$(best java -cp "$jena" riotcmd.riot --count "$f")" "$g"
  fi
  if [ -d bench/.peers/node_modules/n3 ]; then
    report "N3.js" "$f" "$(best node -e "
      const N3 = require('./bench/.peers/node_modules/n3'); const fs = require('fs'); let c = 0;
      new N3.StreamParser({ format: '$syntax' === 'turtle' ? 'Turtle' : 'N-Triples' })
        .on('data', () => c++).on('end', () => console.log(c))
        .end(fs.readFileSync('$f'));")" "$g"
  fi
  if [ -d bench/.peers/node_modules/oxigraph ]; then
    report "Oxigraph (npm) load" "$f" "$(best node -e "
      const ox = require('./bench/.peers/node_modules/oxigraph'); const fs = require('fs'); const s = new ox.Store();
      s.load(fs.readFileSync('$f', 'utf8'), { format: '$syntax' === 'turtle' ? 'text/turtle' : 'application/n-triples' });
      console.log(s.size);")" "$g"
  fi
done
