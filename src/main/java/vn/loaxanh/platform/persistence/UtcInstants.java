package vn.loaxanh.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores instants as UTC date-times, so neither the JVM's nor the database server's time zone can
 * shift them.
 */
@Converter(autoApply = true)
public class UtcInstants implements AttributeConverter<Instant, LocalDateTime> {
  /** An instant as native SQL binds it, the same way the entities store it. */
  public static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** A DATETIME column read by native SQL, as an instant. */
  public static Instant fromColumn(Object column) {
    if (column instanceof java.sql.Timestamp timestamp) {
      return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (column instanceof LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC);
    }
    return null;
  }

  @Override
  public LocalDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }
}
