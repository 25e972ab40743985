package vn.loaxanh.platform.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.loaxanh.activities.entity.ActivityStatus;
import vn.loaxanh.activities.entity.ActivityType;

class TextsTest {

  private static Set<String> keys(String language) throws IOException {
    Properties texts = new Properties();
    try (InputStream in =
        TextsTest.class.getResourceAsStream("/i18n/pages_" + language + ".properties")) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(texts.stringPropertyNames());
  }

  @Test
  void bothLanguagesHaveTheSameWords() throws IOException {
    assertEquals(keys("vi"), keys("en"));
  }

  @Test
  void everyTypeStatusAndWeekdayHasANameInBothLanguages() {
    for (Language language : Language.values()) {
      Texts t = Texts.of(language);
      for (Enum<?> constant : ActivityType.values()) {
        assertEquals(false, t.of(constant).startsWith("ActivityType."), constant.name());
      }
      for (Enum<?> constant : ActivityStatus.values()) {
        assertEquals(false, t.of(constant).startsWith("ActivityStatus."), constant.name());
      }
      for (Enum<?> constant : DayOfWeek.values()) {
        assertEquals(false, t.of(constant).startsWith("DayOfWeek."), constant.name());
      }
    }
  }

  @Test
  void vietnameseIsReadAsUtf8AndYearsAreNotGrouped() {
    assertEquals("Tháng 6/2025", Texts.of(Language.VI).format("calendar.monthHeading", 6, 2025));
    assertEquals("Mít tinh", Texts.of(Language.VI).of(ActivityType.RALLY));
    assertEquals("Rally", Texts.of(Language.EN).of(ActivityType.RALLY));
  }
}
