#!/usr/bin/env python3
"""Whole-process reliability measurements for `followup check` (issue: hostile input).

For each input shape at 1 MB and 10 MB: wall time, time per MB, peak RSS and output size of
`followup check FILE --output json`; and, on the 10 MB one-line input, text and SARIF output against JSON.
Prints a Markdown table (docs/reliability.md holds one run). Needs only the .NET SDK and Python 3.

    python3 tests/FollowUp.Phrases.Benchmarks/reliability.py [--repeat 3]
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PARAGRAPH = ("Dear customer, we are sorry for the delay. Your order will be shipped soon and is guaranteed to arrive "
             "before Christmas! Please pay by Friday, 26 Nov 2026 at 5 pm. Track it at https://track.example.com/123 or "
             "write to help@shop.example. \"Can it arrive soon?\" you asked. 我们会尽快发货。<b>bold</b> &amp; more.\n")
SHAPES = {
    "findings": (PARAGRAPH, "text"),
    "markers": ("<!-- followup-ignore vague-timing: ok -->\nWe will ship soon.\n", "text"),
    "cjk-run": ("尽快", "text"),
    "newlines": ("soon\n\n\n\r\n\n", "text"),
    "one-line": (PARAGRAPH.replace("\n", " "), "text"),
    "html": ("<p>" + PARAGRAPH.replace("\n", "") + "</p>\n", "html"),
}
MB = 1024 * 1024


def build():
    subprocess.run(["dotnet", "build", "-c", "Release", os.path.join(ROOT, "src", "FollowUp.Phrases.Cli"), "-v", "q", "-nologo"],
                   check=True, stdout=subprocess.DEVNULL)
    return os.path.join(ROOT, "src", "FollowUp.Phrases.Cli", "bin", "Release", "net10.0", "followup.dll")


def make(folder, shape, size):
    unit, fmt = SHAPES[shape]
    text = unit * (size // len(unit.encode("utf-8")) + 1)
    data = text.encode("utf-8")[:size].decode("utf-8", "ignore")
    path = os.path.join(folder, f"{shape}-{size // MB}mb.{'html' if fmt == 'html' else 'txt'}")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(data)
    return path


MEASURE = ("import resource, subprocess, sys, time\n"
           "t = time.perf_counter()\n"
           "with open(sys.argv[1], 'wb') as out:\n"
           "    code = subprocess.run(sys.argv[2:], stdout=out).returncode\n"
           "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n")


def run(cli, path, output, out_path):
    """Seconds, peak RSS in MB and output bytes of one whole `followup check` process (a fresh parent per run)."""
    args = ["dotnet", cli, "check", path, "--output", output, "--max-input", str(40 * MB)]
    result = subprocess.run([sys.executable, "-c", MEASURE, out_path] + args, check=True, capture_output=True, text=True)
    seconds, rss_kb, code = result.stdout.split()
    if int(code) > 1:
        raise SystemExit(f"followup check failed ({code}) on {path}")
    return float(seconds), int(rss_kb) / 1024, os.path.getsize(out_path)


def median_run(cli, path, output, out_path, repeat):
    runs = [run(cli, path, output, out_path) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs), runs[-1][2]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cli = build()
    with tempfile.TemporaryDirectory(prefix="followup-reliability-") as folder:
        out_path = os.path.join(folder, "out")
        print("| Shape | 1 MB: s | 10 MB: s | s/MB at 10 MB ÷ s/MB at 1 MB | peak RSS at 10 MB (JSON) | JSON output at 10 MB |")
        print("|---|---:|---:|---:|---:|---:|")
        ok = True
        for shape in SHAPES:
            small = make(folder, shape, MB)
            large = make(folder, shape, 10 * MB)
            t1, _, _ = median_run(cli, small, "json", out_path, args.repeat)
            t10, rss, size = median_run(cli, large, "json", out_path, args.repeat)
            ratio = (t10 / 10) / t1
            ok &= ratio <= 1.5 and rss <= 300
            print(f"| {shape} | {t1:.2f} | {t10:.2f} | {ratio:.2f} | {rss:.0f} MB | {size / 1024:.0f} KB |")
        line = make(folder, "one-line", 10 * MB)
        print()
        print("| 10 MB one line | seconds | ÷ JSON | output |")
        print("|---|---:|---:|---:|")
        tj, _, sj = median_run(cli, line, "json", out_path, args.repeat)
        for output in ("json", "text", "sarif"):
            t, _, size = (tj, 0, sj) if output == "json" else median_run(cli, line, output, out_path, args.repeat)
            ok &= t <= 2 * tj
            print(f"| {output} | {t:.2f} | {t / tj:.2f} | {size / 1024:.0f} KB |")
        print()
        print("All targets hold." if ok else "A target does not hold.")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
