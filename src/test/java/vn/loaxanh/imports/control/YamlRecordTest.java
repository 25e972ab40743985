package vn.loaxanh.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import vn.loaxanh.plans.entity.Channel;

class YamlRecordTest {
  private static final Set<String> KEYS = Set.of("day", "start", "kind", "count", "list");

  private static YamlRecord read(String yaml) {
    return new YamlRecord(
        "t.yaml",
        new Compose(LoadSettings.builder().build()).composeString(yaml).orElseThrow(),
        KEYS);
  }

  @Test
  void readsVietnameseDaysAndTimes() {
    YamlRecord record = read("day: \"5/6/2024\"\nstart: \"05/06/2024 07:30\"\n");
    assertEquals(LocalDate.of(2024, 6, 5), record.date("day"));
    YamlRecord.Moment start = record.moment("start");
    assertEquals(LocalDateTime.of(2024, 6, 5, 7, 30), start.local());
    assertFalse(start.dayOnly());
    assertTrue(record.moment("day").dayOnly());
  }

  @Test
  void reportsAnImpossibleDateAtItsLine() {
    YamlRecord record = read("kind: PRESS\nday: \"31/02/2024\"\n");
    BrokenContent broken = assertThrows(BrokenContent.class, () -> record.date("day"));
    assertEquals(2, broken.line());
    assertEquals("t.yaml", broken.file());
  }

  @Test
  void reportsUnknownFieldsAndValues() {
    BrokenContent unknownField =
        assertThrows(BrokenContent.class, () -> read("kind: PRESS\ncolour: green\n"));
    assertEquals(2, unknownField.line());
    YamlRecord record = read("kind: NEWSPAPER\ncount: mười\n");
    assertThrows(BrokenContent.class, () -> record.enumValue("kind", Channel.class, null));
    assertEquals(2, assertThrows(BrokenContent.class, () -> record.integer("count", 1, 10)).line());
  }

  @Test
  void treatsAnEmptyListAsNone() {
    assertEquals(0, read("list: []\n").texts("list").size());
    assertEquals(0, read("kind: PRESS\n").texts("list").size());
  }
}
