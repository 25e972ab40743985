-- Bulk data for deploy/benchmark/outcomes.sh: years of activity of many provinces, written
-- straight into a database the jar has already migrated (Flyway) and seeded. Every row is
-- derived from MariaDB's Sequence engine (seq_1_to_1000, seq_0_to_99), so a run takes seconds
-- per hundred thousand rows and gives the same data each time. Codes start with BENCH- so the
-- seed content is left as it is.
--
-- The caller sets the scale first:
--   SET @provinces = 63, @districts = 10, @agencies = 12, @first_year = 2016, @years = 10,
--       @tasks = 8, @activities = 160, @figures = 10;
-- per province: @districts districts and @agencies departments (the first receives the reports);
-- per province and year: one plan with @tasks tasks, @activities activities spread over the
-- months and districts, five targets, two reporting deadlines (15/11 and 30/12) and the
-- agencies' reports on them; per activity: one or two channels and @figures MANUAL figures,
-- each of another measure (at most the number of MANUAL measures, 15).

SET NAMES utf8mb4;
SET @figures = LEAST(@figures, (SELECT COUNT(*) FROM metric WHERE source = 'MANUAL'));
SET @first_activity = (SELECT COALESCE(MAX(id), 0) FROM activity);

-- Where: provinces, and their districts.
INSERT INTO administrative_unit (code, name, unit_level)
SELECT CONCAT('BENCH-P', LPAD(seq, 2, '0')), CONCAT('Tỉnh Thử Nghiệm ', seq), 'PROVINCE'
FROM seq_1_to_1000 WHERE seq <= @provinces;

INSERT INTO administrative_unit (code, name, unit_level, parent_id)
SELECT CONCAT(p.code, '-D', LPAD(d.seq, 2, '0')), CONCAT('Huyện Số ', d.seq, ', ', p.name),
  'DISTRICT', p.id
FROM administrative_unit p JOIN seq_1_to_1000 d ON d.seq <= @districts
WHERE p.code LIKE 'BENCH-P__' AND p.unit_level = 'PROVINCE';

-- Who: the province's departments.
INSERT INTO agency (code, name, short_name, kind, unit_id, email)
SELECT CONCAT(p.code, '-A', LPAD(g.seq, 2, '0')),
  CONCAT(COALESCE(ELT(g.seq, 'Sở Tài nguyên và Môi trường', 'Sở Văn hóa, Thể thao và Du lịch',
    'Sở Thông tin và Truyền thông', 'Sở Giáo dục và Đào tạo', 'Sở Nông nghiệp và Phát triển nông thôn',
    'Sở Xây dựng', 'Sở Công Thương', 'Sở Y tế', 'Sở Giao thông vận tải', 'Sở Khoa học và Công nghệ',
    'Đài Phát thanh và Truyền hình', 'Tỉnh đoàn'), CONCAT('Cơ quan ', g.seq)), ' ', p.name),
  CONCAT('CQ', g.seq), 'DEPARTMENT', p.id,
  CONCAT('cq', g.seq, '.', LOWER(p.code), '@bench.invalid')
FROM administrative_unit p JOIN seq_1_to_1000 g ON g.seq <= @agencies
WHERE p.code LIKE 'BENCH-P__' AND p.unit_level = 'PROVINCE';

-- What: one plan per province and year.
INSERT INTO plan (code, symbol, issuer, unit_id, issued_on, plan_year, title, purposes, funding_note)
SELECT CONCAT(p.code, '-', @first_year + y.seq), CONCAT(100 + p.id % 300, '/KH-UBND'),
  CONCAT('Ủy ban nhân dân ', p.name), p.id, MAKEDATE(@first_year + y.seq, 20),
  @first_year + y.seq,
  CONCAT('Kế hoạch tuyên truyền bảo vệ môi trường năm ', @first_year + y.seq, ' của ', p.name),
  'Nâng cao nhận thức, trách nhiệm của cộng đồng trong bảo vệ môi trường, phân loại rác tại nguồn.',
  'Ngân sách tỉnh và xã hội hóa.'
FROM administrative_unit p JOIN seq_0_to_99 y ON y.seq < @years
WHERE p.code LIKE 'BENCH-P__' AND p.unit_level = 'PROVINCE';

CREATE TEMPORARY TABLE bench_plan (
  id BIGINT NOT NULL PRIMARY KEY, unit_code VARCHAR(100) NOT NULL, plan_year INT NOT NULL)
  DEFAULT CHARSET=utf8mb4; -- the collation of the tables, not the database's
INSERT INTO bench_plan SELECT pl.id, u.code, pl.plan_year
FROM plan pl JOIN administrative_unit u ON u.id = pl.unit_id WHERE pl.code LIKE 'BENCH-P%';

INSERT INTO plan_directive (plan_id, directive_id)
SELECT b.id, d.id FROM bench_plan b JOIN (SELECT id FROM directive ORDER BY id LIMIT 2) d;

