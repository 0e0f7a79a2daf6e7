#!/usr/bin/env bash
# XLIFF benchmark (issue 3 §7): Tarjuman's export-xliff (XLIFF 1.2) plus import-xliff of the same
# file with every target filled in, against Okapi's XLIFFWriter alone writing the same segments,
# on a generated Arabic document with an exact number of segments, in one run. Each measurement
# runs in its own JVM with the heap capped; the modes alternate so both see the same machine state;
# every Tarjuman round starts from a copy of the same freshly imported workspace.
# Usage: benchmarks/run-xliff-benchmark.sh [SEGMENTS=100000] [ROUNDS=3] [HEAP=512m]
set -euo pipefail
cd "$(dirname "$0")/.."
segments=${1:-100000}
rounds=${2:-3}
heap=${3:-512m}

mvn -B -q -DskipTests package -pl benchmarks -am
cp="benchmarks/target/classes:benchmarks/target/lib/*"
main=org.tarjuman.benchmarks.XliffBenchmark
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp "$cp" $main generate "$work/corpus.txt" "$segments"
# Not measured: import, export, and a StAX pass that translates every unit as a CAT tool would.
java -cp "$cp" $main prepare "$work/corpus.txt" "$work/prepared" "$work/filled.xlf"

results="$work/results.txt"
for round in $(seq "$rounds"); do
  java -Xmx"$heap" -cp "$cp" $main okapi "$work/corpus.txt" "$work/okapi.xlf" | tee -a "$results"
  rm -rf "$work/ws"
  cp -r "$work/prepared" "$work/ws"
  java -Xmx"$heap" -cp "$cp" $main tarjuman "$work/ws" "$work/filled.xlf" "$work/export.xlf" | tee -a "$results"
done

# Medians per mode and the ratio tarjuman/okapi.
python3 - "$results" "$heap" <<'PY'
import statistics, sys
rows = [dict(kv.split("=", 1) for kv in line.split()) for line in open(sys.argv[1]) if line.startswith("mode=")]
def med(mode, key): return statistics.median(float(r[key]) for r in rows if r["mode"] == mode)
def peak(mode): return max(float(r["peakHeapMiB"]) for r in rows if r["mode"] == mode)
okapi, tarjuman = med("okapi", "seconds"), med("tarjuman", "seconds")
print(f"segments: {rows[0]['segments']}; heap cap {sys.argv[2]}; {len(rows)//2} rounds")
print(f"okapi XLIFFWriter alone: median {okapi:.2f} s, peak heap {peak('okapi'):.0f} MiB")
print(f"tarjuman export+import:  median {tarjuman:.2f} s (export {med('tarjuman','exportSeconds'):.2f} s,"
      f" import {med('tarjuman','importSeconds'):.2f} s), peak heap {peak('tarjuman'):.0f} MiB")
print(f"ratio tarjuman/okapi: {tarjuman/okapi:.2f}x")
PY
