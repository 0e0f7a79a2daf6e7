#!/usr/bin/env bash
# TM benchmark: Tarjuman's TM and Okapi's Pensieve on the same generated units and queries, each
# in its own JVM with the heap capped. See TmBenchmark and docs/benchmarks.md.
# Usage: benchmarks/run-tm-benchmark.sh [UNITS=1000000] [QUERIES=1000] [HEAP=1g]
set -euo pipefail
cd "$(dirname "$0")/.."
units=${1:-1000000}
queries=${2:-1000}
heap=${3:-1g}

mvn -B -q -DskipTests package -pl benchmarks -am
cp="benchmarks/target/classes:benchmarks/target/lib/*"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -Xmx"$heap" -cp "$cp" org.tarjuman.benchmarks.TmBenchmark tarjuman "$work/ws" "$units" "$queries"
java -Xmx"$heap" -cp "$cp" org.tarjuman.benchmarks.TmBenchmark pensieve "$work/pensieve" "$units" "$queries"
