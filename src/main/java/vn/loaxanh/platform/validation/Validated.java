package vn.loaxanh.platform.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * A page reads its form into the API's own input record and checks it here by that record's Bean
 * Validation rules, so a rule is written once; a broken one is answered by the same mapper as the
 * API's.
 */
@ApplicationScoped
public class Validated {
  @Inject Validator validator;

  public <T> T check(T input) {
    var violations = validator.validate(input);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return input;
  }
}
