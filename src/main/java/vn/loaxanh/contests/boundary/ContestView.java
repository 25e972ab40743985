package vn.loaxanh.contests.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.loaxanh.contests.entity.Contest;
import vn.loaxanh.contests.entity.SchoolLevel;

/** A call for entries as anyone may read it. Judges' names are for staff only. */
public record ContestView(
    long id,
    String slug,
    String title,
    long activityId,
    long planId,
    String rules,
    String rulesHtml,
    Instant opensAt,
    Instant closesAt,
    boolean open,
    int entriesPerSchool,
    Set<SchoolLevel> levels,
    List<CategoryView> categories,
    List<CriterionView> criteria,
    Set<String> judges,
    Long resultsArticleId,
    long version) {

  public record CategoryView(
      String code, String name, List<String> fileTypes, long maxFileBytes, int maxFiles) {}

  public record CriterionView(long id, String name, int weight, int maxScore) {}

  static ContestView of(Contest contest, Instant now, boolean forStaff) {
    return new ContestView(
        contest.id(),
        contest.slug(),
        contest.title(),
        contest.activity().id(),
        contest.activity().plan().id(),
        contest.rulesMarkdown(),
        contest.rulesHtml(),
        contest.opensAt(),
        contest.closesAt(),
        contest.isOpenAt(now),
        contest.entriesPerSchool(),
        contest.levels(),
        contest.categories().stream()
            .map(
                c ->
                    new CategoryView(
                        c.code(), c.name(), c.fileTypes(), c.maxFileBytes(), c.maxFiles()))
            .toList(),
        contest.criteria().stream()
            .map(c -> new CriterionView(c.id(), c.name(), c.weight(), c.maxScore()))
            .toList(),
        forStaff ? contest.judges() : null,
        contest.resultsArticleId(),
        contest.version());
  }
}
