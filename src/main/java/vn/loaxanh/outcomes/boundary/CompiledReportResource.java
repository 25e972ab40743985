package vn.loaxanh.outcomes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import vn.loaxanh.outcomes.control.Compilations;
import vn.loaxanh.outcomes.control.ReportDocuments;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.security.Roles;

/** The compiled annual report of a plan: {@code format=pdf|docx|xlsx|csv}. */
@Path("api/plans/{id}/compiled")
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class CompiledReportResource {
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject Compilations compilations;
  @Inject ReportDocuments documents;

  @GET
  @Produces({"application/pdf", DOCX, XLSX, "text/csv"})
  public Response compiled(@PathParam("id") long planId, @QueryParam("format") String format) {
    String chosen = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
    if (!chosen.matches("pdf|docx|xlsx|csv")) {
      throw new InvalidInput("format", "pdf, docx, xlsx hoặc csv / pdf, docx, xlsx or csv");
    }
    Compilations.Compilation report = compilations.of(planId);
    StreamingOutput body =
        out -> {
          switch (chosen) {
            case "pdf" -> documents.pdf(report, out);
            case "docx" -> documents.docx(report, out);
            case "xlsx" -> documents.xlsx(report, out);
            default -> documents.csv(report, out);
          }
        };
    String type =
        switch (chosen) {
          case "pdf" -> "application/pdf";
          case "docx" -> DOCX;
          case "xlsx" -> XLSX;
          default -> "text/csv; charset=UTF-8";
        };
    return Response.ok(body, type)
        .header(
            "Content-Disposition",
            "attachment; filename=\"bao-cao-ke-hoach-" + planId + "." + chosen + "\"")
        .build();
  }
}
