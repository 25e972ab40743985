package vn.loaxanh.outcomes.boundary;

import java.math.BigDecimal;
import java.util.List;
import vn.loaxanh.outcomes.control.PlanProgress;
import vn.loaxanh.outcomes.control.RollUps;
import vn.loaxanh.outcomes.control.Targets;
import vn.loaxanh.platform.pages.Texts;

/** What the progress pages show of figures: labels readable by people, numbers without noise. */
public final class ProgressViews {
  private ProgressViews() {}

  public record BarLine(String label, String actual, String target) {}

  public record TargetLine(
      String scope, String measure, String unit, String target, String actual, String state) {}

  static List<BarLine> bars(List<PlanProgress.Bar> bars, RollUps.Dimension dimension, Texts t) {
    return bars.stream()
        .map(
            b ->
                new BarLine(
                    label(b.label(), dimension),
                    plain(b.actual()),
                    b.target() == null ? "" : plain(b.target())))
        .toList();
  }

  static List<String> labels(List<PlanProgress.Bar> bars, RollUps.Dimension dimension) {
    return bars.stream().map(b -> label(b.label(), dimension)).toList();
  }

  static List<TargetLine> targets(List<Targets.Progress> progress, Texts t) {
    return progress.stream()
        .map(
            p ->
                new TargetLine(
                    p.target().activity() != null
                        ? p.target().activity().title()
                        : p.target().task() != null
                            ? p.target().task().clause() + ". " + p.target().task().title()
                            : t.get("progress.wholePlan"),
                    p.target().metric().nameVi(),
                    p.target().metric().unit(),
                    plain(p.target().quantity()),
                    plain(p.actual()),
                    t.of(p.state())))
        .toList();
  }

  /** A month key 202506 reads 06/2025. */
  static String label(String label, RollUps.Dimension dimension) {
    if (dimension == RollUps.Dimension.MONTH && label.matches("\\d{6}")) {
      return label.substring(4) + "/" + label.substring(0, 4);
    }
    return label;
  }

  /** A measure's name in the reader's language. */
  static String metricName(vn.loaxanh.outcomes.entity.Metric metric, Texts t) {
    return t.language() == vn.loaxanh.platform.pages.Language.EN
        ? metric.nameEn()
        : metric.nameVi();
  }

  static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }
}
