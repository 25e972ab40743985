package vn.loaxanh.activities.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.loaxanh.agencies.control.Agencies;
import vn.loaxanh.agencies.control.Units;
import vn.loaxanh.agencies.entity.AdministrativeUnit;
import vn.loaxanh.agencies.entity.UnitLevel;
import vn.loaxanh.plans.control.Plans;
import vn.loaxanh.platform.pages.Option;
import vn.loaxanh.platform.paging.PageRequest;

/** The plans, agencies and districts the staff pages offer in their select boxes. */
@ApplicationScoped
public class Choices {
  /** More than any province has. */
  private static final PageRequest ALL = new PageRequest(0, 500);

  @Inject Plans plans;
  @Inject Agencies agencies;
  @Inject Units units;

  public List<Option> plans() {
    return plans.list(null, null, ALL).items().stream()
        .map(p -> new Option(p.id().toString(), p.year() + " — " + p.title()))
        .toList();
  }

  public List<Option> agencies() {
    return agenciesOf(null);
  }

  public List<Option> districts() {
    return districtsOf(null);
  }

  /** The agencies of a province, those of its districts included; every one for none. */
  public List<Option> agenciesOf(AdministrativeUnit province) {
    return agencies.list(null, null, ALL).items().stream()
        .filter(a -> province == null || (a.unit() != null && a.unit().isWithin(province)))
        .map(a -> new Option(a.id().toString(), a.name()))
        .toList();
  }

  public List<Option> provinces() {
    return units.list(UnitLevel.PROVINCE, ALL).items().stream()
        .map(u -> new Option(u.id().toString(), u.name()))
        .toList();
  }

  /** The districts of a province; every one for none. */
  public List<Option> districtsOf(AdministrativeUnit province) {
    return units.list(UnitLevel.DISTRICT, ALL).items().stream()
        .filter(u -> province == null || u.isWithin(province))
        .map(u -> new Option(u.id().toString(), u.name()))
        .toList();
  }
}
