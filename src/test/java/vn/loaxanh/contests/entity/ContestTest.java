package vn.loaxanh.contests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A call for entries' own rules: its terms, categories, rubric and open window. */
class ContestTest {
  private static final Instant OPENS = Instant.parse("2026-03-01T01:00:00Z");
  private static final Instant CLOSES = Instant.parse("2026-04-01T10:00:00Z");

  /** A contest as loaded from the database, before its terms are stated. */
  private static Contest contest() {
    return new Contest();
  }

  private static Contest.Terms terms(Instant closes, int perSchool, Set<SchoolLevel> levels) {
    return new Contest.Terms(
        "Hội thi vẽ tranh bảo vệ môi trường", "", "", OPENS, closes, perSchool, levels);
  }

  private static String refusal(Runnable change) {
    return assertThrows(IllegalArgumentException.class, change::run).getMessage();
  }

  @Test
  void termsNeedATitleAWindowALimitAndALevel() {
    Contest contest = contest();
    Set<SchoolLevel> primary = EnumSet.of(SchoolLevel.PRIMARY);
    assertTrue(refusal(() -> contest.describe(terms(OPENS, 1, primary))).startsWith("closesAt: "));
    assertTrue(
        refusal(() -> contest.describe(terms(CLOSES, 0, primary)))
            .startsWith("entriesPerSchool: "));
    assertTrue(
        refusal(() -> contest.describe(terms(CLOSES, 101, primary)))
            .startsWith("entriesPerSchool: "));
    assertTrue(refusal(() -> contest.describe(terms(CLOSES, 1, Set.of()))).startsWith("levels: "));
    contest.describe(terms(CLOSES, 1, primary));
    assertTrue(contest.admits(SchoolLevel.PRIMARY));
    assertFalse(contest.admits(SchoolLevel.UPPER_SECONDARY));
  }

  @Test
  void aCategoryOfferedAgainKeepsItsRowAndTakesTheNewTerms() {
    Contest contest = contest();
    contest.offer(
        List.of(
            new Contest.CategoryTerms("ve-tranh", "Vẽ tranh", List.of("image/png"), 1024, 1),
            new Contest.CategoryTerms("video", "Video", List.of("video/*"), 4096, 1)));
    ContestCategory drawing = contest.categories().get(0);
    contest.offer(
        List.of(
            new Contest.CategoryTerms("tieu-luan", "Tiểu luận", List.of("application/pdf"), 512, 1),
            new Contest.CategoryTerms(
                "ve-tranh", "Vẽ tranh cổ động", List.of("image/*"), 2048, 2)));
    assertEquals(
        List.of("tieu-luan", "ve-tranh"),
        contest.categories().stream().map(ContestCategory::code).toList());
    assertTrue(contest.categories().get(1) == drawing, "the same row, not a new one");
    assertEquals("Vẽ tranh cổ động", drawing.name());
    assertEquals(2, drawing.maxFiles());
  }

  @Test
  void itIsOpenFromItsOpeningUntilTheSecondItCloses() {
    Contest contest = contest();
    contest.describe(terms(CLOSES, 1, EnumSet.of(SchoolLevel.PRIMARY)));
    assertFalse(contest.isOpenAt(OPENS.minusSeconds(1)));
    assertTrue(contest.isOpenAt(OPENS));
    assertTrue(contest.isOpenAt(CLOSES.minusSeconds(1)));
    assertFalse(contest.isOpenAt(CLOSES), "one second late is late");
  }

  @Test
  void categoriesHaveTheirOwnCodesAndTheRubricWeighsOneHundred() {
    Contest contest = contest();
    Contest.CategoryTerms drawing =
        new Contest.CategoryTerms("ve-tranh", "Vẽ tranh", List.of("image/png"), 10_000_000, 2);
    assertTrue(refusal(() -> contest.offer(List.of())).startsWith("categories: "));
    assertTrue(refusal(() -> contest.offer(List.of(drawing, drawing))).startsWith("categories: "));
    contest.offer(List.of(drawing));
    assertEquals(1, contest.categories().size());

    String weights =
        refusal(
            () ->
                contest.score(
                    List.of(
                        new Contest.CriterionTerms("Nội dung", 70, 10),
                        new Contest.CriterionTerms("Trình diễn", 20, 10))));
    assertTrue(weights.startsWith("criteria: ") && weights.contains("90"), weights);
    contest.score(
        List.of(
            new Contest.CriterionTerms("Nội dung", 60, 10),
            new Contest.CriterionTerms("Sáng tạo", 40, 10)));
    assertEquals(2, contest.criteria().size());
  }

  @Test
  void onlyTheJudgesNamedSeeTheEntries() {
    Contest contest = contest();
    contest.assignJudges(Set.of("gk-hoa", "gk-nam"));
    assertTrue(contest.isJudgedBy("gk-hoa"));
    assertFalse(contest.isJudgedBy("gk-lan"));
    assertFalse(contest.isJudgedBy(null));
  }
}
