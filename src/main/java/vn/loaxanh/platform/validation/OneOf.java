package vn.loaxanh.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text that must name a constant of an enum. Requests carry enum values as text and check them
 * with this, so an unknown value is reported against its field like any other mistake rather than
 * failing the whole body in the JSON binding.
 */
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = OneOfValidator.class)
public @interface OneOf {
  Class<? extends Enum<?>> value();

  String message() default "giá trị không hợp lệ / invalid value";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
