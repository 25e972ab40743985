-- School contests: the school directory, calls for entries with categories and a scoring rubric,
-- entries registered by schools with their attachments, and the judges' scores.

CREATE TABLE school (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(300) NOT NULL,
  -- The name without diacritics or case, so "THCS Chiềng Sinh" is not listed twice in a district.
  folded_name VARCHAR(300) NOT NULL,
  school_level VARCHAR(30) NOT NULL,
  district_id BIGINT NOT NULL,
  -- A school proposed by a teacher during registration waits for staff to confirm it.
  confirmed BOOLEAN NOT NULL,
  created_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_school_district FOREIGN KEY (district_id) REFERENCES administrative_unit (id),
  CONSTRAINT uq_school_name UNIQUE (district_id, folded_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE contest (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  activity_id BIGINT NOT NULL,
  slug VARCHAR(200) NOT NULL,
  title VARCHAR(300) NOT NULL,
  rules_markdown MEDIUMTEXT NOT NULL,
  rules_html MEDIUMTEXT NOT NULL,
  opens_at DATETIME(6) NOT NULL,
  closes_at DATETIME(6) NOT NULL,
  entries_per_school INT NOT NULL,
  -- School levels that may enter, comma-separated (PRIMARY,LOWER_SECONDARY,...).
  levels VARCHAR(300) NOT NULL,
  results_article_id BIGINT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_contest_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
  CONSTRAINT uq_contest_slug UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE contest_category (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  contest_id BIGINT NOT NULL,
  ordinal INT NOT NULL,
  code VARCHAR(50) NOT NULL,
  name VARCHAR(200) NOT NULL,
  -- Accepted content types, comma-separated; "video/*" takes every video type.
  file_types VARCHAR(500) NOT NULL,
  max_file_bytes BIGINT NOT NULL,
  max_files INT NOT NULL,
  CONSTRAINT fk_contest_category_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
  CONSTRAINT uq_contest_category_code UNIQUE (contest_id, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE contest_criterion (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  contest_id BIGINT NOT NULL,
  ordinal INT NOT NULL,
  name VARCHAR(200) NOT NULL,
  -- Share of the total in percent; a contest's weights add up to 100.
  weight INT NOT NULL,
  max_score INT NOT NULL,
  CONSTRAINT fk_contest_criterion_contest FOREIGN KEY (contest_id) REFERENCES contest (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE contest_judge (
  contest_id BIGINT NOT NULL,
  username VARCHAR(100) NOT NULL,
  PRIMARY KEY (contest_id, username),
  CONSTRAINT fk_contest_judge_contest FOREIGN KEY (contest_id) REFERENCES contest (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE contest_entry (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  contest_id BIGINT NOT NULL,
  category_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  -- Shown to the school: the number it quotes when it calls.
  receipt VARCHAR(30) NOT NULL,
  -- What judges see instead of the school.
  blind_code VARCHAR(20) NOT NULL,
  -- The submission's key sent by the form or the client: a retried submission finds its entry.
  idempotency_key VARCHAR(100) NOT NULL,
  -- SHA-256 of the private link's secret; the secret itself is only in the school's mail.
  access_hash CHAR(64) NOT NULL,
  teacher_name VARCHAR(200) NOT NULL,
  teacher_email VARCHAR(254) NOT NULL,
  teacher_phone VARCHAR(30) NOT NULL,
  title VARCHAR(300) NOT NULL,
  description TEXT NULL,
  consent BOOLEAN NOT NULL,
  status VARCHAR(20) NOT NULL,
  status_reason VARCHAR(1000) NULL,
  submitted_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_contest_entry_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
  CONSTRAINT fk_contest_entry_category FOREIGN KEY (category_id) REFERENCES contest_category (id),
  CONSTRAINT fk_contest_entry_school FOREIGN KEY (school_id) REFERENCES school (id),
  CONSTRAINT uq_contest_entry_receipt UNIQUE (receipt),
  CONSTRAINT uq_contest_entry_access UNIQUE (access_hash),
  CONSTRAINT uq_contest_entry_submission UNIQUE (contest_id, idempotency_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Staff filter a contest's entries by category and school; counts group by them.
CREATE INDEX ix_contest_entry_school ON contest_entry (contest_id, school_id, category_id);

CREATE TABLE entry_participant (
  entry_id BIGINT NOT NULL,
  ordinal INT NOT NULL,
  name VARCHAR(200) NOT NULL,
  grade VARCHAR(30) NOT NULL,
  PRIMARY KEY (entry_id, ordinal),
  CONSTRAINT fk_entry_participant_entry FOREIGN KEY (entry_id) REFERENCES contest_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE entry_attachment (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  entry_id BIGINT NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  CONSTRAINT fk_entry_attachment_entry FOREIGN KEY (entry_id) REFERENCES contest_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE entry_score (
  entry_id BIGINT NOT NULL,
  criterion_id BIGINT NOT NULL,
  judge VARCHAR(100) NOT NULL,
  score DECIMAL(7, 2) NOT NULL,
  scored_at DATETIME(6) NOT NULL,
  PRIMARY KEY (entry_id, criterion_id, judge),
  CONSTRAINT fk_entry_score_entry FOREIGN KEY (entry_id) REFERENCES contest_entry (id),
  CONSTRAINT fk_entry_score_criterion FOREIGN KEY (criterion_id) REFERENCES contest_criterion (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
