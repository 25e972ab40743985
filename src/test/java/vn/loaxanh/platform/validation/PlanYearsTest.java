package vn.loaxanh.platform.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.loaxanh.platform.errors.InvalidInput;

/** The plan-year range for code that parses a year itself. */
class PlanYearsTest {
  @Test
  void theRangeRunsFrom2000To2100Inclusive() {
    assertEquals(2000, PlanYears.check("year", 2000));
    assertEquals(2100, PlanYears.check("year", 2100));
    InvalidInput refused = assertThrows(InvalidInput.class, () -> PlanYears.check("year", 1999));
    assertEquals(PlanYears.REASON, refused.fields().get("year"));
    assertThrows(InvalidInput.class, () -> PlanYears.check("year", 2101));
  }
}
