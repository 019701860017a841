# Functions shared by benchmark.sh and census.sh; sourced, with PG_PORT, ROOT and CPS_PORT_BASE set.
sql() { PGPASSWORD=postgres psql -X -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$1" -c "$2"; }
run_intakes() { # rate seconds log
  (cd "$ROOT" && ./mvnw -B -pl load-tests gatling:test -Dgatling.simulationClass=vn.cps.load.IntakeRateSimulation \
    -Dcps.base="$CPS_PORT_BASE" -Dcps.password="$CPS_DEMO_PASSWORD" -Dcps.rate="$1" -Dcps.seconds="$2" \
    -Dgatling.failOnError=false) >"$3" 2>&1 || true
}
# how many case.opened events since a time each consumer has applied, and how many were written
opened_since() { sql cps_case "SELECT count(*) FROM outbox_event WHERE type = 'vn.cps.case.opened.v1' AND occurred_at >= '$1'"; }
applied_since() { sql "$1" "SELECT count(*) FROM processed_event WHERE event_type = 'vn.cps.case.opened.v1' AND processed_at >= '$2'"; }
# waits until every case opened since the time has reached both consumers; fails loudly after the timeout
await_settled() { # since [timeout-seconds]
  local want n r limit=${2:-180} deadline=$((SECONDS + ${2:-180}))
  while :; do
    want=$(opened_since "$1"); n=$(applied_since cps_notification "$1"); r=$(applied_since cps_reporting "$1")
    (( n >= want && r >= want )) && return 0
    if (( SECONDS > deadline )); then
      echo "consumers did not catch up within $limit s: $want cases opened, notification applied $n, reporting $r" >&2
      return 1
    fi
    sleep 0.5
  done
}

