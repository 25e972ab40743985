package vn.loaxanh.activities.control;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityStatus;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.platform.configuration.LocalTime;

/**
 * Turns activities into an iCalendar (RFC 5545) calendar for phones and Outlook to subscribe to.
 * Each activity keeps one UID and counts its edits in SEQUENCE, so a client replaces the event it
 * already has instead of showing a second one.
 */
public class FeedCalendar {
  private static final ZoneId VIETNAM = LocalTime.VIETNAM;

  /**
   * Clients need the zone's rules in the feed itself; iCal4j ships them in its jar, and its updates
   * over the network are off (ical4j.properties), so this never leaves the machine.
   */
  private static final VTimeZone VIETNAM_RULES =
      TimeZoneRegistryFactory.getInstance()
          .createRegistry()
          .getTimeZone(VIETNAM.getId())
          .getVTimeZone();

  /** How often subscribers should fetch the feed again. */
  private static final Duration REFRESH = Duration.ofHours(1);

  private final Instant stamp;
  private final URI activities;

  /**
   * @param stamp when this copy of the feed is made (DTSTAMP)
   * @param activities the public address of the activities, ending in '/', that events link to
   */
  public FeedCalendar(Instant stamp, URI activities) {
    this.stamp = stamp.truncatedTo(ChronoUnit.SECONDS);
    this.activities = Objects.requireNonNull(activities);
  }

  public Calendar of(String name, List<Activity> items) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Loa Xanh//Calendar feeds//VI"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(new Name(name));
    calendar.add(new XProperty("X-WR-CALNAME", name));
    calendar.add(new XProperty("X-WR-TIMEZONE", VIETNAM.getId()));
    calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
    calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
    calendar.add(VIETNAM_RULES);
    items.forEach(activity -> calendar.add(event(activity)));
    return calendar;
  }

  public static String uid(long activityId) {
    return "activity-" + activityId + "@loaxanh";
  }

  private VEvent event(Activity activity) {
    // Not the VEvent() default, which stamps each event with its own "now".
    VEvent event = new VEvent(false);
    event.add(new Uid(uid(activity.id())));
    event.add(new DtStamp(stamp));
    schedule(event, activity);
    event.add(new Sequence((int) Math.min(activity.version(), Integer.MAX_VALUE)));
    event.add(new Summary(activity.title()));
    event.add(new Description(description(activity)));
    String location = location(activity);
    if (!location.isEmpty()) {
      event.add(new Location(location));
    }
    event.add(status(activity.status()));
    event.add(new Categories(activity.type().name()));
    event.add(new Url(activities.resolve(String.valueOf(activity.id()))));
    return event;
  }

  private static void schedule(VEvent event, Activity activity) {
    if (activity.allDay()) {
      LocalDate first = activity.startsAt().atZone(VIETNAM).toLocalDate();
      event.add(new DtStart<>(first));
      event.add(new DtEnd<>(dayAfterLast(first, activity.endsAt())));
      return;
    }
    event.add(new DtStart<>(activity.startsAt().atZone(VIETNAM)));
    // An event without DTEND lasts no time at all; RFC 5545 wants DTEND after DTSTART.
    if (activity.endsAt().isAfter(activity.startsAt())) {
      event.add(new DtEnd<>(activity.endsAt().atZone(VIETNAM)));
    }
  }

  /**
   * DTEND of an all-day event is the day after its last day. Activities store an exclusive end, so
   * one ending at midnight ends that day; one ending in the middle of a day still takes it whole.
   */
  static LocalDate dayAfterLast(LocalDate first, Instant endsAt) {
    ZonedDateTime end = endsAt.atZone(VIETNAM);
    LocalDate after =
        end.equals(end.truncatedTo(ChronoUnit.DAYS))
            ? end.toLocalDate()
            : end.toLocalDate().plusDays(1);
    return after.isAfter(first) ? after : first.plusDays(1);
  }

  private static Status status(ActivityStatus status) {
    return switch (status) {
      case PLANNED, POSTPONED -> ImmutableStatus.VEVENT_TENTATIVE;
      case CONFIRMED, DONE -> ImmutableStatus.VEVENT_CONFIRMED;
      case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
    };
  }

  private static String description(Activity activity) {
    Plan plan = activity.plan();
    String about =
        "Kế hoạch / Plan: "
            + (plan.symbol() == null ? plan.title() : plan.title() + " (" + plan.symbol() + ")")
            + "\nCơ quan chủ trì / Lead agency: "
            + activity.lead().name();
    String description = activity.description();
    return description == null || description.isBlank() ? about : description + "\n\n" + about;
  }

  private static String location(Activity activity) {
    return Stream.of(activity.place(), activity.unit() == null ? null : activity.unit().name())
        .filter(part -> part != null && !part.isBlank())
        .collect(Collectors.joining(", "));
  }
}
