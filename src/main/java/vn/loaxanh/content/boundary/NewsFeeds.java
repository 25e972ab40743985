package vn.loaxanh.content.boundary;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import vn.loaxanh.content.control.ContentGeneration;
import vn.loaxanh.content.control.PublishedArticles;
import vn.loaxanh.content.entity.Article;
import vn.loaxanh.content.entity.Label;
import vn.loaxanh.platform.pages.SiteAddress;

/**
 * The latest published articles as RSS 2.0 (/rss.xml) and Atom 1.0 (/atom.xml), kept until the next
 * publication change like the pages, with an ETag for readers that ask again.
 */
@WebServlet({"/rss.xml", "/atom.xml"})
public class NewsFeeds extends HttpServlet {
  private static final int ENTRIES = 30;

  @Inject PublishedArticles published;
  @Inject ContentGeneration generation;
  @Inject SiteAddress site;

  private record Written(String stamp, String base, byte[] xml) {}

  private final ConcurrentHashMap<String, Written> written = new ConcurrentHashMap<>();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean atom = request.getServletPath().equals("/atom.xml");
    String stamp = generation.current();
    String base = site.base(request);
    Written feed = written.get(request.getServletPath());
    if (feed == null || !feed.stamp().equals(stamp) || !feed.base().equals(base)) {
      feed = new Written(stamp, base, write(atom, base, request.getServletPath()));
      written.put(request.getServletPath(), feed);
    }
    String etag = "W/\"" + stamp + "-" + feed.xml().length + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "public, no-cache");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(
        (atom ? "application/atom+xml" : "application/rss+xml") + ";charset=UTF-8");
    response.setContentLength(feed.xml().length);
    response.getOutputStream().write(feed.xml());
  }

  private byte[] write(boolean atom, String base, String self) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(atom ? "atom_1.0" : "rss_2.0");
    feed.setTitle("Loa Xanh — Tin tức tuyên truyền bảo vệ môi trường");
    feed.setDescription("Tin tức, sự kiện, cuộc thi và gương điển hình về môi trường");
    feed.setLanguage("vi");
    feed.setLink(base + "/");
    feed.setUri(base + "/");
    SyndLinkImpl selfLink = new SyndLinkImpl();
    selfLink.setRel("self");
    selfLink.setHref(base + self);
    SyndLinkImpl home = new SyndLinkImpl();
    home.setRel("alternate");
    home.setType("text/html");
    home.setHref(base + "/");
    feed.setLinks(List.of(selfLink, home));
    List<SyndEntry> entries = new ArrayList<>();
    for (Article a : published.latest(null, 0, ENTRIES).articles()) {
      entries.add(entry(a, base));
    }
    feed.setEntries(entries);
    feed.setPublishedDate(entries.isEmpty() ? new Date(0) : entries.get(0).getPublishedDate());
    try {
      return new SyndFeedOutput().outputString(feed, true).getBytes(StandardCharsets.UTF_8);
    } catch (FeedException impossible) {
      throw new IllegalStateException("the feed model is always complete", impossible);
    }
  }

  private static SyndEntry entry(Article a, String base) {
    String url = base + PublicAddresses.article(a.slug());
    SyndEntry entry = new SyndEntryImpl();
    entry.setTitle(a.title());
    entry.setLink(url);
    entry.setUri(url);
    entry.setPublishedDate(Date.from(a.publishAt()));
    entry.setUpdatedDate(Date.from(a.updatedAt()));
    SyndContentImpl description = new SyndContentImpl();
    description.setType("text/plain");
    description.setValue(a.summary() == null ? a.title() : a.summary());
    entry.setDescription(description);
    SyndContentImpl body = new SyndContentImpl();
    body.setType("html");
    body.setValue(a.html());
    entry.setContents(List.of(body));
    List<com.rometools.rome.feed.synd.SyndCategory> categories = new ArrayList<>();
    for (Label tag : a.tags()) {
      SyndCategoryImpl category = new SyndCategoryImpl();
      category.setName(tag.text());
      categories.add(category);
    }
    entry.setCategories(categories);
    if (a.cover() != null) {
      SyndEnclosureImpl image = new SyndEnclosureImpl();
      image.setUrl(base + PublicAddresses.media(a.cover(), "preview"));
      image.setType("image/jpeg");
      entry.setEnclosures(List.of(image));
    }
    return entry;
  }
}
