package vn.loaxanh.mail.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.regex.Pattern;
import vn.loaxanh.mail.control.Courier;
import vn.loaxanh.mail.control.Outbox;
import vn.loaxanh.mail.control.Smtp;
import vn.loaxanh.mail.control.TestMails;
import vn.loaxanh.mail.entity.MailStatus;
import vn.loaxanh.platform.errors.InvalidInput;
import vn.loaxanh.platform.errors.Problems;
import vn.loaxanh.platform.paging.Page;
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.security.CurrentStaff;
import vn.loaxanh.platform.security.Roles;

/**
 * The outbox for staff: what is waiting, what was sent, what failed and why; a failed mail sent
 * again; a test mail to check delivery; a delivery round now instead of in a few seconds.
 */
@Path("api/mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class MailResource {
  private static final Pattern REQUEST_KEY = Pattern.compile("^[\\x21-\\x7e]{1,100}$");

  @Inject Outbox outbox;
  @Inject TestMails testMails;
  @Inject Courier courier;
  @Inject Smtp smtp;
  @Inject CurrentStaff staff;

  @GET
  public Page<MailView> list(
      @QueryParam("status") MailStatus status, @Valid @BeanParam PageRequest paging) {
    return outbox.list(status, paging).map(MailView::of);
  }

  @GET
  @Path("{id}")
  public MailDetail get(@PathParam("id") long id) {
    return MailDetail.of(outbox.get(id));
  }

  @POST
  @Path("{id}/retry")
  public MailView retry(@PathParam("id") long id) {
    return MailView.of(outbox.retry(id));
  }

  /** A client that repeats the request with the same Idempotency-Key gets the first mail back. */
  @POST
  @Path("test")
  public Response sendTest(
      @HeaderParam("Idempotency-Key") String requestKey,
      @Valid @NotNull(message = "bắt buộc / required") TestMailInput input,
      @Context UriInfo uri) {
    if (requestKey != null && !REQUEST_KEY.matcher(requestKey).matches()) {
      throw new InvalidInput(
          "Idempotency-Key", "1 đến 100 ký tự ASCII in được / 1 to 100 printable ASCII characters");
    }
    var queued = testMails.send(input.to(), staff.name(), requestKey);
    var detail = MailDetail.of(queued.mail());
    if (!queued.isNew()) {
      return Response.ok(detail).build();
    }
    return Response.created(
            uri.getBaseUriBuilder()
                .path(MailResource.class)
                .path(String.valueOf(detail.id()))
                .build())
        .entity(detail)
        .build();
  }

  @POST
  @Path("deliver-now")
  @RolesAllowed(Roles.ADMIN)
  public Courier.Round deliverNow() {
    if (!smtp.configured()) {
      throw new ServiceUnavailableException(
          Problems.of(
              Response.Status.SERVICE_UNAVAILABLE,
              "Chưa cấu hình máy chủ thư (LOAXANH_SMTP_HOST), thư được giữ trong hộp thư đi / No"
                  + " SMTP server is configured (LOAXANH_SMTP_HOST); mails are kept in the"
                  + " outbox"));
    }
    return courier.deliverDue();
  }
}
