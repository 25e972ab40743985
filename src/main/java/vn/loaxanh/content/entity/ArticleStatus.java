package vn.loaxanh.content.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The editorial workflow: draft → in review → approved → published, then unpublished or archived.
 * Review can send a draft back; an unpublished article can be published again or reworked.
 */
public enum ArticleStatus {
  DRAFT,
  IN_REVIEW,
  APPROVED,
  PUBLISHED,
  UNPUBLISHED,
  ARCHIVED;

  public Set<ArticleStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(IN_REVIEW, ARCHIVED);
      case IN_REVIEW -> EnumSet.of(APPROVED, DRAFT, ARCHIVED);
      case APPROVED -> EnumSet.of(PUBLISHED, DRAFT, ARCHIVED);
      case PUBLISHED -> EnumSet.of(UNPUBLISHED, ARCHIVED);
      case UNPUBLISHED -> EnumSet.of(PUBLISHED, DRAFT, ARCHIVED);
      case ARCHIVED -> EnumSet.of(DRAFT);
    };
  }

  /** Steps only editors take: approving, publishing and what follows publication. */
  public boolean needsEditor() {
    return this == APPROVED || this == PUBLISHED || this == UNPUBLISHED || this == ARCHIVED;
  }
}
