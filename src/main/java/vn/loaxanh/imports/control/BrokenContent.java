package vn.loaxanh.imports.control;

import jakarta.json.Json;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import vn.loaxanh.platform.errors.Problems;

/** A content file with a mistake: which file, which line (from 1), and what is wrong. */
public class BrokenContent extends BadRequestException {
  private final String file;
  private final int line;
  private final String reason;

  public BrokenContent(String file, int line, String reason) {
    super(
        file + ":" + line + ": " + reason,
        Response.status(Response.Status.BAD_REQUEST)
            .type(Problems.PROBLEM_JSON)
            .entity(
                Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", "Bad Request")
                    .add("status", 400)
                    .add(
                        "detail",
                        "Tệp "
                            + file
                            + ", dòng "
                            + line
                            + ": "
                            + reason
                            + " — không nhập gì"
                            + " / File "
                            + file
                            + ", line "
                            + line
                            + ": "
                            + reason
                            + " — nothing was imported")
                    .add("file", file)
                    .add("line", line)
                    .add("reason", reason)
                    .build())
            .build());
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public String reason() {
    return reason;
  }
}
