#!/usr/bin/env bash
# The whole system on one machine, with embedded defaults: PostgreSQL 17 (embedded binaries),
# Kafka 4.4 (KRaft), Keycloak 26, an SMTP sink and the four services. Needs only JDK 17 and Maven Central.
#
#   deploy/local/stack.sh up             build what is missing, start everything, wait until ready
#   deploy/local/stack.sh down [--reset] stop what it started (--reset also deletes the data)
#   deploy/local/stack.sh status         what runs, on which port
#   deploy/local/stack.sh logs [NAME]    the last lines of every log, or follow one
#   deploy/local/stack.sh demo           a hotline report, the commune's inbox, the statistics
#   deploy/local/stack.sh stop|start|kill NAME   one component (postgres, kafka, keycloak, mail,
#                                        case-service...); kill is SIGKILL, for fault tests
#
# Environment: CPS_STACK_HOME (state, default .local/stack), CPS_PORT_BASE (default 18200; ports
# are BASE+32 PostgreSQL, +92/+93 Kafka, +80/+90 Keycloak, +25 the SMTP sink, +81..+84 the services), CPS_PG_DURABLE=true
# (PostgreSQL with fsync and synchronous_commit on, as in production; the benchmarks set it),
# CPS_APPCDS=false (a service without a class-data archive runs without one instead of writing it);
# the services inherit the rest, e.g. CPS_CASE_DEADLINE_SCAN_INTERVAL=off (case-service's deadline scan off).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE=${CPS_STACK_HOME:-$ROOT/.local/stack}
BASE=${CPS_PORT_BASE:-18200}
PG_PORT=$((BASE + 32))
KAFKA_PORT=$((BASE + 92))
KAFKA_CONTROLLER_PORT=$((BASE + 93))
KC_PORT=$((BASE + 80))
KC_MGMT_PORT=$((BASE + 90))
MAIL_PORT=$((BASE + 25))
KEYCLOAK_VERSION=${CPS_KEYCLOAK_VERSION:-26.7.3}
SERVICES=(case plan reporting notification)
declare -A SERVICE_PORT=([case]=$((BASE + 81)) [plan]=$((BASE + 82)) [reporting]=$((BASE + 83)) [notification]=$((BASE + 84)))
TOPICS=(cps.case.events cps.plan.events cps.reporting.events cps.notification.events)
REALM=child-protection
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

PIDS=$STATE/pids
LOGS=$STATE/logs
STARTED=()

say() { printf '%s\n' "$*"; }
fail() { printf 'stack: %s\n' "$*" >&2; exit 1; }

# --- small tools without curl: HTTP status over bash's /dev/tcp --------------------------------
http_status() { # port path
  local reply
  reply=$({ exec 3<>"/dev/tcp/127.0.0.1/$1" &&
    printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$2" "$1" >&3 &&
    timeout 5 head -n 1 <&3; } 2>/dev/null) || true
  echo "$reply" | awk '{print $2}'
}
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

running() { # name
  local pid
  [[ -f $PIDS/$1.pid ]] || return 1
  pid=$(cat "$PIDS/$1.pid")
  kill -0 "$pid" 2>/dev/null
}

start_process() { # name command...
  local name=$1; shift
  mkdir -p "$PIDS" "$LOGS"
  # one log per run (the previous one is kept as .1), so readiness is read from this run only
  [[ -f $LOGS/$name.log ]] && mv -f "$LOGS/$name.log" "$LOGS/$name.log.1"
  # setsid: a Ctrl-C in the terminal does not reach the daemons; stdin from /dev/null
  setsid "$@" >>"$LOGS/$name.log" 2>&1 </dev/null &
  echo $! >"$PIDS/$name.pid"
  STARTED+=("$name")
}

stop_process() { # name
  local name=$1 pid
  [[ -f $PIDS/$name.pid ]] || return 0
  pid=$(cat "$PIDS/$name.pid")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      say "  $name did not stop in 30 s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
      rm -f "$(cds_training_of "$name")"
    fi
    keep_cds_archive "$name"
    say "  stopped $name (pid $pid)"
  fi
  rm -f "$PIDS/$name.pid"
}

