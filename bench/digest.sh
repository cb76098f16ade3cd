#!/usr/bin/env bash
# Times one daily-digest run for 10,000 people (in a dozen time zones) with a day's items each, loaded through SQL
# into a throw-away embedded PostgreSQL, and prints people, items, mails queued and seconds. Target: under a minute.
#
#   bench/digest.sh
#   BENCH_PEOPLE=20000 BENCH_ITEMS=10 bench/digest.sh
set -euo pipefail

cd "$(dirname "$0")/.."
source bench/common.sh

./mvnw -o -q test -Dtest=DigestBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbaton.bench=true \
    -Dbaton.bench.people="${BENCH_PEOPLE:-10000}" -Dbaton.bench.items="${BENCH_ITEMS:-6}" \
    | grep -E '^DIGEST BENCHMARK|Tests run|FAIL' || true
