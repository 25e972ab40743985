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
    var database =
        health.getJsonArray("checks").getValuesAs(jakarta.json.JsonObject.class).stream()
            .filter(check -> "database".equals(check.getString("name")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no database check in " + health));
    assertEquals("UP", database.getString("status"));
    String product = database.getJsonObject("data").getString("product");
    assertTrue(
        product.matches(System.getProperty("loaxanh.expected.database", "H2")),
        () -> "the suite runs on " + product);
  }

  @Test
  void servesTheOpenApiDocument() {
    String document = anonymous("openapi").request().get(String.class);
    assertTrue(document.contains("/api/plans"), document);
    assertTrue(document.contains("/api/activities"));
    assertTrue(document.contains("/api/calendar/agencies/{code}.ics"));
    assertTrue(document.contains("/api/mail/{id}/retry"));
    assertTrue(document.contains("/api/articles/{id}/status"));
    assertTrue(document.contains("/api/published/search"));
    assertTrue(document.contains("/api/contests/{id}/entries"));
    assertTrue(document.contains("/api/private-entries/{secret}"));
  }
}
