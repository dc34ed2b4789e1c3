#!/usr/bin/env bash
# Hot reads against the practical limit of this machine: the service and an nginx serving the very same response
# bytes as static files, measured with wrk one after the other for each read, in the same run.
#
#   bench/reads.sh                       builds the jar, then measures (about 3 minutes)
#   BENCH_SKIP_BUILD=1 bench/reads.sh    reuses target/csto-facts-0.1.0.jar
#
# Settings (environment): BENCH_DURATION (s per read and server, 10), BENCH_WARMUP (s per read, 5),
# BENCH_CONNECTIONS (64), BENCH_WRK_THREADS (2), BENCH_APP_PORT (8510), BENCH_NGINX_PORT (8610),
# BENCH_APP_ARGS (more arguments for the service, e.g. --csto.response-cache.enabled=false),
# BENCH_JAVA_OPTS (JVM options, e.g. a flight recording), BENCH_DATA_DIR (articles, ./data).
# Goal (issue 7): each read at >= 0.5 of nginx's req/s, p99 under 10 ms, no errors.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DURATION=${BENCH_DURATION:-10}
WARMUP=${BENCH_WARMUP:-5}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
APP_PORT=${BENCH_APP_PORT:-8510}
NGINX_PORT=${BENCH_NGINX_PORT:-8610}
QUERY=${BENCH_QUERY:-security}

need wrk wrk
need nginx nginx-light
need curl curl
build_jar
# shellcheck disable=SC2086
start_app "$APP_PORT" bench-reads ${BENCH_APP_ARGS:-}
APP="http://127.0.0.1:$APP_PORT"

person=$(curl -sf "$APP/api/people?sort=id&size=1" | sed -n 's/^{"content":\[{"id":"\([^"]*\)".*/\1/p')
if [ -z "$person" ]; then
	echo "bench: no person stored to read" >&2
	exit 1
fi
READS=(
	"member-states /api/member-states"
	"statements /api/statements?q=$QUERY"
	"search /api/search?q=$QUERY"
	"person /api/people/$person"
)

# The same bytes as static files: one file per read, fetched from the service itself.
mkdir -p "$WORK/www"
for entry in "${READS[@]}"; do
	read -r name path <<<"$entry"
	status=$(curl -s -o "$WORK/www/$name.json" -w '%{http_code}' "$APP$path")
	if [ "$status" != 200 ]; then
		echo "bench: $path answered $status" >&2
		exit 1
	fi
done
start_nginx "$NGINX_PORT" "$WORK/www"
NGINX="http://127.0.0.1:$NGINX_PORT"
for entry in "${READS[@]}"; do
	read -r name path <<<"$entry"
	if ! curl -s "$NGINX/$name.json" | cmp -s - "$WORK/www/$name.json"; then
		echo "bench: nginx does not serve the bytes of $path" >&2
		exit 1
	fi
done

log "warming up the service: ${WARMUP}s per read"
for entry in "${READS[@]}"; do
	read -r name path <<<"$entry"
	wrk_run "$APP$path" "${WARMUP}s" "$CONNECTIONS" >/dev/null
done

echo "# hot reads: wrk -t${BENCH_WRK_THREADS:-2} -c$CONNECTIONS -d${DURATION}s, service then nginx for each read; $(date -u +%FT%TZ), $(nproc) cores"
echo "# service arguments: ${BENCH_APP_ARGS:-(defaults)}"
printf '%-14s %7s | %9s %8s %8s %6s | %9s %8s %8s | %6s %s\n' read bytes "svc req/s" "p50 ms" "p99 ms" errors \
	"ngx req/s" "p50 ms" "p99 ms" ratio goal
met=0
for entry in "${READS[@]}"; do
	read -r name path <<<"$entry"
	service=$(wrk_run "$APP$path" "${DURATION}s" "$CONNECTIONS")
	static=$(wrk_run "$NGINX/$name.json" "${DURATION}s" "$CONNECTIONS")
	errors=0
	for kind in connect read write timeout status; do
		errors=$((errors + $(field "$service" $kind)))
	done
	ratio=$(awk -v s="$(field "$service" rps)" -v n="$(field "$static" rps)" 'BEGIN { printf "%.2f", s / n }')
	goal=$(awk -v r="$ratio" -v p="$(field "$service" p99_ms)" -v e="$errors" \
		'BEGIN { print (r >= 0.5 && p < 10 && e == 0) ? "met" : "missed" }')
	[ "$goal" = met ] && met=$((met + 1))
	printf '%-14s %7s | %9s %8s %8s %6s | %9s %8s %8s | %6s %s\n' "$name" "$(stat -c %s "$WORK/www/$name.json")" \
		"$(field "$service" rps)" "$(field "$service" p50_ms)" "$(field "$service" p99_ms)" "$errors" \
		"$(field "$static" rps)" "$(field "$static" p50_ms)" "$(field "$static" p99_ms)" "$ratio" "$goal"
done
for entry in "${READS[@]}"; do
	read -r name path <<<"$entry"
	echo "# $name: $path"
done
echo "reads: $met/${#READS[@]} hot reads meet the goal (>= 0.5 of nginx, p99 < 10 ms, no errors)"
