#!/usr/bin/env bash
# Benchmark of public contest registration on MariaDB, with checks that nothing was lost.
#
# Starts the uber-jar against a new MariaDB database, then runs ContestLoad.java beside this
# script: it sets up a contest with its schools through the API, warms the JVM up on a contest
# of its own, and sends ENTRIES registrations (an entry and a PNG each) from THREADS threads,
# one in 20 sent twice with the same Idempotency-Key. It prints entries/s and latencies. This
# script then checks in the database and the attachment folder that every acknowledged entry
# is there exactly once, with its file and its confirmation mail (no SMTP host is set, so the
# mails stay in the outbox), prints PASS or FAIL for each check and the jar's peak resident
# memory, and exits 1 if anything failed. Needs a built target/loa-xanh.jar and MariaDB on
# 127.0.0.1:3306 where root logs in without a password; the database DB is dropped first, and
# the jar connects as the user loaxanh_bench, created here if missing.
#
#   deploy/benchmark/contests.sh                       # 2000 entries, 64 threads
#   ENTRIES=500 THREADS=16 deploy/benchmark/contests.sh
#   DB=other_db PORT=8095 deploy/benchmark/contests.sh
#   WARM_UP=1000 deploy/benchmark/contests.sh          # a longer warm-up (200 entries by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
# sort and comm must agree on one order for the comparisons below.
export LC_ALL=C

