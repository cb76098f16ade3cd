#!/usr/bin/env bash
# Staffs 200 missions together over 10,000 people through the API of the packaged jar, end to end: reading
# the people, their hours and history from PostgreSQL, solving, explaining each pick, and keeping the
# proposals. Loads a generated organization (a fixed seed) through the API first, then times
# POST /api/v1/staffing-proposals and prints the time, the scores, the seats filled and whether anybody is
# given more hours than they have. Only ever talks to 127.0.0.1. Needs python3 for the loading.
#
#   bench/staffing-api.sh                              # 10,000 people, 200 missions
#   BENCH_PEOPLE=2000 BENCH_MISSIONS=40 bench/staffing-api.sh
#
# Settings (environment): BENCH_PEOPLE, BENCH_MISSIONS, BENCH_HEAP (default 512m), BENCH_REBUILD=1 to package the
# jar anew. bench/staffing.sh measures the solver alone, in-process.
set -euo pipefail

cd "$(dirname "$0")/.."
people=${BENCH_PEOPLE:-10000}
missions=${BENCH_MISSIONS:-200}
heap=${BENCH_HEAP:-512m}
email=bench@baton.example
password=bench-password-$$

source bench/common.sh
package_jar "${BENCH_REBUILD:-0}"
command -v python3 > /dev/null || { echo "python3 is needed to load the organization" >&2; exit 1; }

port=$(free_port)
base="http://127.0.0.1:$port"
work=$(mktemp -d)
pid=""

stop() {
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        local children
        children=$(pgrep -P "$pid" || true)
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 40); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -9 "$pid" 2>/dev/null || true
        for child in $children; do kill "$child" 2>/dev/null || true; done
    fi
    rm -rf "$work"
}
trap stop EXIT

echo "Starting Baton on $base (data in $work)"
SERVER_PORT=$port BATON_DATA_DIR="$work/data" BATON_ADMIN_EMAIL=$email BATON_ADMIN_PASSWORD=$password \
    BATON_ORGANIZATION="Bench" BATON_DATABASE_URL="" \
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

BASE=$base EMAIL=$email PASSWORD=$password PEOPLE=$people MISSIONS=$missions JAVA_PID=$pid python3 - <<'PY'
import base64, json, os, random, time, urllib.request, urllib.error
from concurrent.futures import ThreadPoolExecutor

base, people, missions = os.environ["BASE"], int(os.environ["PEOPLE"]), int(os.environ["MISSIONS"])
rng = random.Random(14)

def call(method, path, body=None, token=None, basic=None):
    request = urllib.request.Request(base + path, method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    if basic:
        request.add_header("Authorization", "Basic " + base64.b64encode(basic.encode()).decode())
    try:
        with urllib.request.urlopen(request, timeout=300) as answer:
            return answer.status, json.loads(answer.read() or b"null")
    except urllib.error.HTTPError as refused:
        return refused.code, refused.read().decode()

_, answer = call("POST", "/api/v1/tokens", {"name": "bench"}, basic=f"{os.environ['EMAIL']}:{os.environ['PASSWORD']}")
token = answer["token"]
areas = ["SQL", "Product discovery", "Backend", "Frontend", "Interaction design", "User research", "Pricing",
         "Data engineering", "Security", "Mobile", "Accessibility", "Billing", "Support", "Sales", "Marketing",
         "Operations", "Testing", "Analytics", "Infrastructure", "Writing"]
levels = ["LEARNING", "PRACTITIONER", "EXPERT"]
homes = []
for i in range(20):
    status, home = call("POST", "/api/v1/home-bases", {"name": f"Home base {i + 1}", "purpose": "Serve one kind of customer"}, token)
    assert status == 201, (status, home)
    homes.append(home["id"])

def person(i):
    goals = []
    if rng.random() < 0.12:
        goals.append("lead a mission")
    if rng.random() < 0.25:
        goals.append("learn " + rng.choice(areas).lower())
    body = {"name": f"Person {i:05d}", "email": f"person{i:05d}@bench.example",
            "expertise": [{"area": a, "level": rng.choice(levels)} for a in rng.sample(areas, rng.randint(1, 3))],
            "growthGoals": goals, "availability": rng.choice([4, 8, 8, 16, 20, 24, 32, 40]),
            "homeBaseId": rng.choice(homes)}
    return body

bodies = [person(i) for i in range(people)]
started = time.time()
with ThreadPoolExecutor(8) as pool:
    statuses = list(pool.map(lambda b: call("POST", "/api/v1/people", b, token)[0], bodies))
assert all(s == 201 for s in statuses), statuses[:5]
print(f"loaded {people} people in {time.time() - started:.0f} s")

ids = []
for i in range(missions):
    body = {"title": f"Mission {i + 1}", "outcome": {"metric": "m", "baseline": 0, "target": 10, "unit": "x"},
            "neededExpertise": [{"area": a, "level": rng.choice(levels[1:])} for a in rng.sample(areas, rng.randint(1, 3))],
            "size": rng.randint(3, 7), "hoursPerWeek": rng.choice([4, 6, 8, 10, 12])}
    status, mission = call("POST", "/api/v1/missions", body, token)
    assert status == 201, (status, mission)
    status, moved = call("POST", f"/api/v1/missions/{mission['id']}/start-staffing", {}, token)
    assert status == 200, (status, moved)
    ids.append(mission["id"])
print(f"loaded {missions} missions in staffing")

timings = []
for run in range(2):
    started = time.time()
    status, proposals = call("POST", "/api/v1/staffing-proposals", {"missionIds": ids}, token)
    timings.append(time.time() - started)
    assert status == 200, (status, proposals)
print("POST /api/v1/staffing-proposals: " + ", ".join(f"{t:.2f} s" for t in timings)
      + " (the first run in a fresh JVM also loads the solver's classes)")

hours, given, seats, filled = {}, {}, 0, 0
page = 0
while True:
    _, listed = call("GET", f"/api/v1/people?size=100&page={page}", None, token)
    for p in listed["items"]:
        hours[p["id"]] = p["availability"]
    if page + 1 >= listed["totalPages"]:
        break
    page += 1
sizes = {}
for mission_id in ids:
    _, mission = call("GET", f"/api/v1/missions/{mission_id}", None, token)
    sizes[mission_id] = (mission["size"], mission["hoursPerWeek"])
for proposal in proposals:
    size, per_week = sizes[proposal["missionId"]]
    picks = ([proposal["leader"]] if proposal["leader"] else []) + proposal["members"]
    seats += size
    filled += len(picks)
    for pick in picks:
        given[pick["personId"]] = given.get(pick["personId"], 0) + per_week
over = [p for p, h in given.items() if h > hours[p]]
scores = sorted({p["score"] for p in proposals})
print(f"seats filled {filled} of {seats}; people over their hours: {len(over)}")
print(f"scores: {scores[0]} .. {scores[-1]} ({len(scores)} distinct)")
rss = int(open(f"/proc/{os.environ['JAVA_PID']}/status").read().split("VmRSS:")[1].split()[0]) // 1024
print(f"JVM resident memory after: {rss} MB")
PY
