package vn.loaxanh.outcomes.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.loaxanh.outcomes.control.Metrics;
import vn.loaxanh.outcomes.entity.Metric;
import vn.loaxanh.outcomes.entity.MetricSource;

/** The catalogue of measures, with the activity types that report each. */
@Path("api/metrics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MetricsResource {
  @Inject Metrics metrics;

  public record MetricView(
      String code,
      String name,
      String nameEn,
      String unit,
      MetricSource source,
      String activityTypes) {
    static MetricView of(Metric m) {
      return new MetricView(
          m.code(), m.nameVi(), m.nameEn(), m.unit(), m.source(), m.activityTypes());
    }
  }

  @GET
  @Transactional
  public List<MetricView> list() {
    return metrics.all().stream().map(MetricView::of).toList();
  }
}
