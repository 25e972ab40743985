package vn.loaxanh.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.content.control.MediaLibrary;
import vn.loaxanh.outcomes.entity.AgencyReport;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.ProblemDetails;
import vn.loaxanh.platform.persistence.Versions;

/**
 * An agency's report filed as one piece: the figures of every activity it leads, their evidence (a
 * link, or a photo kept in the media library), the summary and, if asked, the submission. It is one
 * transaction: a refused figure or photo, or a report someone else saved meanwhile, leaves
 * everything as it was, and each refusal is named by its field.
 */
@ApplicationScoped
@Transactional
public class ReportFilings {
  @Inject AgencyReports reports;
  @Inject Actuals actuals;
  @Inject MediaLibrary media;

  /** A photo sent as evidence for one activity. */
  public record Photo(byte[] bytes) {}

  /**
   * What was typed for one activity: each measure's figure as text by the measure's code, the
   * evidence link and any photo.
   */
  public record ActivityFiling(Map<String, String> figures, String evidenceUrl, Photo photo) {}

  /** The whole form: the report's version as read, the summary, and each activity's part. */
  public record Filing(
      Long version, String summary, boolean submit, Map<Long, ActivityFiling> activities) {}

  /** Field names as the page writes them, so each refusal lands beside its box. */
  public static String figureField(long activityId, String metricCode) {
    return "q." + activityId + "." + metricCode;
  }

  public static String photoField(long activityId) {
    return "photo." + activityId;
  }

  public AgencyReport file(long planId, long agencyId, LocalDate dueOn, Filing filing) {
    AgencyReport report = reports.open(planId, agencyId, dueOn);
    Versions.requireCurrent(filing.version(), report.version());
    Map<String, String> refused = new LinkedHashMap<>();
    for (Activity activity : reports.activitiesOf(planId, agencyId)) {
      ActivityFiling typed = filing.activities().get(activity.id());
      if (typed != null) {
        record(activity, typed, refused);
      }
    }
    if (!refused.isEmpty()) {
      throw new InvalidInput(refused);
    }
    report = reports.write(planId, agencyId, dueOn, report.version(), filing.summary());
    return filing.submit() ? reports.submit(planId, agencyId, dueOn, report.version()) : report;
  }

  private void record(Activity activity, ActivityFiling typed, Map<String, String> refused) {
    Long photo = null;
    if (typed.photo() != null) {
      try {
        photo =
            media
                .upload(
                    typed.photo().bytes(),
                    "Minh chứng: " + activity.title(),
                    "Ảnh minh chứng hoạt động " + activity.title())
                .id();
      } catch (WebApplicationException wrongPhoto) {
        refused.put(photoField(activity.id()), reasonOf(wrongPhoto));
      }
    }
    for (Actuals.Figure figure : actuals.of(activity.id())) {
      String field = figureField(activity.id(), figure.metric().code());
      String text = typed.figures().get(figure.metric().code());
      if (!figure.editable() || text == null || text.isBlank()) {
        continue;
      }
      BigDecimal quantity = number(text);
      if (quantity == null) {
        refused.put(field, "không phải số / not a number");
        continue;
      }
      boolean unchanged =
          figure.typed().isPresent()
              && quantity.compareTo(figure.typed().get().quantity()) == 0
              && java.util.Objects.equals(
                  blankToNull(typed.evidenceUrl()), figure.typed().get().evidenceUrl());
      if (unchanged && photo == null) {
        continue;
      }
      Long evidencePhoto =
          photo != null ? photo : figure.typed().map(a -> a.evidenceMediaId()).orElse(null);
      try {
        actuals.record(
            activity.id(),
            figure.metric().code(),
            new Actuals.Statement(
                quantity, null, blankToNull(typed.evidenceUrl()), evidencePhoto, null));
      } catch (WebApplicationException wrongFigure) {
        refused.put(field, reasonOf(wrongFigure));
      }
    }
  }

  private static BigDecimal number(String text) {
    try {
      return new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The reason a refusal gives for its one field, or its detail. */
  private static String reasonOf(WebApplicationException refusal) {
    ProblemDetails problem = ProblemDetails.of(refusal);
    List<String> reasons = List.copyOf(problem.fields().values());
    return reasons.isEmpty() ? problem.detail() : String.join("; ", reasons);
  }
}
