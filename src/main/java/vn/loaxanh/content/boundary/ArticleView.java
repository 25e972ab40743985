package vn.loaxanh.content.boundary;

import java.time.Instant;
import java.util.List;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.content.entity.Article;
import vn.loaxanh.content.entity.ArticleKind;
import vn.loaxanh.content.entity.ArticleStatus;
import vn.loaxanh.content.entity.Label;
import vn.loaxanh.plans.entity.Plan;

/** An article as the API shows it to staff, with its Markdown and the HTML readers get. */
public record ArticleView(
    long id,
    String slug,
    String url,
    ArticleKind kind,
    String title,
    String summary,
    String markdown,
    String html,
    MediaView cover,
    String category,
    List<String> tags,
    List<String> themes,
    List<Long> planIds,
    List<Long> activityIds,
    ArticleStatus status,
    boolean scheduled,
    Instant publishAt,
    Instant unpublishAt,
    boolean expired,
    Integer pendingRevision,
    Instant updatedAt,
    String updatedBy,
    long version) {

  static ArticleView of(Article a, Instant now) {
    return new ArticleView(
        a.id(),
        a.slug(),
        PublicAddresses.article(a.slug()),
        a.kind(),
        a.title(),
        a.summary(),
        a.markdown(),
        a.html(),
        a.cover() == null ? null : MediaView.of(a.cover()),
        a.category() == null ? null : a.category().slug(),
        a.tags().stream().map(Label::text).toList(),
        a.themes().stream().map(Label::text).toList(),
        a.plans().stream().map(Plan::id).toList(),
        a.activities().stream().map(Activity::id).toList(),
        a.status(),
        a.isScheduledAt(now),
        a.publishAt(),
        a.unpublishAt(),
        a.hasExpiredAt(now),
        a.pendingRevision(),
        a.updatedAt(),
        a.updatedBy(),
        a.version());
  }
}
