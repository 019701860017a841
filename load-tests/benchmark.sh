#!/usr/bin/env bash
# The performance benchmarks of docs/performance.md, in one command:
#   load-tests/benchmark.sh [RATES] [SECONDS]     default "25 50 100 150 200 300 400" intakes/s, 30 s each
# Needs JDK 17 and Maven Central like the build, plus pgbench and psql (Debian: postgresql-client).
# Starts its own stack (deploy/local/stack.sh, state in load-tests/target/bench, ports from 39200), and
# writes load-tests/target/bench/results/: intake-rates.csv, latency.csv, limits.txt, footprint.txt.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RATES=${1:-25 50 100 150 200 300 400}
SECONDS_PER_RATE=${2:-30}
export CPS_STACK_HOME=$ROOT/load-tests/target/bench
export CPS_PORT_BASE=${CPS_PORT_BASE:-39200}
OUT=$CPS_STACK_HOME/results
PG_PORT=$((CPS_PORT_BASE + 32)); KAFKA=127.0.0.1:$((CPS_PORT_BASE + 92))
command -v pgbench >/dev/null && command -v psql >/dev/null || { echo "pgbench and psql are needed (apt-get install postgresql-client)" >&2; exit 2; }
trap 'bash "$ROOT/deploy/local/stack.sh" down --reset >/dev/null' EXIT
rm -rf "$OUT"; mkdir -p "$OUT"
sql() { PGPASSWORD=postgres psql -X -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$1" -c "$2"; }
rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/"$(cat "$CPS_STACK_HOME/pids/$1.pid")"/status; }

# production durability for every figure (the embedded server's defaults turn fsync and synchronous_commit off)
CPS_PG_DURABLE=true bash "$ROOT/deploy/local/stack.sh" up >/dev/null
. "$CPS_STACK_HOME/secrets.env"
{
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
  echo "service              startup  rss-idle-MiB"
  for s in case-service plan-service reporting-service notification-service; do
    printf '%-20s %-8s %s\n' "$s" "$(grep -o 'started in [0-9.]*s' "$CPS_STACK_HOME/logs/$s.log" | tail -1 | awk '{print $3}')" "$(rss "$s")"
  done
} | tee "$OUT/footprint.txt"

# --- intakes at increasing constant rates, until p99 >= 100 ms or errors ----------------------
run_intakes() { # rate seconds log
  (cd "$ROOT" && ./mvnw -B -pl load-tests gatling:test -Dgatling.simulationClass=vn.cps.load.IntakeRateSimulation \
    -Dcps.base="$CPS_PORT_BASE" -Dcps.password="$CPS_DEMO_PASSWORD" -Dcps.rate="$1" -Dcps.seconds="$2" \
    -Dgatling.failOnError=false) >"$3" 2>&1 || true
}
# warm-up, not measured: the JIT compiles the hot paths of every service first
run_intakes 20 60 "$OUT/gatling-warmup.log"
echo "rate,requests,errors,p50_ms,p99_ms,notify_p50_ms,notify_p99_ms,count_p50_ms,count_p99_ms" >"$OUT/intake-rates.csv"
for rate in $RATES; do
  since=$(sql cps_case "SELECT now()")
  run_intakes "$rate" "$SECONDS_PER_RATE" "$OUT/gatling-$rate.log"
  field() { awk -F'|' -v label="$1" -v col="$2" 'index($0, label) {v=$col} END {gsub(/[ ,]/, "", v); print (v == "-" || v == "" ? 0 : v)}' "$OUT/gatling-$rate.log"; }
  total=$(field "request count" 2); ko=$(field "request count" 4)
  p50=$(field "response time 50th percentile" 2); p99=$(field "response time 99th percentile" 2)
  sleep 5   # let the consumers catch up before reading their timestamps
  # event latency: from the opened event's time (committed with the intake) to its effect in each consumer
  sql cps_case "SELECT id, extract(epoch FROM occurred_at) FROM outbox_event
                 WHERE type = 'vn.cps.case.opened.v1' AND occurred_at >= '$since'" | sort >"$OUT/opened-$rate.txt"
  latency() { # database -> p50 p99 in ms
    sql "$1" "SELECT event_id, extract(epoch FROM processed_at) FROM processed_event
               WHERE event_type = 'vn.cps.case.opened.v1' AND processed_at >= '$since'" | sort |
      join -t'|' "$OUT/opened-$rate.txt" - | awk -F'|' '{printf "%.1f\n", ($3 - $2) * 1000}' | sort -n |
      awk '{v[NR]=$1} END {if (NR == 0) {print "- -"; exit} i50=int(NR*0.50); i99=int(NR*0.99); if (i50<1) i50=1; if (i99<1) i99=1; print v[i50], v[i99]}'
  }
  read -r n50 n99 <<<"$(latency cps_notification)"
  read -r c50 c99 <<<"$(latency cps_reporting)"
  echo "$rate,$total,$ko,$p50,$p99,$n50,$n99,$c50,$c99" | tee -a "$OUT/intake-rates.csv"
  if [[ -z $p99 ]] || (( p99 >= 100 )) || (( ${ko:-0} > 0 )); then break; fi
