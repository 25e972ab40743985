package vn.loaxanh.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import vn.loaxanh.content.control.Articles;
import vn.loaxanh.content.entity.Article;
import vn.loaxanh.content.entity.ArticleKind;
import vn.loaxanh.content.entity.ArticleRevision;
import vn.loaxanh.content.entity.ArticleStatus;
import vn.loaxanh.platform.paging.Page;
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.security.Roles;
import vn.loaxanh.platform.validation.OneOfValidator;

/**
 * The articles staff write, in every state of the workflow. Readers get published ones from the
 * portal and {@code /api/published}.
 */
@Path("api/articles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class ArticlesResource {
  @Inject Articles articles;
  @Inject Clock clock;

  public record RevisionView(
      int number,
      String title,
      String summary,
      String markdown,
      Instant savedAt,
      String savedBy,
      String note) {
    static RevisionView of(ArticleRevision r) {
      return new RevisionView(
          r.number(), r.title(), r.summary(), r.markdown(), r.savedAt(), r.savedBy(), r.note());
    }
  }

  public record RestoreInput(Long version) {}

  private ArticleView view(Article article) {
    return ArticleView.of(article, Instant.now(clock));
  }

  @GET
  @Transactional
  public Page<ArticleView> list(
      @QueryParam("status") ArticleStatus status,
      @QueryParam("kind") ArticleKind kind,
      @Valid @BeanParam PageRequest paging) {
    return articles.list(status, kind, paging).map(this::view);
  }

  @GET
  @Path("{id}")
  @Transactional
  public ArticleView get(@PathParam("id") long id) {
    return view(articles.get(id));
  }

  @POST
  @Transactional
  public Response create(@Valid @NotNull(message = "bắt buộc / required") ArticleInput input) {
    Article created = articles.create(input.toDraft());
    return Response.status(Response.Status.CREATED)
        .header("Location", "/api/articles/" + created.id())
        .entity(view(created))
        .build();
  }

  @PUT
  @Path("{id}")
  @Transactional
  public ArticleView update(
      @PathParam("id") long id,
      @Valid @NotNull(message = "bắt buộc / required") ArticleInput input) {
    return view(articles.update(id, input.version(), input.toDraft()));
  }

  /** An editor's decision on the revision proposed for a published article. */
  public record ReviewInput(
      @NotNull(message = "bắt buộc / required") Boolean accept,
      @NotNull(message = "bắt buộc / required") Long version) {}

  @POST
  @Path("{id}/pending")
  @Transactional
  public ArticleView review(
      @PathParam("id") long id,
      @Valid @NotNull(message = "bắt buộc / required") ReviewInput input) {
    return view(articles.settlePending(id, input.version(), input.accept()));
  }

  /** A workflow step: submit, approve, publish (now or at a time), unpublish, archive. */
  @POST
  @Path("{id}/status")
  @Transactional
  public ArticleView changeStatus(
      @PathParam("id") long id,
      @Valid @NotNull(message = "bắt buộc / required") ArticleStatusInput input) {
    return view(
        articles.moveTo(
            id,
            input.version(),
            OneOfValidator.parse(ArticleStatus.class, input.status()),
            instant(input.publishAt()),
            instant(input.unpublishAt())));
  }

  @GET
  @Path("{id}/revisions")
  @Transactional
  public List<RevisionView> revisions(@PathParam("id") long id) {
    return articles.revisions(id).stream().map(RevisionView::of).toList();
  }

  @GET
  @Path("{id}/revisions/{number}")
  @Transactional
  public RevisionView revision(@PathParam("id") long id, @PathParam("number") int number) {
    return RevisionView.of(articles.revision(id, number));
  }

  /** What changed between two revisions, as a unified diff. */
  @GET
  @Path("{id}/diff")
  @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
  @Transactional
  public String diff(
      @PathParam("id") long id,
      @NotNull(message = "bắt buộc / required") @QueryParam("from") Integer from,
      @NotNull(message = "bắt buộc / required") @QueryParam("to") Integer to) {
    return String.join("\n", articles.diff(id, from, to)) + "\n";
  }

  @POST
  @Path("{id}/revisions/{number}/restore")
  @Transactional
  public ArticleView restore(
      @PathParam("id") long id,
      @PathParam("number") int number,
      @NotNull(message = "bắt buộc / required") RestoreInput input) {
    return view(articles.restore(id, number, input.version()));
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
