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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loaxanh.agencies.control.Units;
import vn.loaxanh.agencies.entity.AdministrativeUnit;
import vn.loaxanh.agencies.entity.UnitLevel;
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
 * The administrative units (/quan-tri/dia-ban): provinces with their districts and communes, and
 * the form that adds or renames one (/quan-tri/dia-ban/sua), read into the API's {@link UnitInput}.
 */
@Path("quan-tri/dia-ban")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class UnitsConsolePage implements FormPage {
  private static final PageRequest ALL = new PageRequest(0, 500);
  private static final List<String> FIELDS =
      List.of("code", "name", "level", "parentId", "version");

  @Inject Units units;
  @Inject Validated validated;
  @Inject CurrentPage page;

  /** The unit of this request (null for a new one), kept to show the form again. */
  private Long unitId;

  public record Row(long id, String name, String level, String parent, int depth) {}

  public record ListModel(List<Row> units, boolean saved) {}

  public record FormModel(
      Long id, String heading, FormState form, List<Option> levels, List<Option> parents) {}

  @GET
  @Transactional
  public Page list(@QueryParam("saved") String saved) {
    var t = page.t();
    return new Page(
        "agencies/units.jte",
        new ListModel(
            units.list(null, ALL).items().stream()
                .map(
                    u ->
                        new Row(
                            u.id(),
                            u.name(),
                            t.of(u.level()),
                            u.parent() == null ? null : u.parent().name(),
                            u.level().ordinal()))
                .toList(),
            "1".equals(saved)));
  }

  @GET
  @Path("sua")
  @Transactional
  public Page form(@QueryParam("id") Long id) {
    if (id == null) {
      return show(null, FormState.of(Map.of("level", UnitLevel.DISTRICT.name())));
    }
    AdministrativeUnit unit = units.get(id, null);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("code", unit.code());
    values.put("name", unit.name());
    values.put("level", unit.level().name());
    values.put("parentId", unit.parent() == null ? "" : unit.parent().id().toString());
    values.put("version", Long.toString(unit.version()));
    return show(unit, FormState.of(values));
  }

  @POST
  @Path("sua")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response save(@QueryParam("id") Long id, MultivaluedMap<String, String> form) {
    unitId = id;
    Map<String, String> v = FormState.read(form, FIELDS);
    UnitInput input =
        new UnitInput(
            id == null ? v.get("code") : units.get(id, null).code(),
            v.get("name"),
            v.get("level").isEmpty() ? null : v.get("level"),
            v.get("parentId").isEmpty() ? null : FormFields.required(v, "parentId", Long::valueOf),
            id == null ? null : FormFields.required(v, "version", Long::valueOf));
    validated.check(input);
    if (id == null) {
      units.create(input.code(), input.name(), input.unitLevel(), input.parentId());
    } else {
      units.update(id, null, input.version(), input.name(), input.unitLevel(), input.parentId());
    }
    return Page.seeOther("/quan-tri/dia-ban?saved=1");
  }

  @Override
  public Page again(MultivaluedMap<String, String> typed, Refusal refusal) {
    return show(
        unitId == null ? null : units.get(unitId, null),
        FormState.refused(FormState.read(typed, FIELDS), refusal));
  }

  private Page show(AdministrativeUnit unit, FormState form) {
    var t = page.t();
    return new Page(
        "agencies/unit.jte",
        new FormModel(
            unit == null ? null : unit.id(),
            unit == null ? t.get("units.new") : t.format("units.editTitle", unit.name()),
            form,
            Arrays.stream(UnitLevel.values()).map(l -> new Option(l.name(), t.of(l))).toList(),
            units.list(null, ALL).items().stream()
                .filter(u -> u.level() != UnitLevel.COMMUNE)
                .filter(u -> unit == null || !u.id().equals(unit.id()))
                .map(u -> new Option(u.id().toString(), u.name()))
                .toList()));
  }
}
