#!/usr/bin/env bash
# The performance benchmarks of docs/performance.md, in one command:
#   load-tests/benchmark.sh [RATES] [SECONDS]     default "250 500 1000 1500 2000" intakes/s, 30 s each
# CPS_BENCH_WARMUP="RATE SECONDS" sets the warm-up (default "200 100": 20,000 intakes, not measured).
# Needs JDK 17 and Maven Central like the build, plus pgbench and psql (Debian: postgresql-client).
# Starts its own stack (deploy/local/stack.sh, state in load-tests/target/bench, ports from 39200), and
# writes load-tests/target/bench/results/: intake-rates.csv, latency.csv, limits.txt, footprint.txt.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RATES=${1:-250 500 1000 1500 2000}
read -r WARMUP_RATE WARMUP_SECONDS <<<"${CPS_BENCH_WARMUP:-200 100}"
SECONDS_PER_RATE=${2:-30}
export CPS_STACK_HOME=$ROOT/load-tests/target/bench
export CPS_PORT_BASE=${CPS_PORT_BASE:-39200}
OUT=$CPS_STACK_HOME/results
PG_PORT=$((CPS_PORT_BASE + 32)); KAFKA=127.0.0.1:$((CPS_PORT_BASE + 92))
command -v pgbench >/dev/null && command -v psql >/dev/null || { echo "pgbench and psql are needed (apt-get install postgresql-client)" >&2; exit 2; }
trap 'bash "$ROOT/deploy/local/stack.sh" down --reset >/dev/null' EXIT
. "$ROOT/load-tests/stack-queries.sh"
rm -rf "$OUT"; mkdir -p "$OUT"
rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/"$(cat "$CPS_STACK_HOME/pids/$1.pid")"/status; }
SERVICES="case-service plan-service reporting-service notification-service"
PROCESSES="case-service notification-service reporting-service plan-service postgres kafka keycloak mail"
# CPU ticks (user + system) of a process and all its descendants (PostgreSQL's backends, Keycloak's JVM)
tree_ticks() {
  awk -v root="$1" '{ sub(/^.*\) /, ""); ppid[FILENAME] = $2; pid[FILENAME] = FILENAME; t[FILENAME] = $12 + $13 }
    END { for (f in pid) { split(f, a, "/"); id[a[3]] = f }
          in_tree[root] = 1; changed = 1
          while (changed) { changed = 0
            for (p in id) if (!(p in in_tree) && (ppid[id[p]] in in_tree)) { in_tree[p] = 1; changed = 1 } }
          for (p in in_tree) if (p in id) sum += t[id[p]]; print sum + 0 }' /proc/[0-9]*/stat 2>/dev/null
}
# intakes written and groups that wrote them so far (case-service's cps.intake.groups summary): "groups intakes"
intake_groups() {
  curl -fsS "http://127.0.0.1:$((CPS_PORT_BASE + 81))/q/metrics" |
    awk '/^cps_intake_groups_intakes_count / {c = $2} /^cps_intake_groups_intakes_sum / {s = $2} END {print c + 0, s + 0}'
}
machine_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
# the postmaster detaches from the launcher that started it: its pid is in the data directory
root_pid() { # name
  if [[ $1 == postgres ]]; then head -1 "$CPS_STACK_HOME/postgres/data/postmaster.pid"; else cat "$CPS_STACK_HOME/pids/$1.pid"; fi
}
snapshot_cpu() { # -> "name=ticks ... machine=ticks"
  local s out=""
  for s in $PROCESSES; do out+="$s=$(tree_ticks "$(root_pid "$s")") "; done
  echo "${out}machine=$(machine_ticks)"
}
# production durability for every figure (the embedded server's defaults turn fsync and synchronous_commit off)
CPS_PG_DURABLE=true bash "$ROOT/deploy/local/stack.sh" up >/dev/null
. "$CPS_STACK_HOME/secrets.env"
# start times: the stack starts the services side by side with Keycloak, so each is restarted alone
# on the idle machine, as a replica starts in a running system
for s in $SERVICES; do
  bash "$ROOT/deploy/local/stack.sh" stop "$s" >/dev/null; bash "$ROOT/deploy/local/stack.sh" start "$s" >/dev/null
done
{
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
  echo "service              startup  rss-idle-MiB   (startup: Quarkus' \"started in\", each restarted alone)"
  for s in $SERVICES; do
    printf '%-20s %-8s %s\n' "$s" "$(grep -o 'started in [0-9.]*s' "$CPS_STACK_HOME/logs/$s.log" | tail -1 | awk '{print $3}')" "$(rss "$s")"
  done
} | tee "$OUT/footprint.txt"

