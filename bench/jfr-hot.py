#!/usr/bin/env python3
"""Where the CPU samples of a JFR recording fall: top methods by own time and by total time.

Usage: jfr-hot.py RECORDING.jfr [TOP]   (reads `jfr print --json --events jdk.ExecutionSample`)
"""
import collections
import json
import subprocess
import sys


def frames_of(event):
    stack = event["values"]["stackTrace"]
    if not stack:
        return []
    return [f"{f['method']['type']['name'].replace('/', '.')}.{f['method']['name']}" for f in stack["frames"]]


def main():
    recording = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    printed = subprocess.run(["jfr", "print", "--json", "--stack-depth", "256", "--events", "jdk.ExecutionSample",
                              recording], check=True, capture_output=True, text=True).stdout
    events = json.loads(printed)["recording"]["events"]
    own = collections.Counter()
    total = collections.Counter()
    for event in events:
        frames = frames_of(event)
        if not frames:
            continue
        own[frames[0]] += 1
        for method in set(frames):
            total[method] += 1
    samples = len(events)
    print(f"{samples} execution samples")
    print(f"-- top {top} by own time")
    for method, count in own.most_common(top):
        print(f"{100 * count / samples:5.1f}%  {method}")
    print(f"-- top {top} by total time (methods of org.cstofacts, org.springframework, org.hibernate, org.h2, tools.jackson)")
    shown = 0
    for method, count in total.most_common():
        if method.startswith(("org.cstofacts", "org.springframework", "org.hibernate", "org.h2", "tools.jackson")):
            print(f"{100 * count / samples:5.1f}%  {method}")
            shown += 1
            if shown == top:
                break


if __name__ == "__main__":
    main()
