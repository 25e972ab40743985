package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What operators and integrators rely on: health and the API description. */
class OperationsIT extends ApiTest {

  @Test
  void reportsHealthIncludingTheDatabase() {
    var health = expect(200, anonymous("health").request().get());
    assertEquals("UP", health.getString("status"));
    assertTrue(health.toString().contains("database"), () -> "the database check is reported: " + health);
  }

  @Test
  void servesTheOpenApiDocument() {
    String document = anonymous("openapi").request().get(String.class);
    assertTrue(document.contains("/api/plans"), document);
    assertTrue(document.contains("/api/activities"));
  }
}
