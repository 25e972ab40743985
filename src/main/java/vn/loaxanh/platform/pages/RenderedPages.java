package vn.loaxanh.platform.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Public pages as they were last rendered, kept in memory under the content stamp they were made
 * for: a new stamp (something published or unpublished anywhere) retires them all at once. Answers
 * carry an ETag and Last-Modified and say 304 when the reader already has the page; shared caches
 * may keep them but must ask again each time, so unpublished content disappears everywhere at once.
 */
@ApplicationScoped
public class RenderedPages {
  static final int MOST_PAGES = 2000;
  static final long MOST_BYTES = 64L * 1024 * 1024;

  /** A rendered page and what its validators say about it. */
  public record Rendered(String stamp, byte[] html, String etag, Instant lastModified) {}

  private final ConcurrentHashMap<String, Rendered> pages = new ConcurrentHashMap<>();
  private final AtomicLong bytes = new AtomicLong();
  private final ConcurrentHashMap<String, CompletableFuture<Rendered>> rendering =
      new ConcurrentHashMap<>();

  /**
   * Answers with the kept page for this address and stamp, if there is one: the fast path, which
   * touches no database. Staff always get a fresh page, since it shows their name.
   */
  public boolean answeredFromMemory(
      HttpServletRequest request, HttpServletResponse response, PageContext page, String stamp)
      throws IOException {
    if (page.isStaff()) {
      return false;
    }
    Rendered rendered = pages.get(key(request, page));
    if (rendered == null || !rendered.stamp().equals(stamp)) {
      return false;
    }
    send(request, response, page, rendered);
    return true;
  }

  /**
   * Answers with the page for this address and stamp, rendering it only when it is not kept.
   *
   * @param lastModified when what the page shows last changed, or null when unknown
   */
  public void answer(
      HttpServletRequest request,
      HttpServletResponse response,
      PageContext page,
      String stamp,
      Supplier<byte[]> render,
      Supplier<Instant> lastModified)
      throws IOException {
    if (answeredFromMemory(request, response, page, stamp)) {
      return;
    }
    if (page.isStaff()) {
      send(request, response, page, rendered(stamp, render, lastModified));
      return;
    }
    // When a page goes stale under load, one request renders it and the others wait for
    // that, instead of all rendering (and querying) the same page at once.
    String key = key(request, page);
    CompletableFuture<Rendered> mine = new CompletableFuture<>();
    CompletableFuture<Rendered> running = rendering.putIfAbsent(key + "#" + stamp, mine);
    Rendered result;
    if (running != null) {
      try {
        result = running.join();
      } catch (CompletionException failed) {
        throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
      }
    } else {
      try {
        result = rendered(stamp, render, lastModified);
        keep(key, result);
        mine.complete(result);
      } catch (RuntimeException failed) {
        mine.completeExceptionally(failed);
        throw failed;
      } finally {
        rendering.remove(key + "#" + stamp);
      }
    }
    send(request, response, page, result);
  }

  private static Rendered rendered(
      String stamp, Supplier<byte[]> render, Supplier<Instant> lastModified) {
    byte[] html = render.get();
    Instant changed = lastModified.get();
    return new Rendered(
        stamp,
        html,
        "W/\"" + digest(html) + "\"",
        (changed == null ? Instant.now() : changed).truncatedTo(ChronoUnit.SECONDS));
  }

  private static String key(HttpServletRequest request, PageContext page) {
    String query = request.getQueryString();
    return page.lang() + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
  }

  private static void send(
      HttpServletRequest request, HttpServletResponse response, PageContext page, Rendered rendered)
      throws IOException {
    response.setHeader("Content-Language", page.lang());
    response.addHeader("Vary", "Cookie");
    response.setHeader("Cache-Control", page.isStaff() ? "private, no-cache" : "public, no-cache");
    response.setHeader("ETag", rendered.etag());
    response.setHeader(
        "Last-Modified",
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            rendered.lastModified().atOffset(ZoneOffset.UTC)));
    if (notModified(request, rendered)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(rendered.html().length);
    response.getOutputStream().write(rendered.html());
  }

  private static boolean notModified(HttpServletRequest request, Rendered rendered) {
    String match = request.getHeader("If-None-Match");
    if (match != null) {
      return match.equals(rendered.etag()) || match.equals("*");
    }
    String since = request.getHeader("If-Modified-Since");
    if (since != null) {
      try {
        Instant known = Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(since));
        return !rendered.lastModified().isAfter(known);
      } catch (DateTimeParseException ignoredAsBrowsersDo) {
        return false;
      }
    }
    return false;
  }

  /**
   * Keeps a page; past the limits it forgets pages, stale ones first. Losing a page costs only a
   * render, so the bound is kept loosely rather than with a lock on every request.
   */
  private void keep(String key, Rendered rendered) {
    Rendered replaced = pages.put(key, rendered);
    bytes.addAndGet(rendered.html().length - (replaced == null ? 0 : replaced.html().length));
    if (pages.size() > MOST_PAGES || bytes.get() > MOST_BYTES) {
      pages.entrySet().removeIf(entry -> !entry.getValue().stamp().equals(rendered.stamp()));
      var oldest = pages.entrySet().iterator();
      while ((pages.size() > MOST_PAGES || bytes.get() > MOST_BYTES) && oldest.hasNext()) {
        oldest.next();
        oldest.remove();
      }
      bytes.set(pages.values().stream().mapToLong(r -> r.html().length).sum());
    }
  }

  private static String digest(byte[] html) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(html))
          .substring(0, 24);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
