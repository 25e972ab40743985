package vn.loaxanh.outcomes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.outcomes.control.Actuals;
import vn.loaxanh.outcomes.entity.ActualSource;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.pages.CurrentPage;
import vn.loaxanh.platform.pages.FormPage;
import vn.loaxanh.platform.pages.FormState;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Refusal;
import vn.loaxanh.platform.pages.Texts;
import vn.loaxanh.platform.security.Roles;

/**
 * An activity's figures for the environment department (/quan-tri/ket-qua/hieu-chinh?activity=):
 * each measure with where it came from, and the form that records a correction of a count the
 * platform makes, with the reason, beside the count ({@link Actuals#correct}).
 */
@Path("quan-tri/ket-qua/hieu-chinh")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class CorrectionsPage implements FormPage {
  private static final String REQUIRED = "bắt buộc / required";
  private static final List<String> FIELDS = List.of("metric", "quantity", "note");

  @Inject Actuals actuals;
  @Inject CurrentPage page;

  /** The activity of this request, kept to show the form again. */
  private Long activityId;

  /** A measure as the list shows it: its total, and where the figure came from, in words. */
  public record FigureLine(String measure, String total, String source) {}

  public record Model(
      long activityId,
      String title,
      boolean saved,
      List<FigureLine> figures,
      List<Option> countedMeasures,
      FormState form) {}

  @GET
  @Transactional
  public Page show(
      @QueryParam("activity") @NotNull(message = REQUIRED) Long activity,
      @QueryParam("saved") String saved) {
    return show(activity, "1".equals(saved), FormState.of(Map.of()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response correct(
      @QueryParam("activity") @NotNull(message = REQUIRED) Long activity,
      MultivaluedMap<String, String> form) {
    activityId = activity;
    Map<String, String> v = FormState.read(form, FIELDS);
    BigDecimal quantity;
    try {
      quantity = new BigDecimal(v.get("quantity").replace(',', '.'));
    } catch (NumberFormatException notANumber) {
      throw new InvalidInput("quantity", "ghi một số / write a number");
    }
    if (v.get("note").isBlank()) {
      throw new InvalidInput("note", "ghi lý do sửa / give the reason for the correction");
    }
    actuals.correct(
        activity,
        v.get("metric"),
        new Actuals.Statement(quantity, null, null, null, v.get("note")));
    return Page.seeOther("/quan-tri/ket-qua/hieu-chinh?activity=" + activity + "&saved=1");
  }

  @Override
  public Page again(MultivaluedMap<String, String> typed, Refusal refusal) {
    return show(activityId, false, FormState.refused(FormState.read(typed, FIELDS), refusal));
  }

  /** Where a figure came from: counted by the platform (and corrected), typed, or not yet given. */
  private static String source(Actuals.Figure f, Texts t) {
    if (f.automatic().isPresent()) {
      String counted = t.format("corrections.countedBy", ProgressViews.plain(f.automatic().get()));
      return f.typed()
          .filter(a -> a.source() == ActualSource.CORRECTION)
          .map(
              a ->
                  counted
                      + " "
                      + t.format(
                          "corrections.corrected",
                          a.recordedBy(),
                          a.note() == null ? "" : a.note()))
          .orElse(counted);
    }
    return f.typed().isPresent() ? t.get("corrections.typed") : t.get("corrections.notYet");
  }

  private Page show(long id, boolean saved, FormState form) {
    Texts t = page.t();
    Activity activity = actuals.activity(id);
    List<Actuals.Figure> figures = actuals.of(id);
    return new Page(
        "outcomes/corrections.jte",
        new Model(
            id,
            activity.title(),
            saved,
            figures.stream()
                .map(
                    f ->
                        new FigureLine(
                            ProgressViews.metricName(f.metric(), t)
                                + " ("
                                + f.metric().unit()
                                + ")",
                            ProgressViews.plain(f.total()),
                            source(f, t)))
                .toList(),
            figures.stream()
                .filter(f -> f.automatic().isPresent())
                .map(f -> new Option(f.metric().code(), ProgressViews.metricName(f.metric(), t)))
                .toList(),
            form));
  }
}
