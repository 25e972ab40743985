package vn.loaxanh.contests.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.loaxanh.contests.control.Schools;
import vn.loaxanh.contests.entity.School;
import vn.loaxanh.contests.entity.SchoolLevel;
import vn.loaxanh.platform.security.Roles;
import vn.loaxanh.platform.validation.OneOf;
import vn.loaxanh.platform.validation.OneOfValidator;

/** The school directory: listed for registration forms, kept and imported by staff. */
@Path("api/schools")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolsResource {
  @Inject Schools schools;

  public record SchoolInput(
      @NotBlank(message = "bắt buộc / required")
          @Size(max = 300, message = "tối đa 300 ký tự / at most 300 characters")
          String name,
      @NotNull(message = "bắt buộc / required") @OneOf(SchoolLevel.class) String level,
      @NotNull(message = "bắt buộc / required") Long districtId) {}

  @GET
  @Transactional
  public List<SchoolView> list(
      @QueryParam("districtId") Long districtId, @QueryParam("confirmed") Boolean confirmed) {
    return schools.list(districtId, confirmed).stream().map(SchoolView::of).toList();
  }

  @GET
  @Path("{id}")
  @Transactional
  public SchoolView get(@PathParam("id") long id) {
    return SchoolView.of(schools.get(id));
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  public Response add(
      @Valid @NotNull(message = "bắt buộc / required") SchoolInput input, @Context UriInfo uri) {
    School school =
        schools.add(
            input.name(),
            OneOfValidator.parse(SchoolLevel.class, input.level()),
            input.districtId());
    return Response.created(uri.getAbsolutePathBuilder().path(school.id().toString()).build())
        .entity(SchoolView.of(school))
        .build();
  }

  /**
   * Imports a directory in CSV (UTF-8, header {@code name,level,district,province}); all or
   * nothing.
   */
  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  public Schools.ImportReport importCsv(InputStream csv) {
    return schools.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8));
  }

  /** Confirms a school a teacher proposed during registration. */
  @POST
  @Path("{id}/confirm")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  @Transactional
  public SchoolView confirm(@PathParam("id") long id) {
    return SchoolView.of(schools.confirm(id));
  }

  public record MergeInput(
      @jakarta.validation.constraints.NotNull(message = "bắt buộc / required") Long into) {}

  /** Merges a proposed school into the directory's school it really is; entries move with it. */
  @POST
  @Path("{id}/merge")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  @Transactional
  public SchoolView merge(
      @PathParam("id") long id,
      @jakarta.validation.Valid
          @jakarta.validation.constraints.NotNull(message = "bắt buộc / required")
          MergeInput input) {
    return SchoolView.of(schools.merge(id, input.into()));
  }

  /** Rejects a proposed school that no entry names. */
  @jakarta.ws.rs.DELETE
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
  @Transactional
  public jakarta.ws.rs.core.Response reject(@PathParam("id") long id) {
    schools.reject(id);
    return jakarta.ws.rs.core.Response.noContent().build();
  }
}
