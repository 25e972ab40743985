package vn.loaxanh.observances.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.loaxanh.activities.boundary.ActivityPage;
import vn.loaxanh.activities.boundary.Choices;
import vn.loaxanh.activities.control.Activities;
import vn.loaxanh.activities.control.Conflicts;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.observances.control.Observance;
import vn.loaxanh.observances.control.ObservanceActivities;
import vn.loaxanh.observances.control.Observances;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.pages.FormFields;
import vn.loaxanh.platform.pages.FormTokens;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.Templates;
import vn.loaxanh.platform.security.Roles;

/**
 * Creates a year's activities for an observance in one step: one per district chosen, titled and
 * timed from the observance and described with the year's theme. After saving, the page lists what
 * it made with each activity's conflicts.
 */
@WebServlet("/ngay-le/tao")
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
@ServletSecurity(@HttpConstraint(rolesAllowed = {Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR}))
public class ObservanceActivitiesPage extends HttpServlet {
  private static final int MOST_SHOWN = 100;

  @Inject Observances observances;
  @Inject ObservanceActivities observanceActivities;
  @Inject Activities activities;
  @Inject Conflicts conflicts;
  @Inject Choices choices;
  @Inject Templates templates;
  @Inject FormTokens tokens;
  @Inject Clock clock;

  /** An activity just made, with the warnings it raised. */
  public record Made(long id, String title, String unit, List<String> conflicts) {}

  public record Model(
      ObservancesPage.Row observance,
      int year,
      Map<String, String> values,
      List<String> chosenPartners,
      List<String> chosenDistricts,
      Map<String, String> errors,
      List<Option> plans,
      List<Option> agencies,
      List<Option> districts,
      List<Made> made) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    Optional<Observance> observance = observance(request);
    if (observance.isEmpty()) {
      notFound(page, request, response);
      return;
    }
    Map<String, String> values = new HashMap<>();
    values.put("year", yearAsked(request));
    show(
        page,
        response,
        observance.get(),
        values,
        List.of(),
        List.of(),
        Map.of(),
        made(request, page));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageContext page = templates.context(request, response);
    if (tokens.refused(request, response)) {
      return;
    }
    Optional<Observance> observance = observance(request);
    if (observance.isEmpty()) {
      notFound(page, request, response);
      return;
    }
    Map<String, String> values = new HashMap<>();
    for (String field : List.of("year", "planId", "leadId")) {
      values.put(field, String.valueOf(request.getParameter(field)).strip());
    }
    List<String> partners = FormFields.all(request, "partnerIds");
    List<String> districts = FormFields.all(request, "unitIds");
    Map<String, String> errors;
    try {
      List<Activity> created =
          observanceActivities.create(
              new ObservanceActivities.Request(
                  observance.get().code(),
                  year(values.get("year")),
                  id("planId", values.get("planId")),
                  null,
                  id("leadId", values.get("leadId")),
                  partners.stream().map(p -> id("partnerIds", p)).collect(Collectors.toSet()),
                  districts.stream().map(d -> id("unitIds", d)).toList()));
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader(
          "Location",
          "/ngay-le/tao?code="
              + observance.get().code()
              + "&year="
              + values.get("year")
              + "&made="
              + created.stream().map(a -> a.id().toString()).collect(Collectors.joining(",")));
      return;
    } catch (InvalidInput invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      errors = invalid.fields();
    } catch (WebApplicationException refused) {
      response.setStatus(refused.getResponse().getStatus());
      errors = Map.of("form", String.valueOf(refused.getMessage()));
    }
    show(page, response, observance.get(), values, partners, districts, errors, List.of());
  }

  private void show(
      PageContext page,
      HttpServletResponse response,
      Observance observance,
      Map<String, String> values,
      List<String> partners,
      List<String> districts,
      Map<String, String> errors,
      List<Made> made)
      throws IOException {
    int year;
    try {
      year = year(values.get("year"));
    } catch (InvalidInput outOfRange) {
      year = LocalDate.now(clock).getYear();
      values.put("year", Integer.toString(year));
    }
    Model model =
        new Model(
            ObservancesPage.Row.of(observance, year, page.t().language()),
            year,
            values,
            partners,
            districts,
            errors,
            choices.plans(),
            choices.agencies(),
            choices.districts(),
            made);
    response.setHeader("Cache-Control", "no-store");
    templates.write(page, response, "observances/create.jte", Map.of("model", model));
  }

  /** The activities named in the address after a save, each with its conflicts as of now. */
  private List<Made> made(HttpServletRequest request, PageContext page) {
    String ids = request.getParameter("made");
    if (ids == null || ids.isBlank()) {
      return List.of();
    }
    List<Made> made = new ArrayList<>();
    for (String id : new LinkedHashSet<>(Arrays.asList(ids.split(",")))) {
      if (made.size() == MOST_SHOWN) {
        break;
      }
      try {
        Activity a = activities.get(Long.parseLong(id.strip()));
        made.add(
            new Made(
                a.id(),
                a.title(),
                a.unit() == null ? "—" : a.unit().name(),
                conflicts.of(a).stream().map(c -> ActivityPage.warning(page.t(), c)).toList()));
      } catch (NumberFormatException | NotFound gone) {
        // Deleted since, or a hand-edited address: show the others.
      }
    }
    return made;
  }

  private Optional<Observance> observance(HttpServletRequest request) {
    String code = request.getParameter("code");
    return code == null ? Optional.empty() : observances.byCode(code.strip());
  }

  private void notFound(PageContext page, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    templates.error(
        page,
        response,
        HttpServletResponse.SC_NOT_FOUND,
        "Không có ngày lễ / No observance: " + request.getParameter("code"));
  }

  private String yearAsked(HttpServletRequest request) {
    String year = request.getParameter("year");
    return year == null || year.isBlank()
        ? Integer.toString(LocalDate.now(clock).getYear())
        : year.strip();
  }

  private static int year(String text) {
    int year;
    try {
      year = Integer.parseInt(text);
    } catch (NumberFormatException notANumber) {
      throw new InvalidInput("year", "không hợp lệ / invalid");
    }
    if (year < ObservancesPage.FIRST_YEAR || year > ObservancesPage.LAST_YEAR) {
      throw new InvalidInput("year", "từ 2000 đến 2100 / from 2000 to 2100");
    }
    return year;
  }

  private static long id(String field, String text) {
    if (text == null || text.isBlank() || text.equals("null")) {
      throw new InvalidInput(field, "bắt buộc / required");
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException notANumber) {
      throw new InvalidInput(field, "không hợp lệ / invalid");
    }
  }
}
