#!/usr/bin/env bash
# BSBM-style explore mix: Graph against Oxigraph (npm, WebAssembly) and Jena ARQ (Debian libapache-jena-java) on the
# same generated data, each engine loading once and timing warm runs of every query (best of 20 after 3 untimed).
#   bench/bsbm.sh [PRODUCTS...]      (default: 323 3226 → ~100k and ~1M triples)
# Prints one table per size (best ms per query, rows, Graph's speed-up over the faster peer) and, with two sizes,
# how each engine's time grew from the first size to the last. Peers that are not installed are left out.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-323 3226}"); [ $# -eq 0 ] && sizes=(323 3226)
export GRAPH_BUILD_SLOT=${GRAPH_BUILD_SLOT:-bench}
dotnet build -c Release bench/Graph.Benchmarks -v q -nologo >/dev/null
dotnet build -c Release bench/Graph.Bench.DataGen -v q -nologo >/dev/null
bin=artifacts/$GRAPH_BUILD_SLOT/bin; [ -d "$bin" ] || bin=artifacts/bin
queries=(bench/queries/q{1,2,3,4,5,6,7,8,9,10,11,12}.rq)

if command -v node >/dev/null && [ ! -d bench/.peers/node_modules/oxigraph ]; then
  npm install --silent --prefix bench/.peers n3 oxigraph >/dev/null 2>&1 || echo "note: oxigraph not installed"
fi
jena_cp=""
if cp=$(bench/jena-classpath.sh 2>/dev/null); then
  mkdir -p bench/.peers/classes
  javac -d bench/.peers/classes -cp "$cp" bench/peers/JenaQueries.java && jena_cp="bench/.peers/classes:$cp"
fi

results=$(mktemp)
for products in "${sizes[@]}"; do
  data=bench/data/bsbm-$products.nt
  [ -f "$data" ] || dotnet "$bin/Graph.Bench.DataGen/release/graph-datagen.dll" --bsbm "$products" -o "$data" >&2
  DOTNET_TieredCompilation=0 dotnet "$bin/Graph.Benchmarks/release/Graph.Benchmarks.dll" measure-queries "$data" "${queries[@]}" | sed "s/^/$products\t/" >> "$results"
  [ -d bench/.peers/node_modules/oxigraph ] && node bench/peers/oxigraph-queries.mjs "$data" "${queries[@]}" | sed "s/^/$products\t/" >> "$results"
  [ -n "$jena_cp" ] && java -Xmx4g -cp "$jena_cp" JenaQueries "$data" "${queries[@]}" 2>/dev/null | sed "s/^/$products\t/" >> "$results"
done

awk -F'\t' -v first="${sizes[0]}" -v last="${sizes[${#sizes[@]}-1]}" '
  { key = $1 SUBSEP $3; best[$1, $2, $3] = $4; rows[$1, $2, $3] = $6; engines[$2] = 1; qs[$3] = 1; sz[$1] = 1 }
  END {
    n = split("q1 q2 q3 q4 q5 q6 q7 q8 q9 q10 q11 q12", order, " ")
    for (s in sz) {
      printf "\n== %s products (best ms of 20 warm runs; rows in brackets)\n", s
      printf "%-5s %16s %16s %16s %10s\n", "query", "graph", "oxigraph", "jena", "speed-up"
      for (i = 1; i <= n; i++) {
        q = order[i]; g = best[s, "graph", q]; o = best[s, "oxigraph", q]; j = best[s, "jena", q]
        peer = ""; if (o != "") peer = o; if (j != "" && (peer == "" || j + 0 < peer + 0)) peer = j
        printf "%-5s %9s (%4s) %9s (%4s) %9s (%4s) %9s\n", q, g, rows[s, "graph", q], o, rows[s, "oxigraph", q], j, rows[s, "jena", q], \
          (peer != "" && g > 0) ? sprintf("%.1fx", peer / g) : ""
      }
    }
    if (first != last) {
      printf "\n== growth from %s to %s products (time ratio; data grows %.1fx)\n", first, last, last / first
      printf "%-5s %9s %9s %9s\n", "query", "graph", "oxigraph", "jena"
      for (i = 1; i <= n; i++) {
        q = order[i]; printf "%-5s", q
        split("graph oxigraph jena", es, " ")
        for (k = 1; k <= 3; k++) { a = best[first, es[k], q]; b = best[last, es[k], q]
          printf " %9s", (a > 0 && b != "") ? sprintf("%.1fx", b / a) : "" }
        printf "\n"
      }
    }
  }' "$results"
rm -f "$results"
