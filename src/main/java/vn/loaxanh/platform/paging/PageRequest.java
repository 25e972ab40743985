package vn.loaxanh.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The {@code page} (from 0) and {@code size} query parameters of every list. */
public class PageRequest {
  @QueryParam("page")
  @DefaultValue("0")
  @Min(value = 0, message = "phải từ 0 trở lên / must be 0 or more")
  @Max(value = 100_000, message = "tối đa 100000 / at most 100000")
  public int page;

  @QueryParam("size")
  @DefaultValue("50")
  @Min(value = 1, message = "phải từ 1 trở lên / must be 1 or more")
  @Max(value = 500, message = "tối đa 500 / at most 500")
  public int size;

  public PageRequest() {}

  public PageRequest(int page, int size) {
    this.page = page;
    this.size = size;
  }

  public int offset() {
    return page * size;
  }
}