INSERT INTO plan_theme (plan_id, ordinal, title)
SELECT b.id, t.seq, ELT(t.seq, 'Phân loại rác thải tại nguồn', 'Giảm thiểu rác thải nhựa',
  'Trồng cây xanh, bảo vệ rừng')
FROM bench_plan b JOIN seq_1_to_3 t;

INSERT INTO plan_channel (plan_id, ordinal, channel)
SELECT b.id, c.seq, ELT(c.seq, 'PRESS', 'RADIO_TV', 'WEB_PORTAL', 'VISUAL', 'SOCIAL_MEDIA')
FROM bench_plan b JOIN seq_1_to_5 c;

-- The report goes to the first department; the others owe it.
INSERT INTO reporting_deadline (plan_id, ordinal, due_on, title, agency_id)
SELECT b.id, d.seq, IF(d.seq = 1, MAKEDATE(b.plan_year, 1) + INTERVAL 10 MONTH + INTERVAL 14 DAY,
    MAKEDATE(b.plan_year, 1) + INTERVAL 11 MONTH + INTERVAL 29 DAY),
  IF(d.seq = 1, 'Báo cáo kết quả 11 tháng', 'Báo cáo tổng kết năm'), g.id
FROM bench_plan b JOIN seq_1_to_2 d JOIN agency g ON g.code = CONCAT(b.unit_code, '-A01');

INSERT INTO task (plan_id, clause, title, description, lead_agency_id)
SELECT b.id, CONCAT('II.', t.seq),
  CONCAT(COALESCE(ELT(t.seq, 'Tuyên truyền trên báo chí', 'Phát thanh, truyền hình',
    'Cổ động trực quan', 'Mít tinh, ra quân', 'Hội thi trong trường học', 'Hội nghị, tọa đàm',
    'Mạng xã hội và cổng thông tin', 'Chiến dịch làm sạch môi trường'), 'Nhiệm vụ'), ' ', t.seq),
  'Các cơ quan, đơn vị phối hợp tổ chức thực hiện.', g.id
FROM bench_plan b JOIN seq_1_to_1000 t ON t.seq <= @tasks
JOIN agency g ON g.code = CONCAT(b.unit_code, '-A', LPAD(1 + t.seq % @agencies, 2, '0'));

INSERT INTO task_partner (task_id, agency_id)
SELECT t.id, g.id FROM task t JOIN bench_plan b ON b.id = t.plan_id
JOIN seq_1_to_2 k
JOIN agency g ON g.code = CONCAT(b.unit_code, '-A',
  LPAD(1 + (CAST(SUBSTRING(t.clause, 4) AS UNSIGNED) + 2 * k.seq) % @agencies, 2, '0'));

