#!/usr/bin/env bash
# Extraction speed: articles per second through the pipeline alone, then the cost of each ingest through
# POST /api/documents as the number of stored articles grows (1,000 generated variants, one after the other).
# The ingest cost must stay flat per ingest (so linear in total): the script prints the first and last hundred's
# mean, their ratio and the slope, and draws the curve as a PNG with gnuplot.
#
#   bench/extraction.sh                       builds the jar, then measures (about 5-10 minutes on 2 cores)
#   BENCH_SKIP_BUILD=1 bench/extraction.sh    reuses target/
#
# Settings: BENCH_WARMUP (s, 10), BENCH_DURATION (s, 20), BENCH_INGESTS (1000), BENCH_APP_PORT (8520),
# BENCH_OUT (where the CSV and the PNG go, bench/out).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

WARMUP=${BENCH_WARMUP:-10}
DURATION=${BENCH_DURATION:-20}
INGESTS=${BENCH_INGESTS:-1000}
APP_PORT=${BENCH_APP_PORT:-8520}
OUT=${BENCH_OUT:-$BENCH_DIR/out}
ARTICLES=("$PROJECT_DIR"/src/test/resources/articles/*.txt)

need curl curl
need python3 python3
need gnuplot gnuplot-nox
build_jar
mkdir -p "$OUT"

log "pipeline alone: ${WARMUP}s warm-up, ${DURATION}s measured, ${#ARTICLES[@]} articles round robin, one thread"
pipeline=$(java -cp "$PROJECT_DIR/target/classes" "$BENCH_DIR/ExtractionThroughput.java" "$WARMUP" "$DURATION" \
	"${ARTICLES[@]}" | grep '^RESULT')
echo "pipeline: $pipeline"

start_app "$APP_PORT" bench-ingest --csto.api-key=bench-key
log "ingesting $INGESTS variants through POST /api/documents"
set +e
ingest=$(python3 "$BENCH_DIR/ingest_curve.py" "http://127.0.0.1:$APP_PORT" bench-key "$INGESTS" "$OUT/ingest.csv" \
	"${ARTICLES[@]}")
ingest_status=$?
set -e
echo "ingest: $ingest"

gnuplot <<-EOF
	set terminal pngcairo size 900,500
	set output "$OUT/ingest.png"
	set datafile separator ","
	set title "POST /api/documents: time per ingest against articles stored ($(date -u +%F), $(nproc) shared cores)"
	set xlabel "articles stored before the ingest"
	set ylabel "ms per ingest"
	set y2label "seconds, all ingests so far"
	set ytics nomirror
	set y2tics
	set key top left
	set yrange [0:*]
	set y2range [0:*]
	total = 0
	plot "$OUT/ingest.csv" every ::1 using 1:2 with points pt 7 ps 0.3 lc rgb "#9fb6cd" title "each ingest", \
		"" every ::1 using 1:2 smooth bezier lw 2 lc rgb "#c0392b" title "trend (Bezier)", \
		"" every ::1 using 1:(total = total + \$2 / 1000) axes x1y2 with lines lw 2 lc rgb "#2c3e50" title "total (right axis)"
EOF
echo "curve: $OUT/ingest.png, data: $OUT/ingest.csv"
exit $ingest_status
