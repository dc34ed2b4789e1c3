# Shared helpers of the bench scripts (sourced, not run). Everything listens on 127.0.0.1 only, every process a
# script starts is stopped by its pid when the script exits, and every wait is bounded.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_DIR=$(dirname "$BENCH_DIR")
JAR="$PROJECT_DIR/target/csto-facts-0.1.0.jar"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/csto-bench.XXXXXX")
# nginx workers run as nobody and must read the files served
chmod 755 "$WORK"
STARTED_PIDS=()

stop_started() {
	local pid
	for pid in "${STARTED_PIDS[@]}"; do
		kill "$pid" 2>/dev/null || true
	done
	for pid in "${STARTED_PIDS[@]}"; do
		for _ in $(seq 50); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.2
		done
		kill -9 "$pid" 2>/dev/null || true
	done
	STARTED_PIDS=()
	if [ -z "${BENCH_KEEP_WORK:-}" ]; then
		rm -rf "$WORK"
	fi
}
trap stop_started EXIT

log() {
	printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2
}

# need COMMAND DEBIAN_PACKAGE: installs the package when the command is missing and we are root.
need() {
	if command -v "$1" >/dev/null 2>&1; then
		return
	fi
	if [ "$(id -u)" = 0 ]; then
		log "installing $2 for $1"
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null
	else
		echo "bench: $1 is missing: apt-get install $2" >&2
		exit 1
	fi
}

# build_jar: packages the service unless BENCH_SKIP_BUILD is set and the jar exists.
build_jar() {
	if [ -n "${BENCH_SKIP_BUILD:-}" ] && [ -f "$JAR" ]; then
		return
	fi
	log "building $JAR"
	(cd "$PROJECT_DIR" && ./mvnw -q -DskipTests package)
}

# start_app PORT NAME [ARGS...]: starts the jar on an in-memory database with the project's data directory and
# waits (at most BENCH_START_TIMEOUT seconds) until /api answers with the articles loaded. Sets APP_PID.
start_app() {
	local port=$1 name=$2
	shift 2
	log "starting the service on 127.0.0.1:$port"
	(cd "$PROJECT_DIR" && exec java ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port="$port" --server.address=127.0.0.1 \
		--spring.datasource.url="jdbc:h2:mem:$name" --csto.data-dir="${BENCH_DATA_DIR:-data}" "$@" \
		>"$WORK/app-$port.log" 2>&1) &
	APP_PID=$!
	STARTED_PIDS+=("$APP_PID")
	local deadline=$((SECONDS + ${BENCH_START_TIMEOUT:-180}))
	until curl -sf "http://127.0.0.1:$port/api" | grep -q '"documents":[1-9]'; do
		if ! kill -0 "$APP_PID" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
			echo "bench: the service did not come up with its articles; log:" >&2
			tail -n 30 "$WORK/app-$port.log" >&2
			exit 1
		fi
		sleep 0.5
	done
}

# start_nginx PORT ROOT: serves the files under ROOT as application/json. Sets NGINX_PID.
start_nginx() {
	local port=$1 root=$2
	local conf="$WORK/nginx-$port"
	mkdir -p "$conf"
	cat >"$conf/nginx.conf" <<-EOF
		worker_processes auto;
		daemon off;
		pid $conf/nginx.pid;
		error_log $conf/error.log warn;
		events { worker_connections 4096; }
		http {
			access_log off;
			client_body_temp_path $conf/body;
			proxy_temp_path $conf/proxy;
			fastcgi_temp_path $conf/fastcgi;
			uwsgi_temp_path $conf/uwsgi;
			scgi_temp_path $conf/scgi;
			default_type application/json;
			server {
				listen 127.0.0.1:$port;
				root $root;
			}
		}
	EOF
	log "starting nginx on 127.0.0.1:$port"
	nginx -c "$conf/nginx.conf" -e "$conf/error.log" &
	NGINX_PID=$!
	STARTED_PIDS+=("$NGINX_PID")
	local deadline=$((SECONDS + 20))
	until curl -s -o /dev/null "http://127.0.0.1:$port/"; do
		if [ $SECONDS -ge $deadline ]; then
			echo "bench: nginx did not start" >&2
			cat "$conf/error.log" >&2
			exit 1
		fi
		sleep 0.2
	done
}

# wrk_run URL DURATION CONNECTIONS [SCRIPT]: one wrk run; prints the RESULT line of report.lua
# (requests, rps, p50_ms, p99_ms, errors by kind).
wrk_run() {
	local url=$1 duration=$2 connections=$3 script=${4:-$BENCH_DIR/report.lua}
	wrk -t "${BENCH_WRK_THREADS:-2}" -c "$connections" -d "$duration" --timeout 10s -s "$script" "$url" \
		| grep '^RESULT'
}

# field LINE NAME: the value of NAME=value in a RESULT line.
field() {
	sed -n "s/.*[[:space:]]$2=\([^[:space:]]*\).*/\1/p" <<<"$1"
}
