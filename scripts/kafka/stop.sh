#!/usr/bin/env bash
# Stop the broker started by start.sh. Safe to run when it is not running.
set -euo pipefail

RTOP_KAFKA_HOME="${RTOP_KAFKA_HOME:-$HOME/.cache/rtop-kafka}"
PID_FILE="$RTOP_KAFKA_HOME/kafka.pid"
KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-60}"

if [[ ! -f "$PID_FILE" ]]; then
  echo "kafka: not running (no pid file)"
  exit 0
fi

pid="$(cat "$PID_FILE")"
is_ours() {
  # Guard against a recycled pid belonging to something else.
  kill -0 "$pid" 2>/dev/null &&
    grep -qa 'kafka\.Kafka' "/proc/$pid/cmdline" 2>/dev/null
}

if [[ -z "$pid" ]] || ! is_ours; then
  echo "kafka: not running (stale pid file)"
  rm -f "$PID_FILE"
  exit 0
fi

printf 'kafka: stopping pid %s ' "$pid"
kill -TERM "$pid"
deadline=$((SECONDS + KAFKA_STOP_TIMEOUT))
while is_ours; do
  if ((SECONDS >= deadline)); then
    echo " timed out, killing"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 1
    break
  fi
  printf '.'
  sleep 1
done
rm -f "$PID_FILE"
echo " stopped"
