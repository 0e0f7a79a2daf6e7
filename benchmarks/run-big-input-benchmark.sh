#!/usr/bin/env bash
# Big inputs (issue 6 §3): a generated Arabic text of MEGABYTES (default 200) goes through the
# console as a user runs it, every command in its own JVM with the heap capped (default 512m):
# import, export-xliff (XLIFF 1.2), import-xliff of that file with every unit translated (this is
# what fills the TM), merge, tm export. For each: wall time, peak heap (from -Xlog:gc) and peak RSS
# (/usr/bin/time). A JVM that runs out of memory exits at once (-XX:+ExitOnOutOfMemoryError) and
# the harness fails. The corpus and workspace go to WORK (default a fresh directory under /tmp),
# kept for inspection.
# PREPARED=DIR starts from a workspace prepared before instead of generating and importing: DIR
# holds corpus.txt and ws.imported/, a workspace into which corpus.txt was imported as document
# `big` (ar -> en); both are copied into WORK (DIR is not changed) and the import step is skipped.
# Usage: [PREPARED=DIR] benchmarks/run-big-input-benchmark.sh [MEGABYTES=200] [HEAP=512m] [WORK]
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-200}
heap=${2:-512m}
work=${3:-$(mktemp -d /tmp/tarjuman-big.XXXXXX)}
mkdir -p "$work"

[ -f cli/target/tarjuman.jar ] || mvn -B -q ${MVN_FLAGS:-} -DskipTests package -pl cli -am
mvn -B -q ${MVN_FLAGS:-} -DskipTests package -pl benchmarks -am
cp="benchmarks/target/classes:benchmarks/target/lib/*"
main=org.tarjuman.benchmarks.BigInputBenchmark
# A copy of the console, so that rebuilding it while this runs changes nothing here.
cp cli/target/tarjuman.jar "$work/tarjuman.jar"
export TARJUMAN_WORKSPACE="$work/ws"
rm -rf "$TARJUMAN_WORKSPACE"
if [ -n "${PREPARED:-}" ]; then
  [ -f "$PREPARED/corpus.txt" ] && [ -d "$PREPARED/ws.imported" ] \
    || { echo "PREPARED=$PREPARED: no corpus.txt and ws.imported/ there" >&2; exit 2; }
  cp "$PREPARED/corpus.txt" "$work/corpus.txt"
  cp -r "$PREPARED/ws.imported" "$TARJUMAN_WORKSPACE"
fi
[ -f "$work/corpus.txt" ] || java -cp "$cp" $main generate "$work/corpus.txt" "$mb"
echo "input: $(du -m "$work/corpus.txt" | cut -f1) MiB, $(wc -l < "$work/corpus.txt") lines; heap cap $heap; work $work"

# run NAME COMMAND...: one console command under the heap cap; prints its figures, fails on OOM.
run() {
  local name=$1; shift
  local log="$work/$name"
  local start end
  start=$(date +%s.%N)
  if ! /usr/bin/time -f "%M" -o "$log.rss" java -Xmx"$heap" -XX:+ExitOnOutOfMemoryError \
      -Xlog:gc:file="$log.gc" -jar "$work/tarjuman.jar" "$@" >"$log.out" 2>"$log.err"; then
    echo "$name: FAILED (exit status above 0); last lines:" >&2
    tail -n 5 "$log.out" "$log.err" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  printf '%-12s %8.1f s  %s  peakRssMiB=%d\n' "$name" "$(echo "$end - $start" | bc)" \
    "$(java -cp "$cp" $main peak "$log.gc")" "$(( $(tail -n 1 "$log.rss") / 1024 ))"
}

if [ -n "${PREPARED:-}" ]; then
  echo "import: skipped; workspace copied from $PREPARED/ws.imported (corpus imported there as 'big')"
else
  run import import "$work/corpus.txt" --source ar --target en --name big
  tail -n 3 "$work/import.out"
fi
run export-xliff export-xliff big --target en --out "$work/big.xlf"
java -cp "$cp" $main fill "$work/big.xlf" "$work/filled.xlf"
run import-xliff import-xliff "$work/filled.xlf"
run merge merge big --target en --out "$work/big.en.txt"
run tm-export tm export "$work/tm.tmx"
ls -l "$work"/big.xlf "$work"/big.en.txt "$work"/tm.tmx
