#!/usr/bin/env bash
# Search over 100,000 published articles on MariaDB.
#
# Starts the uber-jar on a new MariaDB database, publishes BASE generated articles through
# the API (generate-articles.py: written, reviewed, approved and published as staff would, so
# their words are indexed by the application), then copies them in SQL until there are COUNT:
# copy k of an article keeps its text and word-index rows and is published k days earlier.
# Then it times uncached searches through /api/published/search, ROUNDS calls per query, and
# prints the median and slowest, with what the first page of results holds. Needs a built
# target/loa-xanh.jar and MariaDB on 127.0.0.1:3306 where root logs in without a password.
# The 100,000 articles and their word index take about 750 MB: with a smaller InnoDB buffer
# pool the figures measure the disk (the script prints the pool's size; the README's figures
# were taken with SET GLOBAL innodb_buffer_pool_size = 1073741824).
#
#   deploy/benchmark/search.sh                     # 1,000 published, copied to 100,000
#   BASE=500 COUNT=20000 deploy/benchmark/search.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

BASE=${BASE:-1000}
COUNT=${COUNT:-100000}
ROUNDS=${ROUNDS:-20}
PORT=${PORT:-8092}
DB=${DB:-loaxanh_bench_search}
JAVA_OPTS=${JAVA_OPTS:--Xmx320m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
WORK=$(mktemp -d /tmp/loaxanh-bench-search.XXXXXX)
APP=http://127.0.0.1:$PORT
PASSWORD=bench-secret
(( COUNT % BASE == 0 )) || { echo "COUNT must be a multiple of BASE"; exit 1; }

cleanup() {
  [[ -n ${APP_PID:-} ]] && kill "$APP_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  [[ -f $WORK/app.log ]] && cp "$WORK/app.log" /tmp/loaxanh-bench-search-app.log
  rm -rf "$WORK"
}
trap cleanup EXIT

# shellcheck source=deploy/benchmark/mariadb.sh
source deploy/benchmark/mariadb.sh
new_bench_database "$DB"
use_bench_database "$DB"

if curl -s -o /dev/null "$APP/"; then echo "port $PORT is taken: stop what answers there"; exit 1; fi
echo "starting the jar ($JAVA_OPTS)"
# shellcheck disable=SC2086
LOAXANH_DATA_DIR=$WORK/data LOAXANH_ADMIN_PASSWORD=$PASSWORD \
  java $JAVA_OPTS -jar target/loa-xanh.jar --port "$PORT" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do curl -sf -o /dev/null "$APP/api/plans" && break; sleep 0.5; done
curl -sf -o /dev/null "$APP/api/plans" || { echo "the jar does not answer on $APP"; exit 1; }

echo "publishing $BASE articles through the API"
start=$(date +%s)
python3 deploy/benchmark/generate-articles.py "$APP" admin "$PASSWORD" "$BASE" 1
echo "published in $(( $(date +%s) - start )) s"

echo "copying them in SQL to $COUNT"
start=$(date +%s)
copies=$(( COUNT / BASE - 1 ))
# Copy k of article i gets the id i + k * STRIDE, above every id the API gave out.
stride=$(db "$DB" -e "SELECT POW(10, CEIL(LOG10(MAX(id) + 1))) FROM article")
# One copy per transaction: a single statement of millions of index rows outgrows a default
# InnoDB buffer pool and redo log and crawls.
for (( k = 1; k <= copies; k++ )); do
  db "$DB" -e "
    SET foreign_key_checks = 0;
    INSERT INTO article (id, slug, kind, title, summary, body_markdown, body_html,
        cover_media_id, category_id, status, publish_at, unpublish_at, created_at, created_by,
        updated_at, updated_by, version)
      SELECT id + $k * $stride, CONCAT(slug, '-$k'), kind, title, summary, body_markdown,
        body_html, cover_media_id, category_id, status, publish_at - INTERVAL $k DAY,
        unpublish_at, created_at, created_by, updated_at, updated_by, version
      FROM article WHERE status = 'PUBLISHED' AND id < $stride;
    INSERT INTO article_word (word, article_id)
      SELECT w.word, w.article_id + $k * $stride FROM article_word w
      JOIN article a ON a.id = w.article_id WHERE a.status = 'PUBLISHED' AND a.id < $stride;
    INSERT INTO article_tag (article_id, tag, slug)
      SELECT t.article_id + $k * $stride, t.tag, t.slug FROM article_tag t
      JOIN article a ON a.id = t.article_id WHERE a.status = 'PUBLISHED' AND a.id < $stride;"
  if (( k % 10 == 0 )); then echo "$(( (k + 1) * BASE )) articles"; fi
done
db "$DB" -e "ANALYZE TABLE article, article_word, article_tag" >/dev/null
echo "copied in $(( $(date +%s) - start )) s: $(db "$DB" -e "SELECT COUNT(*) FROM article
  WHERE status = 'PUBLISHED'") published articles, $(db "$DB" -e "SELECT COUNT(*)
  FROM article_word") word-index rows"

echo "InnoDB buffer pool: $(( $(db -e 'SELECT @@innodb_buffer_pool_size') / 1048576 )) MB"
# Read the tables once, as a server that has been answering searches would have them.
db "$DB" -e "SELECT COUNT(*) FROM article FORCE INDEX (PRIMARY);
  SELECT COUNT(*) FROM article_word FORCE INDEX (PRIMARY)" >/dev/null
echo
echo "| query | first page | median | slowest |"
echo "|---|---|---|---|"
for query in "moi truong" "môi trường" "phan loai rac tai nguon" "Mộc Châu" "truo" \
    "bai 999" "hoà" "t" "khong co tu nay" "' OR 1=1 --"; do
  encoded=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$query")
  found=$(curl -sf "$APP/api/published/search?q=$encoded" \
    | python3 -c 'import sys, json; v = json.load(sys.stdin)
print(str(len(v["items"])) + (" and more" if v["more"] else ""))')
  times=$(for _ in $(seq 1 "$ROUNDS"); do
    curl -s -o /dev/null -w '%{time_total}\n' "$APP/api/published/search?q=$encoded"
  done | sort -n | awk '{a[NR]=$1} END {printf "%.1f ms | %.1f ms", a[int(NR/2)+1]*1000, a[NR]*1000}')
  echo "| $query | $found | $times |"
done
grep -E 'VmHWM' "/proc/$APP_PID/status" | tr -s ' \t' ' '
