package vn.loaxanh.activities.boundary;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.loaxanh.activities.control.Activities;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityStatus;
import vn.loaxanh.activities.entity.ActivityType;
import vn.loaxanh.plans.entity.Channel;
import vn.loaxanh.platform.validation.OneOf;
import vn.loaxanh.platform.validation.OneOfValidator;

/**
 * An activity as a client writes it. Times carry their offset ("2024-06-05T07:30:00+07:00"); {@code
 * version} is required when updating.
 */
public record ActivityInput(
    @NotNull(message = "bắt buộc / required") Long planId,
    Long taskId,
    @NotNull(message = "bắt buộc / required") @OneOf(ActivityType.class) String type,
    @NotBlank(message = "bắt buộc / required")
        @Size(max = 300, message = "tối đa 300 ký tự / at most 300 characters")
        String title,
    @Size(max = 20000, message = "tối đa 20000 ký tự / at most 20000 characters")
        String description,
    @NotNull(message = "bắt buộc / required") Long leadId,
    Set<Long> partnerIds,
    Long unitId,
    @Size(max = 300, message = "tối đa 300 ký tự / at most 300 characters") String place,
    @NotNull(message = "bắt buộc / required") OffsetDateTime startsAt,
    @NotNull(message = "bắt buộc / required") OffsetDateTime endsAt,
    Boolean allDay,
    @OneOf(ActivityStatus.class) String status,
    Set<@OneOf(Channel.class) String> channels,
    @Size(max = 300, message = "tối đa 300 ký tự / at most 300 characters") String audience,
    @Min(value = 1, message = "từ 1 trở lên / 1 or more") Integer plannedQuantity,
    @Size(max = 50, message = "tối đa 50 ký tự / at most 50 characters") String quantityUnit,
    Boolean internal,
    Long version) {

  Activities.Draft toDraft() {
    return new Activities.Draft(
        planId,
        taskId,
        new Activity.Details(
            OneOfValidator.parse(ActivityType.class, type),
            title,
            description,
            place,
            audience,
            plannedQuantity,
            quantityUnit,
            channels == null
                ? EnumSet.noneOf(Channel.class)
                : channels.stream()
                    .map(channel -> OneOfValidator.parse(Channel.class, channel))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class))),
            Boolean.TRUE.equals(internal)),
        leadId,
        partnerIds,
        unitId,
        startsAt.toInstant(),
        endsAt.toInstant(),
        Boolean.TRUE.equals(allDay),
        OneOfValidator.parse(ActivityStatus.class, status));
  }
}
