#!/usr/bin/env bash
# Start a local single-node Kafka (KRaft, combined broker+controller) without docker.
# Jars come from Maven Central via scripts/kafka/pom.xml. Safe to run repeatedly.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KAFKA_HOST=127.0.0.1
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
RTOP_KAFKA_HOME="${RTOP_KAFKA_HOME:-$HOME/.cache/rtop-kafka}"
KAFKA_DATA_DIR="${KAFKA_DATA_DIR:-$RTOP_KAFKA_HOME/data}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xmx512m -Xms256m}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"

LIBS_DIR="$RTOP_KAFKA_HOME/libs"
LOG_FILE="$RTOP_KAFKA_HOME/kafka.log"
PID_FILE="$RTOP_KAFKA_HOME/kafka.pid"
CONFIG_FILE="$RTOP_KAFKA_HOME/server.properties"
LOG4J_FILE="$RTOP_KAFKA_HOME/log4j2.properties"
TOOLS_LOG4J_FILE="$RTOP_KAFKA_HOME/log4j2-tools.properties"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$SCRIPT_DIR/pom.xml")"
# The marker names the version so that bumping it in pom.xml triggers a refetch.
FETCH_MARKER="$LIBS_DIR/.fetched-$KAFKA_VERSION"

port_open() {
  timeout 2 bash -c ": </dev/tcp/$KAFKA_HOST/$1" 2>/dev/null
}

pid_alive() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$PID_FILE")"
  # Guard against a recycled pid belonging to something else.
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null &&
    grep -qa 'kafka\.Kafka' "/proc/$pid/cmdline" 2>/dev/null
}

if port_open "$KAFKA_PORT"; then
  echo "kafka: something is already listening on $KAFKA_HOST:$KAFKA_PORT, assuming it is the broker"
  exit 0
fi

mkdir -p "$RTOP_KAFKA_HOME" "$KAFKA_DATA_DIR"

if [[ ! -f "$FETCH_MARKER" ]]; then
  echo "kafka: fetching Kafka $KAFKA_VERSION jars from Maven Central into $LIBS_DIR"
  command -v mvn >/dev/null || { echo "kafka: mvn not found" >&2; exit 1; }
  tmp_libs="$LIBS_DIR.tmp.$$"
  rm -rf "$tmp_libs"
  if ! mvn -q -B -f "$SCRIPT_DIR/pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$tmp_libs" >"$RTOP_KAFKA_HOME/fetch.log" 2>&1; then
    cat "$RTOP_KAFKA_HOME/fetch.log" >&2
    rm -rf "$tmp_libs"
    echo "kafka: jar fetch failed" >&2
    exit 1
  fi
  rm -rf "$LIBS_DIR"
  mv "$tmp_libs" "$LIBS_DIR"
  touch "$FETCH_MARKER"
fi

# Internal topics get 1 partition instead of 50: the first consumer group on a fresh
# broker otherwise waits ~2 s for __consumer_offsets to be created and loaded.
cat >"$CONFIG_FILE" <<EOF
process.roles=broker,controller
node.id=1
listeners=PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT,CONTROLLER://$KAFKA_HOST:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT,CONTROLLER://$KAFKA_HOST:$KAFKA_CONTROLLER_PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
controller.quorum.bootstrap.servers=$KAFKA_HOST:$KAFKA_CONTROLLER_PORT
log.dirs=$KAFKA_DATA_DIR
num.partitions=3
auto.create.topics.enable=false
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
min.insync.replicas=1
group.initial.rebalance.delay.ms=0
offsets.topic.num.partitions=1
transaction.state.log.num.partitions=1
share.coordinator.state.topic.num.partitions=1
EOF

# Without a config log4j2 only prints errors; we need INFO to see the "started" line.
cat >"$LOG4J_FILE" <<'EOF'
status = warn
appender.out.type = Console
appender.out.name = STDOUT
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = info
rootLogger.appenderRef.out.ref = STDOUT
logger.statechange.name = state.change.logger
logger.statechange.level = warn
logger.request.name = kafka.request.logger
logger.request.level = warn
EOF

# The storage tool must stay quiet on stdout, which is captured for the cluster id.
cat >"$TOOLS_LOG4J_FILE" <<'EOF'
status = warn
appender.err.type = Console
appender.err.name = STDERR
appender.err.target = SYSTEM_ERR
appender.err.layout.type = PatternLayout
appender.err.layout.pattern = %p %m%n
rootLogger.level = warn
rootLogger.appenderRef.err.ref = STDERR
EOF

storage_tool() {
  "$JAVA" -Dlog4j2.configurationFile="$TOOLS_LOG4J_FILE" -cp "$LIBS_DIR/*" \
    kafka.tools.StorageTool "$@"
}

if [[ ! -f "$KAFKA_DATA_DIR/meta.properties" ]]; then
  cluster_id="$(storage_tool random-uuid)"
  echo "kafka: formatting $KAFKA_DATA_DIR (cluster id $cluster_id)"
  # Kafka 4 uses a dynamic quorum: --standalone goes with controller.quorum.bootstrap.servers.
  storage_tool format --config "$CONFIG_FILE" --cluster-id "$cluster_id" --standalone >/dev/null
fi

if pid_alive; then
  echo "kafka: broker process $(cat "$PID_FILE") is already running, waiting for it"
else
  [[ -f "$LOG_FILE" ]] && mv -f "$LOG_FILE" "$LOG_FILE.1"
  # shellcheck disable=SC2086 # KAFKA_HEAP_OPTS is a list of flags
  setsid nohup "$JAVA" $KAFKA_HEAP_OPTS -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent \
    -Dlog4j2.configurationFile="$LOG4J_FILE" -Djava.awt.headless=true \
    -cp "$LIBS_DIR/*" kafka.Kafka "$CONFIG_FILE" \
    >"$LOG_FILE" 2>&1 </dev/null &
  echo $! >"$PID_FILE"
  echo "kafka: started pid $! (log: $LOG_FILE)"
fi

printf 'kafka: waiting for %s:%s ' "$KAFKA_HOST" "$KAFKA_PORT"
deadline=$((SECONDS + KAFKA_START_TIMEOUT))
while ((SECONDS < deadline)); do
  # Whether the process lives, not what it runs: a child just forked on a busy machine may not
  # have become java yet, and pid_alive would take it for a stale pid.
  if ! kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
    echo
    echo "kafka: broker process exited; last log lines:" >&2
    tail -n 40 "$LOG_FILE" >&2 || true
    exit 1
  fi
  # The "started" line is logged only once the broker is unfenced and serving.
  if port_open "$KAFKA_PORT" && grep -q 'Kafka Server started' "$LOG_FILE"; then
    echo " ready"
    exit 0
  fi
  printf '.'
  sleep 1
done

echo
echo "kafka: broker not ready after ${KAFKA_START_TIMEOUT}s (pid $(cat "$PID_FILE") left running;" \
  "run start.sh again to keep waiting or stop.sh to stop it); last log lines:" >&2
tail -n 40 "$LOG_FILE" >&2 || true
exit 1
