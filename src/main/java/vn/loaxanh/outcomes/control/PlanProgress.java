package vn.loaxanh.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.outcomes.entity.Target;
import vn.loaxanh.platform.configuration.LocalTime;

/**
 * A plan's progress on one measure, broken down by agency, district or month: the actual of each
 * group and the targets that belong to it (a task's target to the task's lead agency; an activity's
 * to its agency, district and month). Plan-wide targets belong to no group.
 */
@ApplicationScoped
@Transactional
public class PlanProgress {
  @Inject RollUps rollUps;
  @Inject Targets targets;

  public record Bar(String key, String label, BigDecimal actual, BigDecimal target) {}

  public List<Bar> breakdown(long planId, String metric, RollUps.Dimension dimension) {
    Map<String, Bar> bars = new LinkedHashMap<>();
    for (RollUps.Row row : rollUps.rollUp(RollUps.Scope.plan(planId), dimension)) {
      if (row.metric().equals(metric)) {
        bars.put(row.key(), new Bar(row.key(), row.label(), row.total(), null));
      }
    }
    for (Targets.Progress p : targets.of(planId)) {
      Target t = p.target();
      if (!t.metric().code().equals(metric)) {
        continue;
      }
      String[] group = group(t, dimension);
      if (group == null) {
        continue;
      }
      Bar bar = bars.getOrDefault(group[0], new Bar(group[0], group[1], BigDecimal.ZERO, null));
      bars.put(
          group[0],
          new Bar(
              bar.key(),
              bar.label(),
              bar.actual(),
              bar.target() == null ? t.quantity() : bar.target().add(t.quantity())));
    }
    return new ArrayList<>(bars.values());
  }

  /** The key and label of the group a target belongs to, or null. */
  private static String[] group(Target t, RollUps.Dimension dimension) {
    Activity a = t.activity();
    return switch (dimension) {
      case AGENCY ->
          a != null
              ? new String[] {a.lead().id().toString(), a.lead().name()}
              : t.task() != null
                  ? new String[] {t.task().lead().id().toString(), t.task().lead().name()}
                  : null;
      case DISTRICT ->
          a == null
              ? null
              : a.unit() == null
                  ? new String[] {"0", "—"}
                  : new String[] {a.unit().id().toString(), a.unit().name()};
      case MONTH -> {
        if (a == null || a.startsAt() == null) {
          yield null;
        }
        var day = a.startsAt().atZone(LocalTime.VIETNAM).withZoneSameInstant(ZoneOffset.ofHours(7));
        String key = Integer.toString(day.getYear() * 100 + day.getMonthValue());
        yield new String[] {key, key};
      }
      default -> null;
    };
  }
}
