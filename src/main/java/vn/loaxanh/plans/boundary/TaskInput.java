package vn.loaxanh.plans.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import vn.loaxanh.plans.control.Tasks;

/** A task as a client writes it; {@code version} is required when updating. */
public record TaskInput(
    @NotBlank(message = "bắt buộc / required")
        @Size(max = 30, message = "tối đa 30 ký tự / at most 30 characters")
        @Pattern(regexp = "^[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*$", message = "dạng V.1.3 / like V.1.3")
        String clause,
    @NotBlank(message = "bắt buộc / required")
        @Size(max = 1000, message = "tối đa 1000 ký tự / at most 1000 characters")
        String title,
    @Size(max = 20000, message = "tối đa 20000 ký tự / at most 20000 characters")
        String description,
    @NotNull(message = "bắt buộc / required") Long leadId,
    Set<Long> partnerIds,
    Long version) {

  Tasks.Description toDescription() {
    return new Tasks.Description(title, description, leadId, partnerIds);
  }
}
