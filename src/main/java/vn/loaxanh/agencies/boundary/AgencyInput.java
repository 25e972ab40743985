package vn.loaxanh.agencies.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.loaxanh.agencies.control.Agencies;
import vn.loaxanh.agencies.entity.AgencyKind;
import vn.loaxanh.platform.Codes;
import vn.loaxanh.platform.validation.OneOf;
import vn.loaxanh.platform.validation.OneOfValidator;

/** An agency as a client writes it; {@code version} is required when updating. */
public record AgencyInput(
    @NotBlank(message = "bắt buộc / required")
        @Size(max = 100, message = "tối đa 100 ký tự / at most 100 characters")
        @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String code,
    @NotBlank(message = "bắt buộc / required")
        @Size(max = 300, message = "tối đa 300 ký tự / at most 300 characters")
        String name,
    @Size(max = 100, message = "tối đa 100 ký tự / at most 100 characters") String shortName,
    @NotNull(message = "bắt buộc / required") @OneOf(AgencyKind.class) String kind,
    @NotNull(message = "bắt buộc / required") Long unitId,
    @Email(message = "không phải địa chỉ e-mail / not an e-mail address")
        @Size(max = 254, message = "tối đa 254 ký tự / at most 254 characters")
        String email,
    Long version) {

  Agencies.Description toDescription() {
    return new Agencies.Description(
        name, shortName, OneOfValidator.parse(AgencyKind.class, kind), unitId, email);
  }
}
