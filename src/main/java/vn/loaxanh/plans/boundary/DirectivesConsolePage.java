package vn.loaxanh.plans.boundary;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.loaxanh.plans.control.Directives;
import vn.loaxanh.plans.entity.Directive;
import vn.loaxanh.plans.entity.DirectiveKind;
import vn.loaxanh.platform.errors.InvalidInput;
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
 * The register of directives plans cite (/quan-tri/van-ban) and the form that adds or edits one
 * (/quan-tri/van-ban/sua), with the directives it carries out in turn, read into the API's {@link
 * DirectiveInput}.
 */
@Path("quan-tri/van-ban")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class DirectivesConsolePage implements FormPage {
  private static final PageRequest ALL = new PageRequest(0, 500);
  private static final List<String> FIELDS =
      List.of("symbol", "kind", "issuedOn", "issuer", "title", "summary", "version");

  @Inject Directives directives;
  @Inject Validated validated;
  @Inject CurrentPage page;

  /** The directive of this request (null for a new one), kept to show the form again. */
  private Long directiveId;

  public record Row(long id, String symbol, String kind, String title, String issuer) {}

  public record ListModel(List<Row> directives, boolean saved) {}

  public record FormModel(
      Long id,
      String heading,
      FormState form,
      List<String> implementsIds,
      List<Option> kinds,
      List<Option> others) {}

  @GET
  @Transactional
  public Page list(@QueryParam("saved") String saved) {
    var t = page.t();
    return new Page(
        "plans/directives.jte",
        new ListModel(
            directives.list(null, ALL).items().stream()
                .map(d -> new Row(d.id(), d.symbol(), t.of(d.kind()), d.title(), d.issuer()))
                .toList(),
            "1".equals(saved)));
  }

  @GET
  @Path("sua")
  @Transactional
  public Page form(@QueryParam("id") Long id) {
    if (id == null) {
      return show(null, FormState.of(Map.of()), List.of());
    }
    Directive d = directives.get(id);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("symbol", d.symbol());
    values.put("kind", d.kind().name());
    values.put("issuedOn", d.issuedOn() == null ? "" : d.issuedOn().toString());
    values.put("issuer", d.issuer());
    values.put("title", d.title());
    values.put("summary", d.summary() == null ? "" : d.summary());
    values.put("version", Long.toString(d.version()));
    return show(
        d,
        FormState.of(values),
        d.implementsDirectives().stream().map(x -> x.id().toString()).toList());
  }

  @POST
  @Path("sua")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response save(@QueryParam("id") Long id, MultivaluedMap<String, String> form) {
    directiveId = id;
    Map<String, String> v = FormState.read(form, FIELDS);
    LocalDate issuedOn;
    try {
      issuedOn = v.get("issuedOn").isEmpty() ? null : LocalDate.parse(v.get("issuedOn"));
    } catch (DateTimeParseException notADate) {
      throw new InvalidInput("issuedOn", "ngày không hợp lệ / invalid date");
    }
    DirectiveInput input =
        new DirectiveInput(
            id == null ? v.get("symbol") : directives.get(id).symbol(),
            v.get("kind").isEmpty() ? null : v.get("kind"),
            issuedOn,
            v.get("issuer"),
            v.get("title"),
            v.get("summary").isEmpty() ? null : v.get("summary"),
            FormFields.all(form, "implementsIds").stream()
                .map(
                    x ->
                        FormFields.required(
                            Map.of("implementsIds", x), "implementsIds", Long::valueOf))
                .collect(Collectors.toCollection(LinkedHashSet::new)),
            id == null ? null : FormFields.required(v, "version", Long::valueOf));
    validated.check(input);
    if (id == null) {
      directives.create(input.symbol(), input.toDescription());
    } else {
      directives.update(id, input.version(), input.toDescription());
    }
    return Page.seeOther("/quan-tri/van-ban?saved=1");
  }

  @Override
  public Page again(MultivaluedMap<String, String> typed, Refusal refusal) {
    return show(
        directiveId == null ? null : directives.get(directiveId),
        FormState.refused(FormState.read(typed, FIELDS), refusal),
        FormFields.all(typed, "implementsIds"));
  }

  private Page show(Directive directive, FormState form, List<String> implementsIds) {
    var t = page.t();
    return new Page(
        "plans/directive.jte",
        new FormModel(
            directive == null ? null : directive.id(),
            directive == null
                ? t.get("directives.new")
                : t.format("directives.editTitle", directive.symbol()),
            form,
            implementsIds,
            Arrays.stream(DirectiveKind.values()).map(k -> new Option(k.name(), t.of(k))).toList(),
            directives.list(null, ALL).items().stream()
                .filter(d -> directive == null || !d.id().equals(directive.id()))
                .map(d -> new Option(d.id().toString(), d.symbol() + " — " + d.title()))
                .toList()));
  }
}
