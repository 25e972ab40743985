package vn.loaxanh.contests.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import vn.loaxanh.contests.control.ContestEntries;
import vn.loaxanh.contests.control.Contests;
import vn.loaxanh.contests.control.EntryExports;
import vn.loaxanh.contests.control.Registrations;
import vn.loaxanh.contests.entity.Contest;
import vn.loaxanh.contests.entity.Entry;
import vn.loaxanh.contests.entity.EntryStatus;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.pages.SiteAddress;
import vn.loaxanh.platform.security.Roles;
import vn.loaxanh.platform.validation.OneOf;
import vn.loaxanh.platform.validation.OneOfValidator;
import vn.loaxanh.platform.validation.Validated;

/**
 * The entries of a contest: registered by anyone, listed and exported by staff. Registration by
 * program: a multipart body with the entry as JSON (part {@code entry}) and its files (parts {@code
 * files}). The {@code Idempotency-Key} header makes a retry safe: the same key answers the entry
 * the first try made (200) instead of a second entry (201).
 */
@Path("api/contests/{id}/entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContestEntriesResource {
  private static final Jsonb JSON = JsonbBuilder.create();

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject Registrations registrations;
  @Inject Contests contests;
  @Inject ContestEntries entries;
  @Inject EntryExports exports;
  @Inject Uploads uploads;
  @Inject Validated validated;
  @Inject SiteAddress site;
  @Context HttpServletRequest request;

  /** What the school is told: its receipt, and the private link when this call made the entry. */
  public record ReceiptView(String receipt, long entryId, String privateLink, boolean replayed) {}

  /**
   * One transaction from reading the call to writing the entry, so the call and its categories are
   * read once. The parts have arrived whole before this runs; the school's row is locked only once
   * the files are staged.
   */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Transactional
  public Response register(
      @PathParam("id") long contestId,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      List<EntityPart> parts)
      throws IOException {
    EntryInput input = entry(parts);
    Contest contest = contests.get(contestId);
    List<FilePart> files =
        parts.stream().filter(p -> p.getName().equals("files")).map(FilePart::new).toList();
    Registrations.Receipt receipt =
        uploads.staged(
            contest,
            input.category(),
            files,
            staged ->
                registrations.register(
                    contestId, input.submission(idempotencyKey), staged, site.base(request)));
    ReceiptView view =
        new ReceiptView(
            receipt.entry().receipt(),
            receipt.entry().id(),
            receipt.secret().map(s -> site.base(request) + "/bai-du-thi/" + s).orElse(null),
            receipt.replayed());
    return Response.status(receipt.replayed() ? Response.Status.OK : Response.Status.CREATED)
        .entity(view)
        .build();
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
  @Transactional
  public List<EntryView> entries(
      @PathParam("id") long id,
      @QueryParam("category") String category,
      @QueryParam("status") @OneOf(EntryStatus.class) String status,
      @QueryParam("schoolId") Long schoolId,
      @QueryParam("districtId") Long districtId) {
    return filtered(id, category, status, schoolId, districtId).stream()
        .map(EntryView::of)
        .toList();
  }

  /** The same entries as a spreadsheet: {@code format=csv} or {@code xlsx}. */
  @GET
  @Path("export")
  @Produces({"text/csv", XLSX})
  @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
  @Transactional
  public Response export(
      @PathParam("id") long id,
      @QueryParam("format") String format,
      @QueryParam("category") String category,
      @QueryParam("status") @OneOf(EntryStatus.class) String status,
      @QueryParam("schoolId") Long schoolId,
      @QueryParam("districtId") Long districtId) {
    boolean csv = ContestsResource.choice(Format.class, "format", format) == Format.CSV;
    List<Entry> chosen = filtered(id, category, status, schoolId, districtId);
    // The rows are read now, inside the transaction; only the writing is streamed.
    List<Entry> loaded = chosen.stream().peek(e -> e.attachments().size()).toList();
    StreamingOutput body =
        out -> {
          if (csv) {
            exports.csv(loaded, out);
          } else {
            exports.xlsx(loaded, out);
          }
        };
    String name = "bai-du-thi-" + id + (csv ? ".csv" : ".xlsx");
    return Response.ok(body, csv ? "text/csv; charset=UTF-8" : XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  public enum Format {
    CSV,
    XLSX
  }

  private List<Entry> filtered(
      long id, String category, String status, Long schoolId, Long districtId) {
    return entries.list(
        contests.get(id),
        new ContestEntries.Filter(
            category, OneOfValidator.parse(EntryStatus.class, status), schoolId, districtId));
  }

  private EntryInput entry(List<EntityPart> parts) throws IOException {
    EntityPart part =
        parts.stream()
            .filter(p -> p.getName().equals("entry"))
            .findFirst()
            .orElseThrow(() -> new InvalidInput("entry", "thiếu phần entry (JSON) / missing part"));
    EntryInput input;
    try (InputStream json = part.getContent()) {
      input = JSON.fromJson(json, EntryInput.class);
    } catch (JsonbException unreadable) {
      throw new InvalidInput("entry", "JSON không đọc được / unreadable JSON");
    }
    if (input == null) {
      throw new InvalidInput("entry", "bắt buộc / required");
    }
    return validated.check(input);
  }

  private record FilePart(EntityPart part) implements Uploads.Upload {
    @Override
    public String fileName() {
      return part.getFileName().orElse("tep");
    }

    @Override
    public InputStream open() {
      return part.getContent();
    }
  }
}
