#!/usr/bin/env bash
# Start-up time and memory of csto-facts, four ways in one run: the fat jar, the extracted jar, the extracted jar
# with a CDS archive from a training run, and that with the ahead-of-time processed context as well
# (-Dspring.aot.enabled=true, what the Dockerfile ships); and, for the record, that with the C1 compiler only
# (-XX:TieredStopAtLevel=1), which starts faster at a cost in throughput that bench/reads.sh measures with
# BENCH_JAVA_OPTS=-XX:TieredStopAtLevel=1.
#
# For each way, RUNS times (default 5): the time from launching `java` to the first 200 answer of /api (the seed
# of ./data loaded into a throw-away H2 database), then the resident memory (VmRSS) after LOAD requests
# (default 2000) to the hot reads. Prints the median of each and the ratios to the fat jar.
#
#   bench/startup.sh            # builds the jar first if target/ has none
#   RUNS=9 LOAD=5000 JAVA_OPTS="-Xmx256m" bench/startup.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS=${RUNS:-5}
LOAD=${LOAD:-2000}
PORT=${PORT:-8470}
JAVA_OPTS=${JAVA_OPTS:-}
read -r -a java_opts <<<"$JAVA_OPTS"

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

echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc); jar: $name; runs: $RUNS; load: $LOAD requests"
# Other work on the machine slows every start: the load average says how quiet it was.
echo "load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
java -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" >/dev/null
# The training run: the context starts (on a throw-away database) and the JVM writes the classes it loaded.
(cd "$work/extracted" && java -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh \
	-jar "$name" --spring.datasource.url=jdbc:h2:mem:training >"$work/training.log" 2>&1) \
	|| { echo "training run failed:"; tail -n 20 "$work/training.log"; exit 1; }
(cd "$work/extracted" && java -Dspring.aot.enabled=true -XX:ArchiveClassesAtExit=application-aot.jsa \
	-Dspring.context.exit=onRefresh -jar "$name" --spring.datasource.url=jdbc:h2:mem:training >"$work/training-aot.log" 2>&1) \
	|| { echo "AOT training run failed:"; tail -n 20 "$work/training-aot.log"; exit 1; }

hot_reads=(/api /api/member-states /api/people /api/events /api/statements "/api/search?q=security" /api/timeline)

# measure DIRECTORY ARGS...: prints "MILLISECONDS_TO_FIRST_ANSWER RSS_KB" for one start.
measure() {
	local directory=$1 start now elapsed rss urls=() i
	shift
	cd "$directory"
	start=$(date +%s%N)
	java "${java_opts[@]}" "$@" --server.port="$PORT" --csto.data-dir="$data" \
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
		urls+=("http://127.0.0.1:$PORT${hot_reads[i % ${#hot_reads[@]}]}")
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

declare -A start_ms rss_mb
for way in fat extracted cds cds+aot cds+aot+c1; do
	times=()
	sizes=()
	for ((run = 1; run <= RUNS; run++)); do
		case $way in
			fat) result=$(measure "$work" -jar "$jar") ;;
			extracted) result=$(measure "$work/extracted" -jar "$name") ;;
			cds) result=$(measure "$work/extracted" -XX:SharedArchiveFile=application.jsa -Xshare:auto -jar "$name") ;;
			cds+aot) result=$(measure "$work/extracted" -XX:SharedArchiveFile=application-aot.jsa -Xshare:auto \
				-Dspring.aot.enabled=true -jar "$name") ;;
			cds+aot+c1) result=$(measure "$work/extracted" -XX:SharedArchiveFile=application-aot.jsa -Xshare:auto \
				-Dspring.aot.enabled=true -XX:TieredStopAtLevel=1 -jar "$name") ;;
		esac
		times+=("${result% *}")
		sizes+=("${result#* }")
	done
	start_ms[$way]=$(printf '%s\n' "${times[@]}" | median)
	rss_mb[$way]=$(($(printf '%s\n' "${sizes[@]}" | median) / 1024))
	printf '%-10s first answer of /api: median %5d ms (runs: %s); RSS after load: median %4d MB\n' \
		"$way" "${start_ms[$way]}" "${times[*]}" "${rss_mb[$way]}"
done

for way in extracted cds cds+aot cds+aot+c1; do
	awk -v way="$way" -v t="${start_ms[$way]}" -v t0="${start_ms[fat]}" -v m="${rss_mb[$way]}" -v m0="${rss_mb[fat]}" \
		'BEGIN { printf "%-10s vs fat jar: start-up x%.2f, RSS x%.2f\n", way, t / t0, m / m0 }'
done
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
