package vn.loaxanh.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityType;
import vn.loaxanh.agencies.control.Agencies;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.plans.control.Plans;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.platform.errors.NotFound;

/**
 * The calendar feeds people subscribe to: the public events, and everything an agency or a plan has
 * coming. A feed keeps activities for 30 days after they end, so a cancellation still reaches the
 * subscribers who had the event, and it holds the soonest 2,000 at most.
 */
@ApplicationScoped
@Transactional
public class CalendarFeeds {
  static final Duration KEPT_AFTER_END = Duration.ofDays(30);
  static final int MOST_EVENTS = 2000;

  private static final List<ActivityType> PUBLIC_EVENTS =
      Arrays.stream(ActivityType.values()).filter(ActivityType::isPublicEvent).toList();

  @PersistenceContext EntityManager em;
  @Inject Agencies agencies;
  @Inject Plans plans;
  @Inject Clock clock;

  /**
   * @param links where the activities are published, ending in '/': each event links to its own
   */
  public Feed publicEvents(URI links) {
    var query =
        em.createNamedQuery(Activity.FEED_OF_TYPES, Activity.class)
            .setParameter("types", PUBLIC_EVENTS);
    return feed("Loa Xanh — Sự kiện sắp tới", query, links);
  }

  /** The public events that have not ended yet, soonest first, for the events page. */
  public List<Activity> upcomingPublicEvents(int most) {
    return em.createNamedQuery(Activity.FEED_OF_TYPES, Activity.class)
        .setParameter("types", PUBLIC_EVENTS)
        .setParameter("since", clock.instant())
        .setMaxResults(most)
        .getResultList();
  }

  public Feed ofAgency(String code, URI links) {
    Agency agency = agencies.byCode(code).orElseThrow(() -> new NotFound("agency", code));
    var query =
        em.createNamedQuery(Activity.FEED_OF_AGENCY, Activity.class).setParameter("agency", agency);
    return feed("Loa Xanh — " + agency.name(), query, links);
  }

  public Feed ofPlan(String code, URI links) {
    Plan plan = plans.byCode(code).orElseThrow(() -> new NotFound("plan", code));
    var query =
        em.createNamedQuery(Activity.FEED_OF_PLAN, Activity.class).setParameter("plan", plan);
    return feed("Loa Xanh — " + plan.title(), query, links);
  }

  private Feed feed(String name, TypedQuery<Activity> query, URI links) {
    Instant now = clock.instant();
    List<Activity> activities =
        query
            .setParameter("since", now.minus(KEPT_AFTER_END))
            .setMaxResults(MOST_EVENTS)
            .getResultList();
    return Feed.of(new FeedCalendar(now, links).of(name, activities));
  }
}
