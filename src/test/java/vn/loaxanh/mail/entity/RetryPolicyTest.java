package vn.loaxanh.mail.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy =
      new RetryPolicy(Duration.ofSeconds(30), RetryPolicy.ONE_HOUR, 10);

  @Test
  void theWaitDoublesFromTheBase() {
    assertEquals(Duration.ofSeconds(30), policy.delayAfter(1));
    assertEquals(Duration.ofSeconds(60), policy.delayAfter(2));
    assertEquals(Duration.ofSeconds(120), policy.delayAfter(3));
    assertEquals(Duration.ofSeconds(30 * 64), policy.delayAfter(7));
  }

  @Test
  void theWaitStopsGrowingAtTheCap() {
    assertEquals(RetryPolicy.ONE_HOUR, policy.delayAfter(8));
    assertEquals(RetryPolicy.ONE_HOUR, policy.delayAfter(10));
    assertEquals(RetryPolicy.ONE_HOUR, policy.delayAfter(Integer.MAX_VALUE));
  }

  @Test
  void attemptsAreUsedUpAtTheMaximum() {
    assertFalse(policy.exhaustedBy(9));
    assertTrue(policy.exhaustedBy(10));
  }

  @Test
  void refusesAPolicyThatCannotWork() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetryPolicy(Duration.ZERO, RetryPolicy.ONE_HOUR, 10));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetryPolicy(Duration.ofHours(2), RetryPolicy.ONE_HOUR, 10));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetryPolicy(Duration.ofSeconds(30), RetryPolicy.ONE_HOUR, 0));
  }
}
