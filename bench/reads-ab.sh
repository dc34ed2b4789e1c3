#!/usr/bin/env bash
# Cold reads of two jars on the same articles, alternating (issue 16): both jars load the same articles from a data
# directory into H2 files of their own (--csto.response-cache.enabled=false), then bench/reads_ab.py sends each read
# to one and then the other, swapping the order every request, so that both see the same machine at the same time.
# On a shared machine the ratio new/old is the figure to quote.
#
#   bench/reads-ab.sh OLD.jar NEW.jar ARTICLES_DIR [REQUESTS_PER_READ]
#
# ARTICLES_DIR is, for instance, python3 bench/corpus.py --count 400 --out DIR. Prints CSV: read, requests, p50 and
# p99 of each jar in ms, and the ratios.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[ $# -ge 3 ] || { echo "usage: bench/reads-ab.sh OLD.jar NEW.jar ARTICLES_DIR [REQUESTS_PER_READ]" >&2; exit 2; }
OLD=$1 NEW=$2 DATA=$3 REQUESTS=${4:-60}
want=$(ls "$DATA"/*.txt | wc -l)
start=$SECONDS
for side in old:8781:$OLD new:8782:$NEW; do
	IFS=: read -r name port jar <<<"$side"
	java -Dmanagement.server.port=0 -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
		--csto.response-cache.enabled=false --csto.data-dir="$DATA" \
		--spring.datasource.url="jdbc:h2:file:$WORK/$name/csto" >"$WORK/$name.log" 2>&1 &
	STARTED_PIDS+=($!)
done
for port in 8781 8782; do
	deadline=$((SECONDS + ${BENCH_START_TIMEOUT:-1800}))
	until [ "$(curl -sf "http://127.0.0.1:$port/api" | python3 -c 'import json, sys; print(json.load(sys.stdin)["counts"]["documents"])' 2>/dev/null)" = "$want" ]; do
		[ $SECONDS -lt "$deadline" ] || { echo "bench: port $port did not load $want articles" >&2; exit 1; }
		sleep 3
	done
	log "port $port: $want articles loaded after $((SECONDS - start)) s"
done
echo "load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
python3 "$BENCH_DIR/reads_ab.py" http://127.0.0.1:8781 http://127.0.0.1:8782 "$REQUESTS"
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
