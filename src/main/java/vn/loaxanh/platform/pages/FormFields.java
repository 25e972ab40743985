package vn.loaxanh.platform.pages;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.loaxanh.platform.errors.InvalidInput;

/**
 * Reading the staff forms' fields: required values, repeated values, and a day with hours in
 * Vietnam's time. Mistakes are {@link InvalidInput}s naming the field, as the API's are.
 */
public final class FormFields {
  private FormFields() {}

  /** A day and two hours as typed (date, start, end), as instants. */
  public record Hours(Instant startsAt, Instant endsAt) {}

  public static <T> T required(
      Map<String, String> values, String field, Function<String, T> parse) {
    String text = values.get(field);
    if (text == null || text.isEmpty()) {
      throw new InvalidInput(field, "bắt buộc / required");
    }
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException | DateTimeParseException wrong) {
      throw new InvalidInput(field, "không hợp lệ / invalid");
    }
  }

  public static Hours hours(Map<String, String> values) {
    LocalDate day = required(values, "date", LocalDate::parse);
    LocalTime start = required(values, "start", LocalTime::parse);
    LocalTime end = required(values, "end", LocalTime::parse);
    return new Hours(inVietnam(day, start), inVietnam(day, end));
  }

  /**
   * A span of one or more days as typed: startDate, endDate and, unless it lasts whole days,
   * startTime and endTime. Whole days end at the midnight after the last day, as the API's do.
   */
  public static Hours span(Map<String, String> values, boolean wholeDays) {
    LocalDate first = required(values, "startDate", LocalDate::parse);
    LocalDate last = required(values, "endDate", LocalDate::parse);
    if (wholeDays) {
      return new Hours(
          inVietnam(first, LocalTime.MIDNIGHT), inVietnam(last.plusDays(1), LocalTime.MIDNIGHT));
    }
    return new Hours(
        inVietnam(first, required(values, "startTime", LocalTime::parse)),
        inVietnam(last, required(values, "endTime", LocalTime::parse)));
  }

  /** Every non-blank value of a field that repeats, such as checkboxes or a multiple select. */
  public static List<String> all(MultivaluedMap<String, String> form, String name) {
    List<String> values = form.get(name);
    return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).toList();
  }

  private static Instant inVietnam(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(vn.loaxanh.platform.configuration.LocalTime.VIETNAM).toInstant();
  }
}
