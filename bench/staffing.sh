#!/usr/bin/env bash
# Staffs 200 missions together over an organization of 10,000 generated people (a fixed seed: the same problem
# every run), with the solver running in-process from the test classes, and prints the solve time, the score,
# the seats filled and the hard score (0 = nobody over-allocated). Needs no database and no server.
#
#   bench/staffing.sh                  # 10,000 people, 200 missions, 8 s time limit
#   BENCH_PEOPLE=2000 BENCH_MISSIONS=40 bench/staffing.sh
#
# Settings (environment): BENCH_PEOPLE (default 10000), BENCH_MISSIONS (default 200), BENCH_TIME_LIMIT (seconds,
# default 8: the solver's safety net, as baton.staffing.time-limit), BENCH_HEAP (default 1g), BENCH_REBUILD=1 to
# compile anew.
set -euo pipefail

cd "$(dirname "$0")/.."
people=${BENCH_PEOPLE:-10000}
missions=${BENCH_MISSIONS:-200}
limit=${BENCH_TIME_LIMIT:-8}
heap=${BENCH_HEAP:-1g}

source bench/common.sh

classpath=target/staffing-classpath.txt
if [[ ! -f target/test-classes/org/baton/development/solver/StaffingBenchmark.class || ! -f "$classpath" \
        || "${BENCH_REBUILD:-0}" == 1 ]]; then
    echo "Compiling the test classes"
    ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile="$classpath" -Dmdep.includeScope=test
fi

echo "Staffing $missions missions over $people people ($(nproc) cores)"
"$java" -Xmx"$heap" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "target/classes:target/test-classes:$(cat "$classpath")" \
    org.baton.development.solver.StaffingBenchmark "$people" "$missions" "$limit" 2>&1 \
    | grep -v -E "^[0-9:. ]+\[main\] (INFO|DEBUG)|^SLF4J|WARNING"
