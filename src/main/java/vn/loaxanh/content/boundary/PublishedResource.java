package vn.loaxanh.content.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.loaxanh.content.control.PublishedArticles;
import vn.loaxanh.content.entity.ArticleKind;
import vn.loaxanh.platform.errors.NotFound;

/** What readers see, for other programs: published articles, one by its slug, and search. */
@Path("api/published")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublishedResource {
  @Inject PublishedArticles published;

  /** A listing page: its cards and whether another page follows. */
  public record ListingView(List<Card> items, int page, boolean more) {
    static ListingView of(PublishedArticles.Listing listing) {
      return new ListingView(
          listing.articles().stream().map(Card::of).toList(), listing.page(), listing.more());
    }
  }

  /** One published article with the HTML readers get (sanitized when saved). */
  public record PublishedView(
      String slug,
      String url,
      ArticleKind kind,
      String title,
      String summary,
      String html,
      java.time.Instant publishAt,
      String coverUrl,
      List<String> tags) {}

  @GET
  @Transactional
  public ListingView latest(
      @QueryParam("kind") ArticleKind kind,
      @QueryParam("page")
          @DefaultValue("0")
          @Min(value = 0, message = "từ 0 / from 0")
          @Max(value = 10_000, message = "tối đa 10000 / at most 10000")
          int page) {
    return ListingView.of(published.latest(kind, page, ListingPage.PER_PAGE));
  }

  @GET
  @Path("{slug}")
  @Transactional
  public PublishedView article(@PathParam("slug") String slug) {
    var a = published.bySlug(slug).orElseThrow(() -> new NotFound("article", slug));
    return new PublishedView(
        a.slug(),
        PublicAddresses.article(a.slug()),
        a.kind(),
        a.title(),
        a.summary(),
        a.html(),
        a.publishAt(),
        a.cover() == null ? null : PublicAddresses.media(a.cover(), "page"),
        a.tags().stream().map(vn.loaxanh.content.entity.Label::text).toList());
  }

  /** Articles matching every word, with or without diacritics; exact spellings first. */
  @GET
  @Path("search")
  @Transactional
  public ListingView search(
      @NotNull(message = "bắt buộc / required")
          @Size(
              min = 1,
              max = SearchPage.LONGEST_QUERY,
              message = "1 đến 200 ký tự / 1 to 200 characters")
          @QueryParam("q")
          String query,
      @QueryParam("page")
          @DefaultValue("0")
          @Min(value = 0, message = "từ 0 / from 0")
          @Max(value = 10_000, message = "tối đa 10000 / at most 10000")
          int page) {
    return ListingView.of(published.search(query, page, ListingPage.PER_PAGE));
  }
}
