package vn.loaxanh.plans.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskTest {
  @Test
  void clausesAreOrderedAsAReaderCountsThem() {
    List<String> clauses =
        new ArrayList<>(List.of("V.10.1", "V.2.1", "V.1.4", "IV", "V.1.10", "V.1", "1.2", "V.1.b"));
    clauses.sort(Task::compareClauses);
    assertEquals(
        List.of("1.2", "IV", "V.1", "V.1.4", "V.1.10", "V.1.b", "V.2.1", "V.10.1"), clauses);
  }
}
