package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The staff calendar pages: month, week and list views with filters, without JavaScript. */
class CalendarPageIT extends ApiTest {

  private String page(String pathAndQuery) {
    Response response = anonymous(pathAndQuery).request().get();
    String page = response.readEntity(String.class);
    assertEquals(200, response.getStatus(), page);
    return page;
  }

  @Test
  void showsARallyInTheMonthWeekAndListOfItsDistrict() {
    long province = createProvince(unique("tinh"));
    long district = createDistrict(unique("huyen"), province);
    long lead = createAgency(unique("so"), province);
    long plan = createPlan(unique("ke-hoach"), province).getJsonNumber("id").longValue();
    int year = LocalDate.now(ZoneOffset.ofHours(7)).getYear() + 1;
    String title = "Mít tinh Ngày Môi trường thế giới " + unique("x");
    createRally(plan, lead, district, title, year + "-06-05");

    String month = page("lich?view=month&date=" + year + "-06-01&districtId=" + district);
    assertTrue(month.contains("Tháng 6/" + year));
    assertTrue(month.contains(title), "the rally is in its month");
    assertTrue(month.contains("07:30"));
    assertTrue(
        page("lich?view=week&date=" + year + "-06-03&districtId=" + district).contains(title));
    assertTrue(
        page("lich?view=list&date=" + year + "-06-01&districtId=" + district).contains(title));
    assertFalse(
        page("lich?view=month&date=" + year + "-06-01&districtId=" + district + "&type=SEMINAR")
            .contains(title),
        "filtered out by type");
    assertFalse(
        page("lich?view=month&date=" + year + "-07-01&districtId=" + district).contains(title));

    String link = month.substring(month.indexOf("/lich/hoat-dong?id="));
    String activity = page(link.substring(1, link.indexOf('"')));
    assertTrue(activity.contains("<h1>" + title + "</h1>"), "the calendar opens the activity");
    assertTrue(activity.contains("Lịch sử thay đổi") && activity.contains("Tạo hoạt động"));
    assertEquals(404, anonymous("lich/hoat-dong?id=987654321").request().get().getStatus());

    assertEquals(400, anonymous("lich?date=" + year + "-02-30").request().get().getStatus());
    assertEquals(400, anonymous("lich?view=year").request().get().getStatus());
  }
}
