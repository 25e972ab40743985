-- An import started from the page runs in the background, and its progress is kept here so the
-- officer's page (on whichever instance answers it) can show it; the file's text stays with a
-- failed job to show its mistake beside its lines.
CREATE TABLE import_job (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  file_name VARCHAR(200) NOT NULL,
  content MEDIUMTEXT NOT NULL,
  taken TEXT NULL,
  requested_by VARCHAR(100) NOT NULL,
  agency_id BIGINT NULL,
  state VARCHAR(20) NOT NULL,
  records_total INT NOT NULL,
  records_done INT NOT NULL,
  outcome MEDIUMTEXT NULL,
  error_line INT NULL,
  error_reason VARCHAR(2000) NULL,
  created_at DATETIME(6) NOT NULL,
  finished_at DATETIME(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
