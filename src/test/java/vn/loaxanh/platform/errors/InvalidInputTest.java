package vn.loaxanh.platform.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidInputTest {
  @Test
  void anEntityRuleNamesItsField() {
    var invalid = InvalidInput.from(new IllegalArgumentException("endsAt: ends before it starts"));
    assertEquals(Map.of("endsAt", "ends before it starts"), invalid.fields());
    assertEquals(400, invalid.getResponse().getStatus());
  }

  @Test
  void aRuleWithoutAFieldIsAboutTheBody() {
    assertEquals(
        Map.of("body", "wrong"), InvalidInput.from(new IllegalArgumentException("wrong")).fields());
  }
}
