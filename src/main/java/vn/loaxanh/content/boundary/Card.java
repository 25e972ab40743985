package vn.loaxanh.content.boundary;

import java.time.format.DateTimeFormatter;
import vn.loaxanh.content.entity.Article;
import vn.loaxanh.content.entity.ArticleKind;
import vn.loaxanh.platform.configuration.LocalTime;

/** An article as a listing shows it: title, date, summary and a preview image if it has one. */
public record Card(
    String url,
    String title,
    String summary,
    String date,
    String isoDate,
    ArticleKind kind,
    String imageUrl,
    String imageAlt) {
  static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(LocalTime.VIETNAM);

  static Card of(Article a) {
    return new Card(
        PublicAddresses.article(a.slug()),
        a.title(),
        a.summary(),
        DAY.format(a.publishAt()),
        a.publishAt().toString(),
        a.kind(),
        a.cover() == null ? null : PublicAddresses.media(a.cover(), "preview"),
        a.cover() == null ? null : a.cover().altText());
  }
}
