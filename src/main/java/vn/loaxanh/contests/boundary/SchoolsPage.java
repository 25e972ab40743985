package vn.loaxanh.contests.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.loaxanh.contests.control.Schools;
import vn.loaxanh.contests.entity.School;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.pages.CurrentPage;
import vn.loaxanh.platform.pages.FormPage;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Refusal;
import vn.loaxanh.platform.pages.Texts;
import vn.loaxanh.platform.security.Roles;

/**
 * The school directory for staff (/quan-tri/truong): import it from CSV with each bad line named,
 * and settle the schools teachers proposed while registering: confirm one, merge it into the listed
 * school it really is, or reject it.
 */
@Path("quan-tri/truong")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class SchoolsPage implements FormPage {
  @Inject Schools schools;
  @Inject CurrentPage page;

  /** A school a teacher proposed, with the listed schools of its district it may be. */
  public record Proposal(long id, String name, String district, List<Option> sameDistrict) {}

  /** A refusal: the line or field, and the reason in the reader's words. */
  public record Problem(String where, String reason) {}

  public record Model(
      int listed, List<Proposal> proposals, String notice, List<Problem> problems) {}

  @GET
  @Transactional
  public Page show(@QueryParam("imported") String imported, @QueryParam("done") String done) {
    Texts t = page.t();
    String notice = null;
    if (imported != null && imported.matches("\\d+,\\d+,\\d+")) {
      String[] counts = imported.split(",");
      notice =
          t.format(
              "schools.imported",
              Integer.parseInt(counts[0]),
              Integer.parseInt(counts[1]),
              Integer.parseInt(counts[2]));
    } else if (done != null) {
      notice = t.get("schools.done");
    }
    return show(notice, List.of());
  }

  @POST
  @Path("nhap")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Transactional
  public Response importCsv(List<EntityPart> parts) throws IOException {
    for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
      if ("file".equals(part.getName())
          && part.getFileName().filter(n -> !n.isBlank()).isPresent()) {
        try (InputStream in = part.getContent()) {
          Schools.ImportReport report =
              schools.importCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
          return Page.seeOther(
              "/quan-tri/truong?imported="
                  + report.created()
                  + ","
                  + report.updated()
                  + ","
                  + report.unchanged());
        }
      }
    }
    throw new InvalidInput("file", "chọn một tệp CSV / choose a CSV file");
  }

  @POST
  @Path("de-xuat")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response settle(
      @FormParam("id") Long id, @FormParam("action") String action, @FormParam("into") Long into) {
    if (id == null) {
      throw new InvalidInput("id", "bắt buộc / required");
    }
    switch (String.valueOf(action)) {
      case "confirm" -> schools.confirm(id);
      case "merge" -> {
        if (into == null) {
          throw new InvalidInput(
              "into", "chọn trường để gộp vào / choose the school to merge into");
        }
        schools.merge(id, into);
      }
      case "reject" -> schools.reject(id);
      default -> throw new InvalidInput("action", "không rõ / unknown");
    }
    return Page.seeOther("/quan-tri/truong?done=1");
  }

  /** The directory again, with each bad line or reason named above it. */
  @Override
  public Page again(MultivaluedMap<String, String> typed, Refusal refusal) {
    Texts t = page.t();
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, String> field : refusal.fields().entrySet()) {
      String where = field.getKey();
      problems.add(
          new Problem(
              where.startsWith("line ")
                  ? t.format("schools.line", where.substring(5))
                  : t.get("schools.field." + where),
              field.getValue()));
    }
    if (problems.isEmpty()) {
      problems.add(new Problem("", refusal.message()));
    }
    return show(null, problems);
  }

  private Page show(String notice, List<Problem> problems) {
    List<School> listed = schools.list(null, true);
    List<Proposal> proposals =
        schools.list(null, false).stream()
            .map(
                p ->
                    new Proposal(
                        p.id(),
                        p.name(),
                        p.district().name(),
                        listed.stream()
                            .filter(s -> s.district().id().equals(p.district().id()))
                            .map(s -> new Option(s.id().toString(), s.name()))
                            .toList()))
            .toList();
    return new Page(
        "contests/console/schools.jte", new Model(listed.size(), proposals, notice, problems));
  }
}
