package vn.loaxanh.agencies.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import vn.loaxanh.agencies.entity.UnitLevel;

/** Administrative units of every level: provinces, districts and communes. */
@Path("api/units")
@RequestScoped
public class AllUnitsResource extends UnitsResource {
  @Override
  UnitLevel scope() {
    return null;
  }
}
