#!/usr/bin/env bash
# Builds a seed corpus for one fuzz target into DIR: the saved corpus (fuzz/corpus/TARGET) plus, when ../shared is
# beside the repo, small inputs of the W3C suites (and, for the note target, the sample vault's notes).
#   fuzz/seeds.sh TARGET DIR [MAX]     MAX: most W3C files to take (default 150; small files, spread over the suite)
set -euo pipefail
target=$1 dir=$2 max=${3:-150}
repo=$(cd "$(dirname "$0")/.." && pwd)
w3c=$(cd "$repo/.." && pwd)/shared/w3c
mkdir -p "$dir"

# The saved corpus first: it is what the smoke run and the replay tests use.
if [ -d "$repo/fuzz/corpus/$target" ]; then
  find "$repo/fuzz/corpus/$target" -type f -print0 | while IFS= read -r -d '' f; do cp "$f" "$dir/saved-$(basename "$f")"; done
fi

suite() {
  case $target in
    ntriples) find "$w3c/rdf-tests/rdf/rdf11/rdf-n-triples" -name '*.nt' ;;
    nquads) find "$w3c/rdf-tests/rdf/rdf11/rdf-n-quads" -name '*.nq' ;;
    turtle) find "$w3c/rdf-tests/rdf/rdf11/rdf-turtle" -name '*.ttl' ! -name 'manifest.ttl' ;;
    trig) find "$w3c/rdf-tests/rdf/rdf11/rdf-trig" -name '*.trig' ;;
    rdfxml) find "$w3c/rdf-tests/rdf/rdf11/rdf-xml" -name '*.rdf' ;;
    jsonld) find "$w3c/json-ld-api/tests/toRdf" -name '*-in.jsonld' ;;
    sparql) find "$w3c/rdf-tests/sparql" -name '*.rq' -o -name '*.ru' ;;
    sparql-eval) find "$w3c/rdf-tests/sparql" -path '*/sparql11/*' -name '*.rq' ;;
    note) find "$repo/samples" -name '*.md' ;;
    *) echo "unknown target $target" >&2; exit 2 ;;
  esac
}

if [ -d "$w3c" ] || [ "$target" = note ]; then
  # Small files only (AFL works best on small seeds), spread evenly over the sorted list up to MAX.
  mapfile -t files < <(suite | sort | while IFS= read -r f; do [ "$(stat -c %s "$f")" -le 3000 ] && echo "$f"; done)
  n=${#files[@]}
  step=$(( n > max ? (n + max - 1) / max : 1 ))
  for ((i = 0; i < n; i += step)); do
    f=${files[$i]}
    name=${f#"$repo/"}; name=${name#"$w3c/"}
    cp "$f" "$dir/$(echo "$name" | tr '/ ' '__' | tail -c 120)"
  done
fi
echo "$(find "$dir" -type f | wc -l) seeds for $target in $dir"