wait_until() { # name seconds check-command...
  local name=$1 seconds=$2; shift 2
  local start=$SECONDS polls=0
  while ! "$@"; do
    if ! running "$name"; then
      say ""; tail -n 30 "$LOGS/$name.log" >&2 || true
      fail "$name exited before it was ready (log: $LOGS/$name.log)"
    fi
    if (( SECONDS - start > seconds )); then
      say ""; tail -n 30 "$LOGS/$name.log" >&2 || true
      fail "$name was not ready within $seconds s (log: $LOGS/$name.log)"
    fi
    # polled five times a second, a dot a second: readiness is seen as soon as it comes
    (( ++polls % 5 )) || printf '.'
    sleep 0.2
  done
  say " ready in $((SECONDS - start)) s"
}

ready() { [[ $(http_status "$1" "$2") == 200 ]]; }

on_failure() {
  local code=$?
  if (( code != 0 )) && (( ${#STARTED[@]} > 0 )); then
    say "stack: start failed; stopping what this run started"
    for ((i = ${#STARTED[@]} - 1; i >= 0; i--)); do stop_process "${STARTED[$i]}"; done
  fi
}

# --- build ---------------------------------------------------------------------------------
app_dir_of() { echo "$ROOT/$1-service/target/quarkus-app"; }
jar_of() { echo "$(app_dir_of "$1")/quarkus-run.jar"; }
# AppCDS (docs/decisions.md): a service's classes, parsed and verified once, are mapped from an
# archive at the next start. A service started without a current archive writes one when it stops
# gracefully (-XX:ArchiveClassesAtExit); stop_process then renames it into place, so no start ever
# reads a half-written archive. The archive names the jars relative to quarkus-app/, so the
# service runs from there; an archive older than its jar is retrained.
cds_training_of() { echo "$ROOT/$1/target/quarkus-app/app-cds.training.jsa"; } # component name
cds_of() { # short name: the JVM flags
  local dir
  dir=$(app_dir_of "$1")
  rm -f "$(cds_training_of "$1-service")"
  if [[ -f $dir/app-cds.jsa && $dir/app-cds.jsa -nt $dir/quarkus-run.jar ]]; then
    echo "-XX:SharedArchiveFile=app-cds.jsa -Xshare:auto"
  elif [[ ${CPS_APPCDS:-true} == true ]]; then
    echo "-XX:ArchiveClassesAtExit=app-cds.training.jsa"
  fi
}
keep_cds_archive() { # component name, after it stopped by itself: the archive it wrote goes into place
  local training
  training=$(cds_training_of "$1")
  if [[ -s $training ]]; then mv -f "$training" "${training%.training.jsa}.jsa"; fi
}
build_if_missing() {
  local missing=0
  for s in "${SERVICES[@]}"; do [[ -f $(jar_of "$s") ]] || missing=1; done
  [[ -f $ROOT/deploy/local/target/launcher.classpath ]] || missing=1
  [[ -f $ROOT/platform/kafka-runtime/target/generated-resources/vn/cps/kafkaruntime/broker.classpath ]] || missing=1
  if (( missing )); then
    say "building the services (first start downloads dependencies; log: $LOGS/build.log)"
    mkdir -p "$LOGS"
    (cd "$ROOT" && ./mvnw -B -DskipTests package -pl platform/kafka-runtime,deploy/local,case-service,plan-service,reporting-service,notification-service -am) \
      >"$LOGS/build.log" 2>&1 &
    local build=$!
    while kill -0 $build 2>/dev/null; do
      printf '.'; sleep 2
    done
    wait $build || { tail -n 40 "$LOGS/build.log" >&2; fail "the build failed (log: $LOGS/build.log)"; }
    say " built"
  fi
}

keycloak_home() { echo "$STATE/keycloak-$KEYCLOAK_VERSION"; }
fetch_keycloak() {
  local home; home=$(keycloak_home)
  [[ -f $home/bin/kc.sh ]] && return 0
  local zip=$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$KEYCLOAK_VERSION/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip
  if [[ ! -f $zip ]]; then
    say "fetching Keycloak $KEYCLOAK_VERSION from Maven Central (once, about 170 MB)"
    mkdir -p "$STATE/downloads"
    (cd "$ROOT" && ./mvnw -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      -DoutputDirectory="$STATE/downloads") >"$LOGS/keycloak-fetch.log" 2>&1 \
      || fail "could not fetch Keycloak (log: $LOGS/keycloak-fetch.log)"
    zip=$STATE/downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip
  fi
  say "unpacking Keycloak $KEYCLOAK_VERSION"
  if command -v unzip >/dev/null; then unzip -q "$zip" -d "$STATE"; else (cd "$STATE" && jar xf "$zip"); fi
  chmod +x "$home"/bin/*.sh
}

secrets() {
  local file=$STATE/secrets.env
  if [[ ! -f $file ]]; then
    mkdir -p "$STATE"
    umask 077
    {
      echo "CPS_DEMO_PASSWORD=demo-$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')"
      echo "CPS_PARTNER_SECRET=$(od -An -N16 -tx4 /dev/urandom | tr -d ' \n')"
      echo "KC_BOOTSTRAP_ADMIN_PASSWORD=$(od -An -N12 -tx4 /dev/urandom | tr -d ' \n')"
    } >"$file"
  fi
  # state made before the hotline client existed gets its secret too (its realm needs down --reset)
  grep -q '^CPS_HOTLINE_SECRET=' "$file" || echo "CPS_HOTLINE_SECRET=$(od -An -N16 -tx4 /dev/urandom | tr -d ' \n')" >>"$file"
  grep -q '^CPS_DIRECTORY_SECRET=' "$file" || echo "CPS_DIRECTORY_SECRET=$(od -An -N16 -tx4 /dev/urandom | tr -d ' \n')" >>"$file"
  # keys that seal the reporter, personal IDs and webhook secrets at rest (AES-256 ring and lookup HMAC)
  grep -q '^CPS_SEALING_KEYS=' "$file" || {
    echo "CPS_SEALING_KEYS=local-1:$(head -c32 /dev/urandom | base64 | tr -d '\n')"
    echo "CPS_SEALING_ACTIVE_KEY=local-1"
    echo "CPS_SEALING_LOOKUP_KEY=$(head -c32 /dev/urandom | base64 | tr -d '\n')"
  } >>"$file"
  set -a; . "$file"; set +a
  export KC_BOOTSTRAP_ADMIN_USERNAME=admin
}

check_ports() {
  local taken=()
  running postgres || ! port_open "$PG_PORT" || taken+=("$PG_PORT (PostgreSQL)")
  running kafka || ! port_open "$KAFKA_PORT" || taken+=("$KAFKA_PORT (Kafka)")
  running kafka || ! port_open "$KAFKA_CONTROLLER_PORT" || taken+=("$KAFKA_CONTROLLER_PORT (Kafka controller)")
  running mail || ! port_open "$MAIL_PORT" || taken+=("$MAIL_PORT (mail sink)")
  running keycloak || ! port_open "$KC_PORT" || taken+=("$KC_PORT (Keycloak)")
  running keycloak || ! port_open "$KC_MGMT_PORT" || taken+=("$KC_MGMT_PORT (Keycloak management)")
  for s in "${SERVICES[@]}"; do
    running "$s-service" || ! port_open "${SERVICE_PORT[$s]}" || taken+=("${SERVICE_PORT[$s]} ($s-service)")
  done
  if (( ${#taken[@]} > 0 )); then
    fail "ports already in use: ${taken[*]}. Stop what holds them, or choose another range with CPS_PORT_BASE."
  fi
}

# --- components ----------------------------------------------------------------------------
start_postgres() {
  if running postgres; then say "PostgreSQL already running on $PG_PORT"; return; fi
  printf 'starting PostgreSQL 17 on %s ' "$PG_PORT"
  local cp; cp="$ROOT/deploy/local/target/classes:$(cat "$ROOT/deploy/local/target/launcher.classpath")"
  start_process postgres "$JAVA" -Xmx256m -XX:+UseSerialGC -cp "$cp" vn.cps.localstack.LocalPostgres "$STATE/postgres/data" "$PG_PORT" \
    cps_case cps_plan cps_reporting cps_notification
  wait_until postgres 120 grep -q "PostgreSQL ready" "$LOGS/postgres.log"
}

# notification-service sends email through it as through a real relay; it keeps nothing
# (Quarkus' mock mailer kept every mail in the service's heap: ~40,000 in a benchmark)
start_mail() {
  if running mail; then say "mail sink already running on $MAIL_PORT"; return; fi
  printf 'starting the SMTP sink on %s ' "$MAIL_PORT"
  start_process mail "$JAVA" -Xmx32m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$ROOT/deploy/local/target/classes" \
    vn.cps.localstack.LocalMailSink "$MAIL_PORT"
  wait_until mail 30 port_open "$MAIL_PORT"
}

kafka_classpath() {
  echo "$ROOT/platform/kafka-runtime/target/classes:$(cat "$ROOT/platform/kafka-runtime/target/generated-resources/vn/cps/kafkaruntime/broker.classpath")"
}

start_kafka() {
  if running kafka; then say "Kafka already running on $KAFKA_PORT"; return; fi
  local dir=$STATE/kafka cp; cp=$(kafka_classpath)
  mkdir -p "$dir"
  cat >"$dir/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
EOF
  if [[ ! -f $dir/data/meta.properties ]]; then
    # one JVM: a cluster id from Kafka's generator, then the storage tool (see StorageFormat)
    "$JAVA" -cp "$cp" vn.cps.kafkaruntime.StorageFormat "$dir/server.properties" >>"$LOGS/kafka-format.log" 2>&1 \
      || fail "formatting Kafka storage failed (log: $LOGS/kafka-format.log)"
  fi
  printf 'starting Kafka on %s ' "$KAFKA_PORT"
  start_process kafka "$JAVA" -Xmx256m -XX:+UseSerialGC -Dcps.watch-parent=false -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$cp" vn.cps.kafkaruntime.BrokerLauncher "$dir/server.properties"
  wait_until kafka 120 port_open "$KAFKA_PORT"
  "$JAVA" -cp "$cp" vn.cps.kafkaruntime.CreateTopics "127.0.0.1:$KAFKA_PORT" 3 "${TOPICS[@]}" \
    "cps.case.events.notification-service.dlq" "cps.case.events.reporting-service.dlq" \
    "cps.plan.events.notification-service.dlq" "cps.reporting.events.plan-service.dlq" >>"$LOGS/kafka.log" 2>&1 \
    || fail "creating topics failed (log: $LOGS/kafka.log)"
}

start_keycloak() { # [--no-wait]
  if running keycloak; then say "Keycloak already running on $KC_PORT"; return; fi
  fetch_keycloak
  local home; home=$(keycloak_home)
  mkdir -p "$home/data/import"
  cp "$ROOT/deploy/local/keycloak/$REALM-realm.json" "$home/data/import/"
  say "starting Keycloak $KEYCLOAK_VERSION on $KC_PORT (first start takes about a minute)"
  # C1 only: Keycloak's first start is mostly its own build and import, which C2 would only slow
  JAVA_OPTS_APPEND="-XX:TieredStopAtLevel=1 ${JAVA_OPTS_APPEND:-}" \
    start_process keycloak "$home/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KC_PORT" \
    --hostname="http://127.0.0.1:$KC_PORT" --import-realm --health-enabled=true --http-management-port="$KC_MGMT_PORT"
  [[ ${1:-} == --no-wait ]] || await_keycloak
}
await_keycloak() {
  printf 'waiting for Keycloak '
  wait_until keycloak 300 ready "$KC_MGMT_PORT" /health/ready
}

# Sized for two cores (docs/performance.md): a small heap with the serial collector, small thread
# stacks, bounded metaspace and code cache, and two malloc arenas (glibc makes one per thread that
# allocates, each reserving up to 64 MB). CPS_SERVICE_JAVA_OPTS adds flags (e.g. a JFR recording).
SERVICE_JVM="-Xmx96m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m"
CPS_SERVICE_JAVA_OPTS=${CPS_SERVICE_JAVA_OPTS:-}
# how often reporting-service measures the indicators from the cases (5m in production)
INDICATORS_INTERVAL=${CPS_REPORTING_INDICATORS_INTERVAL:-1m}
start_service() { # short name [--no-wait]
  local s=$1 name=$1-service port=${SERVICE_PORT[$1]}
  if running "$name"; then say "$name already running on $port"; return; fi
  say "starting $name on $port"
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$port \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/cps_$s" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
  KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" \
  QUARKUS_OIDC_AUTH_SERVER_URL="http://127.0.0.1:$KC_PORT/realms/$REALM" \
  CPS_SMTP_HOST=127.0.0.1 CPS_SMTP_PORT="$MAIL_PORT" CPS_SMTP_START_TLS=DISABLED CPS_NOTIFICATION_LINK_BASE_URL="http://127.0.0.1:${SERVICE_PORT[case]}" \
  CPS_NOTIFICATION_WEBHOOKS_ALLOW_PLAIN_HTTP=true MALLOC_ARENA_MAX=2 \
  CPS_NOTIFICATION_DIRECTORY_ENABLED=true CPS_NOTIFICATION_DIRECTORY_URL="http://127.0.0.1:$KC_PORT" \
  CPS_NOTIFICATION_DIRECTORY_REALM="$REALM" CPS_NOTIFICATION_DIRECTORY_CLIENT_SECRET="$CPS_DIRECTORY_SECRET" \
  CPS_NOTIFICATION_DIRECTORY_REFRESH_INTERVAL="${CPS_DIRECTORY_REFRESH:-1m}" \
  CPS_REPORTING_INDICATORS_INTERVAL="$INDICATORS_INTERVAL" \
    start_process "$name" env -C "$(app_dir_of "$s")" "$JAVA" $SERVICE_JVM $(cds_of "$s") $CPS_SERVICE_JAVA_OPTS -jar quarkus-run.jar
  [[ ${2:-} == --no-wait ]] || await_service "$s"
}
await_service() { # short name
  printf 'waiting for %s ' "$1-service"
  wait_until "$1-service" 120 ready "${SERVICE_PORT[$1]}" /q/health/ready
}

summary() {
  cat <<EOF

The system is up (state: $STATE)

  case-service          http://127.0.0.1:${SERVICE_PORT[case]}          Swagger UI: http://127.0.0.1:${SERVICE_PORT[case]}/q/swagger-ui
  plan-service          http://127.0.0.1:${SERVICE_PORT[plan]}          Swagger UI: http://127.0.0.1:${SERVICE_PORT[plan]}/q/swagger-ui
  reporting-service     http://127.0.0.1:${SERVICE_PORT[reporting]}          Swagger UI: http://127.0.0.1:${SERVICE_PORT[reporting]}/q/swagger-ui
  notification-service  http://127.0.0.1:${SERVICE_PORT[notification]}          Swagger UI: http://127.0.0.1:${SERVICE_PORT[notification]}/q/swagger-ui
  Keycloak              http://127.0.0.1:$KC_PORT  (admin console: admin / $KC_BOOTSTRAP_ADMIN_PASSWORD)
  PostgreSQL            127.0.0.1:$PG_PORT  (postgres/postgres; databases cps_case, cps_plan, cps_reporting, cps_notification)
  Kafka                 127.0.0.1:$KAFKA_PORT
  SMTP sink             127.0.0.1:$MAIL_PORT  (accepts every email and keeps none; the delivery log shows them)

Demo users (password: $CPS_DEMO_PASSWORD), realm $REALM, client cps-api-client:
  operator111 (hotline-operator, VN)      officer.20194 (case-worker, commune 20194)
  officer.20200 (case-worker, 20200)      approver.20194 (case-approver, 20194)
  supervisor.48 (case-supervisor, 48)     liaison.police48 (agency-liaison, POLICE-48)
  planner.48 (plan-manager, 48)           contributor.48 (plan-contributor, DOET-48)
  analyst (analyst, VN)                   auditor (auditor, VN)        admin (admin, VN)
Partner system: client cps-partner-police48, secret $CPS_PARTNER_SECRET (client credentials)
Hotline 111 switchboard: client cps-hotline-111, secret $CPS_HOTLINE_SECRET (client credentials, hotline-operator, VN)

A token:
  curl -s -d grant_type=password -d client_id=cps-api-client -d username=operator111 -d password=$CPS_DEMO_PASSWORD \\
    http://127.0.0.1:$KC_PORT/realms/$REALM/protocol/openid-connect/token

Next: deploy/local/stack.sh demo    (and: status, logs, down)
EOF
}

# --- commands ------------------------------------------------------------------------------
cmd_up() {
  command -v "$JAVA" >/dev/null || fail "java (JDK 17) is not on the PATH"
  mkdir -p "$STATE" "$PIDS" "$LOGS"
  trap on_failure EXIT
  check_ports
  secrets
  build_if_missing
  local t0=$SECONDS
  start_postgres
  start_mail
  start_kafka
  # the services need only PostgreSQL and Kafka to start (they fetch Keycloak's keys on the
  # first request): Keycloak and the four start side by side, then each is awaited
  start_keycloak --no-wait
  for s in "${SERVICES[@]}"; do start_service "$s" --no-wait; done
  await_keycloak
  for s in "${SERVICES[@]}"; do await_service "$s"; done
  trap - EXIT
  say "everything ready in $((SECONDS - t0)) s"
  summary
}

cmd_down() {
  local names=(notification-service reporting-service plan-service case-service keycloak kafka mail postgres)
  for n in "${names[@]}"; do stop_process "$n"; done
  if [[ ${1:-} == --reset ]]; then
    rm -rf "$STATE/postgres" "$STATE/kafka" "$STATE/secrets.env" "$STATE/logs" "$(keycloak_home)/data"
    say "data deleted (downloads kept)"
  fi
}

cmd_status() {
  printf '%-22s %-8s %-8s %s\n' COMPONENT PID PORT STATE
  local row
  row() { # name port [health-port path]
    local pid=- state=stopped
    if running "$1"; then pid=$(cat "$PIDS/$1.pid"); state=running
      if [[ -n ${3:-} ]]; then [[ $(http_status "$3" "$4") == 200 ]] && state=ready || state=starting; fi
    fi
    printf '%-22s %-8s %-8s %s\n' "$1" "$pid" "$2" "$state"
  }
  row postgres "$PG_PORT"
  row kafka "$KAFKA_PORT"
  row mail "$MAIL_PORT"
  row keycloak "$KC_PORT" "$KC_MGMT_PORT" /health/ready
  for s in "${SERVICES[@]}"; do row "$s-service" "${SERVICE_PORT[$s]}" "${SERVICE_PORT[$s]}" /q/health/ready; done
}

cmd_logs() {
  if [[ -n ${1:-} ]]; then
    [[ -f $LOGS/$1.log ]] || fail "no log named $1 in $LOGS"
    exec tail -n 100 -f "$LOGS/$1.log"
  fi
  for f in "$LOGS"/*.log; do
    [[ -f $f ]] || continue
    say "==> $f <=="; tail -n 15 "$f"; say ""
  done
}

cmd_demo() {
  secrets
  for s in "${SERVICES[@]}"; do
    ready "${SERVICE_PORT[$s]}" /q/health/ready || fail "$s-service is not ready; run: deploy/local/stack.sh up"
  done
  "$JAVA" -cp "$ROOT/deploy/local/target/classes" vn.cps.localstack.Demo \
    "http://127.0.0.1:$KC_PORT/realms/$REALM" "$CPS_DEMO_PASSWORD" \
    "http://127.0.0.1:${SERVICE_PORT[case]}" "http://127.0.0.1:${SERVICE_PORT[notification]}" \
    "http://127.0.0.1:${SERVICE_PORT[reporting]}"
}

component() { # name: one the stack knows
  case $1 in
    postgres|kafka|keycloak|mail) ;;
    case-service|plan-service|reporting-service|notification-service) ;;
    *) fail "unknown component '$1' (postgres, kafka, keycloak, mail, case-service, plan-service, reporting-service, notification-service)" ;;
  esac
}

cmd_start() { # name
  component "$1"; secrets
  case $1 in
    postgres) start_postgres ;;
    kafka) start_kafka ;;
    keycloak) start_keycloak ;;
    mail) start_mail ;;
    *) start_service "${1%-service}" ;;
  esac
}

cmd_kill() { # name: no shutdown hooks, as a crash or the OOM killer would
  component "$1"
  running "$1" || fail "$1 is not running"
  local pid; pid=$(cat "$PIDS/$1.pid")
  kill -KILL "$pid"
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  rm -f "$PIDS/$1.pid" "$(cds_training_of "$1")"
  say "killed $1 (pid $pid)"
}

case ${1:-} in
  up) cmd_up ;;
  start) shift; cmd_start "${1:-}" ;;
  stop) shift; component "${1:-}"; stop_process "$1" ;;
  kill) shift; cmd_kill "${1:-}" ;;
  down) shift; cmd_down "${1:-}" ;;
  status) cmd_status ;;
  logs) shift; cmd_logs "${1:-}" ;;
  demo) cmd_demo ;;
  *) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
