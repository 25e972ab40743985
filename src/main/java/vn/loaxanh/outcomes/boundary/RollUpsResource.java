package vn.loaxanh.outcomes.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.loaxanh.outcomes.control.RollUps;
import vn.loaxanh.platform.errors.InvalidInput;

/**
 * Figures rolled up by plan, agency, district, activity type, channel, month or task, computed in
 * the database; {@code key} and {@code metric} drill down to the activities behind one number.
 */
@Path("api/rollups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RollUpsResource {
  @Inject RollUps rollUps;

  /** A plan's figures: {@code by=agency|district|type|channel|month|task}, or totals without. */
  @GET
  @Path("plans/{id}")
  @Transactional
  public List<RollUps.Row> ofPlan(
      @PathParam("id") long planId,
      @QueryParam("by") String by,
      @QueryParam("key") String key,
      @QueryParam("metric") String metric) {
    return run(RollUps.Scope.plan(planId), by, key, metric);
  }

  /** A province's figures of a year, over every plan it issued for that year. */
  @GET
  @Path("provinces/{id}/{year}")
  @Transactional
  public List<RollUps.Row> ofProvinceYear(
      @PathParam("id") long provinceId,
      @PathParam("year") int year,
      @QueryParam("by") String by,
      @QueryParam("key") String key,
      @QueryParam("metric") String metric) {
    return run(RollUps.Scope.provinceYear(provinceId, year), by, key, metric);
  }

  private List<RollUps.Row> run(RollUps.Scope scope, String by, String key, String metric) {
    RollUps.Dimension dimension = dimension(by);
    if (key != null && !key.isBlank()) {
      if (dimension == RollUps.Dimension.NONE) {
        throw new InvalidInput("by", "cần khi có key / required with key");
      }
      return rollUps.drillDown(
          scope, dimension, key, metric == null || metric.isBlank() ? null : metric);
    }
    return rollUps.rollUp(scope, dimension);
  }

  private static RollUps.Dimension dimension(String by) {
    if (by == null || by.isBlank()) {
      return RollUps.Dimension.NONE;
    }
    return Arrays.stream(RollUps.Dimension.values())
        .filter(d -> d != RollUps.Dimension.ACTIVITY && d.name().equalsIgnoreCase(by.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInput(
                    "by",
                    "một trong / one of "
                        + Arrays.stream(RollUps.Dimension.values())
                            .filter(
                                d -> d != RollUps.Dimension.NONE && d != RollUps.Dimension.ACTIVITY)
                            .map(d -> d.name().toLowerCase(Locale.ROOT))
                            .toList()));
  }
}
