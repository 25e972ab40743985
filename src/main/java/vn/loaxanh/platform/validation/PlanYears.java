package vn.loaxanh.platform.validation;

import vn.loaxanh.platform.errors.InvalidInput;

/** The range of {@link PlanYear} for code that checks a year it parsed itself. */
public final class PlanYears {
  static final String REASON = "từ năm 2000 đến năm 2100 / from 2000 to 2100";

  private PlanYears() {}

  /** The year, or a refusal naming the field when it is outside the range. */
  public static int check(String field, int year) {
    if (year < PlanYear.FIRST || year > PlanYear.LAST) {
      throw new InvalidInput(field, REASON);
    }
    return year;
  }
}
