package vn.loaxanh.activities.boundary;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loaxanh.activities.control.Activities;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityType;
import vn.loaxanh.agencies.control.Agencies;
import vn.loaxanh.agencies.control.Units;
import vn.loaxanh.agencies.entity.UnitLevel;
import vn.loaxanh.plans.control.Plans;
import vn.loaxanh.plans.entity.Channel;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.pages.FormTokens;
import vn.loaxanh.platform.pages.Templates;
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.security.Roles;

/**
 * Schedules an activity from a plain form: plan, type, title, lead agency, district, day and hours
 * in Vietnam's time. Mistakes come back on the form beside their fields; a saved activity opens on
 * its own page with any conflict warnings.
 */
@WebServlet("/lich/moi")
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
@ServletSecurity(@HttpConstraint(rolesAllowed = {Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR}))
public class NewActivityPage extends HttpServlet {
  private static final int CHOICES = 500;

  @Inject Activities activities;
  @Inject Plans plans;
  @Inject Agencies agencies;
  @Inject Units units;
  @Inject Templates templates;
  @Inject FormTokens tokens;

  public record Option(String value, String label) {}

  public record Model(
      String csrf,
      Map<String, String> values,
      Map<String, String> errors,
      List<Option> plans,
      List<Option> types,
      List<Option> agencies,
      List<Option> districts) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("date", request.getParameter("date") == null ? "" : request.getParameter("date"));
    values.put("start", "07:30");
    values.put("end", "11:00");
    show(request, response, values, Map.of());
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding("UTF-8");
    if (!tokens.accepts(request, request.getUserPrincipal().getName())) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String field :
        List.of("planId", "type", "title", "leadId", "unitId", "date", "start", "end")) {
      String value = request.getParameter(field);
      values.put(field, value == null ? "" : value.strip());
    }
    try {
      Activity created = activities.create(draft(values));
      response.sendRedirect("/lich/hoat-dong?id=" + created.id());
    } catch (InvalidInput invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      show(request, response, values, invalid.fields());
    } catch (WebApplicationException refused) {
      response.setStatus(refused.getResponse().getStatus());
      show(request, response, values, Map.of("title", String.valueOf(refused.getMessage())));
    }
  }

  private static Activities.Draft draft(Map<String, String> v) {
    LocalDate day = required(v, "date", text -> LocalDate.parse(text));
    LocalTime start = required(v, "start", text -> LocalTime.parse(text));
    LocalTime end = required(v, "end", text -> LocalTime.parse(text));
    ActivityType type = required(v, "type", ActivityType::valueOf);
    String title = required(v, "title", text -> text);
    if (title.length() > 300) {
      throw new InvalidInput("title", "tối đa 300 ký tự / at most 300 characters");
    }
    Instant startsAt =
        day.atTime(start).atZone(vn.loaxanh.platform.configuration.LocalTime.VIETNAM).toInstant();
    Instant endsAt =
        day.atTime(end).atZone(vn.loaxanh.platform.configuration.LocalTime.VIETNAM).toInstant();
    return new Activities.Draft(
        required(v, "planId", Long::valueOf),
        null,
        new Activity.Details(
            type, title, null, null, null, null, null, EnumSet.noneOf(Channel.class)),
        required(v, "leadId", Long::valueOf),
        Set.of(),
        v.get("unitId").isEmpty() ? null : Long.valueOf(v.get("unitId")),
        startsAt,
        endsAt,
        false,
        null);
  }

  private static <T> T required(
      Map<String, String> values, String field, java.util.function.Function<String, T> parse) {
    String text = values.get(field);
    if (text == null || text.isEmpty()) {
      throw new InvalidInput(field, "bắt buộc / required");
    }
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException | DateTimeParseException wrong) {
      throw new InvalidInput(field, "không hợp lệ / invalid");
    }
  }

  private void show(
      HttpServletRequest request,
      HttpServletResponse response,
      Map<String, String> values,
      Map<String, String> errors)
      throws IOException {
    PageRequest all = new PageRequest(0, CHOICES);
    Model model =
        new Model(
            tokens.tokenFor(request.getUserPrincipal().getName()),
            values,
            errors,
            plans.list(null, null, all).items().stream()
                .map(p -> new Option(p.id().toString(), p.year() + " — " + p.title()))
                .toList(),
            java.util.Arrays.stream(ActivityType.values())
                .map(t -> new Option(t.name(), t.name()))
                .toList(),
            agencies.list(null, null, all).items().stream()
                .map(a -> new Option(a.id().toString(), a.name()))
                .toList(),
            units.list(UnitLevel.DISTRICT, all).items().stream()
                .map(u -> new Option(u.id().toString(), u.name()))
                .toList());
    response.setHeader("Cache-Control", "no-store");
    templates.write(response, "calendar/new.jte", Map.of("model", model));
  }
}
