#!/usr/bin/env bash
# Load: reads and ingest at once for 60 s at 256 connections in all: one wrk reading the hot reads in turn, and one
# wrk posting articles made unique by a marker (bench/load-ingest.lua), side by side. Then every posted text must be
# stored exactly once: no 5xx, no socket error, no article lost.
#
#   bench/load.sh                       builds the jar, then measures (about 2-3 minutes)
#   BENCH_SKIP_BUILD=1 bench/load.sh    reuses target/csto-facts-0.1.0.jar
#
# Settings: BENCH_DURATION (s, 60), BENCH_CONNECTIONS (in all, 256), BENCH_INGEST_CONNECTIONS (of those, posting,
# 16), BENCH_APP_PORT (8530).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DURATION=${BENCH_DURATION:-60}
CONNECTIONS=${BENCH_CONNECTIONS:-256}
INGEST_CONNECTIONS=${BENCH_INGEST_CONNECTIONS:-16}
READ_CONNECTIONS=$((CONNECTIONS - INGEST_CONNECTIONS))
APP_PORT=${BENCH_APP_PORT:-8530}
ARTICLES=("$PROJECT_DIR"/src/test/resources/articles/*.txt)

need wrk wrk
need curl curl
need python3 python3
build_jar
start_app "$APP_PORT" bench-load --csto.api-key=bench-key
APP="http://127.0.0.1:$APP_PORT"
person=$(curl -sf "$APP/api/people?sort=id&size=1" | sed -n 's/^{"content":\[{"id":"\([^"]*\)".*/\1/p')
READS=(/api/member-states "/api/statements?q=security" "/api/search?q=security" "/api/people/$person" /api
	/api/events /api/timeline "/api/countries?member=true")
stored_documents() {
	curl -sf "$APP/api" | grep -o '"documents":[0-9]*' | cut -d: -f2
}
before=$(stored_documents)

log "load: ${DURATION}s, $READ_CONNECTIONS connections reading, $INGEST_CONNECTIONS posting"
wrk -t 1 -c "$READ_CONNECTIONS" -d "${DURATION}s" --timeout 10s -s "$BENCH_DIR/load-reads.lua" "$APP" -- \
	"${READS[@]}" >"$WORK/reads.out" &
reads_pid=$!
STARTED_PIDS+=("$reads_pid")
wrk -t 1 -c "$INGEST_CONNECTIONS" -d "${DURATION}s" --timeout 30s -s "$BENCH_DIR/load-ingest.lua" "$APP" -- \
	bench-key "${ARTICLES[@]}" >"$WORK/ingest.out"
wait "$reads_pid"
reads=$(grep '^RESULT' "$WORK/reads.out")
ingest=$(grep '^RESULT' "$WORK/ingest.out")

# A post still in flight when wrk stopped is stored a moment later: wait (at most 3 minutes) until the count
# has held still for 5 s.
stored=$(stored_documents)
still=0
for _ in $(seq 180); do
	sleep 1
	now=$(stored_documents)
	if [ "$now" = "$stored" ]; then
		still=$((still + 1))
		[ $still -ge 5 ] && break
	else
		still=0
		stored=$now
	fi
done
check=$(python3 "$BENCH_DIR/stored_markers.py" "$APP" "$(field "$ingest" per_thread)" || true)

echo "# load: wrk, ${DURATION}s, $CONNECTIONS connections ($READ_CONNECTIONS reading, $INGEST_CONNECTIONS posting); $(date -u +%FT%TZ), $(nproc) cores"
echo "reads:  $reads"
echo "ingest: ${ingest% per_thread=*}"
echo "stored: documents before=$before after=$stored; $check"
errors=0
for kind in connect read write timeout; do
	errors=$((errors + $(field "$reads" $kind) + $(field "$ingest" $kind)))
done
server_errors=$(($(field "$reads" 5xx) + $(field "$ingest" 5xx)))
missing=$(field "$check" missing)
if [ "$errors" = 0 ] && [ "$server_errors" = 0 ] && [ "$missing" = 0 ] && [ "$(field "$check" duplicates)" = 0 ]; then
	echo "load: passed: 0 5xx, 0 socket errors, every posted article stored once"
else
	echo "load: FAILED: $server_errors 5xx, $errors socket errors, ${missing:-?} posted articles missing"
	exit 1
fi
