package vn.loaxanh.people.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.loaxanh.activities.boundary.Choices;
import vn.loaxanh.contests.control.Contests;
import vn.loaxanh.contests.control.Judging;
import vn.loaxanh.people.control.PasswordResets;
import vn.loaxanh.platform.pages.CurrentPage;
import vn.loaxanh.platform.pages.FormFields;
import vn.loaxanh.platform.pages.FormPage;
import vn.loaxanh.platform.pages.FormState;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Refusal;
import vn.loaxanh.platform.pages.SiteAddress;
import vn.loaxanh.platform.security.Roles;
import vn.loaxanh.platform.security.StaffAccount;
import vn.loaxanh.platform.security.StaffAccounts;
import vn.loaxanh.platform.security.StaffResource;

/**
 * The staff accounts, for administrators (/quan-tri/tai-khoan): who has which role and agency,
 * which contests a judge scores, which accounts are disabled; a form for a new account (/moi) and
 * one to change an account and send it a password-reset link (/sua?id=).
 */
@Path("quan-tri/tai-khoan")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class StaffAccountsPage implements FormPage {
  private static final String REQUIRED = "bắt buộc / required";
  private static final List<String> FIELDS =
      List.of("username", "password", "role", "agencyId", "email", "disabled", "version");
  private static final List<String> ROLES =
      List.of(Roles.COORDINATOR, Roles.EDITOR, Roles.JUDGE, Roles.ADMIN);

  @Inject StaffAccounts accounts;
  @Inject vn.loaxanh.platform.validation.Validated validated;
  @Inject PasswordResets resets;
  @Inject Contests contests;
  @Inject Judging judging;
  @Inject Choices choices;
  @Inject SiteAddress site;
  @Inject CurrentPage page;
  @Context HttpServletRequest request;

  /** The account of this request (null for a new one), kept to show the form again. */
  private Long accountId;

  public record Row(
      long id, String username, String role, String agency, String email, boolean active) {}

  public record ListModel(List<Row> accounts, String notice) {}

  public record FormModel(
      Long id,
      String heading,
      FormState form,
      List<String> judged,
      List<Option> roles,
      List<Option> agencies,
      List<Option> contests,
      String notice) {}

  @GET
  @Transactional
  public Page list(@QueryParam("saved") String saved) {
    var t = page.t();
    Map<String, String> agencyNames =
        choices.agencies().stream().collect(Collectors.toMap(Option::value, Option::label));
    return new Page(
        "people/accounts.jte",
        new ListModel(
            accounts.list().stream()
                .map(
                    a ->
                        new Row(
                            a.id(),
                            a.username(),
                            t.get("role." + a.role()),
                            a.agencyId() == null
                                ? null
                                : agencyNames.getOrDefault(a.agencyId().toString(), "—"),
                            a.email(),
                            a.isActive()))
                .toList(),
            "1".equals(saved) ? t.get("accounts.saved") : null));
  }

  @GET
  @Path("moi")
  @Transactional
  public Page newAccount() {
    return show(null, FormState.of(Map.of("role", Roles.COORDINATOR)), List.of(), null);
  }

  @POST
  @Path("moi")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response create(MultivaluedMap<String, String> form) {
    Map<String, String> v = FormState.read(form, FIELDS);
    // The API's own record and rules: username, password length, role, e-mail.
    StaffResource.NewAccount input =
        validated.check(
            new StaffResource.NewAccount(
                v.get("username"),
                v.get("password"),
                v.get("role"),
                optionalId(v, "agencyId"),
                v.get("email").isEmpty() ? null : v.get("email")));
    StaffAccount account =
        accounts.create(
            input.username(), input.password(), input.role(), input.agencyId(), input.email());
    judges(account.username(), form);
    return Page.seeOther("/quan-tri/tai-khoan?saved=1");
  }

  @GET
  @Path("sua")
  @Transactional
  public Page edit(
      @QueryParam("id") @NotNull(message = REQUIRED) Long id, @QueryParam("sent") String sent) {
    StaffAccount account = accounts.get(id);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("username", account.username());
    values.put("role", account.role());
    values.put("agencyId", account.agencyId() == null ? "" : account.agencyId().toString());
    values.put("email", account.email() == null ? "" : account.email());
    values.put("disabled", account.isActive() ? "" : "on");
    values.put("version", Long.toString(account.version()));
    return show(
        account,
        FormState.of(values),
        judging.judgedBy(account.username()).stream().map(c -> c.id().toString()).toList(),
        sent == null ? null : page.t().format("accounts.resetSent", sent));
  }

  @POST
  @Path("sua")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response change(
      @QueryParam("id") @NotNull(message = REQUIRED) Long id, MultivaluedMap<String, String> form) {
    accountId = id;
    if ("reset".equals(form.getFirst("action"))) {
      String sentTo = resets.send(id, site.base(request));
      return Page.seeOther(
          "/quan-tri/tai-khoan/sua?id="
              + id
              + "&sent="
              + URLEncoder.encode(sentTo, StandardCharsets.UTF_8));
    }
    Map<String, String> v = FormState.read(form, FIELDS);
    StaffResource.AccountChange change =
        validated.check(
            new StaffResource.AccountChange(
                v.get("role"),
                optionalId(v, "agencyId"),
                v.get("email").isEmpty() ? null : v.get("email"),
                "on".equals(v.get("disabled")),
                FormFields.required(v, "version", Long::valueOf)));
    StaffAccount account =
        accounts.update(
            id,
            change.version(),
            change.role(),
            change.agencyId(),
            change.email(),
            change.disabled());
    judges(account.username(), form);
    return Page.seeOther("/quan-tri/tai-khoan?saved=1");
  }

  @Override
  public Page again(MultivaluedMap<String, String> typed, Refusal refusal) {
    Map<String, String> values = FormState.read(typed, FIELDS);
    values.put("password", "");
    StaffAccount account = accountId == null ? null : accounts.get(accountId);
    return show(account, FormState.refused(values, refusal), FormFields.all(typed, "judges"), null);
  }

  /** The contests a judge scores, as ticked; other roles judge none. */
  private void judges(String username, MultivaluedMap<String, String> form) {
    Set<Long> ticked =
        FormFields.all(form, "judges").stream()
            .map(c -> FormFields.required(Map.of("judges", c), "judges", Long::valueOf))
            .collect(Collectors.toSet());
    judging.assignJudge(username, Roles.JUDGE.equals(form.getFirst("role")) ? ticked : Set.of());
  }

  private Page show(StaffAccount account, FormState form, List<String> judged, String notice) {
    var t = page.t();
    return new Page(
        "people/account.jte",
        new FormModel(
            account == null ? null : account.id(),
            account == null
                ? t.get("accounts.new")
                : t.format("accounts.editTitle", account.username()),
            form,
            judged,
            ROLES.stream().map(r -> new Option(r, t.get("role." + r))).toList(),
            choices.agencies(),
            contests.all().stream().map(c -> new Option(c.id().toString(), c.title())).toList(),
            notice));
  }

  private static Long optionalId(Map<String, String> v, String field) {
    return v.get(field).isEmpty() ? null : FormFields.required(v, field, Long::valueOf);
  }
}
