#!/usr/bin/env bash
# Statistics at scale (issue #7): generates CASES cases (default 2,000,000) into the read models of
# reporting-service on PostgreSQL 17 (the embedded binaries of the local stack), then times each
# statistics query as the service issues it, N times on one connection, and prints p50 and p95.
# Needs: JDK 17, and psql and pgbench (Debian: apt-get install postgresql-client). Not part of verify.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CASES=${CASES:-2000000}
RUNS=${RUNS:-200}
PORT=${PORT:-28935}
WORK=$ROOT/reporting-service/target/benchmark
mkdir -p "$WORK"

if [ ! -f "$ROOT/deploy/local/target/launcher.classpath" ]; then
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package -pl deploy/local -am)
fi
cp="$ROOT/deploy/local/target/classes:$(cat "$ROOT/deploy/local/target/launcher.classpath")"
java -Xmx256m -cp "$cp" vn.cps.localstack.LocalPostgres "$WORK/data" "$PORT" cps_reporting >"$WORK/postgres.log" 2>&1 &
PG=$!
trap 'kill $PG 2>/dev/null; wait $PG 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do grep -q "PostgreSQL ready" "$WORK/postgres.log" && break; sleep 1; done
export PGHOST=127.0.0.1 PGPORT=$PORT PGUSER=postgres PGDATABASE=cps_reporting PGPASSWORD=postgres
PSQL="psql -q -X -v ON_ERROR_STOP=1"

$PSQL -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"
for f in "$ROOT"/platform/service-kit/src/main/resources/db/platform/*.sql \
         "$ROOT"/reporting-service/src/main/resources/db/migration/V1__*.sql; do
  $PSQL -f "$f"
done
# V2 without its backfill (the backfill runs below, after the cases exist), then the later migrations
sed '/^-- Cases recorded before this migration/,$d' "$ROOT"/reporting-service/src/main/resources/db/migration/V2__*.sql | $PSQL
for f in "$ROOT"/reporting-service/src/main/resources/db/migration/V[3-9]__*.sql; do
  $PSQL -f "$f"
done
start=$(date +%s)
$PSQL -v cases="$CASES" -f "$HERE/generate-cases.sql"
sed -n '/^INSERT INTO stat_province_day/,$p' "$ROOT"/reporting-service/src/main/resources/db/migration/V2__*.sql | $PSQL
sed -n '/^INSERT INTO stat_national_day/,$p' "$ROOT"/reporting-service/src/main/resources/db/migration/V4__*.sql | $PSQL
$PSQL -c "INSERT INTO closure_time_stat (province_code, month, days, n)
          SELECT province_code, date_trunc('month', closed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
                 extract(day FROM closed_at - received_at)::int, count(*)
            FROM case_fact WHERE closed_at IS NOT NULL GROUP BY 1, 2, 3;"
$PSQL -c "VACUUM ANALYZE;"
echo "generated $CASES cases and their cubes in $(( $(date +%s) - start )) s"
$PSQL -At -c "SELECT 'case_fact ' || count(*) FROM case_fact UNION ALL
              SELECT 'stat_national_day ' || count(*) FROM stat_national_day UNION ALL
              SELECT 'stat_province_day ' || count(*) FROM stat_province_day UNION ALL
              SELECT 'stat_commune_month ' || count(*) FROM stat_commune_month;"

printf '%-48s %8s %8s %8s\n' query p50_ms p95_ms max_ms
for q in "$HERE"/queries/*.sql; do
  rm -f "$WORK"/pgbench_log.*
  (cd "$WORK" && pgbench -n -c 1 -t "$RUNS" -f "$q" -l >/dev/null 2>&1)
  sort -n -k3 "$WORK"/pgbench_log.* | awk -v name="$(basename "$q" .sql)" '
    { lat[NR] = $3 / 1000.0 }
    END { printf "%-48s %8.2f %8.2f %8.2f\n", name, lat[int(NR * 0.50 + 0.5)], lat[int(NR * 0.95 + 0.5)], lat[NR] }'
done
