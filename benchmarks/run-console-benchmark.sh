#!/usr/bin/env bash
# Console start-up benchmark: one-shot commands and the interactive shell's time to prompt,
# launched as a user launches them. See ConsoleBenchmark and docs/benchmarks.md.
# Needs tmux for the shell measurement. Usage: benchmarks/run-console-benchmark.sh [RUNS=7] [LAUNCHER...]
#   default launcher: java -jar cli/target/tarjuman.jar
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
shift || true
launcher=("$@")
[ ${#launcher[@]} -gt 0 ] || launcher=(java -jar cli/target/tarjuman.jar)

[ -f cli/target/tarjuman.jar ] || mvn -B -q -DskipTests package
mvn -B -q -o -DskipTests package -pl benchmarks -am
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A workspace with the demo article (ar → en, 16 segments; segment 12 is one of them).
TARJUMAN_WORKSPACE="$work" java -jar cli/target/tarjuman.jar demo >/dev/null
ws=$(ls -d "$work"/demo-*)
uptime
java -cp "benchmarks/target/classes" org.tarjuman.benchmarks.ConsoleBenchmark "$runs" "$ws" "${launcher[@]}"
