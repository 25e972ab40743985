package vn.loaxanh.observances.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loaxanh.agencies.entity.AdministrativeUnit;
import vn.loaxanh.agencies.entity.Agency;
import vn.loaxanh.agencies.entity.AgencyKind;
import vn.loaxanh.platform.errors.InvalidInput;

/**
 * Who leads each district's activity for an observance. Staff may name one agency for all; when
 * they do not, every district's own People's Committee leads its activity, because one lead for
 * many districts on the same day is a conflict the form itself would have caused.
 */
final class DistrictLeads {
  private DistrictLeads() {}

  /**
   * @param chosen the lead staff named for every unit, or null
   * @param units the districts (a null entry: the plan as a whole, with no district)
   * @param agencies the agencies among which each district's committee is looked for
   * @return each unit with its lead, in the order given
   * @throws InvalidInput naming the districts that have no People's Committee in the directory
   */
  static Map<AdministrativeUnit, Agency> of(
      Agency chosen, List<AdministrativeUnit> units, List<Agency> agencies) {
    Map<AdministrativeUnit, Agency> leads = new LinkedHashMap<>();
    List<String> without = new ArrayList<>();
    for (AdministrativeUnit unit : units) {
      Agency lead = chosen != null ? chosen : committeeOf(unit, agencies);
      if (lead == null) {
        without.add(unit == null ? "toàn tỉnh / the whole province" : unit.name());
      } else {
        leads.put(unit, lead);
      }
    }
    if (!without.isEmpty()) {
      throw new InvalidInput(
          "leadId",
          "chọn cơ quan chủ trì: không có Ủy ban nhân dân của "
              + String.join(", ", without)
              + " trong danh bạ / choose the lead agency: no People's Committee of "
              + String.join(", ", without)
              + " is in the directory");
    }
    return leads;
  }

  private static Agency committeeOf(AdministrativeUnit unit, List<Agency> agencies) {
    if (unit == null) {
      return null;
    }
    return agencies.stream()
        .filter(a -> a.kind() == AgencyKind.PEOPLES_COMMITTEE && a.unit() == unit)
        .findFirst()
        .orElse(null);
  }
}
