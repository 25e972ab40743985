package vn.loaxanh.contests.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.loaxanh.contests.control.AttachmentStore;
import vn.loaxanh.contests.control.AttachmentStore.Staged;
import vn.loaxanh.contests.entity.Contest;
import vn.loaxanh.contests.entity.ContestCategory;

/**
 * Streams a request's files to staging for the category they are sent for, and runs the
 * registration step with them; whatever the step did not keep is deleted afterwards, so a refused
 * submission leaves no file behind.
 */
@ApplicationScoped
public class Uploads {
  @Inject AttachmentStore store;

  /** A file part of a request, opened when it is staged. */
  public interface Upload {
    String fileName();

    InputStream open() throws IOException;
  }

  public <T> T staged(
      Contest contest,
      String categoryCode,
      List<? extends Upload> uploads,
      Function<List<Staged>, T> step) {
    // The category's limit applies while streaming; without a known category the store's ceiling
    // does, and the registration refuses the category itself.
    long limit =
        contest
            .category(String.valueOf(categoryCode))
            .map(ContestCategory::maxFileBytes)
            .orElse(Long.MAX_VALUE);
    List<Staged> staged = new ArrayList<>();
    try {
      for (Upload upload : uploads) {
        try {
          staged.add(store.stage(upload.open(), upload.fileName(), limit, "files"));
        } catch (IOException unreadable) {
          throw new UncheckedIOException(unreadable);
        }
      }
      return step.apply(staged);
    } finally {
      staged.forEach(store::discard);
    }
  }
}
