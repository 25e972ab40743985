package vn.loaxanh.observances.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.loaxanh.observances.control.Observance;
import vn.loaxanh.observances.control.Observances;
import vn.loaxanh.platform.pages.Language;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.Templates;
import vn.loaxanh.platform.validation.PlanYear;

/**
 * Ngày lễ môi trường: the year's observances with their days and the theme where announced. Staff
 * go from here to create a year's activities for one of them.
 */
@WebServlet("/ngay-le")
public class ObservancesPage extends HttpServlet {
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Inject Observances observances;
  @Inject Templates templates;
  @Inject Clock clock;

  /** One observance in one year, in the reader's language. */
  public record Row(String code, String name, String when, String theme, String slogan) {
    static Row of(Observance o, int year, Language language) {
      Observance.Days days = o.daysIn(year);
      String when =
          DAY.format(days.first())
              + (days.last().equals(days.first()) ? "" : " – " + DAY.format(days.last()))
              + (o.time() == null ? "" : ", " + o.time().from() + "–" + o.time().to());
      var theme = o.themeOf(year);
      return new Row(
          o.code(),
          language == Language.EN && o.nameEn() != null ? o.nameEn() : o.name(),
          when,
          theme
              .map(y -> language == Language.EN && y.themeEn() != null ? y.themeEn() : y.theme())
              .orElse(null),
          theme.map(Observance.YearTheme::slogan).orElse(null));
    }
  }

  public record Model(int year, List<Row> rows) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    int year = LocalDate.now(clock).getYear();
    String asked = request.getParameter("year");
    if (asked != null && !asked.isBlank()) {
      try {
        year = Integer.parseInt(asked.strip());
      } catch (NumberFormatException notANumber) {
        year = -1;
      }
      if (year < PlanYear.FIRST || year > PlanYear.LAST) {
        templates.error(
            page,
            response,
            HttpServletResponse.SC_BAD_REQUEST,
            "Năm từ 2000 đến 2100 / The year must be between 2000 and 2100: " + asked);
        return;
      }
    }
    int shown = year;
    List<Row> rows =
        observances.all().stream()
            .sorted(Comparator.comparing(o -> o.daysIn(shown).first()))
            .map(o -> Row.of(o, shown, page.t().language()))
            .toList();
    response.setHeader("Cache-Control", "public, max-age=300");
    templates.write(
        page, response, "observances/observances.jte", Map.of("model", new Model(year, rows)));
  }
}
