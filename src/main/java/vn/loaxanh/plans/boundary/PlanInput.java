package vn.loaxanh.plans.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.loaxanh.plans.control.Plans;
import vn.loaxanh.plans.entity.Channel;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.platform.Codes;
import vn.loaxanh.platform.validation.OneOf;
import vn.loaxanh.platform.validation.OneOfValidator;
import vn.loaxanh.platform.validation.PlanYear;

/** A plan as a client writes it; its tasks are written through {@code /plans/{id}/tasks}. */
public record PlanInput(
    @NotBlank(message = "bắt buộc / required")
        @Size(max = 100, message = "tối đa 100 ký tự / at most 100 characters")
        @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String code,
    @Size(max = 100, message = "tối đa 100 ký tự / at most 100 characters") String symbol,
    @NotBlank(message = "bắt buộc / required")
        @Size(max = 300, message = "tối đa 300 ký tự / at most 300 characters")
        String issuer,
    @NotNull(message = "bắt buộc / required") Long unitId,
    LocalDate issuedOn,
    @NotNull(message = "bắt buộc / required") @PlanYear Integer year,
    @NotBlank(message = "bắt buộc / required")
        @Size(max = 1000, message = "tối đa 1000 ký tự / at most 1000 characters")
        String title,
    @Size(max = 20000, message = "tối đa 20000 ký tự / at most 20000 characters") String purposes,
    @Size(max = 20000, message = "tối đa 20000 ký tự / at most 20000 characters")
        String fundingNote,
    Set<Long> directiveIds,
    List<@Valid @NotNull(message = "bắt buộc / required") ThemeInput> themes,
    List<@Valid @NotNull(message = "bắt buộc / required") ChannelInput> channels,
    List<@Valid @NotNull(message = "bắt buộc / required") DeadlineInput> reportingDeadlines,
    @Size(max = 10, message = "tối đa 10 mốc nhắc / at most 10 reminders")
        List<
                @NotNull(message = "bắt buộc / required")
                @Min(value = 0, message = "không được âm / must not be negative")
                @Max(value = 365, message = "tối đa 365 ngày / at most 365 days") Integer>
            reminderDays,
    Long version) {

  public record ThemeInput(
      @NotBlank(message = "bắt buộc / required")
          @Size(max = 1000, message = "tối đa 1000 ký tự / at most 1000 characters")
          String title,
      @Size(max = 20000, message = "tối đa 20000 ký tự / at most 20000 characters")
          String description) {}

  public record ChannelInput(
      @NotNull(message = "bắt buộc / required") @OneOf(Channel.class) String channel,
      @Size(max = 20000, message = "tối đa 20000 ký tự / at most 20000 characters") String note) {}

  public record DeadlineInput(
      @NotNull(message = "bắt buộc / required") LocalDate dueOn,
      @NotBlank(message = "bắt buộc / required")
          @Size(max = 1000, message = "tối đa 1000 ký tự / at most 1000 characters")
          String title,
      Long agencyId) {}

  Plans.Description toDescription() {
    return new Plans.Description(
        symbol,
        issuer,
        unitId,
        issuedOn,
        year,
        title,
        purposes,
        fundingNote,
        directiveIds,
        themes == null
            ? List.of()
            : themes.stream().map(t -> new Plan.ThemeText(t.title(), t.description())).toList(),
        channels == null
            ? List.of()
            : channels.stream()
                .map(
                    c ->
                        new Plans.ChannelUse(
                            OneOfValidator.parse(Channel.class, c.channel()), c.note()))
                .toList(),
        reportingDeadlines == null
            ? List.of()
            : reportingDeadlines.stream()
                .map(d -> new Plans.Deadline(d.dueOn(), d.title(), d.agencyId()))
                .toList(),
        reminderDays);
  }
}