ENTRIES=${ENTRIES:-2000}
THREADS=${THREADS:-64}
PORT=${PORT:-8091}
DB=${DB:-loaxanh_bench_contests}
# The production settings from deploy/README.md and the systemd unit, as in run.sh.
JAVA_OPTS=${JAVA_OPTS:--Xmx320m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
WORK=$(mktemp -d /tmp/loaxanh-bench-contests.XXXXXX)
DATA=$WORK/data
APP=http://127.0.0.1:$PORT
PASSWORD=bench-secret

cleanup() {
  [[ -n ${APP_PID:-} ]] && kill "$APP_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  # The log outlives the run: it is where to look when the figures are poor.
  [[ -f $WORK/app.log ]] && cp "$WORK/app.log" /tmp/loaxanh-bench-contests-app.log
  rm -rf "$WORK"
}
trap cleanup EXIT

# shellcheck source=deploy/benchmark/mariadb.sh
source deploy/benchmark/mariadb.sh
new_bench_database "$DB"

echo "starting the jar ($JAVA_OPTS) in $WORK"
use_bench_database "$DB"
export LOAXANH_DATA_DIR=$DATA
export LOAXANH_ADMIN_PASSWORD=$PASSWORD
# shellcheck disable=SC2086
java $JAVA_OPTS -jar target/loa-xanh.jar --port "$PORT" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
  curl -sf -o /dev/null "$APP/api/plans" && break
  # Payara Micro keeps running when the application fails to deploy; it says ready all the same.
  if ! kill -0 "$APP_PID" 2>/dev/null || grep -q 'ready in' "$WORK/app.log"; then
    curl -sf -o /dev/null "$APP/api/plans" && break
    echo "the application did not start; from its log:"
    grep -m5 -E 'SEVERE|Exception' "$WORK/app.log" || tail -20 "$WORK/app.log"
    exit 1
  fi
  sleep 0.5
done
curl -sf -o /dev/null "$APP/api/plans" || { echo "the jar does not answer on $APP"; exit 1; }

# The load generator's failures are reported by it and counted below; the checks run anyway.
load_ok=true
APP_PID=$APP_PID DB_PID=$(pgrep -o -x mariadbd || pgrep -o -x mysqld || true) \
  java deploy/benchmark/ContestLoad.java \
  "$APP" "$PASSWORD" "$ENTRIES" "$THREADS" "$WORK/acked.tsv" | tee "$WORK/load.log" || load_ok=false
contest=$(sed -n 's/^measured contest: id \([0-9]*\)$/\1/p' "$WORK/load.log")
if [[ -z $contest || ! -f $WORK/acked.tsv ]]; then
  echo "FAIL: the load generator did not finish"
  exit 1
fi

failed=0
check() { # description, then a command that succeeds when the check passes
  local what=$1
  shift
  if "$@"; then echo "PASS: $what"; else echo "FAIL: $what"; failed=1; fi
}
equal() { [[ $1 == "$2" ]] || { echo "  expected $2, found $1"; return 1; }; }
no_lines() { # a file the check left its offending rows in
  [[ -s $1 ]] || return 0
  echo "  $(wc -l <"$1") rows, e.g.:"
  head -3 "$1" | sed 's/^/    /'
  return 1
}

acked=$(wc -l <"$WORK/acked.tsv")
echo
echo "checking the $acked acknowledged entries of contest $contest"
check "every submission was acknowledged, every retry answered with its receipt" $load_ok

sort "$WORK/acked.tsv" >"$WORK/expected.tsv"
# One line per entry row of the measured contest and per attachment row, as receipt and SHA-256.
db "$DB" -e "SELECT e.receipt, COALESCE(a.sha256, '-') FROM contest_entry e
  LEFT JOIN entry_attachment a ON a.entry_id = e.id WHERE e.contest_id = $contest" \
  | sort >"$WORK/stored.tsv"

check "entry rows of the contest = acknowledged ($acked)" \
  equal "$(db "$DB" -e "SELECT COUNT(*) FROM contest_entry WHERE contest_id = $contest")" "$acked"
comm -23 <(cut -f1 "$WORK/expected.tsv" | sort -u) <(cut -f1 "$WORK/stored.tsv" | sort -u) \
  >"$WORK/lost"
check "no acknowledged receipt lost" no_lines "$WORK/lost"
comm -13 <(cut -f1 "$WORK/expected.tsv" | sort -u) <(cut -f1 "$WORK/stored.tsv" | sort -u) \
  >"$WORK/unacknowledged"
check "no entry stored that was not acknowledged" no_lines "$WORK/unacknowledged"
cut -f1 "$WORK/expected.tsv" | uniq -d >"$WORK/acked-twice"
check "no receipt acknowledged twice" no_lines "$WORK/acked-twice"
db "$DB" -e "SELECT receipt, COUNT(*) FROM contest_entry GROUP BY receipt HAVING COUNT(*) > 1" \
  >"$WORK/duplicate-receipts"
check "no duplicate receipts" no_lines "$WORK/duplicate-receipts"
db "$DB" -e "SELECT contest_id, idempotency_key, COUNT(*) FROM contest_entry
  GROUP BY contest_id, idempotency_key HAVING COUNT(*) > 1" >"$WORK/duplicate-keys"
check "no duplicate (contest, idempotency key)" no_lines "$WORK/duplicate-keys"

# An entry with no attachment row shows as '-', one with two as two lines: both differ here.
# comm -3 lists the lines of either side that the other lacks (the stored ones indented).
comm -3 "$WORK/expected.tsv" "$WORK/stored.tsv" >"$WORK/attachment-diff"
check "one attachment row per entry, with the SHA-256 of the file sent" \
  no_lines "$WORK/attachment-diff"

# The store names each file by its checksum under attachments/<first two hex digits>/.
(cd "$DATA/attachments" && cut -f2 "$WORK/expected.tsv" | sed -E 's|^(..)|\1/\1|' \
  | xargs -r sha256sum 2>/dev/null || true) \
  | awk '{ n = split($2, p, "/"); print $1 "\t" p[n] }' | sort >"$WORK/on-disk"
cut -f2 "$WORK/expected.tsv" | awk '{ print $1 "\t" $1 }' | sort \
  | comm -23 - "$WORK/on-disk" >"$WORK/bad-files"
check "every file on disk under its SHA-256, with that content" no_lines "$WORK/bad-files"

check "one confirmation mail per entry in the outbox" \
  equal "$(db "$DB" -e "SELECT COUNT(*) FROM mail_outbox m JOIN contest_entry e
    ON m.dedup_key = CONCAT('contest-entry:', e.receipt, ':received')
    WHERE e.contest_id = $contest")" "$acked"
# Receipts are CT<contest id>-<code>, so this also counts mails for receipts nobody was told.
check "no other confirmation mails for the contest's receipts" \
  equal "$(db "$DB" -e "SELECT COUNT(*) FROM mail_outbox
    WHERE dedup_key LIKE 'contest-entry:CT$contest-%:received'")" "$acked"

echo
echo "outbox: $(db "$DB" -e "SELECT GROUP_CONCAT(CONCAT(status, ' ', n) SEPARATOR ', ')
  FROM (SELECT status, COUNT(*) n FROM mail_outbox GROUP BY status) s")"
echo "app log: $(grep -c -E 'SEVERE|Exception' "$WORK/app.log" || true) lines with SEVERE or" \
  "an exception (kept in /tmp/loaxanh-bench-contests-app.log)"
awk '/^VmHWM/ { h = $2 } /^VmRSS/ { r = $2 }
  END { printf "jar peak RSS (VmHWM): %d MiB, RSS now %d MiB\n", h / 1024, r / 1024 }' \
  "/proc/$APP_PID/status"
if (( failed )); then echo "RESULT: FAIL"; exit 1; fi
echo "RESULT: PASS"
