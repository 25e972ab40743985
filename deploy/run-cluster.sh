#!/usr/bin/env bash
# Runs a cluster of Loa Xanh instances on this host, against MySQL, for nginx to balance.
#
#   deploy/run-cluster.sh start [N]   start N instances (default 3, or $LOAXANH_INSTANCES)
#   deploy/run-cluster.sh stop [I]    stop instance I, or all that have pid files
#   deploy/run-cluster.sh status      show each instance's process and readiness
#
# Instance i (1..N) is named loa-xanh-i, serves HTTP on 127.0.0.1:(8080+i) and Hazelcast
# on 127.0.0.1:(6899+i). Needs LOAXANH_DB_URL, LOAXANH_DB_USER, LOAXANH_DB_PASSWORD.
# Optional: LOAXANH_RUN_DIR (pid files, temp; default deploy/run), LOAXANH_LOG_DIR
# (default: the run dir), LOAXANH_JAR, LOAXANH_CLUSTER_NAME, JAVA_OPTS.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
jar=${LOAXANH_JAR:-$here/../target/loa-xanh.jar}
run_dir=${LOAXANH_RUN_DIR:-$here/run}
log_dir=${LOAXANH_LOG_DIR:-$run_dir}
cluster_name=${LOAXANH_CLUSTER_NAME:-loa-xanh}
http_base=8080 hz_base=6899
read -ra java_opts <<<"${JAVA_OPTS:-}"

pid_of() { # prints the pid of instance $1 if it is running, else nothing
  local f="$run_dir/loa-xanh-$1.pid" pid
  [[ -f $f ]] || return 0
  pid=$(<"$f")
  # Check the command line too, in case the pid was reused after a crash.
  if tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -q -- "--name loa-xanh-$1 "; then
    echo "$pid"
  fi
}

ready() { # is instance $1 answering its readiness check?
  curl -fs -o /dev/null --max-time 3 "http://127.0.0.1:$((http_base + $1))/health/ready"
}

wait_ready() { # waits up to 5 minutes for instance $1
  local i=$1 t
  for ((t = 0; t < 300; t += 2)); do
    ready "$i" && { echo "loa-xanh-$i ready on port $((http_base + i))"; return 0; }
    [[ -n $(pid_of "$i") ]] || { echo "loa-xanh-$i exited; see $log_dir/loa-xanh-$i.log" >&2; return 1; }
    sleep 2
  done
  echo "loa-xanh-$i not ready after 5 minutes; see $log_dir/loa-xanh-$i.log" >&2
  return 1
}

start_one() { # starts instance $1 of $2 in the background
  local i=$1 n=$2 members="" m dir="$run_dir/loa-xanh-$1"
  # Every member is listed explicitly: tcpip discovery on loopback, never multicast.
  # (A port range such as 127.0.0.1:6900-6902 makes Payara fail at start-up.)
  for ((m = 1; m <= n; m++)); do members+="${members:+,}127.0.0.1:$((hz_base + m))"; done
  if [[ -n $(pid_of "$i") ]]; then echo "loa-xanh-$i already running"; return 0; fi
  # Payara unpacks ~100 MB into java.io.tmpdir per start; a killed run leaves it behind.
  rm -rf "$dir" && mkdir -p "$dir/tmp" "$log_dir"
  # JVM options, and why:
  #  payaramicro.noHazelcast=false  the bundle has noHazelcast=true baked in for the
  #                                 single-instance run; without this the cluster
  #                                 options below are silently ignored
  #  hazelcast.socket.bind.any      false: listen on --interfaces only, not 0.0.0.0
  #  hazelcast.phone.home.enabled   false: Hazelcast would otherwise call home
  nohup java -Xmx256m "${java_opts[@]}" -Djava.io.tmpdir="$dir/tmp" \
    -Dpayaramicro.noHazelcast=false \
    -Dhazelcast.socket.bind.any=false \
    -Dhazelcast.phone.home.enabled=false \
    -jar "$jar" \
    --name "loa-xanh-$i" --disablephonehome \
    --port "$((http_base + i))" \
    --prebootcommandfile "$here/payara/preboot.asadmin" \
    --postdeploycommandfile "$here/payara/postdeploy.asadmin" \
    --clustername "$cluster_name" --clustermode "tcpip:$members" \
    --interfaces 127.0.0.1 --hzpublicaddress 127.0.0.1 --startport "$((hz_base + i))" \
    >>"$log_dir/loa-xanh-$i.log" 2>&1 </dev/null &
  echo $! >"$run_dir/loa-xanh-$i.pid"
  echo "loa-xanh-$i started (pid $!), log $log_dir/loa-xanh-$i.log"
}

start() {
  local n=${1:-${LOAXANH_INSTANCES:-3}} i
  [[ $n =~ ^[1-9][0-9]?$ ]] || { echo "N must be 1..99" >&2; exit 2; }
  [[ -f $jar ]] || { echo "No $jar: build it first (mvn package)." >&2; exit 1; }
  : "${LOAXANH_DB_URL:?must point at MySQL: H2 cannot be shared by a cluster}"
  : "${LOAXANH_DB_USER:?is required}" "${LOAXANH_DB_PASSWORD:?is required}"
  command -v curl >/dev/null || { echo "curl is needed for readiness checks" >&2; exit 1; }
  mkdir -p "$run_dir"
  # The first instance alone runs the migrations and the first-start seed import;
  # the others start once it is ready, so they never race over an empty database.
  start_one 1 "$n"
  wait_ready 1
  for ((i = 2; i <= n; i++)); do start_one "$i" "$n"; done
  for ((i = 2; i <= n; i++)); do wait_ready "$i"; done
}

stop() {
  local which=${1:-*} f i pid t
  [[ $which == '*' || $which =~ ^[0-9]+$ ]] || { echo "I must be a number" >&2; exit 2; }
  for f in "$run_dir"/loa-xanh-$which.pid; do
    [[ -e $f ]] || continue
    i=${f##*/loa-xanh-} i=${i%.pid}
    pid=$(pid_of "$i")
    if [[ -n $pid ]]; then
      kill -TERM "$pid"   # Payara shuts down cleanly and leaves the cluster on SIGTERM
      for ((t = 0; t < 60; t++)); do [[ -n $(pid_of "$i") ]] || break; sleep 1; done
      if [[ -n $(pid_of "$i") ]]; then echo "loa-xanh-$i ignored SIGTERM; killing" >&2; kill -KILL "$pid"; fi
      echo "loa-xanh-$i stopped"
    fi
    rm -f "$f"
    rm -rf "$run_dir/loa-xanh-$i"
  done
}

status() {
  local f i pid
  for f in "$run_dir"/loa-xanh-*.pid; do
    [[ -e $f ]] || { echo "no instances (no pid files in $run_dir)"; return 0; }
    i=${f##*/loa-xanh-} i=${i%.pid}
    pid=$(pid_of "$i")
    if [[ -z $pid ]]; then echo "loa-xanh-$i not running (stale pid file)"
    elif ready "$i"; then echo "loa-xanh-$i pid $pid port $((http_base + i)) ready"
    else echo "loa-xanh-$i pid $pid port $((http_base + i)) NOT ready"; fi
  done
}

case ${1:-} in
  start) start "${2:-}" ;;
  stop) stop "${2:-}" ;;
  status) status ;;
  *) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
