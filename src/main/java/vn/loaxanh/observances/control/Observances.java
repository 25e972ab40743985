package vn.loaxanh.observances.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import vn.loaxanh.activities.entity.ActivityType;

/**
 * The observances of {@code content/observances.yaml}, read once. The file travels inside the
 * application; a mistake in it stops the start with the observance it is in, since the file is part
 * of the release, not something staff edit at run time.
 */
@ApplicationScoped
public class Observances {
  static final String FILE = "content/observances.yaml";
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

  private final List<Observance> all;

  public Observances() {
    this(Observances.class.getClassLoader().getResourceAsStream(FILE));
  }

  Observances(InputStream yaml) {
    if (yaml == null) {
      throw new IllegalStateException(FILE + " is missing from the application");
    }
    try (yaml) {
      all =
          parse(new Load(LoadSettings.builder().setLabel(FILE).build()).loadFromInputStream(yaml));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  public List<Observance> all() {
    return all;
  }

  public Optional<Observance> byCode(String code) {
    return all.stream().filter(o -> o.code().equals(code)).findFirst();
  }

  @SuppressWarnings("unchecked")
  private static List<Observance> parse(Object document) {
    List<Observance> observances = new ArrayList<>();
    for (Object item : (List<Object>) ((Map<String, Object>) document).get("observances")) {
      Map<String, Object> entry = (Map<String, Object>) item;
      String code = (String) entry.get("code");
      try {
        Map<String, Object> activity = (Map<String, Object>) entry.get("activity");
        observances.add(
            new Observance(
                code,
                (String) entry.get("name"),
                (String) entry.get("nameEn"),
                rule(entry),
                window((String) entry.get("time")),
                ActivityType.valueOf((String) activity.get("type")),
                (String) activity.get("title"),
                themes((Map<Object, Object>) entry.getOrDefault("themes", Map.of()))));
      } catch (RuntimeException wrong) {
        throw new IllegalStateException(
            FILE + ": observance " + code + ": " + wrong.getMessage(), wrong);
      }
    }
    return List.copyOf(observances);
  }

  private static Observance.DateRule rule(Map<String, Object> entry) {
    if (entry.containsKey("day")) {
      return new Observance.OnDay(MonthDay.parse((String) entry.get("day"), DAY_MONTH));
    }
    if (entry.containsKey("from")) {
      return new Observance.Span(
          MonthDay.parse((String) entry.get("from"), DAY_MONTH),
          MonthDay.parse((String) entry.get("to"), DAY_MONTH));
    }
    return switch ((String) entry.get("rule")) {
      case "LAST_SATURDAY_OF_MARCH" -> new Observance.LastSaturdayOfMarch();
      case "THIRD_WEEKEND_OF_SEPTEMBER" -> new Observance.ThirdWeekendOfSeptember();
      default -> throw new IllegalArgumentException("unknown rule " + entry.get("rule"));
    };
  }

  private static Observance.TimeWindow window(String time) {
    if (time == null) {
      return null;
    }
    String[] parts = time.split("-");
    return new Observance.TimeWindow(
        LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
  }

  @SuppressWarnings("unchecked")
  private static Map<Integer, Observance.YearTheme> themes(Map<Object, Object> themes) {
    Map<Integer, Observance.YearTheme> byYear = new LinkedHashMap<>();
    themes.forEach(
        (year, value) -> {
          Map<String, Object> theme = (Map<String, Object>) value;
          byYear.put(
              Integer.valueOf(year.toString()),
              new Observance.YearTheme(
                  (String) theme.get("theme"),
                  (String) theme.get("themeEn"),
                  (String) theme.get("slogan")));
        });
    return Map.copyOf(byYear);
  }
}
