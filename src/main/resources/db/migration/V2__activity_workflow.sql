-- Scheduling: why an activity was cancelled or postponed, who changed what and when, and
-- how many days ahead each plan reminds agencies.

ALTER TABLE activity ADD COLUMN status_reason VARCHAR(1000) NULL;

CREATE TABLE activity_change (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  activity_id BIGINT NOT NULL,
  changed_at DATETIME(6) NOT NULL,
  changed_by VARCHAR(100) NOT NULL,
  action VARCHAR(30) NOT NULL,
  summary TEXT NOT NULL,
  CONSTRAINT fk_change_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_change_activity ON activity_change (activity_id, changed_at);

-- Days before an activity that its agencies are reminded, e.g. "7,1".
ALTER TABLE plan ADD COLUMN reminder_days VARCHAR(50) NOT NULL DEFAULT '7,1';
