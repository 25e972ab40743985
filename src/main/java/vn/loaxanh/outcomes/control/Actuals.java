package vn.loaxanh.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.content.entity.Media;
import vn.loaxanh.outcomes.entity.Actual;
import vn.loaxanh.outcomes.entity.ActualSource;
import vn.loaxanh.outcomes.entity.Metric;
import vn.loaxanh.outcomes.entity.ReportStatus;
import vn.loaxanh.platform.errors.Conflict;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.security.CurrentStaff;

/**
 * The figures of one activity: typed by the agency that leads it (with a photo or a link as
 * evidence), or counted by the platform, which staff may correct beside the count with a reason. A
 * figure of an agency whose report on the plan is submitted does not change.
 */
@ApplicationScoped
@Transactional
public class Actuals {
  @PersistenceContext EntityManager em;
  @Inject Metrics metrics;
  @Inject RollUps rollUps;
  @Inject CurrentStaff staff;
  @Inject Clock clock;

  /** One measure of the activity: what counts, and where it came from. */
  public record Figure(
      Metric metric,
      BigDecimal total,
      Optional<Actual> typed,
      Optional<BigDecimal> automatic,
      boolean editable) {}

  /** What a figure is stated with. */
  public record Statement(
      BigDecimal quantity, String unit, String evidenceUrl, Long evidenceMediaId, String note) {}

  public Activity activity(long id) {
    Activity activity = em.find(Activity.class, id);
    if (activity == null) {
      throw new NotFound("activity", id);
    }
    return activity;
  }

  /** Every measure the activity's type reports, and any other it has a figure for. */
  public List<Figure> of(long activityId) {
    Activity activity = activity(activityId);
    Map<String, BigDecimal> totals =
        rollUps.rollUp(RollUps.Scope.activity(activityId), RollUps.Dimension.NONE).stream()
            .collect(Collectors.toMap(RollUps.Row::metric, RollUps.Row::total));
    Map<String, Actual> stored =
        em.createNamedQuery(Actual.OF_ACTIVITY, Actual.class)
            .setParameter("activity", activity)
            .getResultStream()
            .collect(Collectors.toMap(a -> a.metric().code(), a -> a, (a, b) -> a));
    Map<String, BigDecimal> counted = rollUps.counted(RollUps.Scope.activity(activityId));
    boolean frozen = frozen(activity);
    List<Figure> figures = new ArrayList<>();
    for (Metric metric : metrics.all()) {
      boolean applies = metric.appliesTo(activity.type());
      if (!applies && !totals.containsKey(metric.code()) && !stored.containsKey(metric.code())) {
        continue;
      }
      figures.add(
          new Figure(
              metric,
              totals.getOrDefault(metric.code(), BigDecimal.ZERO),
              Optional.ofNullable(stored.get(metric.code())),
              metric.source().isAutomatic()
                  ? Optional.of(counted.getOrDefault(metric.code(), BigDecimal.ZERO))
                  : Optional.empty(),
              !frozen && !metric.source().isAutomatic()));
    }
    return figures;
  }

  /** The agency's figure for a measure it counts itself; a second call replaces the first. */
  public Actual record(long activityId, String metricCode, Statement statement) {
    Activity activity = activity(activityId);
    requireLeadOrEditor(activity);
    Metric metric = metrics.byCode(metricCode, "metric");
    if (metric.source().isAutomatic()) {
      throw new Conflict(
          "Chỉ số này do hệ thống tự đếm, không nhập tay; cán bộ có thể ghi số sửa kèm lý do",
          "This measure is counted by the platform and cannot be typed over; staff may record a"
              + " correction with the reason");
    }
    requireOpenReport(activity);
    return save(activity, metric, ActualSource.MANUAL, statement);
  }

  /** A staff correction of an automatic count, kept beside the count with who and why. */
  public Actual correct(long activityId, String metricCode, Statement statement) {
    if (!staff.caller().isEditor()) {
      throw new ForbiddenException("Chỉ biên tập viên sửa số tự đếm / Only editors correct counts");
    }
    Activity activity = activity(activityId);
    Metric metric = metrics.byCode(metricCode, "metric");
    if (!metric.source().isAutomatic()) {
      throw new InvalidInput(
          "metric", "chỉ số nhập tay thì nhập lại / a typed measure is typed again");
    }
    requireOpenReport(activity);
    return save(activity, metric, ActualSource.CORRECTION, statement);
  }

  private Actual save(Activity activity, Metric metric, ActualSource source, Statement statement) {
    if (statement.unit() != null
        && !statement.unit().isBlank()
        && !statement.unit().strip().equals(metric.unit())) {
      throw new InvalidInput(
          "unit",
          "chỉ số tính bằng " + metric.unit() + " / this measure is counted in " + metric.unit());
    }
    if (statement.evidenceMediaId() != null) {
      Media evidence = em.find(Media.class, statement.evidenceMediaId());
      if (evidence == null || evidence.kind() != Media.Kind.IMAGE) {
        throw new InvalidInput(
            "evidenceMediaId", "không phải ảnh trong thư viện / not an image of the media library");
      }
    }
    Actual actual =
        em.createNamedQuery(Actual.ONE, Actual.class)
            .setParameter("activity", activity)
            .setParameter("metric", metric)
            .setParameter("source", source)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () ->
                    source == ActualSource.MANUAL
                        ? Actual.manual(activity, metric)
                        : Actual.correction(activity, metric));
    try {
      actual.record(
          statement.quantity(),
          new Actual.Evidence(
              statement.evidenceUrl(), statement.evidenceMediaId(), statement.note()),
          staff.name(),
          Instant.now(clock));
    } catch (IllegalArgumentException brokenRule) {
      throw InvalidInput.from(brokenRule);
    }
    if (actual.id() == null) {
      em.persist(actual);
    }
    em.flush();
    return actual;
  }

  /** A coordinator types the figures of the activities their agency leads. */
  void requireLeadOrEditor(Activity activity) {
    if (!staff.caller().mayChangeWorkOf(activity.lead().id())) {
      throw new ForbiddenException(
          "Chỉ cơ quan chủ trì nhập số liệu của hoạt động / Only the lead agency enters its figures");
    }
  }

  /** Figures behind a submitted report stay as submitted until the report is reopened. */
  private boolean frozen(Activity activity) {
    return em.createQuery(
                "select count(r) from AgencyReport r where r.plan = :plan and r.agency = :agency"
                    + " and r.status = :submitted",
                Long.class)
            .setParameter("plan", activity.plan())
            .setParameter("agency", activity.lead())
            .setParameter("submitted", ReportStatus.SUBMITTED)
            .getSingleResult()
        > 0;
  }

  private void requireOpenReport(Activity activity) {
    if (frozen(activity)) {
      throw new Conflict(
          "Báo cáo của cơ quan đã gửi; cần mở lại trước khi sửa số liệu",
          "The agency's report was submitted; it must be reopened before its figures change");
    }
  }
}
