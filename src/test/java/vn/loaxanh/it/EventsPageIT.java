package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The public events page: server-rendered, escaped, and pointing at its calendar feed. */
class EventsPageIT extends ApiTest {

  @Test
  void listsUpcomingEventsEscapedWithTheirFeed() {
    long province = createProvince(unique("tinh"));
    long district = createDistrict(unique("huyen"), province);
    long lead = createAgency(unique("so"), province);
    long plan = createPlan(unique("ke-hoach"), province).getJsonNumber("id").longValue();
    int nextYear = LocalDate.now(ZoneOffset.ofHours(7)).getYear() + 1;
    String title =
        "Mít tinh hưởng ứng Ngày Môi trường thế giới <script>alert(1)</script> " + unique("x");
    createRally(plan, lead, district, title, nextYear + "-06-05");

    Response response = anonymous("su-kien").request().get();
    String page = response.readEntity(String.class);
    assertEquals(200, response.getStatus());
    assertEquals(
        "text/html",
        response.getMediaType().getType() + "/" + response.getMediaType().getSubtype());
    assertTrue(page.contains("<html lang=\"vi\">"));
    assertTrue(
        page.contains("<link rel=\"alternate\" type=\"text/calendar\"")
            && page.contains("href=\"/api/calendar/events.ics\""),
        "the page advertises its feed");
    assertTrue(page.contains("07:30 05/06/" + nextYear), "the time as Vietnamese read it");
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the title is escaped");
    assertFalse(page.contains("<script>alert(1)</script>"));
  }
}
