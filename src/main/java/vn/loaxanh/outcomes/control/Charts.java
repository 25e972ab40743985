package vn.loaxanh.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Bar charts of actuals beside targets, drawn by XChart as PNG on the server: the pages stay
 * without JavaScript, and every chart is shown next to a table of the same numbers.
 */
@ApplicationScoped
public class Charts {
  private static final int WIDTH = 720;
  private static final int HEIGHT = 360;

  /** One bar per group for the actual, and one for the target where a target is given. */
  public byte[] bars(
      String title,
      String unit,
      List<String> groups,
      List<BigDecimal> actuals,
      List<BigDecimal> targets) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .yAxisTitle(unit)
            .build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setXAxisLabelRotation(groups.size() > 6 ? 45 : 0);
    chart.getStyler().setSeriesColors(new Color[] {new Color(20, 83, 45), new Color(180, 83, 9)});
    List<String> labels = groups.isEmpty() ? List.of("—") : groups;
    chart.addSeries("Thực hiện", labels, groups.isEmpty() ? List.of(0) : numbers(actuals));
    if (targets != null && targets.stream().anyMatch(t -> t != null)) {
      chart.addSeries(
          "Chỉ tiêu",
          labels,
          numbers(targets.stream().map(t -> t == null ? BigDecimal.ZERO : t).toList()));
    }
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
  }

  private static List<Number> numbers(List<BigDecimal> values) {
    return values.stream().map(v -> (Number) v.doubleValue()).toList();
  }
}
