#!/usr/bin/env bash
# Benchmark of the outcome roll-ups and the compiled report on MariaDB, at the scale of ten
# years of activity for 63 provinces: about 100,000 activities and 1,000,000 figures.
#
# Starts the uber-jar once against a new MariaDB database so that Flyway makes the schema and
# the seed content is imported, stops it, fills the database with outcomes-data.sql beside this
# script (plans, tasks, activities, channels, figures, targets, deadlines and agencies' reports,
# all generated in SQL from the Sequence engine), then starts the jar again. Every call is warmed
# up first, then each is timed RUNS times with curl: the roll-ups of a plan in the middle of the
# data (totals, by agency, type, channel, district, month, task, and a drill-down), a province's
# year by district and by month, the plan's targets and reports, its compiled report as PDF and
# DOCX, and the by-agency roll-up and the PDF of other plans, one each call, whose rows no call
# has read since the start. Prints the median and slowest time of each call against its target
# (200 ms for a roll-up, 5 s for the compiled report), the row counts, the jar's peak resident
# memory and, for any roll-up over its target, MariaDB's EXPLAIN of its query (rebuilt here as
# RollUps.java builds it). Exits 1 if a call failed or a total disagrees with the database.
# Needs a built target/loa-xanh.jar and MariaDB on 127.0.0.1:3306 where root logs in without a
# password; the database DB is dropped first and left behind for REUSE, and the jar connects as
# the user loaxanh_bench, created here if missing.
#
#   deploy/benchmark/outcomes.sh                     # 63 provinces x 10 years, 10 runs per call
#   RUNS=20 WARM_UP=10 deploy/benchmark/outcomes.sh
#   PROVINCES=5 YEARS=2 deploy/benchmark/outcomes.sh  # a quick try of the script itself
#   REUSE=1 deploy/benchmark/outcomes.sh             # time again on the data a run left in DB
#   EXPLAIN=1 deploy/benchmark/outcomes.sh           # EXPLAIN every roll-up, not just slow ones
#   VERBOSE=1 deploy/benchmark/outcomes.sh           # print every timed call as it returns
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${PORT:-8092}
DB=${DB:-loaxanh_bench_outcomes}
RUNS=${RUNS:-10}
WARM_UP=${WARM_UP:-5}
REUSE=${REUSE:-}
EXPLAIN=${EXPLAIN:-}
# The scale: per province DISTRICTS districts and AGENCIES departments; per province and year a
# plan with TASKS tasks and ACTIVITIES activities; FIGURES figures (measures) per activity.
PROVINCES=${PROVINCES:-63}
DISTRICTS=${DISTRICTS:-10}
AGENCIES=${AGENCIES:-12}
FIRST_YEAR=${FIRST_YEAR:-2016}
YEARS=${YEARS:-10}
TASKS=${TASKS:-8}
ACTIVITIES=${ACTIVITIES:-160}
FIGURES=${FIGURES:-10}
ROLLUP_TARGET_MS=200
REPORT_TARGET_MS=5000
# The production settings from deploy/README.md and the systemd unit, as in run.sh.
JAVA_OPTS=${JAVA_OPTS:--Xmx320m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
WORK=$(mktemp -d /tmp/loaxanh-bench-outcomes.XXXXXX)
APP=http://127.0.0.1:$PORT
PASSWORD=bench-secret

cleanup() {
  [[ -n ${APP_PID:-} ]] && kill "$APP_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  # The log outlives the run: it is where to look when the figures are poor.
  [[ -f $WORK/app.log ]] && cp "$WORK/app.log" /tmp/loaxanh-bench-outcomes-app.log
  rm -rf "$WORK"
}
trap cleanup EXIT

# shellcheck source=deploy/benchmark/mariadb.sh
source deploy/benchmark/mariadb.sh
use_bench_database "$DB"
export LOAXANH_DATA_DIR=$WORK/data
export LOAXANH_ADMIN_PASSWORD=$PASSWORD

start_app() { # appends to app.log; returns once the API answers
  echo "starting the jar ($JAVA_OPTS)"
  # Only this start's lines count: the log keeps those of the start before.
  local from=$(( $(stat -c %s "$WORK/app.log" 2>/dev/null || echo 0) + 1 ))
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar target/loa-xanh.jar --port "$PORT" >>"$WORK/app.log" 2>&1 &
  APP_PID=$!
  local started=$SECONDS
  for _ in $(seq 1 480); do
    curl -sf -o /dev/null "$APP/api/metrics" && break
    # Payara Micro keeps running when the application fails to deploy; it says ready all the same.
    if ! kill -0 "$APP_PID" 2>/dev/null || tail -c +"$from" "$WORK/app.log" | grep -q 'ready in'
    then
      curl -sf -o /dev/null "$APP/api/metrics" && break
      echo "the application did not start; from its log:"
      tail -c +"$from" "$WORK/app.log" | grep -m5 -E 'SEVERE|Exception' \
        || tail -20 "$WORK/app.log"
      exit 1
    fi
    sleep 0.5
  done
  curl -sf -o /dev/null "$APP/api/metrics" || { echo "the jar does not answer on $APP"; exit 1; }
  echo "  answering after $(( SECONDS - started )) s"
}

stop_app() {
  kill "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=
}

if [[ -n $REUSE ]] && [[ $(db -e "SELECT COUNT(*) FROM \`$DB\`.plan WHERE code LIKE 'BENCH-P%'" \
  2>/dev/null || echo 0) -gt 0 ]]; then
  echo "timing on the data already in $DB"
else
  new_bench_database "$DB"
  # Flyway makes the schema and the seed content comes in; then the jar stays out of the way.
  start_app
  stop_app
  echo "generating $PROVINCES provinces x $YEARS years x $ACTIVITIES activities" \
    "x $FIGURES figures"
  started=$(date +%s.%N)
  { echo "SET @provinces = $PROVINCES, @districts = $DISTRICTS, @agencies = $AGENCIES,
      @first_year = $FIRST_YEAR, @years = $YEARS, @tasks = $TASKS, @activities = $ACTIVITIES,
      @figures = $FIGURES;"
    cat deploy/benchmark/outcomes-data.sql
  } | db "$DB" >/dev/null
  awk -v s="$started" -v e="$(date +%s.%N)" \
    'BEGIN { printf "  generated (with ANALYZE TABLE) in %.1f s\n", e - s }'
fi

echo
echo "rows: $(db "$DB" -e "SELECT CONCAT_WS(', ',
  CONCAT((SELECT COUNT(*) FROM plan), ' plans'),
  CONCAT((SELECT COUNT(*) FROM task), ' tasks'),
  CONCAT((SELECT COUNT(*) FROM activity), ' activities'),
  CONCAT((SELECT COUNT(*) FROM activity_channel), ' activity channels'),
  CONCAT((SELECT COUNT(*) FROM outcome_actual), ' outcome_actual'),
  CONCAT((SELECT COUNT(*) FROM outcome_target), ' outcome_target'),
  CONCAT((SELECT COUNT(*) FROM reporting_deadline), ' reporting deadlines'),
  CONCAT((SELECT COUNT(*) FROM agency_report), ' agency reports'))")"
echo "on disk: $(db -e "SELECT CONCAT(table_name, ' ', ROUND((data_length + index_length)
  / 1048576), ' MiB') FROM information_schema.tables WHERE table_schema = '$DB'
  AND table_name IN ('activity', 'outcome_actual') ORDER BY table_name" | paste -sd, -)"

# The plan in the middle of the data: the middle province, the middle year (of the data in
# the database, which a REUSE run did not make).
read -r province_code year < <(db "$DB" -e "SELECT
  (SELECT code FROM administrative_unit WHERE code LIKE 'BENCH-P__' ORDER BY code
    LIMIT 1 OFFSET $(db "$DB" -e "SELECT (COUNT(*) - 1) DIV 2 FROM administrative_unit
      WHERE code LIKE 'BENCH-P__'")),
  (SELECT (MIN(plan_year) + MAX(plan_year) + 1) DIV 2 FROM plan WHERE code LIKE 'BENCH-P%')")
read -r plan province < <(db "$DB" -e "SELECT p.id, u.id FROM plan p
  JOIN administrative_unit u ON u.id = p.unit_id WHERE p.code = '$province_code-$year'")
[[ -n ${plan:-} ]] || { echo "no plan $province_code-$year in $DB"; exit 1; }
district=$(db "$DB" -e "SELECT u.id FROM administrative_unit u WHERE u.code = '$province_code-D05'
  OR u.code = '$province_code-D01' ORDER BY u.code DESC LIMIT 1")
echo "measured: plan $plan ($province_code-$year, $(db "$DB" -e "SELECT COUNT(*) FROM activity
  WHERE plan_id = $plan") activities, $(db "$DB" -e "SELECT COUNT(*) FROM outcome_actual o
  JOIN activity a ON a.id = o.activity_id WHERE a.plan_id = $plan") figures),"\
  "province $province, year $year, district $district"

# Plans no call has read yet, for the calls that ask for another plan each time (RUNS each).
mapfile -t others < <(db "$DB" -e "SELECT id FROM plan WHERE code LIKE 'BENCH-P%' AND id <> $plan
  ORDER BY CRC32(id) LIMIT $(( 2 * RUNS ))")
next_other=0

start_app

failed=0
slow=()
# label, target in ms (- for none), then curl's arguments (the URL last). While warming, makes
# the warm-up calls; otherwise RUNS timed ones, and prints a table row with the median and the
# slowest, and what the last call answered. A URL with {plan} in it is called for another plan
# each time, and not in the warm-up.
time_call() {
  local label=$1 target=$2 out code answer stats url warm=$WARM_UP
  shift 2
  local args=("${@:1:$#-1}") template=${!#}
  [[ $template == *'{plan}'* ]] && warm=0
  if [[ -n $warming ]]; then
    for _ in $(seq 1 "$warm"); do curl -s -o /dev/null "${args[@]}" "$template" || true; done
    return
  fi
  : >"$WORK/times"
  for _ in $(seq 1 "$RUNS"); do
    url=$template
    [[ $url == *'{plan}'* ]] && url=${url//\{plan\}/${others[next_other++]}}
    out=$(curl -s -o "$WORK/body" -w '%{http_code} %{time_total}' "${args[@]}" "$url" \
      || echo "000 0")
    code=${out% *}
    if [[ $code != 200 ]]; then
      echo "  $label: HTTP $code: $(head -c 300 "$WORK/body")" >&2
      failed=1
    fi
    echo "${out#* }" >>"$WORK/times"
    [[ -n ${VERBOSE:-} ]] && echo "  $label: ${out#* } s" >&2
  done
  case $(head -c 4 "$WORK/body") in
    %PDF) answer="PDF, $(wc -c <"$WORK/body") bytes" ;;
    PK*) answer="DOCX (zip), $(wc -c <"$WORK/body") bytes" ;;
    *) answer=$(python3 -c 'import sys, json; print(len(json.load(open(sys.argv[1]))), "rows")' \
      "$WORK/body" 2>/dev/null || echo "$(wc -c <"$WORK/body") bytes, not JSON") ;;
  esac
  # shellcheck disable=SC2207
  stats=($(sort -n "$WORK/times" | awk '{ t[NR] = $1 * 1000 } END {
    m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "%.1f %.1f", m, t[NR] }'))
  local verdict=yes
  if [[ $target == - ]]; then
    verdict=-
  elif awk -v m="${stats[0]}" -v t="$target" 'BEGIN { exit !(m > t) }'; then
    verdict=NO
    slow+=("$label")
  elif awk -v x="${stats[1]}" -v t="$target" 'BEGIN { exit !(x > t) }'; then
    verdict="median only"
  fi
  printf '| %s | %s | %s | %s | %s | %s |\n' "$label" "${stats[0]}" "${stats[1]}" "$target" \
    "$verdict" "$answer"
}

R=$APP/api/rollups
calls() {
  time_call "plan totals" $ROLLUP_TARGET_MS "$R/plans/$plan"
  time_call "plan by agency" $ROLLUP_TARGET_MS "$R/plans/$plan?by=agency"
  time_call "plan by type" $ROLLUP_TARGET_MS "$R/plans/$plan?by=type"
  time_call "plan by channel" $ROLLUP_TARGET_MS "$R/plans/$plan?by=channel"
  time_call "plan by district" $ROLLUP_TARGET_MS "$R/plans/$plan?by=district"
  time_call "plan by month" $ROLLUP_TARGET_MS "$R/plans/$plan?by=month"
  time_call "plan by task" $ROLLUP_TARGET_MS "$R/plans/$plan?by=task"
  time_call "plan drill-down: district, participants" $ROLLUP_TARGET_MS \
    "$R/plans/$plan?by=district&key=$district&metric=participants"
  time_call "province-year by district" $ROLLUP_TARGET_MS \
    "$R/provinces/$province/$year?by=district"
  time_call "province-year by month" $ROLLUP_TARGET_MS "$R/provinces/$province/$year?by=month"
  time_call "province-year totals" $ROLLUP_TARGET_MS "$R/provinces/$province/$year"
  # Rows not read since the start: MariaDB may have to fetch them from disk.
  time_call "plan by agency, another plan each call" $ROLLUP_TARGET_MS "$R/plans/{plan}?by=agency"
  # Targets are public; each is one roll-up of its plan, task or activity.
  time_call "plan targets (public)" - "$APP/api/plans/$plan/targets"
  # Every call with Basic checks the password: PBKDF2 with 100,000 iterations, timed alone here.
  time_call "Basic auth alone (GET /api/metrics)" - -u "admin:$PASSWORD" \
    "$APP/api/metrics"
  time_call "plan reports for $year-11-15 (admin)" - -u "admin:$PASSWORD" \
    "$APP/api/plans/$plan/reports?dueOn=$year-11-15"
  time_call "compiled report PDF (admin)" $REPORT_TARGET_MS -u "admin:$PASSWORD" \
    "$APP/api/plans/$plan/compiled?format=pdf"
  [[ -n $warming ]] || pdf_head=$(head -c 5 "$WORK/body")
  time_call "compiled report DOCX (admin)" $REPORT_TARGET_MS -u "admin:$PASSWORD" \
    "$APP/api/plans/$plan/compiled?format=docx"
  time_call "compiled report PDF, another plan each call" $REPORT_TARGET_MS \
    -u "admin:$PASSWORD" "$APP/api/plans/{plan}/compiled?format=pdf"
}
# Every call is warmed up before any is timed: the first calls load classes, and the full
# collections that the growing metaspace sets off (some 200 ms) would land in the timings.
warming=1
calls
warming=
echo
echo "$WARM_UP warm-up calls of each, then $RUNS timed calls of each (times in ms):"
echo
echo "| call | median | slowest | target | within | answer |"
echo "|---|---|---|---|---|---|"
calls
echo
if [[ $pdf_head == %PDF-* ]]; then echo "PASS: the PDF begins with $pdf_head"; else
  echo "FAIL: the PDF begins with '$pdf_head'"
  failed=1
fi

# The API's totals against sums taken straight from the tables.
api_total() { # url, metric code
  curl -sf "$1" | python3 -c 'import sys, json
rows = [r for r in json.load(sys.stdin) if r["metric"] == sys.argv[1]]
print(sum(float(r["total"]) for r in rows))' "$2"
}
sql_total() { # condition on the activity a, metric code
  db "$DB" -e "SELECT CAST(COALESCE(SUM(o.quantity), 0) AS DOUBLE) FROM outcome_actual o
    JOIN activity a ON a.id = o.activity_id JOIN metric m ON m.id = o.metric_id
    WHERE $1 AND m.code = '$2'"
}
compare() { # what, API figure, database figure
  if awk -v a="$2" -v b="$3" 'BEGIN { exit !(a == b) }'; then echo "PASS: $1: $2"; else
    echo "FAIL: $1: the API says $2, the database $3"
    failed=1
  fi
}
compare "plan participants, API total = SUM in the database" \
  "$(api_total "$R/plans/$plan" participants)" "$(sql_total "a.plan_id = $plan" participants)"
compare "province-year views by district, API = SUM in the database" \
  "$(api_total "$R/provinces/$province/$year?by=district" views)" \
  "$(sql_total "a.plan_id IN (SELECT id FROM plan WHERE unit_id = $province
    AND plan_year = $year)" views)"

# The SQL RollUps.java sends for a scope and dimension (the driver puts the values in place).
rollup_sql() { # scope condition, dimension, [drill-down key, metric]
  local scope=$1 key label join gkey glabel where="" month
  month="extract(year from timestampadd(hour, 7, a.starts_at)) * 100"
  month+=" + extract(month from timestampadd(hour, 7, a.starts_at))"
  case $2 in
    none) key="''" label="''" join="" ;;
    agency) key="g.id" label="g.name" join=" join agency g on g.id = a.lead_agency_id" ;;
    district) key="coalesce(u.id, 0)" label="coalesce(u.name, '—')"
      join=" left join administrative_unit u on u.id = a.unit_id" ;;
    type) key="a.activity_type" label="a.activity_type" join="" ;;
    channel) key="coalesce(c.channel, '—')" label="coalesce(c.channel, '—')"
      join=" left join activity_channel c on c.activity_id = a.id" ;;
    month) key=$month label=$month join="" ;;
    task) key="coalesce(t.id, 0)" label="coalesce(t.clause, '—')"
      join=" left join task t on t.id = a.task_id" ;;
  esac
  gkey=$key glabel=$label
  if [[ -n ${3:-} ]]; then
    gkey="a.id" glabel="a.title"
    where=" where cast($key as char(300)) = '$3' and m.code = '$4'"
  fi
  local uncorrected=" and not exists (select 1 from outcome_actual k where k.activity_id = a.id"
  uncorrected+=" and k.metric_id = m.id and k.source = 'CORRECTION')"
  local sql="select $gkey, $glabel, m.code, sum(x.quantity) from ("
  sql+="select o.activity_id, o.metric_id, o.quantity from outcome_actual o"
  sql+=" join activity a on a.id = o.activity_id where $scope"
  sql+=" union all select a.id, m.id, count(*) from article_activity l"
  sql+=" join article r on r.id = l.article_id join activity a on a.id = l.activity_id"
  sql+=" join metric m on m.source = 'PUBLISHED_ARTICLES'"
  sql+=" where r.status = 'PUBLISHED' and $scope$uncorrected group by a.id, m.id"
  sql+=" union all select a.id, m.id, count(*) from contest_entry e"
  sql+=" join contest n on n.id = e.contest_id join activity a on a.id = n.activity_id"
  sql+=" join metric m on m.source = 'CONTEST_ENTRIES'"
  sql+=" where e.status in ('SUBMITTED', 'ELIGIBLE') and $scope$uncorrected group by a.id, m.id"
  sql+=" union all select a.id, m.id, count(distinct e.school_id) from contest_entry e"
  sql+=" join contest n on n.id = e.contest_id join activity a on a.id = n.activity_id"
  sql+=" join metric m on m.source = 'CONTEST_SCHOOLS'"
  sql+=" where e.status in ('SUBMITTED', 'ELIGIBLE') and $scope$uncorrected group by a.id, m.id"
  sql+=") x join activity a on a.id = x.activity_id join metric m on m.id = x.metric_id"
  sql+="$join$where group by $gkey, $glabel, m.code, m.ordinal order by $gkey, m.ordinal"
  echo "$sql"
}
explain() { # label, scope condition, dimension, [key, metric]
  echo
  echo "EXPLAIN of \"$1\":"
  mariadb -uroot -h127.0.0.1 --default-character-set=utf8mb4 --table "$DB" \
    -e "EXPLAIN $(rollup_sql "${@:2}")" | sed 's/^/  /'
}
plan_scope="a.plan_id = $plan"
year_scope="a.plan_id in (select p.id from plan p where p.unit_id = $province"
year_scope+=" and p.plan_year = $year)"
for label in "plan totals" "plan by agency" "plan by type" "plan by channel" "plan by district" \
  "plan by month" "plan by task" "plan drill-down: district, participants" \
  "plan by agency, another plan each call" \
  "province-year by district" "province-year by month" "province-year totals"; do
  if [[ -z $EXPLAIN ]] && [[ " ${slow[*]} " != *" $label "* ]]; then continue; fi
  case $label in
    "plan totals") explain "$label" "$plan_scope" none ;;
    "plan by agency, another"*) explain "$label" "a.plan_id = ${others[0]}" agency ;;
    "plan by "*) explain "$label" "$plan_scope" "${label#plan by }" ;;
    "plan drill-down"*) explain "$label" "$plan_scope" district "$district" participants ;;
    "province-year by "*) explain "$label" "$year_scope" "${label#province-year by }" ;;
    "province-year totals") explain "$label" "$year_scope" none ;;
  esac
done

echo
echo "app log: $(grep -c -E 'SEVERE|Exception' "$WORK/app.log" || true) lines with SEVERE or" \
  "an exception (kept in /tmp/loaxanh-bench-outcomes-app.log)"
awk '/^VmHWM/ { h = $2 } /^VmRSS/ { r = $2 }
  END { printf "jar peak RSS (VmHWM): %d MiB, RSS now %d MiB\n", h / 1024, r / 1024 }' \
  "/proc/$APP_PID/status"
echo "the data stays in the database $DB (REUSE=1 times again on it)"
if (( ${#slow[@]} )); then echo "over target: ${slow[*]}"; fi
if (( failed )); then echo "RESULT: FAIL"; exit 1; fi
echo "RESULT: PASS"
