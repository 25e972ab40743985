package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The iCalendar feeds, fetched and read back as a calendar client would. */
class CalendarFeedsIT extends ApiTest {
  private final int nextYear = Year.now().getValue() + 1;

  private String leadCode;
  private String partnerCode;
  private String planCode;
  private String planTitle;
  private long planId;
  private long lead;
  private long partner;
  private long district;
  private String districtCode;
  private JsonObject rally;
  private JsonObject allDay;
  private JsonObject panels;

  @BeforeEach
  void register() {
    String province = unique("tinh");
    long provinceId = createProvince(province);
    districtCode = unique("huyen");
    district = createDistrict(districtCode, provinceId);
    // Agency codes hold '/', as the seed's do (son-la/stnmt): the feed path must take them.
    leadCode = province + "/stnmt";
    partnerCode = province + "/ubnd-huyen";
    lead = createAgency(leadCode, provinceId);
    partner = createAgency(partnerCode, district);
    planCode = unique("ke-hoach");
    JsonObject plan = createPlan(planCode, provinceId);
    planId = plan.getJsonNumber("id").longValue();
    planTitle = plan.getString("title");

    rally = create(rallyBody("Mít tinh hưởng ứng Ngày Môi trường thế giới " + unique("05/6")));
    allDay =
        create(
            activity(
                    "EVENT",
                    "Ngày hội môi trường " + unique("ngay"),
                    nextYear + "-06-06T00:00:00+07:00",
                    nextYear + "-06-07T00:00:00+07:00")
                .add("allDay", true));
    panels =
        create(
            activity(
                "VISUAL_ITEM",
                "Panô cửa ngõ " + unique("pano"),
                nextYear + "-05-01T00:00:00+07:00",
                nextYear + "-07-01T00:00:00+07:00"));
  }

  @Test
  void thePublicFeedHasTheEventsInVietnamsZoneAndNoPanels() throws Exception {
    Response response = anonymous("api/calendar/events.ics").request().get();
    String text = body(200, response);
    assertEquals("text/calendar;charset=UTF-8", mediaType(response));
    assertEquals("public, max-age=300", response.getHeaderString(HttpHeaders.CACHE_CONTROL));
    assertNotNull(response.getHeaderString(HttpHeaders.ETAG));
    Calendar calendar = parse(text);

    assertEquals(
        "Asia/Ho_Chi_Minh",
        calendar
            .getComponent(Component.VTIMEZONE)
            .orElseThrow(() -> new AssertionError("no VTIMEZONE in " + text))
            .getRequiredProperty(Property.TZID)
            .getValue());
    assertTrue(text.contains("X-WR-CALNAME:Loa Xanh — Sự kiện sắp tới"), text);

    VEvent timed = event(calendar, rally).orElseThrow(() -> new AssertionError(text));
    assertEquals("activity-" + id(rally) + "@loaxanh", value(timed, Property.UID));
    assertEquals(rally.getString("title"), value(timed, Property.SUMMARY));
    DateProperty<?> start = timed.getRequiredProperty(Property.DTSTART);
    assertEquals("Asia/Ho_Chi_Minh", start.getRequiredParameter("TZID").getValue());
    assertEquals(Instant.parse(nextYear + "-06-05T00:30:00Z"), Instant.from(start.getDate()));
    DateProperty<?> end = timed.getRequiredProperty(Property.DTEND);
    assertEquals(Instant.parse(nextYear + "-06-05T04:00:00Z"), Instant.from(end.getDate()));
    assertEquals("TENTATIVE", value(timed, Property.STATUS));
    assertEquals("RALLY", value(timed, Property.CATEGORIES));
    assertEquals("Nhà văn hóa trung tâm, Huyện " + districtCode, value(timed, Property.LOCATION));
    assertTrue(value(timed, Property.DESCRIPTION).contains(planTitle));
    assertTrue(
        value(timed, Property.URL).endsWith("/api/activities/" + id(rally)),
        () -> value(timed, Property.URL));

    VEvent day = event(calendar, allDay).orElseThrow(() -> new AssertionError(text));
    DateProperty<?> firstDay = day.getRequiredProperty(Property.DTSTART);
    DateProperty<?> dayAfter = day.getRequiredProperty(Property.DTEND);
    assertEquals(LocalDate.of(nextYear, 6, 6), firstDay.getDate());
    assertEquals(LocalDate.of(nextYear, 6, 7), dayAfter.getDate(), "DTEND is exclusive");
    assertTrue(text.contains("DTSTART;VALUE=DATE:" + nextYear + "0606\r\n"), text);

    assertTrue(event(calendar, panels).isEmpty(), "a visual item is no public event");
  }

  @Test
  void anAgencyFeedHasWhatItLeadsOrPartnersIn() throws Exception {
    Calendar led = feed("api/calendar/agencies/" + leadCode + ".ics");
    assertTrue(event(led, rally).isPresent());
    assertTrue(event(led, allDay).isPresent());
    assertTrue(event(led, panels).isPresent(), "an agency sees all it leads, panels too");
    assertEquals(
        "Loa Xanh — Sở Tài nguyên và Môi trường " + leadCode,
        led.getRequiredProperty("X-WR-CALNAME").getValue());

    Calendar partnered = feed("api/calendar/agencies/" + partnerCode + ".ics");
    assertTrue(event(partnered, rally).isPresent(), "a partner sees the rally");
    assertTrue(event(partnered, allDay).isEmpty(), "nor leads nor partners the day");
    assertEquals(1, partnered.getComponents(Component.VEVENT).size());
  }

