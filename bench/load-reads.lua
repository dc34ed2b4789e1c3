-- The read half of bench/load.sh: GETs of the hot reads in turn, counting answers by status class.
-- Arguments (after --): the paths to read.
local threads = {}

function setup(thread)
	table.insert(threads, thread)
end

function init(args)
	paths = args
	sent = 0
	s2xx, s3xx, s4xx, s5xx = 0, 0, 0, 0
end

function request()
	sent = sent + 1
	return wrk.format("GET", paths[(sent % #paths) + 1], { ["Accept"] = "application/json" })
end

function response(status, headers, body)
	if status >= 500 then s5xx = s5xx + 1
	elseif status >= 400 then s4xx = s4xx + 1
	elseif status >= 300 then s3xx = s3xx + 1
	else s2xx = s2xx + 1 end
end

function done(summary, latency, requests)
	local totals = { s2xx = 0, s3xx = 0, s4xx = 0, s5xx = 0 }
	for _, thread in ipairs(threads) do
		for name, _ in pairs(totals) do
			totals[name] = totals[name] + thread:get(name)
		end
	end
	local errors = summary.errors
	io.write(string.format(
		"RESULT requests=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f 2xx=%d 3xx=%d 4xx=%d 5xx=%d connect=%d read=%d write=%d timeout=%d\n",
		summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
		latency:percentile(99) / 1000, latency.max / 1000, totals.s2xx, totals.s3xx, totals.s4xx, totals.s5xx,
		errors.connect, errors.read, errors.write, errors.timeout))
end
