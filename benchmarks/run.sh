#!/usr/bin/env bash
# Builds the benchmarks jar, runs every JMH benchmark (JSON to benchmarks/target/jmh-results.json), runs
# the batch-memory check in a 64 MB heap, and prints the results table. From the repository root:
#
#     benchmarks/run.sh
#
# Budget on a 2-core machine: build ~1 min, JMH ~5 min, batch check <= BATCH_MAX_SECONDS (default 180 s).
# Environment: BATCH_CASES (default 10000000), BATCH_THREADS (default 2), BATCH_MAX_SECONDS (default 180),
# JMH_EXTRA (extra JMH options, e.g. "-f 2").
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target
BATCH_CASES=${BATCH_CASES:-10000000}
BATCH_THREADS=${BATCH_THREADS:-2}
BATCH_MAX_SECONDS=${BATCH_MAX_SECONDS:-180}
JMH_EXTRA=${JMH_EXTRA:-}

echo "== machine: $(nproc) CPUs, $(lscpu | sed -n 's/^Model name:[[:space:]]*//p'), $(java -version 2>&1 | head -1)"
echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== build"
mvn -B -ntp -q package -DskipTests

mkdir -p "$OUT"
echo "== JMH (deadline arithmetic, evaluation, start-up, simulation)"
# Budgets are the classes' annotations: deadline arithmetic 3 x 1 s warm-up + 5 x 1 s per case;
# evaluation 5 x 2 s warm-up (the rule code needs it to be compiled) + 5 x 1 s; start-up a single
# shot in each of 10 fresh JVMs; simulation 3 x 2 s + 5 x 2 s. One fork each, except start-up.
# shellcheck disable=SC2086
java -jar "$JAR" -rf json -rff "$OUT/jmh-results.json" $JMH_EXTRA

echo "== batch memory: $BATCH_CASES cases, $BATCH_THREADS threads, -Xmx64m, at most $BATCH_MAX_SECONDS s"
java -Xmx64m -cp "$JAR" org.iepdr.benchmarks.BatchMemoryCheck "$BATCH_CASES" "$BATCH_THREADS" \
  "$BATCH_MAX_SECONDS" | tee "$OUT/batch-memory.txt"

echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$JAR" org.iepdr.benchmarks.ResultsTable "$OUT/jmh-results.json" "$OUT/batch-memory.txt"
