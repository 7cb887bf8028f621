#!/usr/bin/env bash
# API load test on loopback: `dyad serve` over a store, then wrk over the dashboard's read endpoints
# (bench/web/mixed.lua), optionally mixed with authenticated ingests (POST /api/documents, one request in
# WRITE_EVERY). Prints wrk's latency distribution, the responses by class (the 5xx count must be 0), the load
# average and the server's resident memory (RSS) sampled every second: after warm-up, the peak, at the end.
# Usage: bench/web/load.sh [STORE] [SECONDS] [CONNECTIONS] [SCRIPT]
#   issue 6 (reads, 50 clients, 30 s):         bench/web/load.sh /tmp/dyad-1m.duckdb 30 50
#   issue 8 (200 clients, 60 s, 1 in 10 ingests): WRITE_EVERY=10 bench/web/load.sh "" 60 200
#   bench/web/varied.lua varies actors, pages and years so that most requests miss the cache.
# Defaults: a fresh store of the coded sample articles, 30 s, 50 connections, bench/web/mixed.lua, WRITE_EVERY=0.
# A store of 1M generated events: DYAD_BENCH_EVENTS=1000000 DYAD_BENCH_DB=/tmp/dyad-1m.duckdb \
#   dotnet bench/Dyad.Bench/bin/Release/net10.0/Dyad.Bench.dll --series 1
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 2; }
db=${1:-}
secs=${2:-30}
conns=${3:-50}
script=${4:-bench/web/mixed.lua}
export WRITE_EVERY=${WRITE_EVERY:-0}
export DYAD_API_KEY=${DYAD_API_KEY:-load-test-key-$RANDOM$RANDOM}
dotnet build -c Release src/Dyad.Cli -v q -nologo >/dev/null
dyad=(dotnet src/Dyad.Cli/bin/Release/net10.0/dyad.dll)
if [[ -z "$db" ]]; then
  db=$(mktemp -d)/load.duckdb
  "${dyad[@]}" code data/samples/articles --db "$db" >/dev/null
fi
port=$((20000 + RANDOM % 20000))
"${dyad[@]}" serve --db "$db" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/stats" >/dev/null && break; sleep 0.2; done
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status"; }
# Warm-up (JIT, DuckDB caches, dictionaries for ingestion), then the measured run: 2 threads (2 cores).
wrk -t2 -c"$conns" -d5s --timeout 10s -s "$script" "http://127.0.0.1:$port" >/dev/null
start=$(rss); peak=$start
( while kill -0 $pid 2>/dev/null; do r=$(rss); echo "$r"; sleep 1; done ) > "${TMPDIR:-/tmp}/dyad-load-rss.$$" &
sampler=$!
uptime
wrk -t2 -c"$conns" -d"${secs}s" --timeout 10s --latency -s "$script" "http://127.0.0.1:$port"
uptime
kill $sampler 2>/dev/null || true
peak=$(sort -n "${TMPDIR:-/tmp}/dyad-load-rss.$$" | tail -1)
rm -f "${TMPDIR:-/tmp}/dyad-load-rss.$$"
echo "server RSS: ${start} MiB after warm-up, peak ${peak} MiB during the run, $(rss) MiB at the end"
echo "store: $(curl -sf "http://127.0.0.1:$port/api/stats")"
