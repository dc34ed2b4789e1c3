#!/usr/bin/env python3
"""After bench/load.sh: are all the posted articles stored? Lists every stored document and compares the load
markers "(load T-N)" in their titles with the ones posted (PER_THREAD is wrk's "id:posted,..." list).

Usage: stored_markers.py BASE_URL PER_THREAD
"""
import json
import re
import sys
import urllib.request

MARKER = re.compile(r"\(load (\d+)-(\d+)\)")


def main():
    base_url, per_thread = sys.argv[1], sys.argv[2]
    posted = set()
    for entry in per_thread.split(","):
        thread, count = (int(part) for part in entry.split(":"))
        # wrk calls request() once on its first thread before the run to check the script, and never sends
        # that request (script_verify_request in wrk's source): thread 1's first marker is not posted.
        first = 2 if thread == 1 else 1
        posted.update((thread, number) for number in range(first, count + 1))
    stored = []
    page = 0
    while True:
        with urllib.request.urlopen(f"{base_url}/api/documents?size=100&page={page}&sort=id") as answer:
            documents = json.load(answer)
        for document in documents["content"]:
            found = MARKER.search(document.get("title") or "")
            if found:
                stored.append((int(found.group(1)), int(found.group(2))))
        page += 1
        if page >= documents["page"]["totalPages"]:
            break
    missing = posted - set(stored)
    unexpected = set(stored) - posted
    duplicates = len(stored) - len(set(stored))
    print(f"RESULT posted_texts={len(posted)} stored_texts={len(set(stored))} missing={len(missing)} "
          f"unexpected={len(unexpected)} duplicates={duplicates}")
    if missing:
        print("missing (thread-number): " + " ".join(f"{t}-{n}" for t, n in sorted(missing)[:50]))
    sys.exit(1 if missing or duplicates or unexpected else 0)


if __name__ == "__main__":
    main()
