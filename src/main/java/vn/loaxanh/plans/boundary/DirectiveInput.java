package vn.loaxanh.plans.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import vn.loaxanh.plans.control.Directives;
import vn.loaxanh.plans.entity.DirectiveKind;
import vn.loaxanh.platform.validation.OneOf;
import vn.loaxanh.platform.validation.OneOfValidator;

/** A directive as a client writes it; {@code version} is required when updating. */
public record DirectiveInput(
    @NotBlank(message = "bắt buộc / required")
        @Size(max = 100, message = "tối đa 100 ký tự / at most 100 characters")
        String symbol,
    @NotNull(message = "bắt buộc / required") @OneOf(DirectiveKind.class) String kind,
    LocalDate issuedOn,
    @NotBlank(message = "bắt buộc / required")
        @Size(max = 300, message = "tối đa 300 ký tự / at most 300 characters")
        String issuer,
    @NotBlank(message = "bắt buộc / required")
        @Size(max = 1000, message = "tối đa 1000 ký tự / at most 1000 characters")
        String title,
    @Size(max = 20000, message = "tối đa 20000 ký tự / at most 20000 characters") String summary,
    Set<Long> implementsIds,
    Long version) {

  Directives.Description toDescription() {
    return new Directives.Description(
        OneOfValidator.parse(DirectiveKind.class, kind),
        issuedOn,
        issuer,
        title,
        summary,
        implementsIds);
  }
}
