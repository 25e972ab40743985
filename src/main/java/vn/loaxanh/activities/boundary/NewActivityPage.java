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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loaxanh.activities.control.Activities;
import vn.loaxanh.activities.entity.Activity;
import vn.loaxanh.activities.entity.ActivityType;
import vn.loaxanh.plans.entity.Channel;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.pages.FormFields;
import vn.loaxanh.platform.pages.FormTokens;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.PageContext;
import vn.loaxanh.platform.pages.Templates;
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
  @Inject Activities activities;
  @Inject Choices choices;
  @Inject Templates templates;
  @Inject FormTokens tokens;

  public record Model(
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
    if (tokens.refused(request, response)) {
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
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", "/lich/hoat-dong?id=" + created.id());
    } catch (InvalidInput invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      show(request, response, values, invalid.fields());
    } catch (WebApplicationException refused) {
      response.setStatus(refused.getResponse().getStatus());
      show(request, response, values, Map.of("title", String.valueOf(refused.getMessage())));
    }
  }

  private static Activities.Draft draft(Map<String, String> v) {
    ActivityType type = FormFields.required(v, "type", ActivityType::valueOf);
    String title = FormFields.required(v, "title", text -> text);
    if (title.length() > 300) {
      throw new InvalidInput("title", "tối đa 300 ký tự / at most 300 characters");
    }
    FormFields.Hours hours = FormFields.hours(v);
    return new Activities.Draft(
        FormFields.required(v, "planId", Long::valueOf),
        null,
        new Activity.Details(
            type, title, null, null, null, null, null, EnumSet.noneOf(Channel.class)),
        FormFields.required(v, "leadId", Long::valueOf),
        Set.of(),
        v.get("unitId").isEmpty() ? null : Long.valueOf(v.get("unitId")),
        hours.startsAt(),
        hours.endsAt(),
        false,
        null);
  }

  private void show(
      HttpServletRequest request,
      HttpServletResponse response,
      Map<String, String> values,
      Map<String, String> errors)
      throws IOException {
    PageContext page = templates.context(request, response);
    Model model =
        new Model(
            values,
            errors,
            choices.plans(),
            Arrays.stream(ActivityType.values())
                .map(t -> new Option(t.name(), page.t().of(t)))
                .toList(),
            choices.agencies(),
            choices.districts());
    response.setHeader("Cache-Control", "no-store");
    templates.write(page, response, "calendar/new.jte", Map.of("model", model));
  }
}
