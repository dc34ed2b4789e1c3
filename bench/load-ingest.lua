-- The write half of bench/load.sh: POSTs of articles made unique by a marker in the title line,
-- "(load T-N)" for thread T's N-th post, so that every text is new and each can be found again afterwards.
-- Arguments (after --): the API key, then the article files to vary.
local threads = {}

function setup(thread)
	thread:set("id", #threads + 1)
	table.insert(threads, thread)
end

function init(args)
	key = args[1]
	articles = {}
	for i = 2, #args do
		local file = assert(io.open(args[i], "r"))
		local text = file:read("*a")
		file:close()
		local title, rest = text:match("^([^\n]*)\n(.*)$")
		table.insert(articles, { title = title, rest = rest })
	end
	posted = 0
	s201, s200, s4xx, s5xx, other = 0, 0, 0, 0, 0
end

function request()
	posted = posted + 1
	local article = articles[(posted % #articles) + 1]
	local body = string.format("%s (load %d-%d)\n%s", article.title, id, posted, article.rest)
	return wrk.format("POST", "/api/documents",
		{ ["Content-Type"] = "text/plain; charset=UTF-8", ["X-API-Key"] = key }, body)
end

function response(status, headers, body)
	if status == 201 then s201 = s201 + 1
	elseif status == 200 then s200 = s200 + 1
	elseif status >= 500 then s5xx = s5xx + 1
	elseif status >= 400 then s4xx = s4xx + 1
	else other = other + 1 end
end

function done(summary, latency, requests)
	local totals = { posted = 0, s201 = 0, s200 = 0, s4xx = 0, s5xx = 0, other = 0 }
	local perThread = {}
	for _, thread in ipairs(threads) do
		for name, _ in pairs(totals) do
			totals[name] = totals[name] + thread:get(name)
		end
		table.insert(perThread, thread:get("id") .. ":" .. thread:get("posted"))
	end
	local errors = summary.errors
	io.write(string.format(
		"RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f posted=%d 201=%d 200=%d 4xx=%d 5xx=%d other=%d connect=%d read=%d write=%d timeout=%d per_thread=%s\n",
		summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
		latency:percentile(99) / 1000, latency.max / 1000, totals.posted, totals.s201, totals.s200, totals.s4xx,
		totals.s5xx, totals.other, errors.connect, errors.read, errors.write, errors.timeout,
		table.concat(perThread, ",")))
end
