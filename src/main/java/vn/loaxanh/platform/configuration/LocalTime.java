package vn.loaxanh.platform.configuration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** Time as the field reckons it: instants stored, shown in Vietnam's time zone. */
@ApplicationScoped
public class LocalTime {
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(VIETNAM);
  }
}
