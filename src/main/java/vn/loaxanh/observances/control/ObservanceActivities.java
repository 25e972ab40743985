package vn.loaxanh.observances.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.loaxanh.activities.control.Activities;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.agencies.control.Units;
import vn.loaxanh.agencies.entity.AdministrativeUnit;
import vn.loaxanh.plans.entity.Channel;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.validation.PlanYears;

/**
 * Puts a year's activities for an observance into a plan in one step: one per district named, on
 * the observance's days, titled and described with that year's theme. They are ordinary activities
 * afterwards, edited and rescheduled like any other.
 */
@ApplicationScoped
@Transactional
public class ObservanceActivities {
  @Inject Observances observances;
  @Inject Activities activities;
  @Inject Units units;

  public record Request(
      String observance,
      int year,
      long planId,
      Long taskId,
      long leadId,
      Set<Long> partnerIds,
      List<Long> unitIds) {}

  /** The most districts one step makes activities for. */
  public static final int MOST_UNITS = 100;

  public List<Activity> create(Request request) {
    PlanYears.check("year", request.year());
    if (request.unitIds() != null && request.unitIds().size() > MOST_UNITS) {
      throw new InvalidInput("unitIds", "tối đa 100 địa bàn / at most 100 units");
    }
    Observance observance =
        observances
            .byCode(request.observance())
            .orElseThrow(() -> new NotFound("observance", request.observance()));
    List<Long> unitIds =
        request.unitIds() == null || request.unitIds().isEmpty()
            ? java.util.Collections.singletonList(null)
            : request.unitIds();
    List<Activity> created = new ArrayList<>();
    for (Long unitId : unitIds) {
      AdministrativeUnit unit = units.reference("unitIds", unitId);
      created.add(activities.create(draft(observance, request, unit, unitIds.size() > 1)));
    }
    return created;
  }

  private static Activities.Draft draft(
      Observance observance, Request request, AdministrativeUnit unit, boolean nameTheUnit) {
    Observance.Days days = observance.daysIn(request.year());
    Instant startsAt;
    Instant endsAt;
    boolean allDay = observance.time() == null;
    if (allDay) {
      startsAt = days.first().atStartOfDay(LocalTime.VIETNAM).toInstant();
      endsAt = days.last().plusDays(1).atStartOfDay(LocalTime.VIETNAM).toInstant();
    } else {
      startsAt =
          days.first().atTime(observance.time().from()).atZone(LocalTime.VIETNAM).toInstant();
      endsAt = days.last().atTime(observance.time().to()).atZone(LocalTime.VIETNAM).toInstant();
    }
    String title = observance.activityTitleFor(request.year());
    if (nameTheUnit && unit != null) {
      title = title + " — " + unit.name();
    }
    return new Activities.Draft(
        request.planId(),
        request.taskId(),
        new Activity.Details(
            observance.activityType(),
            title.length() > 300 ? title.substring(0, 300) : title,
            description(observance, request.year()),
            null,
            null,
            null,
            null,
            EnumSet.noneOf(Channel.class)),
        request.leadId(),
        request.partnerIds(),
        unit == null ? null : unit.id(),
        startsAt,
        endsAt,
        allDay,
        null);
  }

  private static String description(Observance observance, int year) {
    StringBuilder text =
        new StringBuilder(observance.name()).append(" năm ").append(year).append('.');
    observance
        .themeOf(year)
        .ifPresent(
            theme -> {
              text.append(" Chủ đề: ").append(theme.theme());
              if (theme.themeEn() != null) {
                text.append(" (").append(theme.themeEn()).append(")");
              }
              text.append('.');
              if (theme.slogan() != null) {
                text.append(" Thông điệp: ").append(theme.slogan()).append('.');
              }
            });
    return text.toString();
  }
}
