package vn.loaxanh.activities.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityStatus;
import vn.loaxanh.activities.entity.ActivityType;
import vn.loaxanh.agencies.entity.AdministrativeUnit;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.agencies.entity.AgencyKind;
import vn.loaxanh.agencies.entity.UnitLevel;
import vn.loaxanh.plans.entity.Plan;

class FeedCalendarTest {
  private static final URI LINKS = URI.create("https://loaxanh.example/api/activities/");
  private static final Instant NOW = Instant.parse("2027-05-01T03:00:00Z");

  private final AdministrativeUnit province =
      new AdministrativeUnit("son-la", "Tỉnh Sơn La", UnitLevel.PROVINCE, null);
  private final AdministrativeUnit district =
      new AdministrativeUnit("son-la/moc-chau", "Huyện Mộc Châu", UnitLevel.DISTRICT, province);
  private final Agency lead = new Agency("son-la/stnmt");
  private final Plan plan = new Plan("son-la-2027");

  FeedCalendarTest() {
    lead.describe("Sở Tài nguyên và Môi trường", "STNMT", AgencyKind.DEPARTMENT, province, null);
    plan.describe(
        new Plan.Heading(
            "52/KH-UBND",
            "UBND tỉnh Sơn La",
            province,
            null,
            2027,
            "Kế hoạch tuyên truyền về bảo vệ môi trường năm 2027",
            null,
            null));
  }

  @Test
  void aTimedActivityIsInVietnamsZoneWithItsRulesAlongside() throws Exception {
    Activity rally =
        activity(7, 3, ActivityType.RALLY, "Mít tinh hưởng ứng Ngày Môi trường thế giới");
    rally.schedule(
        Instant.parse("2027-06-05T00:30:00Z"), Instant.parse("2027-06-05T04:00:00Z"), false);

    VEvent event = onlyEvent(parse(feedOf(rally)));

    assertEquals("activity-7@loaxanh", value(event, Property.UID));
    assertEquals("3", value(event, Property.SEQUENCE));
    DateProperty<?> start = event.getRequiredProperty(Property.DTSTART);
    assertEquals("Asia/Ho_Chi_Minh", start.getRequiredParameter("TZID").getValue());
    assertEquals("20270605T073000", start.getValue());
    assertEquals(Instant.parse("2027-06-05T00:30:00Z"), Instant.from(start.getDate()));
    DateProperty<?> end = event.getRequiredProperty(Property.DTEND);
    assertEquals(Instant.parse("2027-06-05T04:00:00Z"), Instant.from(end.getDate()));
    assertEquals("Mít tinh hưởng ứng Ngày Môi trường thế giới", value(event, Property.SUMMARY));
    assertEquals("Quảng trường Tây Bắc, Huyện Mộc Châu", value(event, Property.LOCATION));
    assertEquals("RALLY", value(event, Property.CATEGORIES));
    assertEquals("TENTATIVE", value(event, Property.STATUS));
    assertEquals("https://loaxanh.example/api/activities/7", value(event, Property.URL));
    String description = value(event, Property.DESCRIPTION);
    assertTrue(description.startsWith("Mô tả hoạt động"), description);
    assertTrue(
        description.contains("Kế hoạch tuyên truyền về bảo vệ môi trường năm 2027 (52/KH-UBND)"),
        description);
    assertTrue(description.contains("Sở Tài nguyên và Môi trường"), description);
  }

