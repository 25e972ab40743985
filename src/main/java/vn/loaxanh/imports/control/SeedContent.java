package vn.loaxanh.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The content files that travel inside the application ({@code content/seed} in the repository).
 */
@ApplicationScoped
public class SeedContent {
  static final String FOLDER = "content/seed";

  /** The file names, in the order they must be imported. */
  public List<String> names() {
    URL folder = SeedContent.class.getClassLoader().getResource(FOLDER);
    if (folder == null) {
      return List.of();
    }
    try {
      if ("jar".equals(folder.getProtocol())) {
        try (FileSystem jar = FileSystems.newFileSystem(folder.toURI(), Map.of())) {
          return yamlFilesIn(jar.getPath(FOLDER));
        }
      }
      return yamlFilesIn(Path.of(folder.toURI()));
    } catch (IOException | URISyntaxException unreadable) {
      throw new IllegalStateException("Cannot list " + FOLDER, unreadable);
    }
  }

  public Optional<String> read(String name) {
    if (!name.matches("^[A-Za-z0-9._-]+\\.yaml$")) {
      return Optional.empty();
    }
    try (InputStream in =
        SeedContent.class.getClassLoader().getResourceAsStream(FOLDER + "/" + name)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static List<String> yamlFilesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".yaml"))
          .sorted()
          .toList();
    }
  }
}
