#!/usr/bin/env python3
"""Load and measurements for bench/outage.sh (standard library only).

  outage.py outage APP MANAGEMENT LINK_CONTROL  readers and writers on the service, the database cut through the
                                                link for BENCH_OUTAGE seconds; prints the figures, exits 1 on a miss
  outage.py burst APP SECONDS ACKS              writers posting until the service is gone; each article answered
                                                201 is appended to ACKS as id<TAB>title<TAB>text (JSON)
  outage.py verify APP ACKS                     every article of ACKS stored with its text, none twice

Every request has a timeout; every figure printed is measured in this run.
"""

import http.client
import json
import os
import sys
import threading
import time
import uuid
from urllib.parse import urlsplit

API_KEY = os.environ.get("BENCH_API_KEY", "bench-key")
READS = ["/api", "/api/member-states", "/api/people", "/api/events", "/api/timeline", "/api/summits",
         "/api/statements?q=security", "/api/search?q=security", "/api/countries?member=true", "/api/documents"]
LIVENESS_BOUND = 2.0
WRITE_503_BOUND = 6.0
READS_ANSWERED_BAR = 0.90


class Client:
    """One keep-alive connection, opened again after any failure."""

    def __init__(self, base, timeout):
        parts = urlsplit(base)
        self.host, self.port, self.timeout = parts.hostname, parts.port, timeout
        self.connection = None

    def request(self, method, path, body=None, headers=None):
        """(status, headers, body, seconds); status -1 when no answer came."""
        started = time.monotonic()
        try:
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            self.connection.request(method, path, body=body, headers=headers or {})
            answer = self.connection.getresponse()
            data = answer.read()
            return answer.status, dict(answer.getheaders()), data, time.monotonic() - started
        except (OSError, http.client.HTTPException):
            if self.connection is not None:
                self.connection.close()
            self.connection = None
            return -1, {}, b"", time.monotonic() - started


def article(label):
    marker = uuid.uuid4().hex
    title = f"Outage Bench {label} {marker}"
    return title, f"{title}\n\nAn article posted by the outage bench, {label}, marker {marker}.\n"


def post(client, text):
    return client.request("POST", "/api/documents", body=text.encode(),
                          headers={"Content-Type": "text/plain; charset=UTF-8", "X-API-Key": API_KEY})


