#!/usr/bin/env bash
# Throughput of distributed coding with 1 and 2 workers (issue 7): a throw-away nats-server with
# JetStream and PostgreSQL cluster on loopback, N variants of the bundled sample articles submitted,
# then `dyad worker --exit-when-idle` timed until the queue is drained. Run on an idle machine:
#
#   dotnet build -c Release && bench/distributed.sh [VARIANTS]      # default 20 x 39 articles
#
# Needs Debian's nats-server and postgresql (as .ci/run installs them). Prints documents/s for each
# run, the 2:1 ratio, and documents per CPU-second (user+sys of the workers, robust to other load).
set -euo pipefail
cd "$(dirname "$0")/.."
variants=${1:-20}
dyad="dotnet src/Dyad.Cli/bin/Release/net10.0/dyad.dll"
[ -f src/Dyad.Cli/bin/Release/net10.0/dyad.dll ] || { echo "build first: dotnet build -c Release" >&2; exit 2; }
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
command -v nats-server >/dev/null || { echo "nats-server missing (apt-get install nats-server)" >&2; exit 2; }
[ -n "$pgbin" ] || { echo "postgresql missing (apt-get install postgresql)" >&2; exit 2; }

work=$(mktemp -d /tmp/dyad-dist-bench.XXXXXX)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  [ -n "${nats_pid:-}" ] && kill "$nats_pid" 2>/dev/null || true
  as_pg "$pgbin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Corpus: each sample article under a new id and date, so every variant is a new document.
mkdir -p "$work/corpus"
for ((v = 0; v < variants; v++)); do
  for f in data/samples/articles/*.txt; do
    name=$(basename "$f" .txt)
    { echo "url: https://bench.example/$v/$name"; echo "published: 2025-$(printf %02d $((v % 12 + 1)))-15"; echo;
      awk 'f{print} /^$/{f=1}' "$f"; } > "$work/corpus/$v-$name.txt"
  done
done
docs=$(ls "$work/corpus" | wc -l)

mkdir -p "$work/pg"
[ "$(id -u)" = 0 ] && chown -R postgres:postgres "$work"
as_pg "$pgbin/initdb" -D "$work/pg" -A trust -U dyad --no-sync -E UTF8 >/dev/null
pgport=$(free_port)
as_pg "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-p $pgport -k $work -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null

run() { # workers
  local n=$1 db="bench$1" natsport
  natsport=$(free_port)
  mkdir -p "$work/nats$n"
  nats-server -js -sd "$work/nats$n" -a 127.0.0.1 -p "$natsport" >"$work/nats$n.log" 2>&1 &
  nats_pid=$!
  sleep 1
  as_pg "$pgbin/createdb" -h 127.0.0.1 -p "$pgport" -U dyad "$db"
  $dyad submit "$work/corpus" --nats "nats://127.0.0.1:$natsport" --batch 10 --quiet
  local start end pids=() cpu=0
  start=$(date +%s.%N)
  for ((w = 0; w < n; w++)); do
    /usr/bin/time -f "%U %S" -o "$work/time$n.$w" $dyad worker --nats "nats://127.0.0.1:$natsport" \
      --db "postgres://dyad@127.0.0.1:$pgport/$db" --threads 1 --exit-when-idle --quiet &
    pids+=($!)
  done
  wait "${pids[@]}"
  end=$(date +%s.%N)
  for ((w = 0; w < n; w++)); do cpu=$(echo "$cpu + $(awk '{print $1 + $2}' "$work/time$n.$w")" | bc); done
  kill "$nats_pid"; wait "$nats_pid" 2>/dev/null || true; nats_pid=
  local secs rate
  secs=$(echo "$end - $start" | bc)
  rate=$(echo "scale=1; $docs / $secs" | bc)
  echo "$n worker(s): $docs documents in ${secs%????} s = $rate doc/s; worker CPU $cpu s = $(echo "scale=1; $docs / $cpu" | bc) doc per CPU-second" >&2
  echo "$rate"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
one=$(run 1)
two=$(run 2)
echo "ratio 2:1 = $(echo "scale=2; $two / $one" | bc)" >&2
