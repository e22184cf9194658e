#!/usr/bin/env bash
# Builds the benchmarks jar, runs every JMH benchmark (JSON to benchmarks/target/jmh-results.json), runs
# the result-size measure (ResultSize), the batch-memory check in a 64 MB heap, the service's load test over HTTP (ServiceLoad, to
# benchmarks/target/service-load.txt), and prints the results table. From the repository root:
#
#     benchmarks/run.sh
#
# Budget on a 2-core machine: build ~1 min, JMH ~10 min, batch check <= BATCH_MAX_SECONDS (default 180 s),
# batch pipe ~3 min per million cases (the cases file is generated once, about 3 GB for a million),
# service load ~2 min (the fat jar service/target/iepdr-service.jar started on a free port, then stopped).
# Environment: BATCH_CASES (default 10000000), BATCH_THREADS (default 2), BATCH_MAX_SECONDS (default 180),
# PIPE_CASES (default 1000000; 0 skips the batch pipe), JMH_EXTRA (extra JMH options, e.g. "-f 2"; add
# "-prof gc" for the bytes allocated per evaluation), SERVICE_REQUESTS (default 50000; 0 skips the service
# load test), SERVICE_WARMUP (default 20000), SERVICE_WORKERS (default 16), SERVICE_HEAP (default 512m).
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target
BATCH_CASES=${BATCH_CASES:-10000000}
BATCH_THREADS=${BATCH_THREADS:-2}
BATCH_MAX_SECONDS=${BATCH_MAX_SECONDS:-180}
PIPE_CASES=${PIPE_CASES:-1000000}
JMH_EXTRA=${JMH_EXTRA:-}
SERVICE_REQUESTS=${SERVICE_REQUESTS:-50000}
SERVICE_WARMUP=${SERVICE_WARMUP:-20000}
SERVICE_WORKERS=${SERVICE_WORKERS:-16}
SERVICE_HEAP=${SERVICE_HEAP:-512m}

echo "== machine: $(nproc) CPUs, $(lscpu | sed -n 's/^Model name:[[:space:]]*//p'), $(java -version 2>&1 | head -1)"
echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== build"
mvn -B -ntp -q package -DskipTests

mkdir -p "$OUT"
echo "== JMH (deadline arithmetic, evaluation with and without the trace, start-up, simulation)"
# Budgets are the classes' annotations: deadline arithmetic 3 x 1 s warm-up + 5 x 1 s per case;
# evaluation 5 x 2 s warm-up (the rule code needs it to be compiled) + 5 x 1 s; evaluation without the
# trace (FastEvaluationBenchmark, 20 and 200 events) 5 x 3 s + 5 x 2 s; start-up a single
# shot in each of 10 fresh JVMs; simulation 3 x 2 s + 5 x 2 s. One fork each, except start-up.
# shellcheck disable=SC2086
java -jar "$JAR" -rf json -rff "$OUT/jmh-results.json" $JMH_EXTRA

echo "== bytes per evaluation: the result's own objects and what is allocated beyond them (ResultSize)"
java -Djdk.attach.allowAttachSelf=true -cp "$JAR" org.iepdr.benchmarks.ResultSize 20 | tee "$OUT/result-size.txt"
java -Djdk.attach.allowAttachSelf=true -cp "$JAR" org.iepdr.benchmarks.ResultSize 200 | tail -n +2 \
  | tee -a "$OUT/result-size.txt"

echo "== batch memory: $BATCH_CASES cases, $BATCH_THREADS threads, -Xmx64m, at most $BATCH_MAX_SECONDS s"
java -Xmx64m -cp "$JAR" org.iepdr.benchmarks.BatchMemoryCheck "$BATCH_CASES" "$BATCH_THREADS" \
  "$BATCH_MAX_SECONDS" | tee "$OUT/batch-memory.txt"

rm -f "$OUT/batch-pipe.txt"
if [ "$PIPE_CASES" -gt 0 ]; then
  echo "== batch pipe: $PIPE_CASES generated cases through 'iepdr batch --threads 2 -'"
  CASES_FILE="$OUT/cases-$PIPE_CASES.jsonl"
  [ -s "$CASES_FILE" ] || java -cp "$JAR" org.iepdr.benchmarks.BatchInput "$PIPE_CASES" > "$CASES_FILE"
  start=$(date +%s.%N)
  rc=0
  cat "$CASES_FILE" | java -jar examples/target/iepdr.jar batch --threads 2 --no-progress - > /dev/null \
    2> "$OUT/batch-pipe.err" || rc=$?
  end=$(date +%s.%N)
  # exit code 1: some case has a violation (they all do); anything else is a failure
  [ "$rc" -le 1 ] || { cat "$OUT/batch-pipe.err"; exit "$rc"; }
  echo "PIPE cases=$PIPE_CASES seconds=$(awk "BEGIN { printf \"%.1f\", $end - $start }")" | tee "$OUT/batch-pipe.txt"
  java -cp "$JAR" org.iepdr.benchmarks.BatchPhases "$CASES_FILE" 2 | tee -a "$OUT/batch-pipe.txt"
fi

rm -f "$OUT/service-load.txt"
if [ "$SERVICE_REQUESTS" -gt 0 ]; then
  echo "== service load: $SERVICE_REQUESTS POST /v1/evaluate over HTTP/1.1 keep-alive after $SERVICE_WARMUP, $SERVICE_WORKERS workers, service -Xmx$SERVICE_HEAP"
  java -cp "$JAR" org.iepdr.benchmarks.ServiceLoad --requests="$SERVICE_REQUESTS" --warmup="$SERVICE_WARMUP" \
    --workers="$SERVICE_WORKERS" --heap="$SERVICE_HEAP" --jar=service/target/iepdr-service.jar \
    --cases=examples/cases | tee "$OUT/service-load.txt"
fi

echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$JAR" org.iepdr.benchmarks.ResultsTable "$OUT/jmh-results.json" "$OUT/batch-memory.txt" \
  "$OUT/batch-pipe.txt"
