#!/usr/bin/env bash
# Start-up time and memory of csto-facts, four ways in one alternating run (issue 16):
#   fat        the fat jar on Java 17 (`java -jar`), the baseline;
#   cds17      the extracted jar on Java 17 with the ahead-of-time processed context (-Dspring.aot.enabled=true)
#              and a class data sharing archive from a training run: what the image shipped until issue 16;
#   aot25      the extracted jar on Java 25 with the AOT-processed context and a JDK AOT cache from a training run
#              (-XX:AOTCacheOutput, then -XX:AOTCache): what the image ships now;
#   aot25lean  that with compact object headers and heap, collector and thread settings for memory (LEAN_OPTS,
#              given to its training run too, as the cache requires).
# Each training run starts the context on a throw-away database and exits once it is refreshed
# (-Dspring.context.exit=onRefresh), as the Dockerfile does.
#
# RUNS rounds (default 5), each starting every way once in turn, so that a change in the machine's load touches
# every way alike: the time from launching `java` to the first 200 answer of /api (the seed of ./data loaded into
# a throw-away H2 database), then the resident memory (VmRSS) after LOAD requests (default 2000) to the reads.
# Prints the median of each and the ratios to the fat jar.
#
#   bench/startup.sh            # builds the jar first if target/ has none
#   RUNS=9 LOAD=5000 LEAN_OPTS="-XX:+UseCompactObjectHeaders -Xmx128m" bench/startup.sh
#   WAYS="aot25 aot25lean" RUNS=3 bench/startup.sh     # some of the ways only (ratios need fat)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS=${RUNS:-5}
LOAD=${LOAD:-2000}
PORT=${PORT:-8470}
JAVA17=${JAVA17:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
LEAN_OPTS=${LEAN_OPTS:--XX:+UseCompactObjectHeaders -XX:+UseSerialGC -Xmx256m -Xss512k -XX:ReservedCodeCacheSize=64m}
read -r -a lean_opts <<<"$LEAN_OPTS"

jar=$(ls target/csto-facts-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$jar" ]; then
	./mvnw -B -q -DskipTests package
	jar=$(ls target/csto-facts-*.jar | head -n 1)
fi
jar=$(realpath "$jar")
name=$(basename "$jar")
data=$(realpath data)
work=$(mktemp -d)
pid=
trap '[ -z "$pid" ] || kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

echo "java 17: $("$JAVA17" -version 2>&1 | head -n 1); java 25: $("$JAVA25" -version 2>&1 | head -n 1)"
echo "cores: $(nproc); jar: $name; runs: $RUNS; load: $LOAD requests; lean options: $LEAN_OPTS"
# Other work on the machine slows every start: the load average says how quiet it was.
echo "load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
"$JAVA17" -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" >/dev/null

# train NAME JAVA OPTIONS...: one training run in the extracted directory; its log in $work/NAME.log.
train() {
	local label=$1 java=$2
	shift 2
	(cd "$work/extracted" && "$java" "$@" -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh -jar "$name" \
		--spring.datasource.url=jdbc:h2:mem:training --server.port=0 --management.server.port=0 \
		>"$work/$label.log" 2>&1) || { echo "training run $label failed:"; tail -n 20 "$work/$label.log"; exit 1; }
}
declare -A archive=([cds17]=app17.jsa [aot25]=app25.aot [aot25lean]=app25-lean.aot)
for way in ${WAYS:-cds17 aot25 aot25lean}; do
	case $way in
		cds17) train cds17 "$JAVA17" -XX:ArchiveClassesAtExit=app17.jsa ;;
		aot25) train aot25 "$JAVA25" -XX:AOTCacheOutput=app25.aot ;;
		aot25lean) train aot25lean "$JAVA25" "${lean_opts[@]}" -XX:AOTCacheOutput=app25-lean.aot ;;
		*) continue ;;
	esac
	echo "${archive[$way]}: $(($(stat -c %s "$work/extracted/${archive[$way]}") / 1048576)) MB"
done

reads=(/api /api/member-states /api/people /api/events /api/statements "/api/search?q=security" /api/timeline)

# measure DIRECTORY JAVA ARGS...: prints "MILLISECONDS_TO_FIRST_ANSWER RSS_KB" for one start.
measure() {
	local directory=$1 java=$2 start now elapsed rss urls=() i
	shift 2
	cd "$directory"
	start=$(date +%s%N)
	"$java" "$@" --server.port="$PORT" --management.server.port=0 --csto.data-dir="$data" \
		--spring.datasource.url="jdbc:h2:mem:bench-$RANDOM" >"$work/run.log" 2>&1 &
	pid=$!
	cd - >/dev/null
	until curl -fs -o /dev/null "http://127.0.0.1:$PORT/api"; do
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "the service died:" >&2
			tail -n 20 "$work/run.log" >&2
			exit 1
		fi
		sleep 0.01
	done
	now=$(date +%s%N)
	elapsed=$(((now - start) / 1000000))
	for ((i = 0; i < LOAD; i++)); do
		urls+=("http://127.0.0.1:$PORT${reads[i % ${#reads[@]}]}")
		if [ "${#urls[@]}" -eq 100 ]; then
			curl -fs "${urls[@]}" >/dev/null
			urls=()
		fi
	done
	[ "${#urls[@]}" -eq 0 ] || curl -fs "${urls[@]}" >/dev/null
	rss=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status")
	kill "$pid"
	wait "$pid" 2>/dev/null || true
	pid=
	echo "$elapsed $rss"
}

median() {
	sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

read -r -a ways <<<"${WAYS:-fat cds17 aot25 aot25lean}"
declare -A times sizes
for ((run = 1; run <= RUNS; run++)); do
	for way in "${ways[@]}"; do
		case $way in
			fat) result=$(measure "$work" "$JAVA17" -jar "$jar") ;;
			cds17) result=$(measure "$work/extracted" "$JAVA17" -XX:SharedArchiveFile=app17.jsa -Xshare:auto \
				-Dspring.aot.enabled=true -jar "$name") ;;
			aot25) result=$(measure "$work/extracted" "$JAVA25" -XX:AOTCache=app25.aot -Dspring.aot.enabled=true \
				-jar "$name") ;;
			aot25lean) result=$(measure "$work/extracted" "$JAVA25" "${lean_opts[@]}" -XX:AOTCache=app25-lean.aot \
				-Dspring.aot.enabled=true -jar "$name") ;;
		esac
		times[$way]+="${result% *} "
		sizes[$way]+="${result#* } "
		echo "round $run $way: ${result% *} ms, $((${result#* } / 1024)) MB"
	done
done

declare -A start_ms rss_mb
for way in "${ways[@]}"; do
	start_ms[$way]=$(tr ' ' '\n' <<<"${times[$way]}" | grep . | median)
	rss_mb[$way]=$(($(tr ' ' '\n' <<<"${sizes[$way]}" | grep . | median) / 1024))
	printf '%-10s first answer of /api: median %5d ms (runs: %s); RSS after load: median %4d MB\n' \
		"$way" "${start_ms[$way]}" "${times[$way]% }" "${rss_mb[$way]}"
done
for way in "${ways[@]:1}"; do
	[ -n "${start_ms[fat]:-}" ] || break
	awk -v way="$way" -v t="${start_ms[$way]}" -v t0="${start_ms[fat]}" -v m="${rss_mb[$way]}" -v m0="${rss_mb[fat]}" \
		'BEGIN { printf "%-10s vs fat jar: start-up x%.2f, RSS x%.2f\n", way, t / t0, m / m0 }'
done
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