def percentile(values, share):
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run_outage(app, management, control):
    before = float(os.environ.get("BENCH_BEFORE", "10"))
    outage = float(os.environ.get("BENCH_OUTAGE", "15"))
    after = float(os.environ.get("BENCH_AFTER", "15"))
    readers = int(os.environ.get("BENCH_READERS", "8"))
    writers = int(os.environ.get("BENCH_WRITERS", "4"))
    reads, writes, probes, readiness = [], [], [], []
    created = {}
    lock = threading.Lock()
    stop = threading.Event()

    def read_loop(number):
        client = Client(app, 10)
        for i in range(number, 10 ** 9, readers):
            if stop.is_set():
                return
            sent = time.monotonic()
            status, headers, _, seconds = client.request("GET", READS[i % len(READS)])
            with lock:
                reads.append((sent, status, seconds, "Cache-Status" in headers))

    def write_loop(number):
        client = Client(app, 30)
        while not stop.is_set():
            title, text = article(f"writer {number}")
            sent = time.monotonic()
            status, _, body, seconds = post(client, text)
            with lock:
                writes.append((sent, status, seconds))
                if status == 201:
                    created[json.loads(body)["id"]] = text

    def probe_loop(path, into):
        client = Client(management, 5)
        while not stop.is_set():
            sent = time.monotonic()
            status, _, _, seconds = client.request("GET", path)
            with lock:
                into.append((sent, status, seconds))
            time.sleep(0.25)

    threads = [threading.Thread(target=read_loop, args=(n,)) for n in range(readers)]
    threads += [threading.Thread(target=write_loop, args=(n,)) for n in range(writers)]
    threads.append(threading.Thread(target=probe_loop, args=("/actuator/health/liveness", probes)))
    threads.append(threading.Thread(target=probe_loop, args=("/actuator/health/readiness", readiness)))
    for thread in threads:
        thread.start()
    with open(control, "w") as link:
        time.sleep(before)
        cut = time.monotonic()
        link.write("cut\n")
        link.flush()
        time.sleep(outage)
        restored = time.monotonic()
        link.write("restore\n")
        link.flush()
        time.sleep(after)
    stop.set()
    for thread in threads:
        thread.join()

    during = lambda rows: [row for row in rows if cut <= row[0] < restored]
    out_reads = during(reads)
    answered = [row for row in out_reads if row[1] in (200, 304)]
    refused = [row for row in out_reads if row[1] == 503]
    failed = [row for row in out_reads if row[1] not in (200, 304, 503)]
    marked = [row for row in answered if row[3]]
    out_writes = during(writes)
    write_503 = [row for row in out_writes if row[1] == 503]
    write_other = [row for row in out_writes if row[1] not in (201, 503)]
    first_down = next((row[0] - cut for row in readiness if row[0] >= cut and row[1] == 503), None)
    first_up = next((row[0] - restored for row in readiness if row[0] >= restored and row[1] == 200), None)
    first_201 = next((row[0] + row[2] - restored for row in writes if row[0] >= restored and row[1] == 201), None)
    bad_probes = [row for row in probes if row[1] != 200 or row[2] > LIVENESS_BOUND]
    server_errors = [row for row in reads + writes if row[1] >= 500 and row[1] != 503]

    verifier = Client(app, 30)
    lost = [id for id, text in created.items() if stored_text(verifier, id) != text]
    duplicates = duplicate_titles(verifier, "Outage Bench")

    share = len(answered) / len(out_reads) if out_reads else 0.0
    print(f"reads:     {len(reads)} in all; during the outage {len(out_reads)}: {len(answered)} answered 200/304 "
          f"({share:.1%}, {len(marked)} marked Cache-Status), {len(refused)} 503, {len(failed)} other or no answer; "
          f"latency during the outage p50 {percentile([r[2] for r in out_reads], 0.5) * 1000:.1f} ms, "
          f"p99 {percentile([r[2] for r in out_reads], 0.99) * 1000:.1f} ms, "
          f"max {max([r[2] for r in out_reads], default=0) * 1000:.0f} ms")
    print(f"writes:    {len(writes)} in all, {len(created)} answered 201; during the outage {len(out_writes)}: "
          f"{len(write_503)} 503 (p99 {percentile([w[2] for w in write_503], 0.99):.2f} s, max "
          f"{max([w[2] for w in write_503], default=0):.2f} s), {len(write_other)} other")
    print(f"liveness:  {len(probes)} probes throughout, max {max([p[2] for p in probes], default=0) * 1000:.0f} ms, "
          f"{len(bad_probes)} not 200 within {LIVENESS_BOUND:.0f} s")
    print(f"readiness: DOWN {fmt(first_down)} after the cut, UP {fmt(first_up)} after the restore; "
          f"first 201 {fmt(first_201)} after the restore")
    print(f"stored:    {len(created)} answered 201, {len(lost)} lost, {len(duplicates)} stored twice; "
          f"{len(server_errors)} 5xx other than 503")
    misses = []
    if lost or duplicates:
        misses.append("writes lost or stored twice")
    if bad_probes:
        misses.append("liveness not within 2 s")
    if not write_503 or max(w[2] for w in write_503) > WRITE_503_BOUND or write_other:
        misses.append("writes not all answered 503 within 6 s")
    if share < READS_ANSWERED_BAR:
        misses.append("fewer than 90 % of reads answered")
    if first_up is None or first_201 is None:
        misses.append("no recovery")
    if server_errors:
        misses.append("5xx other than 503")
    print("outage: " + ("passed" if not misses else "FAILED: " + "; ".join(misses)))
    return 0 if not misses else 1


def fmt(seconds):
    return "never" if seconds is None else f"{seconds:.2f} s"


def stored_text(client, id):
    status, _, body, _ = client.request("GET", f"/api/documents/{id}")
    return json.loads(body)["text"] if status == 200 else None


def duplicate_titles(client, prefix):
    seen, twice, page, pages = set(), [], 0, 1
    while page < pages:
        status, _, body, _ = client.request("GET", f"/api/documents?size=100&page={page}")
        if status != 200:
            raise SystemExit(f"listing the documents answered {status}")
        listing = json.loads(body)
        pages = listing["page"]["totalPages"]
        for document in listing["content"]:
            title = document["title"] or ""
            if title.startswith(prefix):
                if title in seen:
                    twice.append(title)
                seen.add(title)
        page += 1
    return twice


def run_burst(app, seconds, acks):
    deadline = time.monotonic() + float(seconds)
    lock = threading.Lock()

    def write_loop(number):
        client = Client(app, 30)
        while time.monotonic() < deadline:
            title, text = article(f"burst {number}")
            status, _, body, _ = post(client, text)
            if status == -1:
                return
            if status == 201:
                with lock, open(acks, "a") as out:
                    out.write(json.dumps({"id": json.loads(body)["id"], "title": title, "text": text}) + "\n")

    threads = [threading.Thread(target=write_loop, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return 0


def run_verify(app, acks):
    with open(acks) as lines:
        acknowledged = [json.loads(line) for line in lines if line.strip()]
    client = Client(app, 30)
    lost = [a["id"] for a in acknowledged if stored_text(client, a["id"]) != a["text"]]
    duplicates = duplicate_titles(client, "Outage Bench")
    print(f"kill -9:   {len(acknowledged)} answered 201 before the kill, {len(lost)} lost, {len(duplicates)} stored twice")
    return 0 if not lost and not duplicates and acknowledged else 1


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "outage":
        sys.exit(run_outage(*sys.argv[2:5]))
    if mode == "burst":
        sys.exit(run_burst(*sys.argv[2:5]))
    if mode == "verify":
        sys.exit(run_verify(*sys.argv[2:4]))
    raise SystemExit(__doc__)
