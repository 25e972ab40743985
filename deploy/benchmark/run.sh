#!/usr/bin/env bash
# Benchmark of the public pages against nginx serving the same bytes, in one run on loopback.
#
# Starts the uber-jar on a fresh embedded database, publishes COUNT generated articles
# through the API, saves the home page and one article page as static files for nginx,
# then runs wrk against each (16 and 64 connections) and prints requests per second,
# p99 latency and the jar's peak resident memory. Needs wrk and nginx (Debian packages
# wrk, nginx-light) and a built target/loa-xanh.jar.
#
#   deploy/benchmark/run.sh                  # 10,000 articles, 20 s per measurement
#   COUNT=1000 DURATION=5s WARM_UP=10s deploy/benchmark/run.sh
#   DATA=/var/tmp/bench deploy/benchmark/run.sh   # keep the data: the next run with the
#                                                 # same DATA publishes only what is missing
# On MySQL/MariaDB, as in production, export LOAXANH_DB_URL, LOAXANH_DB_USER and
# LOAXANH_DB_PASSWORD first (an empty database, or one a previous run filled).
set -euo pipefail
cd "$(dirname "$0")/../.."

COUNT=${COUNT:-10000}
DURATION=${DURATION:-20s}
WARM_UP=${WARM_UP:-60s} # per page
PORT=${PORT:-8090}
NGINX_PORT=${NGINX_PORT:-8181}
# The production settings from deploy/README.md and the systemd unit.
JAVA_OPTS=${JAVA_OPTS:--Xmx320m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
WORK=$(mktemp -d /tmp/loaxanh-bench.XXXXXX)
chmod 755 "$WORK" # nginx's workers run as another user and must read the pages
APP=http://127.0.0.1:$PORT
STATIC=http://127.0.0.1:$NGINX_PORT
PASSWORD=${PASSWORD:-bench-secret}
DATA=${DATA:-$WORK/data}

cleanup() {
  [[ -n ${APP_PID:-} ]] && kill "$APP_PID" 2>/dev/null || true
  [[ -n ${NGINX_PID:-} ]] && kill "$NGINX_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  [[ -f $WORK/app.log ]] && cp "$WORK/app.log" /tmp/loaxanh-bench-app.log
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "starting the jar ($JAVA_OPTS) in $WORK"
# shellcheck disable=SC2086
LOAXANH_DATA_DIR=$DATA LOAXANH_ADMIN_PASSWORD=$PASSWORD \
  java $JAVA_OPTS -jar target/loa-xanh.jar --port "$PORT" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do curl -sf -o /dev/null "$APP/api/plans" && break; sleep 0.5; done

published=$(curl -sf -u "admin:$PASSWORD" "$APP/api/articles?status=PUBLISHED&size=1" \
  | python3 -c 'import sys, json; print(json.load(sys.stdin)["total"])')
if (( published < COUNT )); then
  echo "publishing $(( COUNT - published )) articles ($published there already)"
  start=$(date +%s)
  python3 deploy/benchmark/generate-articles.py "$APP" admin "$PASSWORD" \
    "$(( COUNT - published ))" "$(( published + 1 ))"
  echo "published in $(( $(date +%s) - start )) s"
fi

slug=$(curl -sf "$APP/api/published" | python3 -c 'import sys, json; print(json.load(sys.stdin)["items"][0]["url"])')
mkdir -p "$WORK/www/tin"
curl -sf "$APP/" -o "$WORK/www/index.html"
curl -sf "$APP$slug" -o "$WORK/www$slug.html"
cat >"$WORK/nginx.conf" <<CONF
daemon off;
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    index index.html;
    location / { default_type text/html; try_files \$uri \$uri/ \$uri.html =404; }
  }
}
CONF
nginx -p "$WORK" -c "$WORK/nginx.conf" &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -sf -o /dev/null "$STATIC/" && break; sleep 0.2; done
curl -sf -o /dev/null "$STATIC$slug" || { echo "nginx does not serve $slug"; exit 1; }

measure() { # name url connections
  local out rps p99
  out=$(wrk -t2 -c"$3" -d"$DURATION" --latency "$2")
  if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then
    echo "errors while measuring $2:" >&2
    grep -E 'Non-2xx|Socket errors' <<<"$out" >&2
  fi
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  printf '| %s | %s | %s | %s |\n' "$1" "$3" "$rps" "$p99"
}

# On these 2-core machines the JIT needs about two minutes of traffic before the figures
# settle (requests/s still rose from one 15 s round to the next after a minute).
echo "warming up"
wrk -t2 -c64 -d"$WARM_UP" "$APP/" >/dev/null
wrk -t2 -c64 -d"$WARM_UP" "$APP$slug" >/dev/null

echo
echo "| page | connections | requests/s | p99 |"
echo "|---|---|---|---|"
for connections in 16 64; do
  measure "home, Loa Xanh" "$APP/" "$connections"
  measure "home, nginx (same bytes)" "$STATIC/" "$connections"
  measure "article, Loa Xanh" "$APP$slug" "$connections"
  measure "article, nginx (same bytes)" "$STATIC$slug" "$connections"
done
echo
echo "article measured: $slug ($(wc -c <"$WORK/www$slug.html") bytes)"
# Search is not kept in memory through the API: each call looks the words up in the index.
for query in "moi truong" "phan loai rac tai nguon" "Mộc Châu" "bai 9999"; do
  encoded=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$query")
  times=$(for _ in $(seq 1 20); do
    curl -s -o /dev/null -w '%{time_total}\n' "$APP/api/published/search?q=$encoded"
  done | sort -n | awk '{a[NR]=$1} END {printf "median %.1f ms, slowest %.1f ms", a[int(NR/2)+1]*1000, a[NR]*1000}')
  echo "search \"$query\": $times"
done
grep -E 'VmHWM|VmRSS' "/proc/$APP_PID/status" | tr -s ' \t' ' '
