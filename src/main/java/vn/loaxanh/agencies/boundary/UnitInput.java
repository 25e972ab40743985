package vn.loaxanh.agencies.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.loaxanh.agencies.entity.UnitLevel;
import vn.loaxanh.platform.Codes;
import vn.loaxanh.platform.validation.OneOf;
import vn.loaxanh.platform.validation.OneOfValidator;

/** A unit as a client writes it; {@code version} is required when updating. */
public record UnitInput(
    @NotBlank(message = "bắt buộc / required")
        @Size(max = 100, message = "tối đa 100 ký tự / at most 100 characters")
        @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String code,
    @NotBlank(message = "bắt buộc / required")
        @Size(max = 200, message = "tối đa 200 ký tự / at most 200 characters")
        String name,
    @OneOf(UnitLevel.class) String level,
    Long parentId,
    Long version) {

  UnitLevel unitLevel() {
    return OneOfValidator.parse(UnitLevel.class, level);
  }
}
