#!/usr/bin/env bash
# Measures the latency of one API call against the packaged jar running the demo organization, and the
# memory the Java process uses. Only ever talks to 127.0.0.1, for a bounded time.
#
#   bench/api-latency.sh                       # GET /api/v1/missions for 20 s
#   BENCH_PATH=/api/v1/people BENCH_DURATION=60 bench/api-latency.sh
#   BENCH_PATH=/actuator/health bench/api-latency.sh   # no token needed
#
# Settings (environment): BENCH_PATH, BENCH_DURATION (seconds, default 20), BENCH_CONNECTIONS (default 8),
# BENCH_WARMUP (seconds, default 5), BENCH_HEAP (default 512m), BENCH_REBUILD=1 to package the jar anew, BENCH_TOOL=curl to skip wrk.
set -euo pipefail

cd "$(dirname "$0")/.."
path=${BENCH_PATH:-/api/v1/missions}
duration=${BENCH_DURATION:-20}
connections=${BENCH_CONNECTIONS:-8}
warmup=${BENCH_WARMUP:-5}
heap=${BENCH_HEAP:-512m}
email=bench@baton.example
password=bench-password-$$

source bench/common.sh
package_jar "${BENCH_REBUILD:-0}"

port=$(free_port)
base="http://127.0.0.1:$port"
work=$(mktemp -d)
pid=""
children=""

stop() {
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        children=$(pgrep -P "$pid" || true)
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 40); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -9 "$pid" 2>/dev/null || true
        for child in $children; do
            kill "$child" 2>/dev/null || true
        done
    fi
    rm -rf "$work"
}
trap stop EXIT

echo "Starting Baton on $base (data in $work)"
SERVER_PORT=$port BATON_DATA_DIR="$work/data" BATON_DEMO=true BATON_ADMIN_EMAIL=$email BATON_ADMIN_PASSWORD=$password \
    BATON_ORGANIZATION="Larkspur" BATON_DATABASE_URL="" \
    "$java" -Xmx"$heap" -jar target/baton.jar > "$work/baton.log" 2>&1 &
pid=$!

deadline=$((SECONDS + 120))
until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null || ((SECONDS > deadline)); then
        echo "Baton did not become healthy; its output:" >&2
        cat "$work/baton.log" >&2
        exit 1
    fi
    sleep 0.5
done
# The demo is added right after start-up; wait for it so the bench reads a filled organization.
until grep -q "Demo:" "$work/baton.log" || ((SECONDS > deadline)); do sleep 0.5; done

headers=()
if [[ "$path" == /api/* ]]; then
    token_response=$(curl -fsS -u "$email:$password" -H 'Content-Type: application/json' -d '{"name":"bench"}' "$base/api/v1/tokens") || {
        echo "Could not get a token from POST /api/v1/tokens" >&2
        exit 1
    }
    token=$(sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p' <<< "$token_response")
    [[ -n "$token" ]] || { echo "No token in: $token_response" >&2; exit 1; }
    headers=(-H "Authorization: Bearer $token")
fi
status=$(curl -s -o /dev/null -w '%{http_code}' "${headers[@]}" "$base$path")
[[ "$status" == 200 ]] || { echo "GET $path answered $status, not 200" >&2; exit 1; }

if [[ "${BENCH_TOOL:-wrk}" == wrk ]] && ! command -v wrk > /dev/null && [[ $(id -u) == 0 ]] && command -v apt-get > /dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk > /dev/null 2>&1 || true
fi

rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"; }

echo "Warming up for ${warmup} s"
if [[ "${BENCH_TOOL:-wrk}" == wrk ]] && command -v wrk > /dev/null; then
    wrk -t2 -c"$connections" -d"${warmup}s" "${headers[@]}" "$base$path" > /dev/null
    echo "GET $path with wrk: ${duration} s, $connections connections"
    result=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "${headers[@]}" "$base$path")
    echo "$result" | grep -E "Requests/sec|Non-2xx|Socket errors" || true
    p50=$(awk '$1 == "50%" { print $2 }' <<< "$result")
    p99=$(awk '$1 == "99%" { print $2 }' <<< "$result")
else
    echo "Without wrk: falling back to one curl at a time (slower, latencies include curl start-up)"
    end=$((SECONDS + warmup))
    while ((SECONDS < end)); do curl -s -o /dev/null "${headers[@]}" "$base$path"; done
    end=$((SECONDS + duration))
    while ((SECONDS < end)); do
        curl -s -o /dev/null -w '%{time_total}\n' "${headers[@]}" "$base$path"
    done > "$work/times"
    sort -n "$work/times" > "$work/sorted"
    count=$(wc -l < "$work/sorted")
    echo "GET $path with curl: $count requests in ${duration} s"
    percentile() { awk -v p="$1" -v n="$count" 'NR == int((n - 1) * p / 100) + 1 { printf "%.2fms", $1 * 1000 }' "$work/sorted"; }
    p50=$(percentile 50)
    p99=$(percentile 99)
fi

postgres_rss=0
for child in $(pgrep -P "$pid" || true) $(pgrep -f "postgres.*$work" || true); do
    postgres_rss=$((postgres_rss + $(awk '/^VmRSS/ { print $2 }' "/proc/$child/status" 2>/dev/null || echo 0)))
done
echo
echo "p50 latency:    $p50"
echo "p99 latency:    $p99"
echo "Java RSS:       $(rss_mb "$pid") MB (heap limit $heap)"
echo "PostgreSQL RSS: $((postgres_rss / 1024)) MB (embedded, all its processes)"
