#!/usr/bin/env python3
"""Ingest N generated article variants through POST /api/documents, one after the other, and time each one.

Usage: ingest_curve.py BASE_URL API_KEY COUNT OUT_CSV ARTICLE...

Each variant is one of the given articles with its title and a closing note made unique, so every POST stores a
new document whose facts merge into the same countries, people and events: the worst case for merging, as the
merged facts gather claims from every variant. Prints one RESULT line; exits non-zero when a POST fails or a
stored document is missing afterwards.
"""
import http.client
import json
import sys
import time
from urllib.parse import urlparse


def variant(article, number):
    title, _, rest = article.partition("\n")
    return f"{title} (edition {number})\n{rest.rstrip()}\n\nThis is edition {number} of the report.\n"


def stored_documents(connection):
    connection.request("GET", "/api", headers={"Accept": "application/json"})
    response = connection.getresponse()
    return json.loads(response.read())["counts"]["documents"]


def main():
    base_url, api_key, count, out_csv = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    articles = []
    for path in sys.argv[5:]:
        with open(path, encoding="utf-8") as file:
            articles.append(file.read())
    target = urlparse(base_url)
    connection = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
    first = stored_documents(connection)
    rows = []
    failures = 0
    started = time.perf_counter()
    for number in range(count):
        body = variant(articles[number % len(articles)], number).encode("utf-8")
        before = time.perf_counter()
        connection.request("POST", "/api/documents", body=body,
                           headers={"Content-Type": "text/plain; charset=UTF-8", "X-API-Key": api_key})
        response = connection.getresponse()
        response.read()
        elapsed_ms = (time.perf_counter() - before) * 1000
        if response.status != 201:
            failures += 1
        rows.append((first + number, elapsed_ms, response.status))
    total_s = time.perf_counter() - started
    last = stored_documents(connection)
    with open(out_csv, "w", encoding="utf-8") as out:
        out.write("stored_before,ms,status\n")
        for stored, ms, status in rows:
            out.write(f"{stored},{ms:.2f},{status}\n")

    def mean(values):
        return sum(values) / len(values)

    window = max(1, min(100, count // 10))
    head = mean([ms for _, ms, _ in rows[:window]])
    tail = mean([ms for _, ms, _ in rows[-window:]])
    xs = [stored for stored, _, _ in rows]
    ys = [ms for _, ms, _ in rows]
    mx, my = mean(xs), mean(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    lost = first + count - last
    print(f"RESULT ingests={count} failures={failures} total_s={total_s:.1f} mean_ms={mean(ys):.1f} "
          f"first{window}_ms={head:.1f} last{window}_ms={tail:.1f} growth={tail / head:.2f} "
          f"slope_ms_per_1000_stored={slope * 1000:.1f} stored_before={first} stored_after={last} lost={lost}")
    sys.exit(1 if failures or lost else 0)


if __name__ == "__main__":
    main()
