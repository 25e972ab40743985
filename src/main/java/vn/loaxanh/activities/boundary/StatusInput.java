package vn.loaxanh.activities.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.loaxanh.activities.entity.ActivityStatus;
import vn.loaxanh.platform.validation.OneOf;

/** The next status, and why when cancelling or postponing. */
public record StatusInput(
    @NotNull(message = "bắt buộc / required") @OneOf(ActivityStatus.class) String status,
    @Size(max = 1000, message = "tối đa 1000 ký tự / at most 1000 characters") String reason,
    Long version) {}
