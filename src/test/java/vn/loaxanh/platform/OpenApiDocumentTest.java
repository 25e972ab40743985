package vn.loaxanh.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The API's description is written by hand (Payara's generator fails on Bean Validation annotations
 * of record constructors), so this test keeps it whole: every operation of a JAX-RS resource under
 * {@code api/} must be in {@code META-INF/openapi.yaml}, and the file names none that does not
 * exist.
 */
class OpenApiDocumentTest {

  @Test
  void theDocumentDescribesEveryOperationOfTheApiAndNoOther() throws Exception {
    TreeSet<String> inCode = operationsInCode();
    TreeSet<String> inDocument = operationsInDocument();
    assertTrue(inCode.size() > 100, "the resources were found: " + inCode.size());

    TreeSet<String> undescribed = new TreeSet<>(inCode);
    undescribed.removeAll(inDocument);
    TreeSet<String> stale = new TreeSet<>(inDocument);
    stale.removeAll(inCode);
    assertEquals(
        new TreeSet<String>(), undescribed, "operations missing from META-INF/openapi.yaml");
    assertEquals(new TreeSet<String>(), stale, "operations in openapi.yaml that do not exist");
  }

  /** "GET /api/plans/{id}" for each resource method whose class is under {@code api/}. */
  private static TreeSet<String> operationsInCode() throws IOException, URISyntaxException {
    java.nio.file.Path root =
        Paths.get(
            LoaXanhApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    TreeSet<String> operations = new TreeSet<>();
    try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("vn"))) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type;
        try {
          type = Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
        } catch (ClassNotFoundException | NoClassDefFoundError notLoadable) {
          continue;
        }
        Path base = type.getAnnotation(Path.class);
        if (base == null || !base.value().startsWith("api/")) {
          continue;
        }
        for (Method method : type.getMethods()) {
          String verb = verbOf(method);
          if (verb != null) {
            Path sub = method.getAnnotation(Path.class);
            operations.add(verb + " " + normalised(base.value(), sub == null ? "" : sub.value()));
          }
        }
      }
    }
    return operations;
  }

  private static String verbOf(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  /** "/api/plans/{code}.ics" from "api/plans" and "{code: .+}.ics". */
  private static String normalised(String base, String sub) {
    String path = "/" + base + (sub.isEmpty() || sub.startsWith("/") ? "" : "/") + sub;
    path = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*\\}", "{$1}").replaceAll("/+", "/");
    return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
  }

  @SuppressWarnings("unchecked")
  private static TreeSet<String> operationsInDocument() throws IOException {
    TreeSet<String> operations = new TreeSet<>();
    try (InputStream yaml =
        OpenApiDocumentTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
      Map<String, Object> document =
          (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(yaml);
      Map<String, Object> paths = (Map<String, Object>) document.get("paths");
      paths.forEach(
          (path, item) ->
              ((Map<String, Object>) item)
                  .keySet().stream()
                      .filter(
                          key ->
                              Stream.of("get", "put", "post", "delete", "patch", "head")
                                  .anyMatch(key::equals))
                      .forEach(verb -> operations.add(verb.toUpperCase(Locale.ROOT) + " " + path)));
    }
    return operations;
  }
}
