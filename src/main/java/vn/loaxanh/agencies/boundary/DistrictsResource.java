package vn.loaxanh.agencies.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import vn.loaxanh.agencies.entity.UnitLevel;

/** Districts (huyện, quận, thị xã, thành phố thuộc tỉnh): the units activities are planned for. */
@Path("api/districts")
@RequestScoped
public class DistrictsResource extends UnitsResource {
  @Override
  UnitLevel scope() {
    return UnitLevel.DISTRICT;
  }
}
