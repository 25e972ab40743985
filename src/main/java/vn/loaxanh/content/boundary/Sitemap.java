package vn.loaxanh.content.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.loaxanh.content.control.PublishedArticles;
import vn.loaxanh.content.entity.Category;
import vn.loaxanh.plans.control.Plans;
import vn.loaxanh.plans.entity.Plan;
import vn.loaxanh.platform.pages.SiteAddress;
import vn.loaxanh.platform.paging.PageRequest;

/** /sitemap.xml for search engines, and /robots.txt that points to it and keeps staff pages out. */
@WebServlet({"/sitemap.xml", "/robots.txt"})
public class Sitemap extends HttpServlet {
  /** The sitemap protocol's limit for one file. */
  private static final int MOST_ADDRESSES = 50_000;

  private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

  @Inject PublishedArticles published;
  @Inject Plans plans;
  @Inject SiteAddress site;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String base = site.base(request);
    response.setHeader("Cache-Control", "public, max-age=300");
    if (request.getServletPath().equals("/robots.txt")) {
      byte[] robots =
          ("User-agent: *\nDisallow: /api/\nDisallow: /lich/moi\nDisallow: /ngay-le/tao\n"
                  + "Disallow: /dang-nhap\nDisallow: /quan-tri/\nDisallow: /tim-kiem\n"
                  + "Sitemap: "
                  + base
                  + "/sitemap.xml\n")
              .getBytes(StandardCharsets.UTF_8);
      response.setContentType("text/plain;charset=UTF-8");
      response.setContentLength(robots.length);
      response.getOutputStream().write(robots);
      return;
    }
    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    try {
      XMLStreamWriter out =
          XMLOutputFactory.newFactory().createXMLStreamWriter(xml, StandardCharsets.UTF_8.name());
      out.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      out.writeStartElement("urlset");
      out.writeDefaultNamespace(NAMESPACE);
      for (String path : List.of("/", "/su-kien", "/ngay-le")) {
        url(out, base + path, null);
      }
      for (Category category : published.categories()) {
        url(out, base + PublicAddresses.category(category.slug()), null);
      }
      for (Plan plan : plans.list(null, null, new PageRequest(0, 500)).items()) {
        url(out, base + PublicAddresses.plan(plan.code()), null);
      }
      for (Object[] article : published.addresses(MOST_ADDRESSES)) {
        url(out, base + PublicAddresses.article((String) article[0]), (Instant) article[1]);
      }
      out.writeEndElement();
      out.writeEndDocument();
      out.close();
    } catch (XMLStreamException impossible) {
      throw new IOException(impossible);
    }
    response.setContentType("application/xml;charset=UTF-8");
    response.setContentLength(xml.size());
    xml.writeTo(response.getOutputStream());
  }

  private static void url(XMLStreamWriter out, String location, Instant modified)
      throws XMLStreamException {
    out.writeStartElement("url");
    out.writeStartElement("loc");
    out.writeCharacters(location);
    out.writeEndElement();
    if (modified != null) {
      out.writeStartElement("lastmod");
      out.writeCharacters(modified.toString());
      out.writeEndElement();
    }
    out.writeEndElement();
  }
}
