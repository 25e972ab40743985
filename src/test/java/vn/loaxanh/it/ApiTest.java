package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URL;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.jersey.client.authentication.HttpAuthenticationFeature;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** Calls the deployed API over HTTP as any other program would. */
@ExtendWith(ArquillianExtension.class)
public abstract class ApiTest {
  static final String ADMIN_PASSWORD = "test-admin-secret";
  static final String STAFF_PASSWORD = "mat-khau-dai-du-12";

  @ArquillianResource URL deployed;

  private Client client;
  private URI base;

  @BeforeEach
  void connect() throws Exception {
    // Arquillian reports the machine's primary address; the instance listens on loopback too.
    URI reported = deployed.toURI();
    base = new URI("http", null, "127.0.0.1", reported.getPort(), "/", null, null);
    client = ClientBuilder.newClient();
  }

  @AfterEach
  void disconnect() {
    client.close();
  }

  /** A target for a path that may carry a query, such as {@code api/activities?type=RALLY}. */
  WebTarget anonymous(String pathAndQuery) {
    int question = pathAndQuery.indexOf('?');
    WebTarget target =
        client.target(base).path(question < 0 ? pathAndQuery : pathAndQuery.substring(0, question));
    if (question >= 0) {
      for (String pair : pathAndQuery.substring(question + 1).split("&")) {
        int equals = pair.indexOf('=');
        target = target.queryParam(pair.substring(0, equals), pair.substring(equals + 1));
      }
    }
    return target;
  }

  /** The full address of a page, for a browser. */
  String address(String pathAndQuery) {
    return base.resolve(pathAndQuery).toString();
  }

  WebTarget as(String user, String password, String path) {
    return anonymous(path).register(HttpAuthenticationFeature.basic(user, password));
  }

  WebTarget admin(String path) {
    return as("admin", ADMIN_PASSWORD, path);
  }

  static Entity<JsonObject> json(JsonObjectBuilder body) {
    return Entity.entity(body.build(), MediaType.APPLICATION_JSON_TYPE);
  }

