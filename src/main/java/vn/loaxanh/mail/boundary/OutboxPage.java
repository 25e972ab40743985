package vn.loaxanh.mail.boundary;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import vn.loaxanh.mail.control.Outbox;
import vn.loaxanh.mail.entity.MailStatus;
import vn.loaxanh.platform.configuration.LocalTime;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.pages.CurrentPage;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.pages.Texts;
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.security.Roles;

/**
 * The mail outbox for staff (/quan-tri/thu): what waits, what went, what failed and why, newest
 * first, with a button that puts a failed mail back in line.
 */
@Path("quan-tri/thu")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class OutboxPage {
  private static final int SHOWN = 100;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(LocalTime.VIETNAM);

  @Inject Outbox outbox;
  @Inject CurrentPage page;

  public record Row(
      long id,
      String to,
      String subject,
      String status,
      boolean failed,
      String detail,
      String error) {}

  public record Model(String status, List<Option> statuses, List<Row> mails, String notice) {}

  @GET
  @Transactional
  public Page list(@QueryParam("status") String status, @QueryParam("retried") String retried) {
    Texts t = page.t();
    MailStatus chosen = status(status);
    return new Page(
        "mail/outbox.jte",
        new Model(
            chosen == null ? null : chosen.name(),
            Arrays.stream(MailStatus.values()).map(s -> new Option(s.name(), t.of(s))).toList(),
            outbox.list(chosen, new PageRequest(0, SHOWN)).items().stream()
                .map(
                    m ->
                        new Row(
                            m.id(),
                            String.join(", ", m.recipients()),
                            m.subject(),
                            t.of(m.status()),
                            m.status() == MailStatus.FAILED,
                            m.sentAt() != null
                                ? t.format("outbox.sentAt", WHEN.format(m.sentAt()))
                                : t.format(
                                    "outbox.attempts",
                                    m.attempts(),
                                    m.nextAttemptAt() == null
                                        ? "—"
                                        : WHEN.format(m.nextAttemptAt())),
                            m.lastError()))
                .toList(),
            retried == null ? null : t.get("outbox.retried")));
  }

  @POST
  @Path("gui-lai")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Transactional
  public Response retry(@FormParam("id") Long id) {
    if (id == null) {
      throw new InvalidInput("id", "bắt buộc / required");
    }
    outbox.retry(id);
    return Page.seeOther("/quan-tri/thu?retried=1");
  }

  private static MailStatus status(String asked) {
    if (asked == null || asked.isBlank()) {
      return null;
    }
    try {
      return MailStatus.valueOf(asked);
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInput("status", "không có trạng thái này / no such status");
    }
  }
}
