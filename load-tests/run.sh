#!/usr/bin/env bash
# The sustained mixed load of docs/reliability.md against a stack of its own:
#   load-tests/run.sh [RATE] [MINUTES]     default 20 requests/s for 10 minutes
# Starts deploy/local/stack.sh with state under load-tests/target/stack and ports from 38200,
# runs MixedLoadSimulation (Gatling), prints the resident memory of every service at the end,
# then stops the stack. The Gatling report is under load-tests/target/gatling/.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RATE=${1:-20}
MINUTES=${2:-10}
export CPS_STACK_HOME=$ROOT/load-tests/target/stack
export CPS_PORT_BASE=${CPS_PORT_BASE:-38200}
trap 'bash "$ROOT/deploy/local/stack.sh" down --reset >/dev/null' EXIT

bash "$ROOT/deploy/local/stack.sh" up >/dev/null
. "$CPS_STACK_HOME/secrets.env"
memory() {
  for s in case-service plan-service reporting-service notification-service; do
    printf '  %-22s %s\n' "$s" "$(grep VmRSS /proc/"$(cat "$CPS_STACK_HOME/pids/$s.pid")"/status | awk '{print $2/1024 " MiB"}')"
  done
}
echo "resident memory, idle:"; memory
(cd "$ROOT" && ./mvnw -B -pl load-tests gatling:test -Dgatling.simulationClass=vn.cps.load.MixedLoadSimulation \
  -Dcps.base="$CPS_PORT_BASE" -Dcps.password="$CPS_DEMO_PASSWORD" -Dcps.rate="$RATE" -Dcps.minutes="$MINUTES")
echo "resident memory, after ${MINUTES} min at ${RATE}/s:"; memory
