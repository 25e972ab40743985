-- Outcomes: the catalogue of measures, targets on plans, tasks and activities, the actual
-- counts per activity, and the agencies' reports against a plan's reporting deadlines.

CREATE TABLE metric (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(50) NOT NULL,
  ordinal INT NOT NULL,
  name_vi VARCHAR(200) NOT NULL,
  name_en VARCHAR(200) NOT NULL,
  unit VARCHAR(30) NOT NULL,
  -- Who counts it: MANUAL (the agency) or the platform itself (PUBLISHED_ARTICLES,
  -- CONTEST_ENTRIES, CONTEST_SCHOOLS).
  source VARCHAR(30) NOT NULL,
  -- The activity types that report it, comma-separated; '*' for every type.
  activity_types VARCHAR(300) NOT NULL,
  CONSTRAINT uq_metric_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO metric (code, ordinal, name_vi, name_en, unit, source, activity_types) VALUES
('participants', 1, 'Người tham gia', 'Participants', 'người', 'MANUAL', 'EVENT,RALLY,LAUNCH,CAMPAIGN,CONTEST,SEMINAR,TRAINING,MOVEMENT,PERFORMANCE'),
('panels', 2, 'Pa nô', 'Panels', 'cái', 'MANUAL', 'VISUAL_ITEM,CAMPAIGN,RALLY,LAUNCH'),
('posters', 3, 'Áp phích', 'Posters', 'tờ', 'MANUAL', 'VISUAL_ITEM,CAMPAIGN,RALLY,LAUNCH'),
('banners', 4, 'Băng rôn', 'Banners', 'cái', 'MANUAL', 'VISUAL_ITEM,CAMPAIGN,RALLY,LAUNCH'),
('slogans', 5, 'Khẩu hiệu', 'Slogans', 'cái', 'MANUAL', 'VISUAL_ITEM,CAMPAIGN'),
('leaflets', 6, 'Tờ rơi, tờ gấp', 'Leaflets', 'tờ', 'MANUAL', 'PUBLICATION,CAMPAIGN,RALLY,LAUNCH,SEMINAR,TRAINING'),
('bulletins', 7, 'Bản tin, tài liệu', 'Bulletins and booklets', 'bản', 'MANUAL', 'PUBLICATION,SEMINAR,TRAINING'),
('articles', 8, 'Tin, bài đã đăng', 'Articles published', 'bài', 'MANUAL', 'MEDIA_ITEM,BROADCAST'),
('radio-broadcasts', 9, 'Lượt phát thanh', 'Radio broadcasts', 'lượt', 'MANUAL', 'BROADCAST,MEDIA_ITEM,CAMPAIGN'),
('tv-broadcasts', 10, 'Lượt phát sóng truyền hình', 'TV broadcasts', 'lượt', 'MANUAL', 'BROADCAST,MEDIA_ITEM'),
('videos', 11, 'Video clip', 'Videos', 'video', 'MANUAL', 'MEDIA_ITEM,BROADCAST'),
('infographics', 12, 'Infographic', 'Infographics', 'sản phẩm', 'MANUAL', 'MEDIA_ITEM'),
('views', 13, 'Lượt xem, lượt tiếp cận', 'Views and reach', 'lượt', 'MANUAL', 'MEDIA_ITEM,BROADCAST,CAMPAIGN'),
('portal-articles', 14, 'Bài trên cổng Loa Xanh', 'Articles on the Loa Xanh portal', 'bài', 'PUBLISHED_ARTICLES', '*'),
('contest-entries', 15, 'Bài dự thi', 'Contest entries', 'bài', 'CONTEST_ENTRIES', 'CONTEST'),
('contest-schools', 16, 'Trường tham gia', 'Schools taking part', 'trường', 'CONTEST_SCHOOLS', 'CONTEST'),
('waste-kg', 17, 'Rác thải thu gom', 'Waste collected', 'kg', 'MANUAL', 'CAMPAIGN,MOVEMENT,RALLY,LAUNCH,EVENT'),
('trees', 18, 'Cây xanh trồng mới', 'Trees planted', 'cây', 'MANUAL', 'CAMPAIGN,MOVEMENT,RALLY,LAUNCH,EVENT');

CREATE TABLE outcome_target (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id BIGINT NOT NULL,
  -- At most one of task and activity: a plan-wide, task or activity target.
  task_id BIGINT NULL,
  activity_id BIGINT NULL,
  metric_id BIGINT NOT NULL,
  quantity DECIMAL(14, 2) NOT NULL,
  note VARCHAR(500) NULL,
  created_by VARCHAR(100) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_target_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
  CONSTRAINT fk_target_task FOREIGN KEY (task_id) REFERENCES task (id),
  CONSTRAINT fk_target_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
  CONSTRAINT fk_target_metric FOREIGN KEY (metric_id) REFERENCES metric (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_target_plan ON outcome_target (plan_id, metric_id);

CREATE TABLE outcome_actual (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  activity_id BIGINT NOT NULL,
  metric_id BIGINT NOT NULL,
  -- MANUAL (typed by the agency) or CORRECTION (of an automatic count, with who and why).
  -- Automatic counts are not stored: they are counted from the articles and contest entries
  -- when read, so a registration never waits on a shared counter row.
  source VARCHAR(20) NOT NULL,
  quantity DECIMAL(14, 2) NOT NULL,
  evidence_url VARCHAR(1000) NULL,
  evidence_media_id BIGINT NULL,
  note VARCHAR(1000) NULL,
  recorded_by VARCHAR(100) NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_actual_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
  CONSTRAINT fk_actual_metric FOREIGN KEY (metric_id) REFERENCES metric (id),
  CONSTRAINT fk_actual_media FOREIGN KEY (evidence_media_id) REFERENCES media (id),
  CONSTRAINT uq_actual UNIQUE (activity_id, metric_id, source)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Roll-ups read the figures of a set of activities, by metric.
CREATE INDEX ix_actual_activity ON outcome_actual (activity_id, metric_id, quantity);

-- Activities are rolled up per plan, agency, district and month.
CREATE INDEX ix_activity_plan_lead ON activity (plan_id, lead_agency_id);
CREATE INDEX ix_activity_unit_start ON activity (unit_id, starts_at);

CREATE TABLE agency_report (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id BIGINT NOT NULL,
  agency_id BIGINT NOT NULL,
  -- The reporting deadline the report answers (the plan's deadline of that day).
  due_on DATE NOT NULL,
  status VARCHAR(20) NOT NULL,
  summary TEXT NULL,
  submitted_at DATETIME(6) NULL,
  submitted_by VARCHAR(100) NULL,
  reopened_reason VARCHAR(1000) NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(100) NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_report_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
  CONSTRAINT fk_report_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT uq_report UNIQUE (plan_id, agency_id, due_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
