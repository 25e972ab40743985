package vn.loaxanh.plans.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import vn.loaxanh.plans.control.Plans;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.platform.pages.Page;
import vn.loaxanh.platform.paging.PageRequest;
import vn.loaxanh.platform.security.Roles;

/** The staff's register of plans (/quan-tri/ke-hoach): every plan, newest year first. */
@Path("quan-tri/ke-hoach")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
public class PlansConsolePage {
  private static final PageRequest ALL = new PageRequest(0, 500);

  @Inject Plans plans;

  public record Row(
      long id, String code, int year, String title, String citation, String province, int tasks) {}

  public record Model(List<Row> plans, boolean saved) {}

  @GET
  @Transactional
  public Page list(@QueryParam("saved") String saved) {
    return new Page(
        "plans/console.jte",
        new Model(
            plans.list(null, null, ALL).items().stream()
                .sorted(Comparator.comparing(Plan::year).reversed().thenComparing(Plan::title))
                .map(
                    p ->
                        new Row(
                            p.id(),
                            p.code(),
                            p.year(),
                            p.title(),
                            p.symbol() == null ? "" : p.symbol(),
                            p.unit() == null ? "—" : p.unit().name(),
                            p.tasks().size()))
                .toList(),
            "1".equals(saved)));
  }
}
