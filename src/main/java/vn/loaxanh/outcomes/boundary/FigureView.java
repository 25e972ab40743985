package vn.loaxanh.outcomes.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import vn.loaxanh.outcomes.control.Actuals;
import vn.loaxanh.outcomes.entity.MetricSource;

/**
 * One measure of an activity: the figure that counts, whether the platform counts it (labelled
 * automatic, never typed over), what was typed or corrected, by whom and why.
 */
public record FigureView(
    String metric,
    String name,
    String unit,
    MetricSource counting,
    BigDecimal total,
    BigDecimal automatic,
    String source,
    BigDecimal typed,
    String evidenceUrl,
    Long evidenceMediaId,
    String note,
    String recordedBy,
    Instant recordedAt,
    boolean editable) {
  static FigureView of(Actuals.Figure f) {
    return new FigureView(
        f.metric().code(),
        f.metric().nameVi(),
        f.metric().unit(),
        f.metric().source(),
        f.total(),
        f.automatic().orElse(null),
        f.typed()
            .map(a -> a.source().name())
            .orElse(f.automatic().isPresent() ? "AUTOMATIC" : null),
        f.typed().map(a -> a.quantity()).orElse(null),
        f.typed().map(a -> a.evidenceUrl()).orElse(null),
        f.typed().map(a -> a.evidenceMediaId()).orElse(null),
        f.typed().map(a -> a.note()).orElse(null),
        f.typed().map(a -> a.recordedBy()).orElse(null),
        f.typed().map(a -> a.recordedAt()).orElse(null),
        f.editable());
  }
}
