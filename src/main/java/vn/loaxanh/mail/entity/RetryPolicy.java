package vn.loaxanh.mail.entity;

import java.time.Duration;

/**
 * How long a failed mail waits before its next attempt, and how many attempts it gets: the wait
 * doubles from {@code base} after each failure, up to {@code cap}, so a mail server that is down
 * for hours is not hammered and one that is back soon gets the mail soon.
 */
public record RetryPolicy(Duration base, Duration cap, int maxAttempts) {
  public static final Duration ONE_HOUR = Duration.ofHours(1);

  public RetryPolicy {
    if (base.isNegative() || base.isZero()) {
      throw new IllegalArgumentException("base: must be positive");
    }
    if (cap.compareTo(base) < 0) {
      throw new IllegalArgumentException("cap: must not be shorter than base");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts: must be 1 or more");
    }
  }

  /** The wait after the given number of failed attempts (1 for the first): base × 2^(n-1). */
  public Duration delayAfter(int failedAttempts) {
    Duration delay = base;
    for (int n = 1; n < failedAttempts && delay.compareTo(cap) < 0; n++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(cap) > 0 ? cap : delay;
  }

  public boolean exhaustedBy(int failedAttempts) {
    return failedAttempts >= maxAttempts;
  }
}
