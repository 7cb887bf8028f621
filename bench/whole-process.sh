#!/usr/bin/env bash
# Whole-process speed of `dyad code` on one long document (issue 3's measure):
# wall, user CPU, peak RSS, load time and sentences per CPU-second, which survives a shared machine.
#   bench/whole-process.sh [SENTENCES] [RUNS]     (defaults: 100000, 1; build with `dotnet build -c Release` first)
# Optional: REF=file.jsonl compares the events of the first run with a reference (sorted lines).
# Optional: DYAD=path runs that build instead of the Release dyad.dll: a .dll through `dotnet`, anything else (a Native AOT
# binary from `dotnet publish src/Dyad.Cli -c Release -r linux-x64 -p:PublishAot=true`) directly.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-100000}
runs=${2:-1}
dyad=${DYAD:-$root/src/Dyad.Cli/bin/Release/net10.0/dyad.dll}
case "$dyad" in *.dll) run=(dotnet "$dyad") ;; *) run=("$dyad") ;; esac
bench="$root/bench/Dyad.Bench/bin/Release/net10.0/Dyad.Bench.dll"
work=${TMPDIR:-/tmp}/dyad-whole-process
mkdir -p "$work"
corpus="$work/corpus-$n.txt"
[ -s "$corpus" ] || dotnet "$bench" --write-corpus "$corpus" "$n" >/dev/null
for r in $(seq 1 "$runs"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  DYAD_TIMING=1 /usr/bin/time -f "time: %e %U %S %M" "${run[@]}" code "$corpus" --out "$work/out.jsonl" --threads 1 -q --max-doc-chars 100000000 2>"$work/err.txt"
  read -r wall user sys rss <<<"$(grep '^time:' "$work/err.txt" | cut -d' ' -f2-)"
  loadms=$(grep -o 'loaded in [0-9]* ms' "$work/err.txt" | grep -o '[0-9]*')
  events=$(wc -l <"$work/out.jsonl")
  awk -v n="$n" -v w="$wall" -v u="$user" -v s="$sys" -v rss="$rss" -v l="$loadms" -v e="$events" -v la="$load" -v r="$r" 'BEGIN {
    printf "run %d: %d sentences, %d events; %.2f s wall, %.2f s user, %.2f s sys, peak RSS %d MB, dictionaries %d ms; %.0f sentences/s wall, %.0f per CPU-second (user+sys); load average %s\n",
      r, n, e, w, u, s, rss / 1024, l, n / w, n / (u + s), la }'
  grep '^timing: process' "$work/err.txt" || true
  if [ "$r" = 1 ] && [ -n "${REF:-}" ]; then
    if cmp -s <(sort "$REF") <(sort "$work/out.jsonl"); then echo "events identical to $REF"; else echo "events DIFFER from $REF"; fi
  fi
done
