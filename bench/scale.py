#!/usr/bin/env python3
"""The client side of bench/scale.sh: ingests a slice of a generated corpus, checks that the service read it, and
times every list, detail and search read of the API one request after another.

  scale.py ingest BASE_URL API_KEY CORPUS_DIR FROM TO CSV   posts articles FROM..TO-1 (in name order), appends
                                                             "article,ms,status" rows to CSV
  scale.py check BASE_URL CORPUS_DIR COUNT                  the invented people of the first COUNT articles
                                                             (manifest.tsv) that the service serves
  scale.py reads BASE_URL REQUESTS SECONDS LABEL CSV        REQUESTS requests per read (fewer if one read takes
                                                             longer than SECONDS in all), appends
                                                             "label,read,requests,p50_ms,p99_ms,max_ms,bytes" to CSV
  scale.py curve CSV                                         ms per ingest by hundreds and the least-squares slope
  scale.py table NAME=CSV...                                 a Markdown table of p50/p99 per read, a column per
                                                             NAME (e.g. h2=bench/out/scale-h2-reads.csv) and size

Standard library only. One keep-alive connection; a request that does not answer 200 fails the run.
"""
import csv
import http.client
import json
import os
import statistics
import sys
import time
from urllib.parse import quote, urlparse


def connect(base_url):
	target = urlparse(base_url)
	return http.client.HTTPConnection(target.hostname, target.port, timeout=300)


def get(connection, path):
	connection.request("GET", path, headers={"Accept": "application/json"})
	response = connection.getresponse()
	body = response.read()
	if response.status != 200:
		sys.exit(f"scale: GET {path} answered {response.status}: {body[:300]!r}")
	return body


def articles(corpus):
	return sorted(name for name in os.listdir(corpus) if name.endswith(".txt"))


def ingest(base_url, api_key, corpus, first, end, out_csv):
	connection = connect(base_url)
	names = articles(corpus)[first:end]
	new_file = not os.path.exists(out_csv)
	with open(out_csv, "a", encoding="utf-8") as out:
		if new_file:
			out.write("article,ms,status\n")
		for offset, name in enumerate(names):
			with open(os.path.join(corpus, name), "rb") as file:
				body = file.read()
			before = time.perf_counter()
			connection.request("POST", "/api/documents", body=body,
							   headers={"Content-Type": "text/plain; charset=UTF-8", "X-API-Key": api_key})
			response = connection.getresponse()
			answer = response.read()
			elapsed = (time.perf_counter() - before) * 1000
			if response.status not in (200, 201):
				sys.exit(f"scale: POST {name} answered {response.status}: {answer[:300]!r}")
			out.write(f"{first + offset + 1},{elapsed:.2f},{response.status}\n")
	return len(names)


def all_pages(connection, path):
	items, page = [], 0
	while True:
		separator = "&" if "?" in path else "?"
		answer = json.loads(get(connection, f"{path}{separator}size=100&page={page}"))
		items += answer["content"]
		page += 1
		if page >= answer["page"]["totalPages"]:
			return items


def check(base_url, corpus, count):
	invented = set()
	with open(os.path.join(corpus, "manifest.tsv"), encoding="utf-8") as manifest:
		for line in list(manifest)[:count]:
			invented.update(name for name in line.rstrip("\n").split("\t")[1].split(";") if name)
	connection = connect(base_url)
	served = {person["name"] for person in all_pages(connection, "/api/people")}
	counts = json.loads(get(connection, "/api"))["counts"]
	found = len(invented & served)
	print(f"CHECK articles={count} invented_people={len(invented)} served_people={len(served)} "
		  f"invented_and_served={found} recall={found / max(1, len(invented)):.3f} "
		  + " ".join(f"{key}={value}" for key, value in counts.items()))


