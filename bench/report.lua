-- Prints one machine-readable line at the end of a wrk run. Latencies are in milliseconds; status counts
-- answers that were neither 2xx nor 3xx.
done = function(summary, latency, requests)
	local errors = summary.errors
	io.write(string.format(
		"RESULT requests=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f connect=%d read=%d write=%d timeout=%d status=%d\n",
		summary.requests, summary.requests / (summary.duration / 1e6),
		latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
		errors.connect, errors.read, errors.write, errors.timeout, errors.status))
end
