-- Secrets every instance of a cluster must share: the key that signs staff login cookies
-- and form tokens. The first instance to start writes it; the others read the same row.
CREATE TABLE site_secret (
  name VARCHAR(40) NOT NULL PRIMARY KEY,
  secret VARCHAR(200) NOT NULL,
  created_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
