# Sourced by the benchmarks that run the jar on MariaDB (contests.sh, outcomes.sh, search.sh):
# MariaDB on 127.0.0.1:3306 where root logs in without a password.
#
# The jar cannot log in as root without a password: MicroProfile Config takes an empty
# LOAXANH_DB_PASSWORD for a missing one and falls back to the default password. So it gets a
# user of its own with a password, as .ci/mariadb-test-database does for the tests.

db() { mariadb -uroot -h127.0.0.1 --default-character-set=utf8mb4 -N -B "$@"; }

# Points the jar at database $1 as the benchmark user.
use_bench_database() {
  export LOAXANH_DB_URL=jdbc:mysql://127.0.0.1:3306/$1
  export LOAXANH_DB_USER=loaxanh_bench
  export LOAXANH_DB_PASSWORD=loaxanh-bench
}

# Drops database $1, makes it again, empty, and lets the benchmark user in.
new_bench_database() {
  echo "creating the database $1"
  db -e "DROP DATABASE IF EXISTS \`$1\`;
    CREATE DATABASE \`$1\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'loaxanh_bench'@'127.0.0.1' IDENTIFIED BY 'loaxanh-bench';
    CREATE USER IF NOT EXISTS 'loaxanh_bench'@'localhost' IDENTIFIED BY 'loaxanh-bench';
    GRANT ALL PRIVILEGES ON \`$1\`.* TO 'loaxanh_bench'@'127.0.0.1';
    GRANT ALL PRIVILEGES ON \`$1\`.* TO 'loaxanh_bench'@'localhost'"
}
