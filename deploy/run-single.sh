#!/usr/bin/env bash
# Runs one Loa Xanh instance in the foreground, without clustering.
#
#   deploy/run-single.sh [PORT] [Payara Micro options...]
#
# PORT: first argument, else $LOAXANH_PORT, else 8080.
# Database: MySQL when LOAXANH_DB_URL/USER/PASSWORD are set, else the embedded H2 in
#   $LOAXANH_DATA_DIR (default ./data, relative to the current directory).
# Other settings: LOAXANH_BIND (listen address, default 127.0.0.1), LOAXANH_JAR,
#   LOAXANH_RUN_DIR (default deploy/run), JAVA_OPTS (added after -Xmx256m, so they win).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
jar=${LOAXANH_JAR:-$here/../target/loa-xanh.jar}
port=${LOAXANH_PORT:-8080}
if [[ ${1:-} =~ ^[0-9]+$ ]]; then port=$1; shift; fi
bind=${LOAXANH_BIND:-127.0.0.1}
run_dir=${LOAXANH_RUN_DIR:-$here/run}/single
read -ra java_opts <<<"${JAVA_OPTS:-}"

[[ -f $jar ]] || { echo "No $jar: build it first (mvn package)." >&2; exit 1; }
[[ $bind =~ ^[0-9A-Fa-f.:]+$ ]] || { echo "LOAXANH_BIND must be an IP address" >&2; exit 1; }
if [[ -n ${LOAXANH_DB_URL:-} && ( -z ${LOAXANH_DB_USER:-} || -z ${LOAXANH_DB_PASSWORD:-} ) ]]; then
  echo "LOAXANH_DB_URL is set: LOAXANH_DB_USER and LOAXANH_DB_PASSWORD are needed too." >&2
  exit 1
fi
echo "Loa Xanh on http://$bind:$port/ using ${LOAXANH_DB_URL:-embedded H2 in ${LOAXANH_DATA_DIR:-./data}}" >&2

# Payara unpacks ~100 MB of runtime into java.io.tmpdir on every start and leaves it
# behind when killed: keep it in our own folder and clear the previous run's.
rm -rf "$run_dir/tmp"
mkdir -p "$run_dir/tmp"

# Payara Micro has no option for the listen address: payara/preboot.asadmin sets it
# (and keeps HTTP closed until payara/postdeploy.asadmin opens it after deployment).
sed "s/address=127\.0\.0\.1\$/address=$bind/" "$here/payara/preboot.asadmin" >"$run_dir/preboot.asadmin"

# --nohazelcast: no data grid, so no cluster discovery (never multicast) and no
# Hazelcast port. --disablephonehome: Payara would otherwise report usage over the net.
exec java -Xmx256m "${java_opts[@]}" -Djava.io.tmpdir="$run_dir/tmp" \
  -jar "$jar" \
  --nohazelcast --disablephonehome \
  --port "$port" --prebootcommandfile "$run_dir/preboot.asadmin" \
  --postdeploycommandfile "$here/payara/postdeploy.asadmin" \
  "$@"
