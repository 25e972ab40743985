package vn.loaxanh.agencies.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loaxanh.agencies.control.Agencies;
import vn.loaxanh.agencies.control.Units;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.agencies.entity.AgencyKind;
import vn.loaxanh.platform.pages.CurrentPage;
import vn.loaxanh.platform.pages.FormFields;
import vn.loaxanh.platform.pages.FormPage;
import vn.loaxanh.platform.pages.FormState;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Refusal;
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.security.Roles;
import vn.loaxanh.platform.validation.Validated;

/**
 * The directory of agencies (/quan-tri/co-quan) with the contact e-mail that reminders go to, and
 * the form that adds or edits one (/quan-tri/co-quan/sua), read into the API's {@link AgencyInput}.
 */
@Path("quan-tri/co-quan")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class AgenciesConsolePage implements FormPage {
  private static final PageRequest ALL = new PageRequest(0, 500);
  private static final List<String> FIELDS =
      List.of("code", "name", "shortName", "kind", "unitId", "email", "version");

  @Inject Agencies agencies;
  @Inject Units units;
  @Inject Validated validated;
  @Inject CurrentPage page;

  /** The agency of this request (null for a new one), kept to show the form again. */
  private Long agencyId;

  public record Row(long id, String name, String kind, String unit, String email) {}

  public record ListModel(List<Row> agencies, int withoutEmail, boolean saved) {}

  public record FormModel(
      Long id, String heading, FormState form, List<Option> kinds, List<Option> units) {}

  @GET
  @Transactional
  public Page list(@QueryParam("saved") String saved) {
    var t = page.t();
    List<Row> rows =
        agencies.list(null, null, ALL).items().stream()
            .sorted(
                Comparator.comparing((Agency a) -> a.unit() == null ? "" : a.unit().code())
                    .thenComparing(Agency::name))
            .map(
                a ->
                    new Row(
                        a.id(),
                        a.name(),
                        a.kind() == null ? "—" : t.of(a.kind()),
                        a.unit() == null ? "—" : a.unit().name(),
                        a.email()))
            .toList();
    return new Page(
        "agencies/console.jte",
        new ListModel(
            rows, (int) rows.stream().filter(r -> r.email() == null).count(), "1".equals(saved)));
  }

  @GET
  @Path("sua")
  @Transactional
  public Page form(@QueryParam("id") Long id) {
    if (id == null) {
      return show(null, FormState.of(Map.of()));
    }
    Agency agency = agencies.get(id);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("code", agency.code());
    values.put("name", agency.name());
    values.put("shortName", agency.shortName() == null ? "" : agency.shortName());
    values.put("kind", agency.kind() == null ? "" : agency.kind().name());
    values.put("unitId", agency.unit() == null ? "" : agency.unit().id().toString());
    values.put("email", agency.email() == null ? "" : agency.email());
    values.put("version", Long.toString(agency.version()));
    return show(agency, FormState.of(values));
  }

  @POST
  @Path("sua")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response save(@QueryParam("id") Long id, MultivaluedMap<String, String> form) {
    agencyId = id;
    Map<String, String> v = FormState.read(form, FIELDS);
    AgencyInput input =
        new AgencyInput(
            id == null ? v.get("code") : agencies.get(id).code(),
            v.get("name"),
            v.get("shortName").isEmpty() ? null : v.get("shortName"),
            v.get("kind").isEmpty() ? null : v.get("kind"),
            v.get("unitId").isEmpty() ? null : FormFields.required(v, "unitId", Long::valueOf),
            v.get("email").isEmpty() ? null : v.get("email"),
            id == null ? null : FormFields.required(v, "version", Long::valueOf));
    validated.check(input);
    if (id == null) {
      agencies.create(input.code(), input.toDescription());
    } else {
      agencies.update(id, input.version(), input.toDescription());
    }
    return Page.seeOther("/quan-tri/co-quan?saved=1");
  }

  @Override
  public Page again(MultivaluedMap<String, String> typed, Refusal refusal) {
    return show(
        agencyId == null ? null : agencies.get(agencyId),
        FormState.refused(FormState.read(typed, FIELDS), refusal));
  }

  private Page show(Agency agency, FormState form) {
    var t = page.t();
    return new Page(
        "agencies/form.jte",
        new FormModel(
            agency == null ? null : agency.id(),
            agency == null ? t.get("agencies.new") : t.format("agencies.editTitle", agency.name()),
            form,
            Arrays.stream(AgencyKind.values()).map(k -> new Option(k.name(), t.of(k))).toList(),
            units.list(null, ALL).items().stream()
                .map(u -> new Option(u.id().toString(), u.name()))
                .toList()));
  }
}
