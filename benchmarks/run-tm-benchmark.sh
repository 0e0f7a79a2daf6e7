#!/usr/bin/env bash
# TM benchmark: Tarjuman's TM and Okapi's Pensieve on the same generated units and queries, each
# in its own JVM with the heap capped. See TmBenchmark and docs/benchmarks.md.
# Usage: benchmarks/run-tm-benchmark.sh [UNITS=1000000] [QUERIES=1000] [HEAP=1g]
# With TARJUMAN_DB_URL (and TARJUMAN_DB_USER, TARJUMAN_DB_PASSWORD) naming an empty database, e.g.
# PostgreSQL, Tarjuman's TM runs there instead of in an H2 file. JAVA_OPTS passes options such as
# -Dtarjuman.concurrent.units=100000 (look-ups while another workspace imports that many units of
# TMX) or -Dtarjuman.recall.queries=100.
set -euo pipefail
cd "$(dirname "$0")/.."
units=${1:-1000000}
queries=${2:-1000}
heap=${3:-1g}

mvn -B -q -DskipTests package -pl benchmarks -am
cp="benchmarks/target/classes:benchmarks/target/lib/*"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -Xmx"$heap" ${JAVA_OPTS:-} -cp "$cp" org.tarjuman.benchmarks.TmBenchmark tarjuman "$work/ws" "$units" "$queries"
java -Xmx"$heap" -cp "$cp" org.tarjuman.benchmarks.TmBenchmark pensieve "$work/pensieve" "$units" "$queries"
