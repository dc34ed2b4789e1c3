#!/usr/bin/env python3
"""Alternating cold reads of two services on the same data (bench/reads-ab.sh): request i of each read goes to A then B (order swapped
every other request), timing each with a monotonic clock; prints p50/p99 of each and the ratios B/A."""
import json, sys, time, urllib.request
from urllib.parse import quote
A, B, N = sys.argv[1], sys.argv[2], int(sys.argv[3])
def get(base, path):
    t = time.perf_counter()
    with urllib.request.urlopen(base + path) as r:
        body = r.read()
    return (time.perf_counter() - t) * 1000, body
def ids(path, field, picks):
    items = json.loads(get(A, path)[1])["content"]
    return [str(items[i][field]) for i in picks if i < len(items)] or [str(items[0][field])]
people = ids("/api/people", "id", (0, 3, 7)); events = ids("/api/events", "id", (0, 5))
summits = ids("/api/summits", "id", (0, 5)); states = ids("/api/member-states", "code", range(6))
statements = ids("/api/statements", "id", (0, 9))
words = ["security", "summit", "president", "minister", "collective security", "moscow", "treaty", "peace"]
reads = [("people", lambda i: "/api/people"), ("people size=100", lambda i: "/api/people?size=100"),
    ("member-states", lambda i: "/api/member-states"), ("summits", lambda i: "/api/summits"),
    ("conflicts", lambda i: "/api/conflicts"), ("person {id}", lambda i: f"/api/people/{people[i % len(people)]}"),
    ("summit {id}", lambda i: f"/api/summits/{summits[i % len(summits)]}"),
    ("member-state {code}", lambda i: f"/api/member-states/{states[i % len(states)]}"),
    ("event {id}", lambda i: f"/api/events/{events[i % len(events)]}"),
    ("search?q=", lambda i: f"/api/search?q={quote(words[i % len(words)])}"),
    ("people?q=", lambda i: f"/api/people?q={quote(words[i % len(words)])}"),
    ("index", lambda i: "/api"), ("events", lambda i: "/api/events"), ("statements", lambda i: "/api/statements")]
def pct(xs, p):
    xs = sorted(xs); return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]
print("read,n,old_p50,old_p99,new_p50,new_p99,new/old_p50,new/old_p99")
for name, path in reads:
    ta, tb = [], []
    for i in range(N):
        order = [(A, ta), (B, tb)] if i % 2 == 0 else [(B, tb), (A, ta)]
        for base, times in order:
            times.append(get(base, path(i))[0])
    print(f"{name},{N},{pct(ta,50):.1f},{pct(ta,99):.1f},{pct(tb,50):.1f},{pct(tb,99):.1f},"
          f"{pct(tb,50)/pct(ta,50):.2f},{pct(tb,99)/pct(ta,99):.2f}", flush=True)
