-- The plan register: where (administrative units), who (agencies), why (directives),
-- what (plans, themes, channels, deadlines, tasks) and when (activities).
-- Written once for MySQL/MariaDB and H2 in MySQL mode; times are UTC DATETIME(6).

CREATE TABLE administrative_unit (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(100) NOT NULL,
  name VARCHAR(200) NOT NULL,
  unit_level VARCHAR(20) NOT NULL,
  parent_id BIGINT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_unit_code UNIQUE (code),
  CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES administrative_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE agency (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(100) NOT NULL,
  name VARCHAR(300) NOT NULL,
  short_name VARCHAR(100) NULL,
  kind VARCHAR(30) NOT NULL,
  unit_id BIGINT NOT NULL,
  email VARCHAR(254) NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_agency_code UNIQUE (code),
  CONSTRAINT fk_agency_unit FOREIGN KEY (unit_id) REFERENCES administrative_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE directive (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  symbol VARCHAR(100) NOT NULL,
  kind VARCHAR(30) NOT NULL,
  issued_on DATE NULL,
  issuer VARCHAR(300) NOT NULL,
  title VARCHAR(1000) NOT NULL,
  summary TEXT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_directive_symbol UNIQUE (symbol)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE directive_citation (
  directive_id BIGINT NOT NULL,
  cited_id BIGINT NOT NULL,
  PRIMARY KEY (directive_id, cited_id),
  CONSTRAINT fk_citation_directive FOREIGN KEY (directive_id) REFERENCES directive (id),
  CONSTRAINT fk_citation_cited FOREIGN KEY (cited_id) REFERENCES directive (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE plan (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(100) NOT NULL,
  symbol VARCHAR(100) NULL,
  issuer VARCHAR(300) NOT NULL,
  unit_id BIGINT NOT NULL,
  issued_on DATE NULL,
  plan_year INT NOT NULL,
  title VARCHAR(1000) NOT NULL,
  purposes TEXT NULL,
  funding_note TEXT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_plan_code UNIQUE (code),
  CONSTRAINT fk_plan_unit FOREIGN KEY (unit_id) REFERENCES administrative_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE plan_directive (
  plan_id BIGINT NOT NULL,
  directive_id BIGINT NOT NULL,
  PRIMARY KEY (plan_id, directive_id),
  CONSTRAINT fk_plan_directive_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
  CONSTRAINT fk_plan_directive_directive FOREIGN KEY (directive_id) REFERENCES directive (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE plan_theme (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id BIGINT NOT NULL,
  ordinal INT NOT NULL,
  title VARCHAR(1000) NOT NULL,
  description TEXT NULL,
  CONSTRAINT fk_theme_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE plan_channel (
  plan_id BIGINT NOT NULL,
  ordinal INT NOT NULL,
  channel VARCHAR(30) NOT NULL,
  note TEXT NULL,
  PRIMARY KEY (plan_id, ordinal),
  CONSTRAINT fk_channel_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE reporting_deadline (
  plan_id BIGINT NOT NULL,
  ordinal INT NOT NULL,
  due_on DATE NOT NULL,
  title VARCHAR(1000) NOT NULL,
  agency_id BIGINT NULL,
  PRIMARY KEY (plan_id, ordinal),
  CONSTRAINT fk_deadline_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
  CONSTRAINT fk_deadline_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE task (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id BIGINT NOT NULL,
  clause VARCHAR(30) NOT NULL,
  title VARCHAR(1000) NOT NULL,
  description TEXT NULL,
  lead_agency_id BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_task_clause UNIQUE (plan_id, clause),
  CONSTRAINT fk_task_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
  CONSTRAINT fk_task_lead FOREIGN KEY (lead_agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE task_partner (
  task_id BIGINT NOT NULL,
  agency_id BIGINT NOT NULL,
  PRIMARY KEY (task_id, agency_id),
  CONSTRAINT fk_task_partner_task FOREIGN KEY (task_id) REFERENCES task (id),
  CONSTRAINT fk_task_partner_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE activity (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id BIGINT NOT NULL,
  task_id BIGINT NULL,
  code VARCHAR(100) NULL,
  activity_type VARCHAR(30) NOT NULL,
  title VARCHAR(300) NOT NULL,
  description TEXT NULL,
  lead_agency_id BIGINT NOT NULL,
  unit_id BIGINT NULL,
  place VARCHAR(300) NULL,
  starts_at DATETIME(6) NOT NULL,
  ends_at DATETIME(6) NOT NULL,
  all_day BOOLEAN NOT NULL DEFAULT FALSE,
  status VARCHAR(20) NOT NULL,
  audience VARCHAR(300) NULL,
  planned_quantity INT NULL,
  quantity_unit VARCHAR(50) NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_activity_code UNIQUE (plan_id, code),
  CONSTRAINT fk_activity_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
  CONSTRAINT fk_activity_task FOREIGN KEY (task_id) REFERENCES task (id),
  CONSTRAINT fk_activity_lead FOREIGN KEY (lead_agency_id) REFERENCES agency (id),
  CONSTRAINT fk_activity_unit FOREIGN KEY (unit_id) REFERENCES administrative_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_activity_starts ON activity (starts_at);
CREATE INDEX ix_activity_status_type ON activity (status, activity_type);

CREATE TABLE activity_partner (
  activity_id BIGINT NOT NULL,
  agency_id BIGINT NOT NULL,
  PRIMARY KEY (activity_id, agency_id),
  CONSTRAINT fk_activity_partner_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
  CONSTRAINT fk_activity_partner_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE activity_channel (
  activity_id BIGINT NOT NULL,
  channel VARCHAR(30) NOT NULL,
  PRIMARY KEY (activity_id, channel),
  CONSTRAINT fk_activity_channel_activity FOREIGN KEY (activity_id) REFERENCES activity (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE staff_account (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username VARCHAR(100) NOT NULL,
  password_hash VARCHAR(300) NOT NULL,
  role VARCHAR(20) NOT NULL,
  agency_id BIGINT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_staff_username UNIQUE (username),
  CONSTRAINT fk_staff_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per content file imported: what, when, by whom, with what effect.
CREATE TABLE content_import (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  file_name VARCHAR(300) NOT NULL,
  sha256 CHAR(64) NOT NULL,
  imported_at DATETIME(6) NOT NULL,
  imported_by VARCHAR(100) NOT NULL,
  created INT NOT NULL,
  updated INT NOT NULL,
  unchanged INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
