#!/usr/bin/env bash
# Reads and ingest at scale (issue 16): ingests generated articles (bench/corpus.py) one after another through
# POST /api/documents into a fresh database, and at each size times every list, detail and search read of the API
# cold (the response cache off, --csto.response-cache.enabled=false), one request after another.
#
#   bench/scale.sh [--db h2|postgres] [--sizes 100,1000,10000] [--requests 200] [--label NAME]
#
# h2: an H2 file database in a temporary directory (the default of the service, a file, not memory).
# postgres: a database of the run's own on the server at PG_HOST:PG_PORT (127.0.0.1:5432, user postgres, trust
# authentication), created at the start and dropped at the end.
# At each size: the time of each ingest (bench/out/scale-NAME-ingest.csv), the database's size, how many of the
# invented people the service serves (the check that the generator's text is read), then for every read up to
# --requests requests (at most BENCH_READ_SECONDS, 20 s, per read) with p50/p99/max (bench/out/scale-NAME-reads.csv).
# Everything printed goes to bench/out/scale-NAME.txt too. NAME is the database unless --label says otherwise.
# Runs from any worktree: the jar is built from the worktree the script is in (BENCH_SKIP_BUILD=1 reuses it).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DB=h2
SIZES=100,1000,10000
REQUESTS=200
LABEL=
while [ $# -gt 0 ]; do
	case $1 in
		--db) DB=$2; shift 2 ;;
		--sizes) SIZES=$2; shift 2 ;;
		--requests) REQUESTS=$2; shift 2 ;;
		--label) LABEL=$2; shift 2 ;;
		*) echo "usage: bench/scale.sh [--db h2|postgres] [--sizes 100,1000,10000] [--requests 200] [--label NAME]" >&2
			exit 2 ;;
	esac
done
case $DB in h2 | postgres) ;; *) echo "bench: --db is h2 or postgres" >&2; exit 2 ;; esac
LABEL=${LABEL:-$DB}
IFS=, read -r -a sizes <<<"$SIZES"
largest=${sizes[-1]}
PORT=${BENCH_PORT:-8571}
BASE="http://127.0.0.1:$PORT"
KEY=scale-bench
OUT="$BENCH_DIR/out"
mkdir -p "$OUT"
REPORT="$OUT/scale-$LABEL.txt"
INGEST_CSV="$OUT/scale-$LABEL-ingest.csv"
READS_CSV="$OUT/scale-$LABEL-reads.csv"
rm -f "$INGEST_CSV" "$READS_CSV"
exec > >(tee "$REPORT") 2>&1

PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
PG_DATABASE=csto_scale_$$
pg() {
	psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

build_jar
echo "scale: $DB, sizes $SIZES, $REQUESTS requests per read; $(nproc) cores, load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "commit: $(git -C "$PROJECT_DIR" rev-parse --short HEAD)$(git -C "$PROJECT_DIR" diff --quiet HEAD -- src || echo ' (with changes)'); java: $(java -version 2>&1 | head -n 1)"
python3 "$BENCH_DIR/corpus.py" --count "$largest" --out "$WORK/corpus"
mkdir -p "$WORK/empty"

if [ "$DB" = postgres ]; then
	pg -c "create database $PG_DATABASE"
	trap 'stop_started; pg -c "drop database if exists $PG_DATABASE with (force)" || true' EXIT
	db_args=(--spring.profiles.active=postgres --spring.datasource.url="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DATABASE"
		--spring.datasource.username="$PG_USER")
	database_size() { pg -c "select pg_database_size('$PG_DATABASE')"; }
else
	db_args=(--spring.datasource.url="jdbc:h2:file:$WORK/h2/csto")
	database_size() { du -cb "$WORK"/h2/*.db | tail -n 1 | cut -f 1; }
fi

log "starting the service on $BASE ($DB)"
(cd "$PROJECT_DIR" && exec java ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
	--management.server.port=0 --csto.response-cache.enabled=false --csto.api-key="$KEY" \
	--csto.data-dir="$WORK/empty" "${db_args[@]}" >"$WORK/app.log" 2>&1) &
APP_PID=$!
STARTED_PIDS+=("$APP_PID")
deadline=$((SECONDS + ${BENCH_START_TIMEOUT:-600}))
until curl -sf "$BASE/api" >/dev/null; do
	if ! kill -0 "$APP_PID" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
		echo "bench: the service did not start; log:" >&2
		tail -n 30 "$WORK/app.log" >&2
		exit 1
	fi
	sleep 0.5
done

stored=0
for size in "${sizes[@]}"; do
	log "ingesting articles $((stored + 1))..$size"
	started=$SECONDS
	python3 "$BENCH_DIR/scale.py" ingest "$BASE" "$KEY" "$WORK/corpus" "$stored" "$size" "$INGEST_CSV"
	echo "SIZE articles=$size ingest_s=$((SECONDS - started)) database_bytes=$(database_size)"
	stored=$size
	# the check pages through every person: at most once the store is large
	if [ "$size" -le "${BENCH_CHECK_UP_TO:-1000}" ]; then
		python3 "$BENCH_DIR/scale.py" check "$BASE" "$WORK/corpus" "$size"
	fi
	log "reads at $size articles"
	python3 "$BENCH_DIR/scale.py" reads "$BASE" "$REQUESTS" "${BENCH_READ_SECONDS:-20}" "$size" "$READS_CSV"
done
python3 "$BENCH_DIR/scale.py" curve "$INGEST_CSV"
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
