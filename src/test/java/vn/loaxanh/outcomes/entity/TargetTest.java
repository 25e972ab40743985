package vn.loaxanh.outcomes.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.loaxanh.plans.entity.Plan;

/** A target's quantity rules and where it stands against the figures. */
class TargetTest {
  private static Target target() {
    return new Target(new Plan("KH-TEST"), null, null, null, "cb", Instant.EPOCH);
  }

  @Test
  void aQuantityIsPositiveWithAtMostTwoDecimals() {
    Target target = target();
    for (String wrong : new String[] {"0", "-5", "1.005"}) {
      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class, () -> target.set(new BigDecimal(wrong), null));
      assertTrue(refused.getMessage().startsWith("quantity: "), refused.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> target.set(null, null));
    assertThrows(IllegalArgumentException.class, () -> target.set(BigDecimal.TEN, "x".repeat(501)));
    target.set(new BigDecimal("1200.50"), "  ");
    assertEquals(0, new BigDecimal("1200.5").compareTo(target.quantity()));
    assertNull(target.note(), "a blank note is no note");
  }

  @Test
  void metOnceReachedNotMetOnlyWhenThePeriodIsOver() {
    Target target = target();
    target.set(new BigDecimal("100"), "băng rôn");
    assertEquals(TargetState.MET, target.stateAt(new BigDecimal("100"), false));
    assertEquals(TargetState.MET, target.stateAt(new BigDecimal("150"), true));
    assertEquals(TargetState.IN_PROGRESS, target.stateAt(new BigDecimal("99.99"), false));
    assertEquals(TargetState.NOT_MET, target.stateAt(new BigDecimal("99.99"), true));
  }
}
