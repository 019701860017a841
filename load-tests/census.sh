#!/usr/bin/env bash
# Statements and transactions per intake, by service (docs/performance.md, "Statement census"):
#   load-tests/census.sh [RATE] [SECONDS]     default 20 intakes/s for 10 s
# CPS_CENSUS_WARMUP="RATE SECONDS" sets the warm-up (default "50 20": 1,000 intakes, not counted).
# Starts its own stack (state in load-tests/target/census, ports from 39400) with pg_stat_statements
# loaded, counts from the moment the warm-up has settled until every case of the counted run has
# reached every consumer, and writes load-tests/target/census/results/census.txt.
# The counts include each service's periodic sweeps during the run, as production pays them.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RATE=${1:-20}
SECONDS_OF_LOAD=${2:-10}
read -r WARMUP_RATE WARMUP_SECONDS <<<"${CPS_CENSUS_WARMUP:-50 20}"
export CPS_STACK_HOME=$ROOT/load-tests/target/census
export CPS_PORT_BASE=${CPS_PORT_BASE:-39400}
OUT=$CPS_STACK_HOME/results
PG_PORT=$((CPS_PORT_BASE + 32))
DATABASES="cps_case cps_notification cps_reporting cps_plan"
command -v psql >/dev/null || { echo "psql is needed (apt-get install postgresql-client)" >&2; exit 2; }
trap 'bash "$ROOT/deploy/local/stack.sh" down --reset >/dev/null' EXIT
. "$ROOT/load-tests/stack-queries.sh"
rm -rf "$OUT"; mkdir -p "$OUT"

CPS_PG_DURABLE=true CPS_PG_STATEMENT_STATS=true bash "$ROOT/deploy/local/stack.sh" up >/dev/null
. "$CPS_STACK_HOME/secrets.env"
for db in $DATABASES; do sql "$db" "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null; done

MEASURED=vn.cps.reporting.indicator-measured.v1
# every consumer has applied every case opened since the time, plan-service every indicator measured
# from them, and every outbox is drained
settled() { # since
  local want db
  want=$(opened_since "$1")
  for db in cps_notification cps_reporting; do
    (( $(applied_since "$db" "$1") >= want )) || return 1
  done
  (( $(sql cps_plan "SELECT count(*) FROM processed_event WHERE event_type = '$MEASURED' AND processed_at >= '$1'") \
     >= $(sql cps_reporting "SELECT count(*) FROM outbox_event WHERE type = '$MEASURED' AND occurred_at >= '$1'") )) || return 1
  for db in $DATABASES; do
    (( $(sql "$db" "SELECT count(*) FROM outbox_event WHERE published_at IS NULL") == 0 )) || return 1
  done
}
await_all() { # since timeout-seconds
  local deadline=$((SECONDS + $2))
  until settled "$1"; do
    if (( SECONDS > deadline )); then
      echo "not settled within $2 s: $(opened_since "$1") cases opened; applied: $(for db in cps_notification cps_reporting; do
        printf '%s %s ' "$db" "$(applied_since "$db" "$1")"; done)" >&2
      return 1
    fi
    sleep 0.5
  done
}

since=$(sql cps_case "SELECT now()")
run_intakes "$WARMUP_RATE" "$WARMUP_SECONDS" "$OUT/gatling-warmup.log"
await_all "$since" 300

# counted from here; the census's own queries are counted too and taken off at the end
sql cps_case "SELECT pg_stat_statements_reset()" >/dev/null
since=$(sql cps_case "SELECT now()")
run_intakes "$RATE" "$SECONDS_OF_LOAD" "$OUT/gatling.log"
await_all "$since" 300
intakes=$(opened_since "$since")

{
  echo "census: $intakes intakes at $RATE/s (after $((WARMUP_RATE * WARMUP_SECONDS)) warm-up intakes), $(git -C "$ROOT" log --oneline -1)"
  printf '%-18s %10s %10s %14s %10s\n' database statements fk-checks transactions rows
  for db in $DATABASES; do
    # statements: sent by the service (BEGIN, COMMIT and the census's own queries left out); fk-checks:
    # run inside the server by foreign-key triggers; transactions: pgjdbc's BEGIN, sent with the first
    # statement of each; the census's own queries are autocommit and name processed_event's event_type,
    # the outbox's counts or the stats views
    sql cps_case "
      WITH s AS (SELECT query, calls, rows FROM pg_stat_statements JOIN pg_database d ON d.oid = dbid
                  WHERE d.datname = '$db'),
           own AS (SELECT coalesce(sum(calls), 0) AS calls FROM s
                    WHERE query LIKE 'SELECT count(*) FROM processed_event WHERE event_type%'
                       OR query LIKE 'SELECT count(*) FROM outbox_event WHERE published_at IS NULL%'
                       OR query LIKE 'SELECT count(*) FROM outbox_event WHERE type%'
                       OR query LIKE '%pg_stat%' OR query LIKE 'SELECT now()%'),
           fk AS (SELECT coalesce(sum(calls), 0) AS calls FROM s WHERE query LIKE '% FOR KEY SHARE OF x')
      SELECT '$db',
             round((sum(calls) FILTER (WHERE query NOT IN ('BEGIN', 'COMMIT', 'ROLLBACK'))
                    - (SELECT calls FROM own) - (SELECT calls FROM fk)) / $intakes::numeric, 1),
             round((SELECT calls FROM fk) / $intakes::numeric, 1),
             round(coalesce(sum(calls) FILTER (WHERE query = 'BEGIN'), 0) / $intakes::numeric, 2),
             round(sum(rows) / $intakes::numeric, 1)
        FROM s" | awk -F'|' '{printf "%-18s %10s %10s %14s %10s\n", $1, $2, $3, $4, $5}'
  done
  echo
  echo "statements by calls per intake (top 16 per database):"
  for db in $DATABASES; do
    echo "-- $db"
    sql cps_case "SELECT round(calls / $intakes::numeric, 2), left(regexp_replace(query, '\s+', ' ', 'g'), 150)
                    FROM pg_stat_statements JOIN pg_database d ON d.oid = dbid
                   WHERE d.datname = '$db' AND query NOT LIKE '%pg_stat%'
                   ORDER BY calls DESC LIMIT 16" | awk -F'|' '{printf "  %6s  %s\n", $1, $2}'
  done
} | tee "$OUT/census.txt"
