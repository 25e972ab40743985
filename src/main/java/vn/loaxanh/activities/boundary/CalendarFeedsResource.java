package vn.loaxanh.activities.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import vn.loaxanh.activities.control.CalendarFeeds;
import vn.loaxanh.activities.control.Feed;

/**
 * iCalendar feeds to subscribe to from a phone or Outlook; public, like every read. Codes are the
 * feeds' stable names, and agency codes hold '/' ({@code son-la/stnmt}), so the code is everything
 * between the prefix and the final ".ics".
 */
@Path("api/calendar")
@RequestScoped
@Produces(CalendarFeedsResource.TEXT_CALENDAR)
public class CalendarFeedsResource {
  static final String TEXT_CALENDAR = "text/calendar; charset=UTF-8";

  /** Calendar clients poll; five minutes of caching spares the database most of those polls. */
  private static final String CACHE_CONTROL = "public, max-age=300";

  @Inject CalendarFeeds feeds;
  @Context UriInfo uri;
  @Context Request request;

  @GET
  @Path("events.ics")
  public Response publicEvents() {
    return answer(feeds.publicEvents(activityLinks()));
  }

  @GET
  @Path("agencies/{code: .+}.ics")
  public Response ofAgency(@PathParam("code") String code) {
    return answer(feeds.ofAgency(code, activityLinks()));
  }

  @GET
  @Path("plans/{code: .+}.ics")
  public Response ofPlan(@PathParam("code") String code) {
    return answer(feeds.ofPlan(code, activityLinks()));
  }

  private URI activityLinks() {
    return uri.getBaseUri().resolve("api/activities/");
  }

  /** Weak tag: an unchanged feed differs from the last copy only in its DTSTAMP lines. */
  private Response answer(Feed feed) {
    EntityTag tag = new EntityTag(feed.version(), true);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    Response.ResponseBuilder answer =
        notModified != null ? notModified : Response.ok(feed.body()).tag(tag);
    return answer.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
  }
}