  @Test
  void aPlanFeedHasThePlansActivities() throws Exception {
    Calendar plan = feed("api/calendar/plans/" + planCode + ".ics");
    assertEquals(3, plan.getComponents(Component.VEVENT).size());
    assertEquals("Loa Xanh — " + planTitle, plan.getRequiredProperty("X-WR-CALNAME").getValue());
  }

  @Test
  void anEditKeepsTheUidAndRaisesTheSequence() throws Exception {
    int before = sequence(feed("api/calendar/plans/" + planCode + ".ics"), rally);

    String moved = "Mít tinh (dời sang quảng trường) " + unique("sua");
    expect(
        200,
        admin("api/activities/" + id(rally))
            .request()
            .put(json(rallyBody(moved).add("version", rally.getJsonNumber("version")))));

    Calendar after = feed("api/calendar/plans/" + planCode + ".ics");
    VEvent edited = event(after, rally).orElseThrow();
    assertEquals(moved, value(edited, Property.SUMMARY));
    int raised = sequence(after, rally);
    assertTrue(raised > before, () -> "SEQUENCE " + before + " → " + raised);
    assertEquals(3, after.getComponents(Component.VEVENT).size(), "replaced, not added");
  }

  @Test
  void aCancellationReachesSubscribers() throws Exception {
    expect(
        200,
        admin("api/activities/" + id(rally) + "/status")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("status", "CANCELLED")
                        .add("reason", "Mưa bão")
                        .add("version", rally.getJsonNumber("version")))));

    VEvent cancelled = event(feed("api/calendar/events.ics"), rally).orElseThrow();
    assertEquals("CANCELLED", value(cancelled, Property.STATUS));
  }

  @Test
  void unknownAgenciesAndPlansAreNotFound() {
    expectProblem(
        404, anonymous("api/calendar/agencies/khong-co/so-nao.ics").request().get(), null);
    expectProblem(404, anonymous("api/calendar/plans/khong-co-ke-hoach.ics").request().get(), null);
  }

  @Test
  void anUnchangedFeedAnswersNotModified() {
    String path = "api/calendar/plans/" + planCode + ".ics";
    Response first = anonymous(path).request().get();
    body(200, first);
    String tag = first.getHeaderString(HttpHeaders.ETAG);

    Response again = anonymous(path).request().header(HttpHeaders.IF_NONE_MATCH, tag).get();
    assertEquals(304, again.getStatus());
    assertEquals("public, max-age=300", again.getHeaderString(HttpHeaders.CACHE_CONTROL));
    again.close();

    expect(
        200,
        admin("api/activities/" + id(allDay))
            .request()
            .put(
                json(
                    activity(
                            "EVENT",
                            "Ngày hội môi trường (mở rộng) " + unique("ngay"),
                            nextYear + "-06-06T00:00:00+07:00",
                            nextYear + "-06-08T00:00:00+07:00")
                        .add("allDay", true)
                        .add("version", allDay.getJsonNumber("version")))));
    Response changed = anonymous(path).request().header(HttpHeaders.IF_NONE_MATCH, tag).get();
    body(200, changed);
  }

  private JsonObjectBuilder activity(String type, String title, String start, String end) {
    return Json.createObjectBuilder()
        .add("planId", planId)
        .add("type", type)
        .add("title", title)
        .add("leadId", lead)
        .add("unitId", district)
        .add("startsAt", start)
        .add("endsAt", end);
  }

  private JsonObjectBuilder rallyBody(String title) {
    return activity(
            "RALLY", title, nextYear + "-06-05T07:30:00+07:00", nextYear + "-06-05T11:00:00+07:00")
        .add("place", "Nhà văn hóa trung tâm")
        .add("partnerIds", Json.createArrayBuilder().add(partner));
  }

  private JsonObject create(JsonObjectBuilder body) {
    return expect(201, admin("api/activities").request().post(json(body)));
  }

  private static long id(JsonObject activity) {
    return activity.getJsonNumber("id").longValue();
  }

  private Calendar feed(String path) throws Exception {
    Response response = anonymous(path).request().get();
    String text = body(200, response);
    assertEquals("text/calendar;charset=UTF-8", mediaType(response));
    return parse(text);
  }

  private static String body(int status, Response response) {
    String text = response.readEntity(String.class);
    assertEquals(status, response.getStatus(), () -> "unexpected answer: " + text);
    return text;
  }

  private static String mediaType(Response response) {
    return response.getMediaType().toString().replace(" ", "");
  }

  private static Calendar parse(String text) throws Exception {
    return new CalendarBuilder().build(new StringReader(text));
  }

  private static Optional<VEvent> event(Calendar calendar, JsonObject activity) {
    String uid = "activity-" + id(activity) + "@loaxanh";
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    return events.stream().filter(e -> uid.equals(value(e, Property.UID))).findFirst();
  }

  private static int sequence(Calendar calendar, JsonObject activity) {
    return Integer.parseInt(value(event(calendar, activity).orElseThrow(), Property.SEQUENCE));
  }

  private static String value(VEvent event, String property) {
    return event.getRequiredProperty(property).getValue();
  }
}
