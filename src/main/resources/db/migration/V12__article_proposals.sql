-- A change to a published article waits for review: it is kept as a proposed revision (the
-- words, and the whole edit as JSON) while readers keep seeing the published text, and becomes
-- live only when an editor accepts it.
ALTER TABLE article ADD COLUMN pending_revision INT NULL;
ALTER TABLE article_revision ADD COLUMN proposal MEDIUMTEXT NULL;
