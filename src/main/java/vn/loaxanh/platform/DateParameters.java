package vn.loaxanh.platform;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;

/** Lets resources take ISO days (yyyy-MM-dd) as query parameters. */
@Provider
public class DateParameters implements ParamConverterProvider {
  private static final ParamConverter<LocalDate> ISO_DAY =
      new ParamConverter<>() {
        @Override
        public LocalDate fromString(String value) {
          return value == null || value.isBlank() ? null : LocalDate.parse(value);
        }

        @Override
        public String toString(LocalDate value) {
          return value.toString();
        }
      };

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    return rawType == LocalDate.class ? (ParamConverter<T>) ISO_DAY : null;
  }
}