-- When: activities spread over the months of the year; lead agency, district and measures are
-- picked by CRC32 so that none of them follows another (as a month would follow an agency if
-- both were the activity's number modulo 12).
INSERT INTO activity (plan_id, task_id, code, activity_type, title, description, lead_agency_id,
  unit_id, place, starts_at, ends_at, all_day, status, audience, planned_quantity, quantity_unit)
SELECT b.id, t.id, CONCAT('HD-', LPAD(n.seq, 3, '0')), x.type,
  CONCAT(x.label, ' số ', n.seq, ' năm ', b.plan_year),
  'Hoạt động tuyên truyền về bảo vệ môi trường, phân loại rác thải tại nguồn.', g.id, d.id,
  CONCAT('Trung tâm văn hóa, ', d.name),
  TIMESTAMP(MAKEDATE(b.plan_year, 1) + INTERVAL (n.seq - 1) % 12 MONTH
    + INTERVAL (n.seq * 7) % 28 DAY, '01:00:00'),
  TIMESTAMP(MAKEDATE(b.plan_year, 1) + INTERVAL (n.seq - 1) % 12 MONTH
    + INTERVAL (n.seq * 7) % 28 DAY, '05:00:00'),
  FALSE, 'DONE', 'Cán bộ, học sinh và nhân dân', 100 + (n.seq * 37) % 900, 'người'
FROM bench_plan b JOIN seq_1_to_1000 n ON n.seq <= @activities
JOIN (SELECT seq AS k,
    ELT(seq + 1, 'RALLY', 'CAMPAIGN', 'VISUAL_ITEM', 'MEDIA_ITEM', 'BROADCAST', 'CONTEST',
      'SEMINAR') AS type,
    ELT(seq + 1, 'Mít tinh', 'Chiến dịch', 'Pa nô, khẩu hiệu', 'Tin bài, video', 'Phát sóng',
      'Hội thi', 'Tọa đàm') AS label
  FROM seq_0_to_6) x ON x.k = n.seq % 7
JOIN task t ON t.plan_id = b.id AND t.clause = CONCAT('II.', 1 + (n.seq - 1) % @tasks)
JOIN agency g ON g.code = CONCAT(b.unit_code, '-A',
  LPAD(1 + CRC32(CONCAT('agency ', b.id, ' ', n.seq)) % @agencies, 2, '0'))
JOIN administrative_unit d
  ON d.code = CONCAT(b.unit_code, '-D',
    LPAD(1 + CRC32(CONCAT('district ', b.id, ' ', n.seq)) % @districts, 2, '0'));

INSERT INTO activity_channel (activity_id, channel)
SELECT a.id, ELT(1 + a.id % 5, 'PRESS', 'RADIO_TV', 'WEB_PORTAL', 'VISUAL', 'SOCIAL_MEDIA')
FROM activity a WHERE a.id > @first_activity
UNION ALL
SELECT a.id, ELT(1 + (a.id + 2) % 5, 'PRESS', 'RADIO_TV', 'WEB_PORTAL', 'VISUAL', 'SOCIAL_MEDIA')
FROM activity a WHERE a.id > @first_activity AND a.id % 2 = 0;

-- How much: @figures figures per activity, each of another MANUAL measure.
CREATE TEMPORARY TABLE bench_metric (
  k INT NOT NULL PRIMARY KEY, metric_id BIGINT NOT NULL, code VARCHAR(50) NOT NULL)
  DEFAULT CHARSET=utf8mb4;
INSERT INTO bench_metric
SELECT ROW_NUMBER() OVER (ORDER BY ordinal) - 1, id, code FROM metric WHERE source = 'MANUAL';
SET @manual = (SELECT COUNT(*) FROM bench_metric);

INSERT INTO outcome_actual (activity_id, metric_id, source, quantity, evidence_url, note,
  recorded_by, recorded_at)
SELECT a.id, m.metric_id, 'MANUAL',
  CASE m.code
    WHEN 'participants' THEN 50 + (a.id * 37) % 950
    WHEN 'views' THEN 1000 + (a.id * 7919) % 50000
    WHEN 'waste-kg' THEN ((a.id * 131) % 20000) / 10
    WHEN 'leaflets' THEN 100 + (a.id * 53) % 2000
    ELSE 1 + (a.id * 31 + j.seq * 17) % 60
  END,
  IF(j.seq = 0, CONCAT('https://bench.invalid/minh-chung/', a.id), NULL),
  IF(j.seq = 1, 'Số liệu do cơ quan chủ trì báo cáo', NULL),
  'bench', a.ends_at + INTERVAL 1 + a.id % 10 DAY
FROM activity a JOIN seq_0_to_99 j ON j.seq < @figures
JOIN bench_metric m ON m.k = (CRC32(a.id) + j.seq) % @manual
WHERE a.id > @first_activity;

-- Targets: two for the plan, one for each of the first two tasks, one for the first activity.
INSERT INTO outcome_target (plan_id, task_id, activity_id, metric_id, quantity, note, created_by,
  created_at)
SELECT b.id, t.id, a.id, m.id,
  ELT(s.seq, @activities * 300, @activities * 500, @activities * 40, 50, 300),
  ELT(s.seq, 'Chỉ tiêu người tham gia cả năm', NULL, NULL, 'Tin, bài trên báo chí', NULL),
  'bench', TIMESTAMP(MAKEDATE(b.plan_year, 25), '02:00:00')
FROM bench_plan b
JOIN seq_1_to_5 s
JOIN metric m ON m.code = ELT(s.seq, 'participants', 'leaflets', 'participants', 'articles',
  'participants')
LEFT JOIN task t ON s.seq IN (3, 4) AND t.plan_id = b.id AND t.clause = CONCAT('II.', s.seq - 2)
LEFT JOIN activity a ON s.seq = 5 AND a.plan_id = b.id AND a.code = 'HD-001';

-- Reports: most departments submit, one in five of those late, one keeps a draft, every
-- fourth sends nothing (shown as late, since every deadline here has passed).
INSERT INTO agency_report (plan_id, agency_id, due_on, status, summary, submitted_at,
  submitted_by, updated_at, updated_by)
SELECT r.plan_id, g.id, r.due_on, IF(k.seq = 11, 'DRAFT', 'SUBMITTED'),
  CONCAT('Trong kỳ, đơn vị đã tổ chức các hoạt động tuyên truyền theo kế hoạch ', r.plan_id,
    '; kết quả cụ thể theo bảng số liệu kèm theo.'),
  IF(k.seq = 11, NULL, TIMESTAMP(r.due_on - INTERVAL IF(k.seq % 5 = 0, -4, 3) DAY, '02:00:00')),
  IF(k.seq = 11, NULL, 'bench'),
  TIMESTAMP(r.due_on - INTERVAL IF(k.seq % 5 = 0, -4, 3) DAY, '02:00:00'), 'bench'
FROM reporting_deadline r JOIN bench_plan b ON b.id = r.plan_id
JOIN seq_2_to_1000 k ON k.seq <= @agencies AND k.seq % 4 <> 0
JOIN agency g ON g.code = CONCAT(b.unit_code, '-A', LPAD(k.seq, 2, '0'));

ANALYZE TABLE administrative_unit, agency, plan, plan_directive, plan_theme, plan_channel,
  reporting_deadline, task, task_partner, activity, activity_channel, outcome_actual,
  outcome_target, agency_report;
