-- Listings of one kind (the home page's contest calls) and of one category read the newest
-- public articles through these, instead of walking every public article in date order and
-- skipping those of other kinds: a kind with no articles cost 280 ms at 100,000 articles.
CREATE INDEX ix_article_kind_public ON article (kind, status, publish_at);
CREATE INDEX ix_article_category_public ON article (category_id, status, publish_at);
