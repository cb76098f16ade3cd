#!/usr/bin/env bash
# Proposes a guiding coalition from 500 generated applicants for 40 seats, then from 120 for 12 (a fixed seed: the
# same applicants every run), with the solver running in-process from the test classes, and prints the time each
# took (solve and explanations) and the mix achieved: seats/applicants per home base, expertise area, level of the
# hierarchy and tenure band. Needs no database and no server.
#
#   bench/coalition.sh                   # 500 applicants/40 seats, then 120/12, 8 s time limit
#   bench/coalition.sh 2000 100          # other sizes: pairs of applicants and seats
#
# Settings (environment): BENCH_TIME_LIMIT (seconds, default 8: the solver's safety net, as
# baton.coalition.time-limit), BENCH_HEAP (default 1g), BENCH_REBUILD=1 to compile anew.
set -euo pipefail

cd "$(dirname "$0")/.."
limit=${BENCH_TIME_LIMIT:-8}
heap=${BENCH_HEAP:-1g}

source bench/common.sh

classpath=target/coalition-classpath.txt
if [[ ! -f target/test-classes/org/baton/network/selection/CoalitionBenchmark.class || ! -f "$classpath" \
        || "${BENCH_REBUILD:-0}" == 1 ]]; then
    echo "Compiling the test classes"
    ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile="$classpath" -Dmdep.includeScope=test
fi

echo "Proposing coalitions ($(nproc) cores)"
"$java" -Xmx"$heap" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "target/classes:target/test-classes:$(cat "$classpath")" \
    org.baton.network.selection.CoalitionBenchmark "$limit" "$@" 2>&1 \
    | grep -v -E "^[0-9:. ]+\[main\] (INFO|DEBUG)|^SLF4J|WARNING"
