package vn.loaxanh.activities.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** A new time for an activity, with the version the client read. */
public record ScheduleInput(
    @NotNull(message = "bắt buộc / required") OffsetDateTime startsAt,
    @NotNull(message = "bắt buộc / required") OffsetDateTime endsAt,
    Boolean allDay,
    Long version) {}