done
echo "resident memory after the intake runs (MiB):" >>"$OUT/footprint.txt"
for s in case-service plan-service reporting-service notification-service; do
  printf '  %-20s %s\n' "$s" "$(rss "$s")" >>"$OUT/footprint.txt"
done

# --- the limits beside it: the same PostgreSQL, the same broker -----------------------------
{
  echo "postgres durability: synchronous_commit=$(sql cps_case 'SHOW synchronous_commit') fsync=$(sql cps_case 'SHOW fsync') full_page_writes=$(sql cps_case 'SHOW full_page_writes')"
  sql postgres "DROP DATABASE IF EXISTS bench" >/dev/null; sql postgres "CREATE DATABASE bench" >/dev/null
  sql bench "CREATE TABLE intake_row (id bigserial PRIMARY KEY, received_at timestamptz NOT NULL DEFAULT now(), payload text NOT NULL)" >/dev/null
  printf "INSERT INTO intake_row (payload) VALUES ('{\"channel\":\"HOTLINE_111\",\"summary\":\"pgbench single-row insert\"}');\n" >"$OUT/insert.sql"
  echo "pgbench, single-row insert transactions, 8 clients, 30 s:"
  PGPASSWORD=postgres pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -c 8 -j 2 -T 30 -f "$OUT/insert.sql" bench | grep -E "tps|latency"
  # kafka-tools 4.4.0 is not on Maven Central; the 4.3.1 client tool drives the 4.4 broker
  (cd "$ROOT" && ./mvnw -B -q dependency:copy -Dartifact=org.apache.kafka:kafka-tools:4.3.1 -DoutputDirectory="$CPS_STACK_HOME/tools") >/dev/null
  cp="$ROOT/platform/kafka-runtime/target/classes:$(cat "$ROOT/platform/kafka-runtime/target/generated-resources/vn/cps/kafkaruntime/broker.classpath"):$CPS_STACK_HOME/tools/kafka-tools-4.3.1.jar"
  java -cp "$cp" vn.cps.kafkaruntime.CreateTopics "$KAFKA" 3 cps.bench >/dev/null
  echo "kafka producer performance, 700-byte records, acks=all, idempotent, linger 0 (as the outbox relay):"
  java -cp "$cp" org.apache.kafka.tools.ProducerPerformance --topic cps.bench --num-records 200000 --record-size 700 \
    --throughput -1 --producer-props bootstrap.servers="$KAFKA" acks=all enable.idempotence=true linger.ms=0 2>/dev/null | tail -1
} | tee "$OUT/limits.txt"

if command -v python3 >/dev/null; then python3 "$ROOT/load-tests/plot.py" "$OUT/intake-rates.csv" "$OUT/intake-latency.svg"; fi
echo "results in $OUT"
