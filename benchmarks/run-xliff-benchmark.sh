#!/usr/bin/env bash
# XLIFF benchmark (issue 3 §7): Tarjuman's export-xliff (XLIFF 1.2) plus import-xliff of the same
# file with every target filled in, against Okapi's XLIFFWriter alone writing the same segments,
# on a generated Arabic document with an exact number of segments, in one run. Each measurement
# runs in its own JVM with the heap capped; the modes alternate so both see the same machine state;
# every Tarjuman round starts from a copy of the same freshly imported workspace.
# Two floors run beside them (XliffFloor): the least any export plus import on these parts can do.
# Usage: benchmarks/run-xliff-benchmark.sh [SEGMENTS=100000] [ROUNDS=3] [HEAP=512m]
# XLIFF_BENCH_WORK=DIR keeps the generated corpus, prepared workspace and filled file in DIR and
# reuses them when they are there (preparing 100,000 segments takes minutes); MVN_FLAGS=-o builds
# offline.
set -euo pipefail
cd "$(dirname "$0")/.."
segments=${1:-100000}
rounds=${2:-3}
heap=${3:-512m}

mvn -B -q ${MVN_FLAGS:-} -DskipTests package -pl benchmarks -am
cp="benchmarks/target/classes:benchmarks/target/lib/*"
main=org.tarjuman.benchmarks.XliffBenchmark
if [[ -n "${XLIFF_BENCH_WORK:-}" ]]; then
  work=$XLIFF_BENCH_WORK
  mkdir -p "$work"
  rm -f "$work/results.txt"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
if [[ ! -f "$work/filled.xlf" ]]; then
  rm -rf "$work/prepared"
  java -cp "$cp" $main generate "$work/corpus.txt" "$segments"
  # Not measured: import, export, and a StAX pass that translates every unit as a CAT tool would.
  java -cp "$cp" $main prepare "$work/corpus.txt" "$work/prepared" "$work/filled.xlf"
fi

results="$work/results.txt"
for round in $(seq "$rounds"); do
  java -Xmx"$heap" -cp "$cp" $main okapi "$work/corpus.txt" "$work/okapi.xlf" | tee -a "$results"
  # Floors (XliffFloor): the baseline's writing plus only parsing the filled file, then plus
  # storing its targets in a one-index H2 table; what no implementation can go below.
  java -Xmx"$heap" -cp "$cp" $main floor "$work/corpus.txt" "$work/filled.xlf" "$work/floor.xlf" none | tee -a "$results"
  rm -rf "$work/floordb"
  java -Xmx"$heap" -cp "$cp" $main floor "$work/corpus.txt" "$work/filled.xlf" "$work/floor.xlf" "$work/floordb" | tee -a "$results"
  rm -rf "$work/ws"
  cp -r "$work/prepared" "$work/ws"
  java -Xmx"$heap" -cp "$cp" $main tarjuman "$work/ws" "$work/filled.xlf" "$work/export.xlf" | tee -a "$results"
done

# Medians per mode and the ratios to Okapi's writer alone: export, import, export + import.
python3 - "$results" "$heap" <<'PY'
import statistics, sys
rows = [dict(kv.split("=", 1) for kv in line.split()) for line in open(sys.argv[1]) if line.startswith("mode=")]
def med(mode, key): return statistics.median(float(r[key]) for r in rows if r["mode"] == mode)
def peak(mode, key="peakHeapMiB"): return max(float(r[key]) for r in rows if r["mode"] == mode)
okapi, tarjuman = med("okapi", "seconds"), med("tarjuman", "seconds")
export, imp = med("tarjuman", "exportSeconds"), med("tarjuman", "importSeconds")
print(f"segments: {rows[0]['segments']}; heap cap {sys.argv[2]}; {sum(r['mode'] == 'okapi' for r in rows)} rounds")
print(f"okapi XLIFFWriter alone: median {okapi:.2f} s (cpu {med('okapi','cpuSeconds'):.2f} s),"
      f" peak heap {peak('okapi'):.0f} MiB used / {peak('okapi','peakLiveHeapMiB'):.0f} MiB live")
print(f"tarjuman export+import:  median {tarjuman:.2f} s (export {export:.2f} s, import {imp:.2f} s;"
      f" cpu {med('tarjuman','cpuSeconds'):.2f} s), peak heap {peak('tarjuman'):.0f} MiB used /"
      f" {peak('tarjuman','peakLiveHeapMiB'):.0f} MiB live")
print(f"ratios to okapi: export {export/okapi:.2f}x, import {imp/okapi:.2f}x,"
      f" export+import {tarjuman/okapi:.2f}x (cpu {med('tarjuman','cpuSeconds')/med('okapi','cpuSeconds'):.2f}x)")
for mode, what in (("floor-parse", "write + parse only"), ("floor", "write + parse + one-index H2 insert")):
    if any(r["mode"] == mode for r in rows):
        f = med(mode, "seconds")
        print(f"{mode} ({what}): median {f:.2f} s (import part {med(mode, 'importSeconds'):.2f} s),"
              f" {f/okapi:.2f}x okapi")
PY
