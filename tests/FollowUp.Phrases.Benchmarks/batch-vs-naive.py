#!/usr/bin/env python3
"""`followup check --jsonl` against a naive keyword scan, as whole processes (language-packs issue).

Builds a JSONL file of at least 100,000 messages from the labelled corpora (each line repeated with a new id),
then times, median of N runs: the CLI (`dotnet followup.dll check --jsonl FILE`, Release build) and a naive scan in
Python — one regular-expression alternation per core rule, built from the same word lists (the built-in language
packs), over the same file, printing one JSON line of findings per message like the CLI. Prints both times and the
ratio; the target is CLI <= 0.25 x naive. Needs only the .NET SDK and Python 3.

    python3 tests/FollowUp.Phrases.Benchmarks/batch-vs-naive.py [--messages 100000] [--repeat 3]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CORPORA = [os.path.join(ROOT, "tests", "FollowUp.Phrases.Tests", "Corpus", n) for n in ("dev.jsonl", "dev2.jsonl")]
CLI = os.path.join(ROOT, "src", "FollowUp.Phrases.Cli", "bin", "Release", "net10.0", "followup.dll")

NAIVE = r'''
import json, re, sys
packs = [json.load(open(p, encoding="utf-8")) for p in sys.argv[2:]]
def words(*lists):
    out = set()
    for p in packs:
        for name in lists:
            out.update(p.get("lists", {}).get(name, []))
    return sorted(out, key=len, reverse=True)
def alternation(terms):
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(t) for t in terms) + r")(?!\w)")
rules = {
    "vague-timing": alternation(words("timing.vague-phrases", "timing.vague-words")),
    "overpromise": alternation(words("claims.markers", "claims.absolutes", "claims.frequency-markers")),
    "missing-owner": re.compile(r"(?i)\b(?:will|shall)\s+be\s+\w+ed\b|\bis\s+being\s+\w+ed\b"),
    "missing-unsubscribe": alternation(words("links.opt-out-words")),
}
out = sys.stdout
for line in open(sys.argv[1], encoding="utf-8"):
    case = json.loads(line)
    text = case["text"]
    found = []
    for rule, rx in rules.items():
        for m in rx.finditer(text):
            found.append({"rule": rule, "start": m.start(), "length": m.end() - m.start()})
    out.write(json.dumps({"id": case["id"], "diagnostics": found}) + "\n")
'''


def build_input(path, count):
    lines = []
    for corpus in CORPORA:
        with open(corpus, encoding="utf-8") as f:
            lines.extend(json.loads(l) for l in f if l.strip())
    with open(path, "w", encoding="utf-8") as out:
        for n in range(count):
            case = dict(lines[n % len(lines)])
            case["id"] = f"{case['id']}-{n}"
            case.pop("expect", None)
            out.write(json.dumps(case, ensure_ascii=False) + "\n")


def timed(cmd):
    start = time.perf_counter()
    with open(os.devnull, "w") as sink:
        result = subprocess.run(cmd, stdout=sink, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if result.returncode > 1:  # 1 = findings reported
        sys.exit(f"{cmd[0]} failed ({result.returncode}): {result.stderr.decode()[:500]}")
    return elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    subprocess.run(["dotnet", "build", "-c", "Release", os.path.join(ROOT, "src", "FollowUp.Phrases.Cli")], check=True, stdout=subprocess.DEVNULL)
    packs = [os.path.join(ROOT, "src", "FollowUp.Phrases", "Checking", "Languages", f"{l}.json") for l in ("en", "zh", "de", "es", "fr")]
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "messages.jsonl")
        naive = os.path.join(tmp, "naive.py")
        build_input(data, args.messages)
        with open(naive, "w") as f:
            f.write(NAIVE)
        cli = [timed(["dotnet", CLI, "check", "--jsonl", data]) for _ in range(args.repeat)]
        scan = [timed([sys.executable, naive, data] + packs) for _ in range(args.repeat)]
    c, s = statistics.median(cli), statistics.median(scan)
    print(f"messages: {args.messages:,}")
    print(f"followup check --jsonl: median {c:.2f} s ({', '.join(f'{x:.2f}' for x in cli)})")
    print(f"naive Python scan:      median {s:.2f} s ({', '.join(f'{x:.2f}' for x in scan)})")
    print(f"ratio CLI / naive: {c / s:.2f} (target <= 0.25) -> {'holds' if c / s <= 0.25 else 'does not hold'}")


if __name__ == "__main__":
    main()
