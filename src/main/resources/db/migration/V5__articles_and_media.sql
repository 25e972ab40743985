-- Publishing: articles with their editorial workflow and revisions, categories and tags,
-- links to the plans, themes and activities they report on, the media library, and the
-- word index behind accent-insensitive search. Times are UTC DATETIME(6).

CREATE TABLE media (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  -- IMAGE (a stored upload) or VIDEO / LINK (somewhere else, by URL).
  kind VARCHAR(20) NOT NULL,
  title VARCHAR(300) NOT NULL,
  -- What a screen reader says for an image.
  alt_text VARCHAR(300) NULL,
  url VARCHAR(1000) NULL,
  content_type VARCHAR(50) NULL,
  -- SHA-256 of the uploaded bytes, hex; also the stored file's name.
  checksum CHAR(64) NULL,
  bytes BIGINT NULL,
  width INT NULL,
  height INT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  version BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_media_checksum ON media (checksum);

CREATE TABLE category (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug VARCHAR(120) NOT NULL,
  name VARCHAR(200) NOT NULL,
  name_en VARCHAR(200) NULL,
  CONSTRAINT uq_category_slug UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE article (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug VARCHAR(200) NOT NULL,
  -- NEWS, EVENT_ANNOUNCEMENT, CONTEST_CALL, RESULTS, EXEMPLARY_MODEL
  kind VARCHAR(30) NOT NULL,
  title VARCHAR(300) NOT NULL,
  summary VARCHAR(1000) NULL,
  body_markdown MEDIUMTEXT NOT NULL,
  -- The Markdown rendered and sanitized at save time; pages print it as it is.
  body_html MEDIUMTEXT NOT NULL,
  cover_media_id BIGINT NULL,
  category_id BIGINT NULL,
  -- DRAFT, IN_REVIEW, APPROVED, PUBLISHED, UNPUBLISHED, ARCHIVED
  status VARCHAR(20) NOT NULL,
  -- A PUBLISHED article is public from publish_at until unpublish_at (if any), so a
  -- scheduled publication takes effect on time with no job to run, even after a restart.
  publish_at DATETIME(6) NULL,
  unpublish_at DATETIME(6) NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(100) NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_article_slug UNIQUE (slug),
  CONSTRAINT fk_article_cover FOREIGN KEY (cover_media_id) REFERENCES media (id),
  CONSTRAINT fk_article_category FOREIGN KEY (category_id) REFERENCES category (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The public listings: published articles, newest first.
CREATE INDEX ix_article_public ON article (status, publish_at);

CREATE TABLE article_tag (
  article_id BIGINT NOT NULL,
  -- The tag as written, and its accent-free slug for addresses and matching.
  tag VARCHAR(100) NOT NULL,
  slug VARCHAR(120) NOT NULL,
  PRIMARY KEY (article_id, slug),
  CONSTRAINT fk_article_tag_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_article_tag_slug ON article_tag (slug);

CREATE TABLE article_theme (
  article_id BIGINT NOT NULL,
  theme VARCHAR(300) NOT NULL,
  slug VARCHAR(320) NOT NULL,
  PRIMARY KEY (article_id, slug),
  CONSTRAINT fk_article_theme_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_article_theme_slug ON article_theme (slug);

CREATE TABLE article_plan (
  article_id BIGINT NOT NULL,
  plan_id BIGINT NOT NULL,
  PRIMARY KEY (article_id, plan_id),
  CONSTRAINT fk_article_plan_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
  CONSTRAINT fk_article_plan_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE article_activity (
  article_id BIGINT NOT NULL,
  activity_id BIGINT NOT NULL,
  PRIMARY KEY (article_id, activity_id),
  CONSTRAINT fk_article_activity_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
  CONSTRAINT fk_article_activity_activity FOREIGN KEY (activity_id) REFERENCES activity (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Every save of an article, numbered from 1, so any can be compared and restored.
CREATE TABLE article_revision (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  article_id BIGINT NOT NULL,
  number INT NOT NULL,
  title VARCHAR(300) NOT NULL,
  summary VARCHAR(1000) NULL,
  body_markdown MEDIUMTEXT NOT NULL,
  saved_at DATETIME(6) NOT NULL,
  saved_by VARCHAR(100) NOT NULL,
  note VARCHAR(300) NULL,
  CONSTRAINT uq_article_revision UNIQUE (article_id, number),
  CONSTRAINT fk_article_revision_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The accent-free words of each article's title, summary, body and tags ("môi trường"
-- gives "moi" and "truong"; "đ" is "d"): search looks words up here by index instead of
-- scanning every article's text.
CREATE TABLE article_word (
  word VARCHAR(60) NOT NULL,
  article_id BIGINT NOT NULL,
  PRIMARY KEY (word, article_id),
  CONSTRAINT fk_article_word_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_article_word_article ON article_word (article_id);

-- Counters every instance reads: content_generation rises on each publication change, so
-- every instance drops its rendered pages at once.
CREATE TABLE site_counter (
  name VARCHAR(40) NOT NULL PRIMARY KEY,
  counter BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO site_counter (name, counter) VALUES ('content_generation', 0);

INSERT INTO category (slug, name, name_en) VALUES
  ('tin-tuc', 'Tin tức', 'News'),
  ('su-kien', 'Sự kiện', 'Events'),
  ('cuoc-thi', 'Cuộc thi', 'Contests'),
  ('guong-dien-hinh', 'Gương điển hình', 'Exemplary models'),
  ('bien-doi-khi-hau', 'Biến đổi khí hậu', 'Climate change'),
  ('rac-thai-nhua', 'Rác thải nhựa', 'Plastic waste');
