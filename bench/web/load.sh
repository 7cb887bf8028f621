#!/usr/bin/env bash
# API load test on loopback: `dyad serve` over a store, then wrk with 50 connections for 30 s over the
# dashboard's read endpoints (bench/web/mixed.lua). Prints wrk's latency distribution (p50/p90/p99) and errors.
# Usage: bench/web/load.sh [STORE] [SECONDS] [SCRIPT]   (default: a fresh store of the coded sample articles, 30 s,
# bench/web/mixed.lua; bench/web/varied.lua varies actors, pages and years so that most requests miss the cache)
# A store of 1M generated events: DYAD_BENCH_EVENTS=1000000 DYAD_BENCH_DB=/tmp/dyad-1m.duckdb \
#   dotnet bench/Dyad.Bench/bin/Release/net10.0/Dyad.Bench.dll --series 1
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 2; }
db=${1:-}
secs=${2:-30}
script=${3:-bench/web/mixed.lua}
dotnet build -c Release src/Dyad.Cli -v q -nologo >/dev/null
dyad=(dotnet src/Dyad.Cli/bin/Release/net10.0/dyad.dll)
if [[ -z "$db" ]]; then
  db=$(mktemp -d)/load.duckdb
  "${dyad[@]}" code data/samples/articles --db "$db" >/dev/null
fi
port=$((20000 + RANDOM % 20000))
"${dyad[@]}" serve --db "$db" --urls "http://127.0.0.1:$port" >/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/api/stats" >/dev/null && break; sleep 0.2; done
# Warm-up (JIT, DuckDB caches), then the measured run: 2 threads (2 cores), 50 connections.
wrk -t2 -c50 -d5s -s "$script" "http://127.0.0.1:$port" >/dev/null
uptime
wrk -t2 -c50 -d"${secs}s" --timeout 5s --latency -s "$script" "http://127.0.0.1:$port"
uptime