  @Test
  void theCalendarCarriesTheZoneAndTellsClientsHowOftenToRefresh() throws Exception {
    Activity rally = activity(7, 1, ActivityType.RALLY, "Mít tinh");
    String text = text(feedOf(rally));
    Calendar calendar = parse(feedOf(rally));

    assertEquals(
        "Asia/Ho_Chi_Minh",
        calendar
            .getComponent(Component.VTIMEZONE)
            .orElseThrow()
            .getRequiredProperty(Property.TZID)
            .getValue());
    assertEquals("PUBLISH", calendar.getRequiredProperty(Property.METHOD).getValue());
    assertEquals("2.0", calendar.getRequiredProperty(Property.VERSION).getValue());
    assertEquals("GREGORIAN", calendar.getRequiredProperty(Property.CALSCALE).getValue());
    assertTrue(text.contains("\r\nX-WR-CALNAME:Loa Xanh — Sự kiện sắp tới\r\n"), text);
    assertTrue(text.contains("\r\nX-WR-TIMEZONE:Asia/Ho_Chi_Minh\r\n"), text);
    assertTrue(text.contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n"), text);
    assertTrue(text.contains("\r\nX-PUBLISHED-TTL:PT1H\r\n"), text);
  }

  @Test
  void anAllDayActivityIsWholeDaysWithAnExclusiveEnd() throws Exception {
    Activity day = activity(8, 1, ActivityType.EVENT, "Ngày hội môi trường");
    // As the content import stores 05/06 to 06/06: from midnight to the midnight after.
    day.schedule(
        Instant.parse("2027-06-04T17:00:00Z"), Instant.parse("2027-06-06T17:00:00Z"), true);

    String text = text(feedOf(day));
    VEvent event = onlyEvent(parse(feedOf(day)));

    assertTrue(text.contains("\r\nDTSTART;VALUE=DATE:20270605\r\n"), text);
    assertTrue(text.contains("\r\nDTEND;VALUE=DATE:20270607\r\n"), text);
    DateProperty<?> start = event.getRequiredProperty(Property.DTSTART);
    assertEquals(LocalDate.of(2027, 6, 5), start.getDate());
  }

  @Test
  void anAllDayActivityEndingDuringADayKeepsThatDay() {
    Instant fiveInTheAfternoon = Instant.parse("2027-06-05T10:00:00Z");
    assertEquals(
        LocalDate.of(2027, 6, 6),
        FeedCalendar.dayAfterLast(LocalDate.of(2027, 6, 5), fiveInTheAfternoon));
    assertEquals(
        LocalDate.of(2027, 6, 6),
        FeedCalendar.dayAfterLast(LocalDate.of(2027, 6, 5), Instant.parse("2027-06-04T17:00:00Z")),
        "an end at its own start still takes the day");
  }

  @Test
  void statusesMapToWhatCalendarsShow() throws Exception {
    Activity cancelled = activity(9, 4, ActivityType.LAUNCH, "Lễ phát động");
    cancelled.recordStatus(ActivityStatus.CANCELLED);
    Activity confirmed = activity(10, 2, ActivityType.SEMINAR, "Tọa đàm");
    confirmed.recordStatus(ActivityStatus.CONFIRMED);
    Activity postponed = activity(11, 2, ActivityType.TRAINING, "Tập huấn");
    postponed.recordStatus(ActivityStatus.POSTPONED);

    List<VEvent> events =
        parse(feedOf(cancelled, confirmed, postponed)).getComponents(Component.VEVENT);

    assertEquals(
        List.of("CANCELLED", "CONFIRMED", "TENTATIVE"),
        events.stream().map(event -> value(event, Property.STATUS)).toList());
  }

  @Test
  void theFeedVersionIgnoresWhenTheCopyWasMadeButNotWhatItSays() {
    Activity rally = activity(7, 1, ActivityType.RALLY, "Mít tinh");
    Feed now = Feed.of(new FeedCalendar(NOW, LINKS).of("Lịch", List.of(rally)));
    Feed later = Feed.of(new FeedCalendar(NOW.plusSeconds(3600), LINKS).of("Lịch", List.of(rally)));
    assertNotEquals(text(now), text(later), "each copy is stamped");
    assertEquals(now.version(), later.version());

    rally.describe(null, details(ActivityType.RALLY, "Mít tinh (đổi địa điểm)"));
    Feed changed = Feed.of(new FeedCalendar(NOW, LINKS).of("Lịch", List.of(rally)));
    assertNotEquals(now.version(), changed.version());
  }

  @Test
  void iCal4jNeverFetchesTimeZonesOverTheNetwork() {
    assertEquals(
        "false",
        Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled").orElse(null),
        "src/main/resources/ical4j.properties turns the tzurl.org updates off");
  }

  private Activity activity(long id, long version, ActivityType type, String title) {
    Activity activity = new Activity(plan, null);
    activity.describe(null, details(type, title));
    activity.assign(lead, Set.of(), district);
    activity.schedule(
        Instant.parse("2027-06-05T00:30:00Z"), Instant.parse("2027-06-05T04:00:00Z"), false);
    // Ids and versions come from the database; these activities were never stored.
    set(activity, "id", id);
    set(activity, "version", version);
    return activity;
  }

  private static Activity.Details details(ActivityType type, String title) {
    return new Activity.Details(
        type, title, "Mô tả hoạt động", "Quảng trường Tây Bắc", null, null, null, Set.of());
  }

  private static void set(Activity activity, String name, Object value) {
    try {
      Field field = Activity.class.getDeclaredField(name);
      field.setAccessible(true);
      field.set(activity, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Feed feedOf(Activity... activities) {
    return Feed.of(
        new FeedCalendar(NOW, LINKS).of("Loa Xanh — Sự kiện sắp tới", List.of(activities)));
  }

  private static String text(Feed feed) {
    return new String(feed.body(), StandardCharsets.UTF_8);
  }

  private static Calendar parse(Feed feed) throws Exception {
    return new CalendarBuilder().build(new ByteArrayInputStream(feed.body()));
  }

  private static VEvent onlyEvent(Calendar calendar) {
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertEquals(1, events.size(), calendar::toString);
    return events.get(0);
  }

  private static String value(VEvent event, String property) {
    return event.getRequiredProperty(property).getValue();
  }
}
