package vn.loaxanh.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A year a plan, a copy of one or an observance's activities may be for. The one statement of the
 * range: requests carry this annotation, and code without one asks {@link PlanYears}.
 */
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Min(PlanYear.FIRST)
@Max(PlanYear.LAST)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
public @interface PlanYear {
  int FIRST = 2000;
  int LAST = 2100;

  String message() default PlanYears.REASON;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
