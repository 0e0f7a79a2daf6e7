#!/usr/bin/env bash
# Import benchmark: full import (detect, segment, store) against the bare Okapi pipeline (same
# filter, same SRX rules, no storage), on a generated Arabic text, in one run. Each measurement
# runs in its own JVM with the heap capped; the modes alternate so both see the same machine state.
# Usage: benchmarks/run-import-benchmark.sh [MEGABYTES=20] [ROUNDS=3] [HEAP=512m]
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-20}
rounds=${2:-3}
heap=${3:-512m}

mvn -B -q -DskipTests package -pl benchmarks -am
cp="benchmarks/target/classes:benchmarks/target/lib/*"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp "$cp" org.tarjuman.benchmarks.ImportBenchmark generate "$work/corpus.txt" "$mb"

results="$work/results.txt"
for round in $(seq "$rounds"); do
  java -Xmx"$heap" -cp "$cp" org.tarjuman.benchmarks.ImportBenchmark bare "$work/corpus.txt" | tee -a "$results"
  rm -rf "$work/ws"
  java -Xmx"$heap" -cp "$cp" org.tarjuman.benchmarks.ImportBenchmark full "$work/corpus.txt" "$work/ws" | tee -a "$results"
done

# Medians per mode and the ratio full/bare.
python3 - "$results" "$heap" <<'PY'
import statistics, sys
rows = [dict(kv.split("=", 1) for kv in line.split()) for line in open(sys.argv[1]) if line.startswith("mode=")]
def med(mode, key): return statistics.median(float(r[key]) for r in rows if r["mode"] == mode)
bare, full = med("bare", "seconds"), med("full", "seconds")
print(f"input: {int(rows[0]['bytes'])/1048576:.1f} MiB, {rows[0]['segments']} segments; heap cap {sys.argv[2]}; {len(rows)//2} rounds")
print(f"bare pipeline: median {bare:.2f} s, {med('bare','segmentsPerSecond'):.0f} segments/s, peak heap {max(float(r['peakHeapMiB']) for r in rows if r['mode']=='bare'):.0f} MiB")
print(f"full import:   median {full:.2f} s, {med('full','segmentsPerSecond'):.0f} segments/s, peak heap {max(float(r['peakHeapMiB']) for r in rows if r['mode']=='full'):.0f} MiB")
print(f"ratio full/bare: {full/bare:.2f}x")
PY
