package vn.loaxanh.observances.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.loaxanh.activities.control.Activities;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.agencies.control.Agencies;
import vn.loaxanh.agencies.control.Units;
import vn.loaxanh.agencies.entity.AdministrativeUnit;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.plans.control.Plans;
import vn.loaxanh.plans.entity.Channel;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.validation.PlanYears;

/**
 * Puts a year's activities for an observance into a plan in one step: one per district named, on
 * the observance's days, titled and described with that year's theme, led by the agency staff chose
 * or else by each district's own People's Committee. They are ordinary activities afterwards,
 * edited and rescheduled like any other. Each is known in its plan by a code made of the
 * observance, the year and the district, so asking again (a second submit, a retry) finds the ones
 * already made instead of making them twice.
 */
@ApplicationScoped
@Transactional
public class ObservanceActivities {
  @Inject Observances observances;
  @Inject Activities activities;
  @Inject Units units;
  @Inject Agencies agencies;
  @Inject Plans plans;
  @Inject vn.loaxanh.platform.security.CurrentStaff staff;
  @PersistenceContext EntityManager em;

  public record Request(
      String observance,
      int year,
      long planId,
      Long taskId,
      Long leadId,
      Set<Long> partnerIds,
      List<Long> unitIds) {}

  /** What one request made, and what an earlier one had already made for the same districts. */
  public record Outcome(List<Activity> created, List<Activity> existing) {
    public List<Activity> all() {
      List<Activity> all = new ArrayList<>(created);
      all.addAll(existing);
      return all;
    }
  }

  /** The most districts one step makes activities for. */
  public static final int MOST_UNITS = 100;

  private static final PageRequest ALL_AGENCIES = new PageRequest(0, 5000);

  public Outcome create(Request request) {
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
    List<AdministrativeUnit> chosenUnits = new ArrayList<>();
    for (Long unitId : new LinkedHashSet<>(unitIds)) {
      chosenUnits.add(units.reference("unitIds", unitId));
    }
    Plan plan = plans.reference("planId", request.planId());
    if (request.leadId() == null
        && staff.caller().is(vn.loaxanh.platform.security.Roles.COORDINATOR)) {
      // The districts' committees are other agencies; a coordinator leads with their own.
      throw new InvalidInput(
          "leadId",
          "chọn cơ quan của bạn làm cơ quan chủ trì / choose your own agency as the lead");
    }
    Agency chosenLead =
        request.leadId() == null ? null : agencies.reference("leadId", request.leadId());
    Map<AdministrativeUnit, Agency> leads =
        DistrictLeads.of(
            chosenLead,
            chosenUnits,
            chosenLead != null ? List.of() : agencies.list(null, null, ALL_AGENCIES).items());
    List<Activity> created = new ArrayList<>();
    List<Activity> existing = new ArrayList<>();
    for (var unitAndLead : leads.entrySet()) {
      AdministrativeUnit unit = unitAndLead.getKey();
      String code = code(observance, request.year(), unit);
      Optional<Activity> earlier =
          em.createNamedQuery(Activity.BY_CODE, Activity.class)
              .setParameter("plan", plan)
              .setParameter("code", code)
              .getResultStream()
              .findFirst();
      if (earlier.isPresent()) {
        existing.add(earlier.get());
      } else {
        created.add(
            activities.create(
                draft(observance, request, unitAndLead.getValue(), unit, chosenUnits.size() > 1),
                code));
      }
    }
    return new Outcome(created, existing);
  }

  /** The key of one district's activity for an observance's year within a plan. */
  static String code(Observance observance, int year, AdministrativeUnit unit) {
    return "ngay-le/"
        + observance.code()
        + "/"
        + year
        + "/"
        + (unit == null ? "toan-tinh" : unit.id().toString());
  }

  private static Activities.Draft draft(
      Observance observance,
      Request request,
      Agency lead,
      AdministrativeUnit unit,
      boolean nameTheUnit) {
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
        lead.id(),
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
