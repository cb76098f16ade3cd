#!/usr/bin/env bash
# kill -9 under write load, against the packaged jar with its embedded PostgreSQL: three rounds that kill the
# PostgreSQL server (Baton must start it again on its own) and three that kill the Java process (started again
# on the same data directory, where the killed Baton's PostgreSQL is still running). In every round eight
# writers declare intents through the API; every intent answered 201 is then looked up, and the numbers
# acknowledged / lost are printed per round. Only ever talks to 127.0.0.1.
#
#   bench/kill-nine.sh
#   KILL_ROUNDS=5 KILL_LOAD=10 bench/kill-nine.sh
#
# Settings (environment): KILL_ROUNDS (of each kind, default 3), KILL_WRITERS (default 8), KILL_LOAD (seconds of
# load before the kill, default 5), KILL_HEAP (default 512m), KILL_REBUILD=1 to package the jar anew.
set -euo pipefail

cd "$(dirname "$0")/.."
rounds=${KILL_ROUNDS:-3}
writers=${KILL_WRITERS:-8}
load=${KILL_LOAD:-5}
heap=${KILL_HEAP:-512m}
email=kill-nine@baton.example
password=kill-nine-password-$$

source bench/common.sh
package_jar "${KILL_REBUILD:-0}"

port=$(free_port)
base="http://127.0.0.1:$port"
work=$(mktemp -d)
data="$work/data"
pid=""
writer_pids=()

postmaster() { sed -n 1p "$data/postgres/postmaster.pid" 2>/dev/null || true; }

stop_writers() {
    touch "$work/stop"
    for writer in "${writer_pids[@]}"; do
        wait "$writer" 2>/dev/null || true
    done
    writer_pids=()
    rm -f "$work/stop"
}

cleanup() {
    stop_writers
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 60); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -9 "$pid" 2>/dev/null || true
    fi
    local server
    server=$(postmaster)
    if [[ -n "$server" ]] && kill -0 "$server" 2>/dev/null; then
        kill "$server" 2>/dev/null || true
        for _ in $(seq 60); do
            kill -0 "$server" 2>/dev/null || break
            sleep 0.5
        done
    fi
    rm -rf "$work"
}
trap cleanup EXIT

start_baton() {
    SERVER_PORT=$port BATON_DATA_DIR="$data" BATON_ADMIN_EMAIL=$email BATON_ADMIN_PASSWORD=$password \
        BATON_ORGANIZATION="Kill Nine" BATON_DATABASE_URL="" \
        "$java" -Xmx"$heap" -jar target/baton.jar >> "$work/baton.log" 2>&1 &
    pid=$!
}

# Waits until health answers UP; prints the seconds it took.
await_healthy() {
    local started=$SECONDS deadline=$((SECONDS + 120))
    until curl -fs -m 2 "$base/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
        if ! kill -0 "$pid" 2>/dev/null || ((SECONDS > deadline)); then
            echo "Baton did not become healthy; its output:" >&2
            tail -n 80 "$work/baton.log" >&2
            exit 1
        fi
        sleep 0.2
    done
    echo $((SECONDS - started))
}

# One writer: declares intents until told to stop, and appends the id of each one answered 201 to its file.
write() {
    local n=$1 i=0 answer
    while [[ ! -e "$work/stop" ]]; do
        i=$((i + 1))
        answer=$(curl -s -m 10 -w '\n%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
            -d "{\"statement\":\"I intend to survive kill -9 ($n.$i)\",\"homeBaseId\":\"$home_base\"}" \
            "$base/api/v1/intents" 2>/dev/null) || { sleep 0.1; continue; }
        if [[ "${answer##*$'\n'}" == 201 ]]; then
            grep -o '"id":"[^"]*"' <<< "$answer" | head -n 1 | cut -d'"' -f4 >> "$work/acknowledged.$n"
        fi
    done
}

start_writers() {
    rm -f "$work"/acknowledged.*
    for n in $(seq "$writers"); do
        write "$n" &
        writer_pids+=($!)
    done
}

count_lost() {
    local lost=0 id
    while read -r id; do
        [[ -n "$id" ]] || continue
        status=$(curl -s -m 10 -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base/api/v1/intents/$id")
        [[ "$status" == 200 ]] || lost=$((lost + 1))
    done < <(cat "$work"/acknowledged.* 2>/dev/null)
    echo "$lost"
}

echo "Starting Baton on $base (data in $work)"
start_baton
await_healthy > /dev/null
token_response=$(curl -fsS -u "$email:$password" -H 'Content-Type: application/json' -d '{"name":"kill-nine"}' "$base/api/v1/tokens")
token=$(sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p' <<< "$token_response")
[[ -n "$token" ]] || { echo "No token in: $token_response" >&2; exit 1; }
admin=$(curl -fsS -H "Authorization: Bearer $token" "$base/api/v1/people" \
    | grep -o "\"id\":\"[^\"]*\",\"name\":\"[^\"]*\",\"email\":\"$email\"" | cut -d'"' -f4)
[[ -n "$admin" ]] || { echo "The admin was not found in GET /api/v1/people" >&2; exit 1; }
home_base=$(curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Under load\",\"leaderId\":\"$admin\"}" "$base/api/v1/home-bases" | grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4)

total_acknowledged=0
total_lost=0
report() {
    local kind=$1 round=$2 back=$3 acknowledged lost
    acknowledged=$(cat "$work"/acknowledged.* 2>/dev/null | grep -c . || true)
    lost=$(count_lost)
    total_acknowledged=$((total_acknowledged + acknowledged))
    total_lost=$((total_lost + lost))
    printf '%-34s round %d: acknowledged %5d, lost %d (health UP %s s after the kill)\n' "kill -9 of the $kind" "$round" \
        "$acknowledged" "$lost" "$back"
}

for round in $(seq "$rounds"); do
    start_writers
    sleep "$load"
    killed_at=$SECONDS
    kill -9 "$(postmaster)"
    sleep 1 # the watchdog looks every second; let the writers meet the outage
    await_healthy > /dev/null
    back=$((SECONDS - killed_at))
    sleep 1 # and write a little after it
    stop_writers
    report "PostgreSQL server" "$round" "$back"
done

for round in $(seq "$rounds"); do
    start_writers
    sleep "$load"
    killed_at=$SECONDS
    kill -9 "$pid"
    wait "$pid" 2>/dev/null || true
    stop_writers
    start_baton
    await_healthy > /dev/null
    back=$((SECONDS - killed_at))
    report "Java process" "$round" "$back"
done

echo
echo "Total over $((rounds * 2)) rounds: acknowledged $total_acknowledged, lost $total_lost"
[[ "$total_lost" == 0 ]]