  static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"");

  /** Logs in on the form as a person would; answers the login cookie's value. */
  String loginCookie(String username, String password, String next) {
    Response answer =
        anonymous("dang-nhap")
            .property("jersey.config.client.followRedirects", false)
            .request()
            .post(
                Entity.form(
                    new Form()
                        .param("username", username)
                        .param("password", password)
                        .param("next", next)));
    assertEquals(303, answer.getStatus(), () -> answer.readEntity(String.class));
    assertTrue(answer.getLocation().toString().endsWith(next));
    NewCookie cookie = answer.getCookies().get("loaxanh_staff");
    assertNotNull(cookie, "the login sets its cookie");
    assertTrue(cookie.isHttpOnly());
    return cookie.getValue();
  }

  /** A page request with a login cookie, not following redirects. */
  Invocation.Builder withCookie(String pathAndQuery, String cookie) {
    return anonymous(pathAndQuery)
        .property("jersey.config.client.followRedirects", false)
        .request()
        .header("Cookie", "loaxanh_staff=" + cookie);
  }

  /** The markup of one select box of a page, by its id, to look at its options alone. */
  static String select(String page, String id) {
    int start = page.indexOf("<select id=\"" + id + "\"");
    assertTrue(start >= 0, () -> "no select " + id + " in the page");
    return page.substring(start, page.indexOf("</select>", start));
  }

  static String first(Pattern pattern, String page) {
    Matcher found = pattern.matcher(page);
    assertTrue(found.find(), () -> "expected " + pattern + " in the page");
    return found.group(1);
  }

  static Entity<String> rawJson(String body) {
    return Entity.entity(body, MediaType.APPLICATION_JSON_TYPE);
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Reads the body as JSON after checking the status, so a failure shows what came back. */
  static JsonObject expect(int status, Response response) {
    String body = response.readEntity(String.class);
    assertEquals(status, response.getStatus(), () -> "unexpected answer: " + body);
    return body == null || body.isBlank()
        ? JsonValue.EMPTY_JSON_OBJECT
        : Json.createReader(new java.io.StringReader(body)).readObject();
  }

  /** Asserts a problem document naming the field. */
  static JsonObject expectProblem(int status, Response response, String field) {
    var type = response.getMediaType();
    assertEquals("application/problem+json", type.getType() + "/" + type.getSubtype());
    JsonObject problem = expect(status, response);
    assertEquals(status, problem.getInt("status"));
    if (field != null) {
      assertTrue(
          problem.containsKey("errors") && problem.getJsonObject("errors").containsKey(field),
          () -> "the problem should name " + field + ": " + problem);
    }
    return problem;
  }

  JsonObject get(String path) {
    return expect(200, anonymous(path).request(MediaType.APPLICATION_JSON).get());
  }

  JsonArray items(String path) {
    return get(path).getJsonArray("items");
  }

  long createProvince(String code) {
    return expect(
            201,
            admin("api/units")
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("code", code)
                            .add("name", "Tỉnh " + code)
                            .add("level", "PROVINCE"))))
        .getJsonNumber("id")
        .longValue();
  }

  long createDistrict(String code, long provinceId) {
    return expect(
            201,
            admin("api/districts")
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("code", code)
                            .add("name", "Huyện " + code)
                            .add("parentId", provinceId))))
        .getJsonNumber("id")
        .longValue();
  }

  long createAgency(String code, long unitId) {
    return createAgency(code, unitId, null);
  }

  /** A district's People's Committee (Ủy ban nhân dân huyện). */
  long createCommittee(String code, long districtId) {
    var committee =
        Json.createObjectBuilder()
            .add("code", code)
            .add("name", "Ủy ban nhân dân huyện " + code)
            .add("kind", "PEOPLES_COMMITTEE")
            .add("unitId", districtId);
    return expect(201, admin("api/agencies").request().post(json(committee)))
        .getJsonNumber("id")
        .longValue();
  }

  /**
   * @param email the agency's contact address for reminders, or null
   */
  long createAgency(String code, long unitId, String email) {
    var agency =
        Json.createObjectBuilder()
            .add("code", code)
            .add("name", "Sở Tài nguyên và Môi trường " + code)
            .add("kind", "DEPARTMENT")
            .add("unitId", unitId);
    if (email != null) {
      agency.add("email", email);
    }
    return expect(201, admin("api/agencies").request().post(json(agency)))
        .getJsonNumber("id")
        .longValue();
  }

  JsonObject createPlan(String code, long unitId) {
    return expect(
        201,
        admin("api/plans")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("code", code)
                        .add("issuer", "Ủy ban nhân dân tỉnh")
                        .add("unitId", unitId)
                        .add("year", 2025)
                        .add("title", "Kế hoạch tuyên truyền về bảo vệ môi trường năm 2025"))));
  }

  /** A staff account with a long enough password, {@link #STAFF_PASSWORD}. */
  void createStaff(String username, String role, Long agencyId) {
    JsonObjectBuilder account =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", STAFF_PASSWORD)
            .add("role", role);
    if (agencyId != null) {
      account.add("agencyId", agencyId);
    }
    expect(201, admin("api/staff").request().post(json(account)));
  }

  /** A rally from 07:30 to 11:00 (Vietnam) on a day given as yyyy-MM-dd. */
  long createRally(long planId, long leadId, long unitId, String title, String day) {
    return expect(
            201,
            admin("api/activities")
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("planId", planId)
                            .add("type", "RALLY")
                            .add("title", title)
                            .add("leadId", leadId)
                            .add("unitId", unitId)
                            .add("startsAt", day + "T07:30:00+07:00")
                            .add("endsAt", day + "T11:00:00+07:00"))))
        .getJsonNumber("id")
        .longValue();
  }
}
