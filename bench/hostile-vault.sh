#!/usr/bin/env bash
# Peak memory and time of `graph convert` on the hostile vault's large cases (issue 8). Release build, one fresh
# process per case, peak RSS from /usr/bin/time. Generated data goes to bench/data/hostile/ (git-ignored).
#   bash bench/hostile-vault.sh            # all cases
#   bash bench/hostile-vault.sh big        # one case: small | big | many
set -euo pipefail
cd "$(dirname "$0")/.."
slot=${GRAPH_BUILD_SLOT:-}
dotnet build -c Release src/Graph.Cli >/dev/null
graph=artifacts/${slot:+$slot/}bin/Graph.Cli/release/graph
data=bench/data/hostile
mkdir -p "$data"

make_small() {  # the committed corpus plus generated links, a FIFO and pathological Markdown
  rm -rf "$data/small" && cp -r tests/data/hostile-vault "$data/small" && cd "$data/small"
  ln -s . loop; ln -s ping pong; ln -s pong ping; ln -s no-such-note.md dangling.md; ln -s /dev/zero zero.md
  mkfifo fifo.md; ln -s fifo.md link-to-fifo.md
  { printf '# Deep list\n\n'; for i in $(seq 0 999); do printf "%*s- level $i\n" $((2 * i)) ''; done; } > deep-list.md
  printf '%.0s[[nowhere]] ' $(seq 100000) > one-line-links.md
  cd - >/dev/null
}

make_big() {  # one 50 MB note
  rm -rf "$data/big" && mkdir -p "$data/big"
  { printf -- '---\ntitle: Huge note\n---\n# Huge note\n\n'
    yes 'Le musée numérique et ses collections, voir [[cycle-a]] et [[nowhere at all]] #patrimoine.' | head -c 52428800 || true; } > "$data/big/huge.md"
}

make_many() {  # 10,000 notes in one folder, each linking two others
  rm -rf "$data/many" && mkdir -p "$data/many"
  for i in $(seq 0 9999); do
    printf -- '---\ntitle: Crowd note %d\ntags: [crowd/t%d]\naliases: [C%d]\n---\n# Crowd note %d\n\nNext is [[note %05d]], and [[C%d|seven]].\n' \
      "$i" $((i % 50)) "$i" "$i" $(((i + 1) % 10000)) $((i * 7 % 10000)) > "$data/many/note $(printf %05d "$i").md"
  done
}

for case in ${1:-small big many}; do
  "make_$case"
  /usr/bin/time -f "$case: %e s wall, peak RSS %M KB" "$graph" convert "$data/$case" --out "$data/out-$case" --quiet 2>"$data/$case.warnings" || true
  tail -1 "$data/$case.warnings"
  echo "  $(grep -c ': warning ' "$data/$case.warnings") warning lines ($data/$case.warnings)"
done
