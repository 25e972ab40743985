package vn.loaxanh.contests.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.loaxanh.contests.control.Contests;
import vn.loaxanh.contests.entity.Contest;
import vn.loaxanh.contests.entity.SchoolLevel;
import vn.loaxanh.platform.validation.OneOf;
import vn.loaxanh.platform.validation.OneOfValidator;

/**
 * A call for entries as staff write it. Times carry their offset ("2025-10-31T17:00:00+07:00");
 * {@code version} is required when updating.
 */
public record ContestInput(
    @NotNull(message = "bắt buộc / required") Long activityId,
    @Size(max = 200, message = "tối đa 200 ký tự / at most 200 characters") String slug,
    @NotBlank(message = "bắt buộc / required")
        @Size(max = 300, message = "tối đa 300 ký tự / at most 300 characters")
        String title,
    @Size(max = 100_000, message = "tối đa 100000 ký tự / at most 100000 characters") String rules,
    @NotNull(message = "bắt buộc / required") OffsetDateTime opensAt,
    @NotNull(message = "bắt buộc / required") OffsetDateTime closesAt,
    @NotNull(message = "bắt buộc / required") Integer entriesPerSchool,
    @NotEmpty(message = "bắt buộc / required") Set<@OneOf(SchoolLevel.class) String> levels,
    @NotEmpty(message = "bắt buộc / required") @Size(max = 20) List<@Valid Category> categories,
    @NotEmpty(message = "bắt buộc / required") @Size(max = 20) List<@Valid CriterionInput> criteria,
    @Size(max = 50) Set<String> judges,
    Long version) {

  public record Category(
      @NotBlank(message = "bắt buộc / required") String code,
      @NotBlank(message = "bắt buộc / required") String name,
      @NotEmpty(message = "bắt buộc / required") List<String> fileTypes,
      @NotNull(message = "bắt buộc / required") Long maxFileBytes,
      @NotNull(message = "bắt buộc / required") Integer maxFiles) {}

  public record CriterionInput(
      @NotBlank(message = "bắt buộc / required") String name,
      @NotNull(message = "bắt buộc / required") Integer weight,
      @NotNull(message = "bắt buộc / required") Integer maxScore) {}

  Contests.Call toCall() {
    return new Contests.Call(
        activityId,
        slug,
        new Contest.Terms(
            title,
            rules,
            null,
            opensAt.toInstant(),
            closesAt.toInstant(),
            entriesPerSchool,
            levels.stream()
                .map(level -> OneOfValidator.parse(SchoolLevel.class, level))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SchoolLevel.class)))),
        categories.stream()
            .map(
                c ->
                    new Contest.CategoryTerms(
                        c.code(), c.name(), c.fileTypes(), c.maxFileBytes(), c.maxFiles()))
            .toList(),
        criteria.stream()
            .map(c -> new Contest.CriterionTerms(c.name(), c.weight(), c.maxScore()))
            .toList(),
        judges);
  }
}
