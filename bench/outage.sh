#!/usr/bin/env bash
# Faults (issue 13), in two parts, each against the built jar:
#
# 1. A PostgreSQL outage under load: the service reaches the machine's PostgreSQL through the test's TCP proxy
#    (org.cstofacts.database.DatabaseLink, from target/test-classes), in a database of this run's own. Readers and
#    writers run for BENCH_BEFORE s (10), the link is cut for BENCH_OUTAGE s (15: every connection closed, new ones
#    refused, as when the server stops), then restored for BENCH_AFTER s (15). The shared PostgreSQL server itself
#    is never stopped. Figures: reads answered during the outage, writes answered 503 and how fast, liveness
#    throughout, readiness, recovery, and whether every write answered 201 is stored, once.
# 2. kill -9 in a burst of writes on an H2 file the user names (--spring.datasource.url=jdbc:h2:file:..., without
#    WRITE_DELAY), BENCH_KILL_ROUNDS times (3): four writers for BENCH_BURST s (8), SIGKILL, restart, and every
#    article answered 201 must be there.
#
#   bench/outage.sh                       builds the jar, then measures (about 3 minutes)
#   BENCH_SKIP_BUILD=1 bench/outage.sh    reuses target/csto-facts-0.1.0.jar and target/test-classes
#   BENCH_H2_SETTINGS=';WRITE_DELAY=500'  part 2 on a URL that keeps H2's write delay: what the bench catches without
#                                         the service's own WRITE_DELAY=0
#
# Settings: BENCH_READERS (8), BENCH_WRITERS (4), BENCH_APP_PORT (8560; the management port is the next one, the
# link the one after), PG_HOST/PG_PORT/PG_USER (127.0.0.1, 5432, postgres), BENCH_PG_DATABASE (csto_bench_outage).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

APP_PORT=${BENCH_APP_PORT:-8560}
MANAGEMENT_PORT=$((APP_PORT + 1))
LINK_PORT=$((APP_PORT + 2))
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
PG_DATABASE=${BENCH_PG_DATABASE:-csto_bench_outage}
KILL_ROUNDS=${BENCH_KILL_ROUNDS:-3}
H2_SETTINGS=${BENCH_H2_SETTINGS:-}
BURST=${BENCH_BURST:-8}
export BENCH_API_KEY=bench-key
APP="http://127.0.0.1:$APP_PORT"

need python3 python3
need psql postgresql-client
build_jar

pg() {
	psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}
drop_database() {
	pg -c "drop database if exists $PG_DATABASE with (force)" >/dev/null 2>&1 || true
}
trap 'stop_started; drop_database' EXIT
for port in "$APP_PORT" "$MANAGEMENT_PORT" "$LINK_PORT"; do
	if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
		echo "bench: port $port is taken (another bench?): choose others with BENCH_APP_PORT" >&2
		exit 1
	fi
done
drop_database
pg -c "create database $PG_DATABASE"

# start_service LOG ARGS...: the jar on APP_PORT and MANAGEMENT_PORT, waiting (at most BENCH_START_TIMEOUT s) for
# /api. Sets SERVICE_PID.
start_service() {
	local log=$1
	shift
	(cd "$PROJECT_DIR" && exec java ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port="$APP_PORT" \
		--server.address=127.0.0.1 --management.server.port="$MANAGEMENT_PORT" --csto.api-key="$BENCH_API_KEY" \
		"$@" >>"$log" 2>&1) &
	SERVICE_PID=$!
	STARTED_PIDS+=("$SERVICE_PID")
	local deadline=$((SECONDS + ${BENCH_START_TIMEOUT:-180}))
	until curl -sf "$APP/api" >/dev/null \
		&& curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/liveness" >/dev/null; do
		if ! kill -0 "$SERVICE_PID" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
			echo "bench: the service did not answer; log:" >&2
			tail -n 30 "$log" >&2
			exit 1
		fi
		sleep 0.5
	done
}

# stop PID: stops one process this script started, by its pid (TERM, then KILL after 10 s).
stop() {
	kill "$1" 2>/dev/null || true
	for _ in $(seq 50); do
		kill -0 "$1" 2>/dev/null || return 0
		sleep 0.2
	done
	kill -9 "$1" 2>/dev/null || true
}

echo "# outage: ${BENCH_OUTAGE:-15} s PostgreSQL outage through a TCP proxy, ${BENCH_READERS:-8} readers and" \
	"${BENCH_WRITERS:-4} writers; kill -9 in bursts of writes on an H2 file, $KILL_ROUNDS rounds;" \
	"$(date -u +%FT%TZ), $(nproc) cores"

log "part 1: the link to PostgreSQL at $PG_HOST:$PG_PORT on 127.0.0.1:$LINK_PORT"
mkfifo "$WORK/link"
java -cp "$PROJECT_DIR/target/test-classes" org.cstofacts.database.DatabaseLink "$LINK_PORT" "$PG_HOST" "$PG_PORT" \
	<"$WORK/link" >"$WORK/link.log" 2>&1 &
LINK_PID=$!
STARTED_PIDS+=("$LINK_PID")
# Held open, so that the link reads commands until the end rather than the end of the first writer.
exec 3>"$WORK/link"
start_service "$WORK/postgres.log" --spring.profiles.active=postgres --csto.data-dir=data \
	--spring.datasource.url="jdbc:postgresql://127.0.0.1:$LINK_PORT/$PG_DATABASE" \
	--spring.datasource.username="$PG_USER"
pid_before=$SERVICE_PID
log "load, then the outage"
status=0
python3 "$BENCH_DIR/outage.py" outage "$APP" "http://127.0.0.1:$MANAGEMENT_PORT" "$WORK/link" || status=1
if kill -0 "$pid_before" 2>/dev/null; then
	echo "restart:   none (the same process, pid $pid_before, served before, during and after)"
else
	echo "restart:   the process is gone"
	status=1
fi
grep -h "DatabaseMonitor" "$WORK/postgres.log" | sed 's/^.*DatabaseMonitor *: /monitor:   /' | cut -c1-160 || true
stop "$SERVICE_PID"
exec 3>&-
stop "$LINK_PID"

log "part 2: kill -9 in bursts of writes on an H2 file"
for round in $(seq "$KILL_ROUNDS"); do
	database="$WORK/h2-$round/facts$H2_SETTINGS"
	acks="$WORK/acks-$round"
	: >"$acks"
	start_service "$WORK/h2-$round.log" --spring.datasource.url="jdbc:h2:file:$database" --csto.data-dir="$WORK/none"
	python3 "$BENCH_DIR/outage.py" burst "$APP" 60 "$acks" &
	burst=$!
	sleep "$BURST"
	kill -9 "$SERVICE_PID"
	wait "$SERVICE_PID" 2>/dev/null || true
	wait "$burst" || true
	start_service "$WORK/h2-$round.log" --spring.datasource.url="jdbc:h2:file:$database" --csto.data-dir="$WORK/none"
	printf 'round %d:  ' "$round"
	python3 "$BENCH_DIR/outage.py" verify "$APP" "$acks" | sed 's/^kill -9: *//' || status=1
	stop "$SERVICE_PID"
done

if [ "$status" = 0 ]; then
	echo "faults: passed: the outage figures met every bar, and kill -9 lost no article answered 201"
else
	echo "faults: FAILED (see above)"
fi
exit "$status"
