package vn.loaxanh.plans.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityStatus;
import vn.loaxanh.activities.entity.ActivityType;
import vn.loaxanh.plans.entity.Channel;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.platform.configuration.LocalTime;

/**
 * A plan with everything it says: cited directives, themes, channels, deadlines, tasks, activities.
 */
public record PlanView(
    long id,
    String code,
    String symbol,
    String issuer,
    long unitId,
    String unitCode,
    LocalDate issuedOn,
    int year,
    String title,
    String purposes,
    String fundingNote,
    List<DirectiveView.DirectiveRef> directives,
    List<ThemeView> themes,
    List<ChannelView> channels,
    List<DeadlineView> reportingDeadlines,
    List<Integer> reminderDays,
    List<TaskView> tasks,
    List<ActivitySummary> activities,
    long version) {

  public record ThemeView(long id, int ordinal, String title, String description) {}

  public record ChannelView(Channel channel, String note) {}

  public record DeadlineView(LocalDate dueOn, String title, AgencyRef agency) {}

  /** The activities of a plan in brief; the full record is at {@code /api/activities/{id}}. */
  public record ActivitySummary(
      long id,
      String code,
      ActivityType type,
      String title,
      Long taskId,
      String clause,
      AgencyRef lead,
      String unitCode,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      ActivityStatus status) {

    static ActivitySummary of(Activity activity) {
      var task = activity.task();
      return new ActivitySummary(
          activity.id(),
          activity.code(),
          activity.type(),
          activity.title(),
          task == null ? null : task.id(),
          task == null ? null : task.clause(),
          AgencyRef.of(activity.lead()),
          activity.unit() == null ? null : activity.unit().code(),
          activity.startsAt().atZone(LocalTime.VIETNAM).toOffsetDateTime(),
          activity.endsAt().atZone(LocalTime.VIETNAM).toOffsetDateTime(),
          activity.status());
    }
  }

  public static PlanView of(Plan plan, List<Activity> activities) {
    return new PlanView(
        plan.id(),
        plan.code(),
        plan.symbol(),
        plan.issuer(),
        plan.unit().id(),
        plan.unit().code(),
        plan.issuedOn(),
        plan.year(),
        plan.title(),
        plan.purposes(),
        plan.fundingNote(),
        plan.directives().stream().map(DirectiveView.DirectiveRef::of).toList(),
        plan.themes().stream()
            .map(t -> new ThemeView(t.id(), t.ordinal(), t.title(), t.description()))
            .toList(),
        plan.channels().stream().map(c -> new ChannelView(c.channel(), c.note())).toList(),
        plan.reportingDeadlines().stream()
            .map(d -> new DeadlineView(d.dueOn(), d.title(), AgencyRef.of(d.agency())))
            .toList(),
        plan.reminderDays(),
        plan.tasks().stream().map(TaskView::of).toList(),
        activities.stream().map(ActivitySummary::of).toList(),
        plan.version());
  }
}
