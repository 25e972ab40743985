package vn.loaxanh.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

public class OneOfValidator implements ConstraintValidator<OneOf, String> {
  private Set<String> names;

  @Override
  public void initialize(OneOf constraint) {
    names =
        Arrays.stream(constraint.value().getEnumConstants())
            .map(Enum::name)
            .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || names.contains(value)) {
      return true;
    }
    String choices = String.join(", ", names);
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(
            "'"
                + value.replaceAll("[{}$\\\\]", "")
                + "' không hợp lệ, phải là một trong "
                + choices
                + " / must be one of "
                + choices)
        .addConstraintViolation();
    return false;
  }

  /** Converts a value this validator accepted; null stays null. */
  public static <E extends Enum<E>> E parse(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }
}
