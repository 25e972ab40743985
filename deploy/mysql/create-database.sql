-- Loa Xanh: the database and the application's MySQL account.
-- Works on MySQL 8.x and MariaDB 10.11. Run it once as an administrator (root).
--
-- The password below is a placeholder: never run this file unchanged. Put a real
-- password in on the fly so that it is never written to disk, for example:
--
--   LOAXANH_DB_PASSWORD=$(tr -dc 'A-Za-z0-9' </dev/urandom | head -c 32)
--   sed "s/@LOAXANH_DB_PASSWORD@/${LOAXANH_DB_PASSWORD}/g" deploy/mysql/create-database.sql | sudo mysql
--
-- then store the same value as LOAXANH_DB_PASSWORD in /etc/loa-xanh/env. Letters and
-- digits only keep sed and SQL quoting simple. Running the file again is safe: it keeps
-- the data and sets the password anew.
--
-- Server settings that matter (see my.cnf.d-loaxanh.cnf beside this file):
--   * character-set-server=utf8mb4, collation-server=utf8mb4_unicode_ci: Vietnamese text
--     needs full Unicode; the database below is utf8mb4 whatever the server default is.
--   * InnoDB (the default engine): Flyway migrations, foreign keys and transactions need it.
--   * Time zone does not matter: the application stores every timestamp in UTC.

CREATE DATABASE IF NOT EXISTS loaxanh
  CHARACTER SET utf8mb4
  COLLATE utf8mb4_unicode_ci;
-- An existing database keeps its old defaults otherwise.
ALTER DATABASE loaxanh CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- 'localhost' matches connections over the Unix socket, '127.0.0.1' those over TCP
-- (Connector/J always uses TCP). The account is reachable from this machine only.
CREATE USER IF NOT EXISTS 'loaxanh'@'localhost' IDENTIFIED BY '@LOAXANH_DB_PASSWORD@';
CREATE USER IF NOT EXISTS 'loaxanh'@'127.0.0.1' IDENTIFIED BY '@LOAXANH_DB_PASSWORD@';
ALTER USER 'loaxanh'@'localhost' IDENTIFIED BY '@LOAXANH_DB_PASSWORD@';
ALTER USER 'loaxanh'@'127.0.0.1' IDENTIFIED BY '@LOAXANH_DB_PASSWORD@';

-- Only what the application needs: its own tables, plus the DDL that Flyway runs at
-- start-up. No global privileges, no GRANT OPTION, nothing outside loaxanh.*.
GRANT CREATE, ALTER, INDEX, DROP, REFERENCES, SELECT, INSERT, UPDATE, DELETE
  ON loaxanh.* TO 'loaxanh'@'localhost';
GRANT CREATE, ALTER, INDEX, DROP, REFERENCES, SELECT, INSERT, UPDATE, DELETE
  ON loaxanh.* TO 'loaxanh'@'127.0.0.1';