# --- intakes at increasing constant rates, until p99 >= 100 ms or errors ----------------------
# warm-up, not measured: the JIT compiles the hot paths of every service first
since=$(sql cps_case "SELECT now()")
run_intakes "$WARMUP_RATE" "$WARMUP_SECONDS" "$OUT/gatling-warmup.log"
await_settled "$since" 900
echo "warm-up: $(opened_since "$since") intakes at $WARMUP_RATE/s" | tee "$OUT/warmup.txt"
echo "rate,requests,errors,p50_ms,p99_ms,notify_p50_ms,notify_p99_ms,count_p50_ms,count_p99_ms,intakes_per_group" >"$OUT/intake-rates.csv"
echo "rate $PROCESSES other" | tr ' ' ',' >"$OUT/cpu-ms-per-intake.csv"
for rate in $RATES; do
  since=$(sql cps_case "SELECT now()")
  before=$(snapshot_cpu); read -r groups0 grouped0 <<<"$(intake_groups)"
  run_intakes "$rate" "$SECONDS_PER_RATE" "$OUT/gatling-$rate.log"
  read -r groups1 grouped1 <<<"$(intake_groups)"
  per_group=$(awk -v g0="$groups0" -v g1="$groups1" -v n0="$grouped0" -v n1="$grouped1" \
    'BEGIN {printf "%.2f", (g1 > g0 ? (n1 - n0) / (g1 - g0) : 0)}')
  field() { awk -F'|' -v label="$1" -v col="$2" 'index($0, label) {v=$col} END {gsub(/[ ,]/, "", v); print (v == "-" || v == "" ? 0 : v)}' "$OUT/gatling-$rate.log"; }
  total=$(field "request count" 2); ko=$(field "request count" 4)
  p50=$(field "response time 50th percentile" 2); p99=$(field "response time 99th percentile" 2)
  # the consumers' work for this step counts too: the CPU is read once both have applied every case
  await_settled "$since" || true
  after=$(snapshot_cpu)
  opened=$(opened_since "$since")
  # CPU ms per intake of each process (ticks are 1/100 s), and of everything else on the machine
  # (the load generator, Maven, the kernel) as the machine's busy time minus the stack's
  awk -v rate="$rate" -v n="$opened" -v names="$PROCESSES" -v b="$before" -v a="$after" 'BEGIN {
      split(b, bb, " "); split(a, aa, " "); for (i in bb) { split(bb[i], kv, "="); t0[kv[1]] = kv[2] }
      for (i in aa) { split(aa[i], kv, "="); t1[kv[1]] = kv[2] }
      split(names, ns, " "); line = rate; stack = 0
      for (i = 1; i in ns; i++) { d = t1[ns[i]] - t0[ns[i]]; stack += d; line = line "," sprintf("%.2f", n ? d * 10 / n : 0) }
      other = (t1["machine"] - t0["machine"]) - stack
      print line "," sprintf("%.2f", n ? other * 10 / n : 0) }' >>"$OUT/cpu-ms-per-intake.csv"
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
  echo "$rate,$total,$ko,$p50,$p99,$n50,$n99,$c50,$c99,$per_group" | tee -a "$OUT/intake-rates.csv"
  if [[ -z $p99 ]] || (( p99 >= 100 )) || (( ${ko:-0} > 0 )); then break; fi
done
echo "CPU ms per intake, by process (the consumers' catch-up included):"; column -s, -t "$OUT/cpu-ms-per-intake.csv"
echo "resident memory after the intake runs (MiB):" >>"$OUT/footprint.txt"
for s in $SERVICES; do
  printf '  %-20s %s\n' "$s" "$(rss "$s")" >>"$OUT/footprint.txt"
done
# what the resident memory is made of, when the services run with native memory tracking
# (CPS_SERVICE_JAVA_OPTS=-XX:NativeMemoryTracking=summary): JVM categories, committed MiB
if [[ ${CPS_SERVICE_JAVA_OPTS:-} == *NativeMemoryTracking* ]]; then
  echo "native memory after the intake runs, committed MiB (NMT):" >>"$OUT/footprint.txt"
  for s in $SERVICES; do
    jcmd "$(cat "$CPS_STACK_HOME/pids/$s.pid")" VM.native_memory summary scale=KB >"$OUT/nmt-$s.txt" 2>&1 || true
    awk -v s="$s" '/^Total:/ || /^-  *[A-Z][A-Za-z ]* \(reserved=/ {
        name = $0; sub(/^- */, "", name); sub(/ *\(.*/, "", name); sub(/:.*/, "", name); gsub(/ /, "", name)
        match($0, /committed=[0-9]+/); v = substr($0, RSTART + 10, RLENGTH - 10)
        if (v + 0 >= 1024) line = line sprintf(" %s=%.0f", name, v / 1024) }
      END { printf "  %-20s%s\n", s, line }' "$OUT/nmt-$s.txt" >>"$OUT/footprint.txt"
  done
fi

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
