package vn.loaxanh.outcomes.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A figure's own rules: what may be typed, in which unit, with what evidence. */
class ActualTest {
  private static final Instant NOW = Instant.parse("2024-06-05T03:00:00Z");

  /** The catalogue's measures come from the database; a test sets the two fields that matter. */
  private static Metric metric(String unit, MetricSource source) {
    Metric metric = new Metric();
    set(metric, "unit", unit);
    set(metric, "source", source);
    return metric;
  }

  private static void set(Metric metric, String field, Object value) {
    try {
      Field declared = Metric.class.getDeclaredField(field);
      declared.setAccessible(true);
      declared.set(metric, value);
    } catch (ReflectiveOperationException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static String refusal(Actual actual, String quantity, String url, String note) {
    return assertThrows(
            IllegalArgumentException.class,
            () ->
                actual.record(
                    quantity == null ? null : new BigDecimal(quantity),
                    new Actual.Evidence(url, null, note),
                    "cb",
                    NOW))
        .getMessage();
  }

  @Test
  void peopleAreWholeKilogramsMayHaveDecimalsAndNothingIsNegative() {
    Actual people = Actual.manual(null, metric("người", MetricSource.MANUAL));
    assertTrue(refusal(people, "2.5", null, null).startsWith("quantity: "));
    assertTrue(refusal(people, "-1", null, null).startsWith("quantity: "));
    assertTrue(refusal(people, null, null, null).startsWith("quantity: "));
    people.record(new BigDecimal("750"), null, "cb", NOW);
    assertEquals(0, new BigDecimal("750").compareTo(people.quantity()));

    Actual waste = Actual.manual(null, metric("kg", MetricSource.MANUAL));
    assertTrue(refusal(waste, "1.005", null, null).startsWith("quantity: "));
    waste.record(new BigDecimal("12.5"), null, "cb", NOW);
    assertEquals(0, new BigDecimal("12.5").compareTo(waste.quantity()));
  }

  @Test
  void evidenceIsAnHttpLinkAndABlankOneIsNone() {
    Actual people = Actual.manual(null, metric("người", MetricSource.MANUAL));
    assertTrue(refusal(people, "5", "javascript:alert(1)", null).startsWith("evidenceUrl: "));
    assertTrue(refusal(people, "5", "ftp://sonla.gov.vn/a", null).startsWith("evidenceUrl: "));
    people.record(BigDecimal.TEN, new Actual.Evidence("  ", null, " "), "cb", NOW);
    assertNull(people.evidenceUrl());
    assertNull(people.note());
    people.record(
        BigDecimal.TEN, new Actual.Evidence("https://sonla.gov.vn/tin", 7L, null), "cb", NOW);
    assertEquals("https://sonla.gov.vn/tin", people.evidenceUrl());
    assertEquals(7L, people.evidenceMediaId());
  }

  @Test
  void automaticCountsAreNeverTypedAndACorrectionSaysWhy() {
    Metric articles = metric("bài", MetricSource.PUBLISHED_ARTICLES);
    assertThrows(IllegalStateException.class, () -> Actual.manual(null, articles));
    assertThrows(
        IllegalStateException.class,
        () -> Actual.correction(null, metric("người", MetricSource.MANUAL)));
    Actual correction = Actual.correction(null, articles);
    assertTrue(refusal(correction, "3", null, null).startsWith("note: "));
    correction.record(
        new BigDecimal("3"), new Actual.Evidence(null, null, "Bài đăng trên báo"), "bt", NOW);
    assertEquals(ActualSource.CORRECTION, correction.source());
  }
}
