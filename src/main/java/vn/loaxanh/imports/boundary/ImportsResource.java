package vn.loaxanh.imports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import vn.loaxanh.imports.control.ContentImport;
import vn.loaxanh.imports.control.ImportPreviews;
import vn.loaxanh.imports.control.SeedContent;
import vn.loaxanh.imports.entity.ContentImportRecord;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.security.CurrentStaff;
import vn.loaxanh.platform.security.Roles;

/**
 * Imports content files: any file posted as the body, or one of those bundled with the application
 * by name. Both answer what was created, updated and left unchanged.
 */
@Path("api/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class ImportsResource {
  static final int MAX_FILE_CHARACTERS = 2_000_000;

  @Inject ContentImport imports;
  @Inject ImportPreviews previews;
  @Inject SeedContent seeds;
  @Inject CurrentStaff staff;
  @PersistenceContext EntityManager em;

  public record ImportView(
      long id,
      String file,
      String sha256,
      OffsetDateTime importedAt,
      String importedBy,
      int created,
      int updated,
      int unchanged) {
    static ImportView of(ContentImportRecord record) {
      return new ImportView(
          record.id(),
          record.fileName(),
          record.sha256(),
          record.importedAt().atZone(LocalTime.VIETNAM).toOffsetDateTime(),
          record.importedBy(),
          record.created(),
          record.updated(),
          record.unchanged());
    }
  }

  @GET
  public List<ImportView> history() {
    return em
        .createNamedQuery(ContentImportRecord.LATEST, ContentImportRecord.class)
        .setMaxResults(100)
        .getResultList()
        .stream()
        .map(ImportView::of)
        .toList();
  }

  @GET
  @Path("seed")
  public List<String> bundled() {
    return seeds.names();
  }

  @POST
  @Consumes({"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN})
  public ContentImport.Outcome importPosted(
      @QueryParam("file") @DefaultValue("upload.yaml") String file,
      @QueryParam("take") List<String> take,
      String text) {
    return imports.importFile(
        file,
        checked(text),
        staff.name(),
        staff.coordinatedAgency().orElse(null),
        Set.copyOf(take));
  }

  /** What the import would do, changing nothing: counts and conflicts with staff's changes. */
  @POST
  @Path("preview")
  @Consumes({"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN})
  public ContentImport.Outcome preview(
      @QueryParam("file") @DefaultValue("upload.yaml") String file,
      @QueryParam("take") List<String> take,
      String text) {
    return previews.preview(
        file,
        checked(text),
        staff.name(),
        staff.coordinatedAgency().orElse(null),
        Set.copyOf(take));
  }

  /** A content file's text, refused when empty or larger than any plan needs. */
  public static String checked(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInput("body", "tệp trống / the file is empty");
    }
    if (text.length() > MAX_FILE_CHARACTERS) {
      throw new InvalidInput("body", "tệp quá lớn / the file is too large");
    }
    return text;
  }

  @POST
  @Path("seed/{file}")
  public ContentImport.Outcome importBundled(@PathParam("file") String file) {
    String text = seeds.read(file).orElseThrow(() -> new NotFound("content file", file));
    return imports.importFile(
        file, text, staff.name(), staff.coordinatedAgency().orElse(null), Set.of());
  }
}
