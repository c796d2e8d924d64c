#!/usr/bin/env bash
# What search indexing costs an import: imports the same generated CSV (ROWS rows, 5 messages per
# conversation) through POST /api/v1/imports into a fresh data directory, once per mode, and prints
# the wall time of each import; then deletes the index and times the start-up rebuild.
#
#   ./mvnw -q package -DskipTests && benchmarks/scripts/import-indexing.sh [ROWS]
#
# Modes: no indexing (automatic indexing listeners off), write-sync (the default), async.
set -euo pipefail

ROWS=${1:-20000}
JAR=${JAR:-app/target/replycraft.jar}
PORT=${PORT:-18080}
TOKEN=rc_benchmark-token-0123456789
WORK=$(mktemp -d)
CSV=$WORK/transcripts.csv

awk -v rows="$ROWS" 'BEGIN {
  srand(7);
  split("refund|parcel|invoice|password|subscription|delivery|voucher|account|order|card", topic, "|");
  split("EMAIL|MESSAGING|TICKET|LIVE_CHAT|SOCIAL_PRIVATE", channel, "|");
  print "conversation_id,channel,author,agent_id,timestamp,text,customer_name,customer_authenticated,customer_value";
  for (i = 0; i < rows; i++) {
    c = int(i / 5); m = i % 5; t = topic[c % 10 + 1];
    ts = sprintf("2026-10-%02dT%02d:%02d:00Z", c % 28 + 1, 8 + m * 2, c % 60);
    if (m % 2 == 0) {
      text = "Hello, I have been waiting " (m + 2) " days about my " t " number " c ". Nobody answered my last message and I am getting frustrated. Can you please check what is happening?";
      print "bench-" c "," channel[c % 5 + 1] ",CUSTOMER,," ts ",\"" text "\",Customer " c ",true,120";
    } else {
      text = "Hi, thanks for your patience and sorry for the wait. I checked your " t " " c " and it was processed today; you will see it by Friday. If anything is still unclear, reply here and I will pick it up. Kind regards, Alex";
      print "bench-" c "," channel[c % 5 + 1] ",AGENT,agent-" (c % 12) "," ts ",\"" text "\",,,";
    }
  }
}' > "$CSV"

run() {
  local label=$1; shift
  local data=$WORK/data-$label
  mkdir -p "$data"
  java -Xmx1g -jar "$JAR" --server.port="$PORT" --replycraft.data-dir="$data" \
    --replycraft.bootstrap-token="$TOKEN" "$@" > "$WORK/$label.log" 2>&1 &
  local pid=$!
  until curl -sf "http://localhost:$PORT/actuator/health" > /dev/null; do sleep 1; done
  local seconds
  seconds=$(curl -s -o "$WORK/$label.json" -w '%{time_total}' -X POST \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
    --data-binary @"$CSV" "http://localhost:$PORT/api/v1/imports")
  echo "$label: $ROWS rows imported in ${seconds} s ($(cat "$WORK/$label.json" | head -c 80))"
  kill "$pid"; wait "$pid" || true
}

run no-indexing --spring.jpa.properties.hibernate.search.indexing.listeners.enabled=false
run write-sync
run async --spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=async

# Rebuild: delete the write-sync run's index and restart; the start-up task rebuilds it.
rm -rf "$WORK/data-write-sync/index"
java -Xmx1g -jar "$JAR" --server.port="$PORT" --replycraft.data-dir="$WORK/data-write-sync" \
  > "$WORK/rebuild.log" 2>&1 &
pid=$!
for _ in $(seq 900); do
  grep -qE "Search index rebuilt|Rebuilding the search index failed" "$WORK/rebuild.log" && break
  sleep 1
done
echo "rebuild: $(grep -o 'Search index rebuilt.*' "$WORK/rebuild.log")"
kill "$pid"; wait "$pid" || true
rm -rf "$WORK"
