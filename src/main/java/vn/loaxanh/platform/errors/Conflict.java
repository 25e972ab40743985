package vn.loaxanh.platform.errors;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** A change that clashes with what is stored: a taken key, a stale edit, a record in use. */
public class Conflict extends ClientErrorException {
  public Conflict(String vietnamese, String english) {
    super(english, Problems.of(Response.Status.CONFLICT, vietnamese + " / " + english));
  }

  public static Conflict staleEdit() {
    return new Conflict(
        "Bản ghi đã được người khác sửa, hãy tải lại rồi sửa tiếp",
        "The record was changed by someone else since you read it; reload it and edit again");
  }
}