def reads(base_url, requests, seconds, label, out_csv):
	"""Every list, detail and search read of /work/shared/API.md; details and filters cycle through ids taken
	from the data (up to 50 of each), so that a read is not the same row every time."""
	connection = connect(base_url)

	def ids(path, key, pages=(0,)):
		found = []
		for page in pages:
			separator = "&" if "?" in path else "?"
			answer = json.loads(get(connection, f"{path}{separator}size=100&page={page}"))
			found += [str(item[key]) for item in answer["content"]]
			if page + 1 >= answer["page"]["totalPages"]:
				break
		return found[::max(1, len(found) // 50)][:50] or None

	people = ids("/api/people", "id", (0, 3, 7))
	events = ids("/api/events", "id", (0, 5))
	summits = ids("/api/summits", "id", (0, 5))
	statements = ids("/api/statements", "id", (0, 9))
	documents = ids("/api/documents", "id", (0, 9))
	states = ids("/api/member-states", "code")
	surnames = [name.split("-")[-1] for name in (people or ["security"])]
	words = ["security", "border", "intelligence", "Kazakh", "Osh", "Minsk"] + surnames[:10]
	cases = [
		("index", lambda i: "/api"),
		("documents", lambda i: "/api/documents"),
		("countries", lambda i: "/api/countries"),
		("member-states", lambda i: "/api/member-states"),
		("people", lambda i: "/api/people"),
		("people size=100", lambda i: "/api/people?size=100"),
		("people?country=", lambda i: f"/api/people?country={states[i % len(states)]}"),
		("events", lambda i: "/api/events"),
		("events?type=SUMMIT&from&to", lambda i: f"/api/events?type=SUMMIT&from={2000 + i % 20}-01-01&to={2000 + i % 20}-12-31"),
		("summits", lambda i: "/api/summits"),
		("statements", lambda i: "/api/statements"),
		("timeline", lambda i: "/api/timeline"),
		("conflicts", lambda i: "/api/conflicts"),
		("document {id}", lambda i: f"/api/documents/{documents[i % len(documents)]}"),
		("member-state {code}", lambda i: f"/api/member-states/{states[i % len(states)]}"),
		("person {id}", lambda i: f"/api/people/{people[i % len(people)]}"),
		("person {id}/statements", lambda i: f"/api/people/{people[i % len(people)]}/statements"),
		("event {id}", lambda i: f"/api/events/{events[i % len(events)]}"),
		("summit {id}", lambda i: f"/api/summits/{summits[i % len(summits)]}"),
		("statement {id}", lambda i: f"/api/statements/{statements[i % len(statements)]}"),
		("search?q=", lambda i: f"/api/search?q={quote(words[i % len(words)])}"),
		("statements?q=", lambda i: f"/api/statements?q={quote(words[i % len(words)])}"),
		("statements?speaker=", lambda i: f"/api/statements?speaker={people[i % len(people)]}"),
		("people?q=", lambda i: f"/api/people?q={quote(words[i % len(words)])}"),
		("countries?q=", lambda i: f"/api/countries?q={quote(words[i % len(words)])}"),
	]
	new_file = not os.path.exists(out_csv)
	with open(out_csv, "a", encoding="utf-8") as out:
		if new_file:
			out.write("label,read,requests,p50_ms,p99_ms,max_ms,bytes\n")
		for name, path in cases:
			get(connection, path(0))  # the first request of a read may load classes: not counted
			times, size, started = [], 0, time.perf_counter()
			for i in range(requests):
				before = time.perf_counter()
				size = len(get(connection, path(i)))
				times.append((time.perf_counter() - before) * 1000)
				if time.perf_counter() - started > seconds and len(times) >= 5:
					break
			times.sort()
			p50 = statistics.median(times)
			p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]
			row = f"{label},{name},{len(times)},{p50:.1f},{p99:.1f},{times[-1]:.1f},{size}"
			out.write(row + "\n")
			out.flush()
			print(f"READ {row}", flush=True)


def curve(in_csv):
	with open(in_csv, encoding="utf-8") as file:
		rows = [(int(row["article"]), float(row["ms"])) for row in csv.DictReader(file)]
	for start in range(0, len(rows), 100):
		block = [ms for _, ms in rows[start:start + 100]]
		print(f"CURVE articles={start + 1}-{start + len(block)} mean_ms={statistics.mean(block):.1f} "
			  f"p50_ms={statistics.median(block):.1f} max_ms={max(block):.1f}")
	tail = rows[100:] if len(rows) > 200 else rows
	xs, ys = [x for x, _ in tail], [y for _, y in tail]
	mx, my = statistics.mean(xs), statistics.mean(ys)
	slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
	print(f"SLOPE from_article={xs[0]} ms_per_1000_articles={slope * 1000:.2f} mean_ms={my:.1f} "
		  f"total_s={sum(y for _, y in rows) / 1000:.1f}")


def table(named_csvs):
	columns, rows = [], {}
	for named in named_csvs:
		name, path = named.split("=", 1)
		with open(path, encoding="utf-8") as file:
			for row in csv.DictReader(file):
				column = f"{name} {int(row['label']):,}"
				if column not in columns:
					columns.append(column)
				rows.setdefault(row["read"], {})[column] = f"{row['p50_ms']} / {row['p99_ms']}"
	print("| read (p50 / p99 ms) | " + " | ".join(columns) + " |")
	print("|---" * (len(columns) + 1) + "|")
	for read, cells in rows.items():
		print(f"| `{read}` | " + " | ".join(cells.get(column, "—") for column in columns) + " |")


def main():
	command, args = sys.argv[1], sys.argv[2:]
	if command == "ingest":
		ingest(args[0], args[1], args[2], int(args[3]), int(args[4]), args[5])
	elif command == "check":
		check(args[0], args[1], int(args[2]))
	elif command == "reads":
		reads(args[0], int(args[1]), float(args[2]), args[3], args[4])
	elif command == "curve":
		curve(args[0])
	elif command == "table":
		table(args)
	else:
		sys.exit(__doc__)


if __name__ == "__main__":
	main()
