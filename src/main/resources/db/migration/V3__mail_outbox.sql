-- The mail outbox: every mail is written here in the transaction of the change that
-- caused it, and the sender delivers it later, so a mail server that is down loses nothing.
-- Times are UTC DATETIME(6). The bodies are MEDIUMTEXT: an HTML mail may pass TEXT's 64 KB.

CREATE TABLE mail_outbox (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  -- What caused the mail, e.g. reminder:activity:42:7d:agency:3; one mail per cause.
  dedup_key VARCHAR(300) NOT NULL,
  -- One address per line.
  recipients TEXT NOT NULL,
  subject VARCHAR(500) NOT NULL,
  body_text MEDIUMTEXT NOT NULL,
  body_html MEDIUMTEXT NULL,
  status VARCHAR(20) NOT NULL,
  attempts INT NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(6) NULL,
  last_error VARCHAR(500) NULL,
  created_at DATETIME(6) NOT NULL,
  sent_at DATETIME(6) NULL,
  -- The sender instance delivering the mail now, and until when its claim holds.
  claimed_by VARCHAR(100) NULL,
  claimed_until DATETIME(6) NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_mail_outbox_dedup_key UNIQUE (dedup_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The sender's question every few seconds: which PENDING mails are due, which claims expired.
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
