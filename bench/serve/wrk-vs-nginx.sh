#!/usr/bin/env bash
# Load test of `graph serve` against nginx on loopback (issue 6): wrk, 64 connections, 20 s, a simple SELECT on the
# sample vault, versus nginx serving a static file holding the same response bytes. Prints both throughputs, p99
# latency and errors. Not a test: run by hand (needs Debian `wrk` and `nginx`).
#   bench/serve/wrk-vs-nginx.sh [DURATION_S] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-20}"
connections="${2:-64}"
threads=2
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$nginx_bin" ] || { echo "needs nginx (apt-get install nginx)" >&2; exit 2; }

export GRAPH_BUILD_SLOT="${GRAPH_BUILD_SLOT:-}"
dotnet build -c Release src/Graph.Cli -v q -nologo >/dev/null
graph="artifacts/${GRAPH_BUILD_SLOT:+$GRAPH_BUILD_SLOT/}bin/Graph.Cli/release/graph"

work="$(mktemp -d)"
graph_pid=""; nocache_pid=""; nginx_pid=""
cleanup() {
  [ -n "$graph_pid" ] && kill "$graph_pid" 2>/dev/null || true
  [ -n "$nocache_pid" ] && kill "$nocache_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
graph_port="$(free_port)"; nocache_port="$(free_port)"; nginx_port="$(free_port)"

# The default server answers a repeated query from its result cache (exact: the snapshot is immutable); the second
# server has the cache off, so every request parses nothing (parsed-query cache) but plans, evaluates and serialises.
"$graph" serve samples --port "$graph_port" >"$work/graph.log" 2>&1 &
graph_pid=$!
"$graph" serve samples --port "$nocache_port" --result-cache 0 >"$work/nocache.log" 2>&1 &
nocache_pid=$!
for port in "$graph_port" "$nocache_port"; do
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/sparql" >/dev/null 2>&1 && break; sleep 0.2; done
done

query='PREFIX schema: <http://schema.org/> SELECT ?person ?name WHERE { ?person a schema:Person ; schema:name ?name } ORDER BY ?name LIMIT 10'
encoded="$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$query")"
graph_url="http://127.0.0.1:$graph_port/sparql?query=$encoded"
mkdir -p "$work/www"
curl -sf -H 'Accept: application/sparql-results+json' "$graph_url" >"$work/www/result.srj"
size=$(wc -c <"$work/www/result.srj")

cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp; uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  types { application/sparql-results+json srj; }
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    location / { }
  }
}
CONF
mkdir -p "$work/tmp"; chmod -R a+rX "$work"
"$nginx_bin" -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$nginx_port/result.srj" >/dev/null 2>&1 && break; sleep 0.1; done

run() { # name url
  wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -H 'Accept: application/sparql-results+json' "$2" >"$work/$1.txt"
  local rps p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' "$work/$1.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/$1.txt")
  errors=$(awk '/Socket errors|Non-2xx/ {printf "%s ", $0}' "$work/$1.txt")
  printf '%-8s %10s req/s   p99 %8s   errors: %s\n' "$1" "$rps" "$p99" "${errors:-none}"
  echo "$rps" >"$work/$1.rps"
}

echo "response: $size bytes; wrk -t$threads -c$connections -d${duration}s; $(nproc) cores"
# JIT, caches and connection pools settle before the measured runs.
run warmup "$graph_url" >/dev/null
run warmup "${graph_url/$graph_port/$nocache_port}" >/dev/null
run graph "$graph_url"
run nocache "${graph_url/$graph_port/$nocache_port}"
run nginx "http://127.0.0.1:$nginx_port/result.srj"
python3 -c "g=float(open('$work/graph.rps').read()); u=float(open('$work/nocache.rps').read()); n=float(open('$work/nginx.rps').read()); print(f'graph / nginx = {g/n:.2f}, uncached / nginx = {u/n:.2f} (target >= 0.30)')"
