package vn.loaxanh.content.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An article's own rules: what it must have, the workflow's steps, its publication window. */
class ArticleTest {
  private static final Instant NOW = Instant.parse("2026-06-05T01:00:00Z");

  private static Article.Content content(String title, String summary) {
    return new Article.Content(
        ArticleKind.NEWS,
        title,
        summary,
        "Nội dung",
        "<p>Nội dung</p>",
        null,
        null,
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of());
  }

  private static Article approved() {
    Article article = new Article("mit-tinh", content("Mít tinh 05/6", null), NOW, "cb");
    article.moveTo(ArticleStatus.IN_REVIEW, null, null, NOW, "cb");
    article.moveTo(ArticleStatus.APPROVED, null, null, NOW, "bien-tap");
    return article;
  }

  @Test
  void aTitleIsRequiredAndTextsHaveLimits() {
    assertThrows(
        IllegalArgumentException.class, () -> new Article("a", content(" ", null), NOW, "cb"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Article("a", content("x".repeat(301), null), NOW, "cb"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Article("a", content("Tin", "x".repeat(1001)), NOW, "cb"));
    assertThrows(
        IllegalArgumentException.class, () -> new Article("", content("Tin", null), NOW, "cb"));
    Article article = new Article("tin", content("  Tin môi trường ", "  "), NOW, "cb");
    assertEquals("Tin môi trường", article.title());
    assertNull(article.summary(), "a blank summary is none");
    assertEquals(ArticleStatus.DRAFT, article.status());
  }

  @Test
  void aDraftCannotBePublishedWithoutReviewAndApproval() {
    Article draft = new Article("tin", content("Tin", null), NOW, "cb");
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> draft.moveTo(ArticleStatus.PUBLISHED, null, null, NOW, "cb"));
    assertTrue(refused.getMessage().startsWith("status: "), refused.getMessage());
    assertEquals(ArticleStatus.DRAFT, draft.status());
  }

  @Test
  void aScheduledPublicationIsPublicOnlyInsideItsWindow() {
    Article article = approved();
    Instant from = NOW.plus(Duration.ofHours(1));
    Instant until = NOW.plus(Duration.ofHours(2));
    article.moveTo(ArticleStatus.PUBLISHED, from, until, NOW, "bien-tap");
    assertTrue(article.isScheduledAt(NOW));
    assertFalse(article.isPublicAt(NOW));
    assertTrue(article.isPublicAt(from));
    assertFalse(article.isPublicAt(until), "gone at its end");
  }

  @Test
  void theEndOfAPublicationComesAfterItsStart() {
    Article article = approved();
    assertThrows(
        IllegalArgumentException.class,
        () -> article.moveTo(ArticleStatus.PUBLISHED, NOW, NOW, NOW, "bien-tap"));
    assertEquals(ArticleStatus.APPROVED, article.status(), "nothing changed");
  }

  @Test
  void approvingPublishingAndWhatFollowsAreForEditors() {
    assertEquals(
        java.util.EnumSet.of(
            ArticleStatus.APPROVED,
            ArticleStatus.PUBLISHED,
            ArticleStatus.UNPUBLISHED,
            ArticleStatus.ARCHIVED),
        java.util.Arrays.stream(ArticleStatus.values())
            .filter(ArticleStatus::needsEditor)
            .collect(
                java.util.stream.Collectors.toCollection(
                    () -> java.util.EnumSet.noneOf(ArticleStatus.class))));
  }
}
