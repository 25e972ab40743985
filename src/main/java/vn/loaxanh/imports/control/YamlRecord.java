package vn.loaxanh.imports.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * One YAML mapping of a content file, read with the line of every value at hand so that any mistake
 * is reported where it is. Values are read as text and converted here, not by YAML's own typing, so
 * "05/06/2024" and "V.1" mean what a person typed.
 */
final class YamlRecord {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DAY_AND_TIME =
      DateTimeFormatter.ofPattern("d/M/uuuu H:mm").withResolverStyle(ResolverStyle.STRICT);

  private final String file;
  private final Node node;
  private final Map<String, Node> values = new LinkedHashMap<>();

  YamlRecord(String file, Node node, Set<String> allowedKeys) {
    this.file = file;
    this.node = node;
    if (!(node instanceof MappingNode mapping)) {
      throw broken(
          node, "cần một bản ghi dạng 'khóa: giá trị' / expected a mapping of keys to values");
    }
    for (NodeTuple tuple : mapping.getValue()) {
      String key = scalar(tuple.getKeyNode());
      if (!allowedKeys.contains(key)) {
        throw broken(
            tuple.getKeyNode(),
            "trường không có: '"
                + key
                + "' / unknown field '"
                + key
                + "'; expected one of "
                + allowedKeys);
      }
      if (values.put(key, tuple.getValueNode()) != null) {
        throw broken(
            tuple.getKeyNode(), "trường '" + key + "' lặp lại / field '" + key + "' given twice");
      }
    }
  }

  String fileName() {
    return file;
  }

  int line() {
    return lineOf(node);
  }

  int line(String key) {
    return values.containsKey(key) ? lineOf(values.get(key)) : line();
  }

  BrokenContent broken(String key, String reason) {
    return new BrokenContent(file, line(key), key + ": " + reason);
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  Optional<String> optional(String key) {
    Node value = values.get(key);
    if (value == null) {
      return Optional.empty();
    }
    String text = scalar(value).strip();
    return text.isEmpty() || "null".equals(text) || "~".equals(text)
        ? Optional.empty()
        : Optional.of(text);
  }

  String required(String key) {
    return optional(key).orElseThrow(() -> broken(key, "bắt buộc / required"));
  }

  String text(String key, int maxLength, boolean required) {
    Optional<String> value = optional(key);
    if (value.isEmpty() && required) {
      throw broken(key, "bắt buộc / required");
    }
    if (value.isPresent() && value.get().length() > maxLength) {
      throw broken(
          key, "dài quá " + maxLength + " ký tự / longer than " + maxLength + " characters");
    }
    return value.orElse(null);
  }

  <E extends Enum<E>> E enumValue(String key, Class<E> type, E fallback) {
    Optional<String> value = optional(key);
    if (value.isEmpty()) {
      if (fallback == null) {
        throw broken(key, "bắt buộc / required");
      }
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.get());
    } catch (IllegalArgumentException unknown) {
      throw broken(
          key,
          "'" + value.get() + "' không hợp lệ / is not one of " + List.of(type.getEnumConstants()));
    }
  }

  Integer integer(String key, int min, int max) {
    Optional<String> value = optional(key);
    if (value.isEmpty()) {
      return null;
    }
    try {
      int number = Integer.parseInt(value.get());
      if (number < min || number > max) {
        throw broken(key, "phải từ " + min + " đến " + max + " / must be " + min + " to " + max);
      }
      return number;
    } catch (NumberFormatException notNumber) {
      throw broken(key, "'" + value.get() + "' không phải số nguyên / is not a whole number");
    }
  }

  LocalDate date(String key) {
    return optional(key).map(text -> parseDay(key, text)).orElse(null);
  }

  /** A day ("05/06/2024") or a day and time ("05/06/2024 07:30"), as written. */
  Moment moment(String key) {
    Optional<String> value = optional(key);
    if (value.isEmpty()) {
      return null;
    }
    String text = value.get();
    if (text.contains(" ")) {
      try {
        return new Moment(LocalDateTime.parse(text, DAY_AND_TIME), false);
      } catch (DateTimeParseException wrong) {
        throw broken(
            key,
            "'"
                + text
                + "' không phải ngày giờ dd/MM/yyyy HH:mm / is not a date and time dd/MM/yyyy HH:mm");
      }
    }
    return new Moment(parseDay(key, text).atStartOfDay(), true);
  }

  record Moment(LocalDateTime local, boolean dayOnly) {}

  List<YamlRecord> records(String key, Set<String> allowedKeys) {
    List<YamlRecord> records = new ArrayList<>();
    for (Node item : sequence(key)) {
      records.add(new YamlRecord(file, item, allowedKeys));
    }
    return records;
  }

  List<String> texts(String key) {
    List<String> texts = new ArrayList<>();
    for (Node item : sequence(key)) {
      String text = scalar(item).strip();
      if (text.isEmpty()) {
        throw broken(item, "mục trống trong '" + key + "' / empty item in '" + key + "'");
      }
      texts.add(text);
    }
    return texts;
  }

  private List<Node> sequence(String key) {
    Node value = values.get(key);
    if (value == null || (value instanceof ScalarNode empty && empty.getValue().isBlank())) {
      return List.of();
    }
    if (!(value instanceof SequenceNode sequence)) {
      throw broken(value, key + ": cần một danh sách / expected a list");
    }
    return sequence.getValue();
  }

  private LocalDate parseDay(String key, String text) {
    try {
      return LocalDate.parse(text, DAY);
    } catch (DateTimeParseException wrong) {
      throw broken(key, "'" + text + "' không phải ngày dd/MM/yyyy / is not a date dd/MM/yyyy");
    }
  }

  private String scalar(Node value) {
    if (!(value instanceof ScalarNode scalar)) {
      throw broken(value, "cần một giá trị đơn / expected a single value");
    }
    return scalar.getValue();
  }

  private BrokenContent broken(Node at, String reason) {
    return new BrokenContent(file, lineOf(at), reason);
  }

  private static int lineOf(Node node) {
    return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
  }
}
