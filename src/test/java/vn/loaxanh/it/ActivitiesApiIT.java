package vn.loaxanh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActivitiesApiIT extends ApiTest {
  private long province;
  private long district;
  private long otherDistrict;
  private long lead;
  private long partner;
  private long planId;

  @BeforeEach
  void register() {
    province = createProvince(unique("tinh"));
    district = createDistrict(unique("huyen"), province);
    otherDistrict = createDistrict(unique("huyen"), province);
    lead = createAgency(unique("so-tnmt"), province);
    partner = createAgency(unique("ubnd"), district);
    planId = createPlan(unique("ke-hoach"), province).getJsonNumber("id").longValue();
  }

  private JsonObjectBuilder activity(
      String title, String type, long unit, String start, String end) {
    return Json.createObjectBuilder()
        .add("planId", planId)
        .add("type", type)
        .add("title", title)
        .add("leadId", lead)
        .add("partnerIds", Json.createArrayBuilder().add(partner))
        .add("unitId", unit)
        .add("startsAt", start)
        .add("endsAt", end)
        .add("channels", Json.createArrayBuilder().add("VISUAL"))
        .add("plannedQuantity", 20)
        .add("quantityUnit", "panô");
  }

  private JsonObject create(JsonObjectBuilder body) {
    return expect(201, admin("api/activities").request().post(json(body)));
  }

  @Test
  void anActivityRoundTripsWithItsTimesInVietnam() {
    // Four-byte characters too: the text is utf8mb4 from request to table and back.
    String title = "Mít tinh hưởng ứng Ngày Môi trường thế giới 05/6 🌏";
    JsonObject created =
        create(
            activity(
                title,
                "RALLY",
                district,
                "2025-06-05T07:30:00+07:00",
                "2025-06-05T11:00:00+07:00"));
    JsonObject read = get("api/activities/" + created.getJsonNumber("id"));
    assertEquals(title, read.getString("title"));
    assertEquals("2025-06-05T07:30:00+07:00", read.getString("startsAt"));
    assertEquals("PLANNED", read.getString("status"));
    assertEquals(20, read.getInt("plannedQuantity"));
    assertEquals("panô", read.getString("quantityUnit"));
    assertEquals(
        partner, read.getJsonArray("partners").getJsonObject(0).getJsonNumber("id").longValue());
  }

  @Test
  void filtersByPlanAgencyDistrictTypeStatusAndDates() {
    create(
        activity(
            "Mít tinh",
            "RALLY",
            district,
            "2025-06-05T07:30:00+07:00",
            "2025-06-05T11:00:00+07:00"));
    create(
        activity(
                "Phát động chiến dịch",
                "LAUNCH",
                otherDistrict,
                "2025-09-20T08:00:00+07:00",
                "2025-09-20T10:00:00+07:00")
            .add("status", "CONFIRMED"));
    create(
        activity(
            "Panô cửa ngõ",
            "VISUAL_ITEM",
            district,
            "2025-05-01T00:00:00+07:00",
            "2025-07-01T00:00:00+07:00"));

    assertEquals(3, titles("planId=" + planId).size());
    assertEquals(
        List.of("Panô cửa ngõ", "Mít tinh"),
        titles("planId=" + planId + "&districtId=" + district));
    assertEquals(List.of("Phát động chiến dịch"), titles("planId=" + planId + "&type=LAUNCH"));
    assertEquals(List.of("Phát động chiến dịch"), titles("planId=" + planId + "&status=CONFIRMED"));
    assertEquals(3, titles("agencyId=" + partner).size(), "a partner agency finds its activities");
    assertEquals(
        List.of("Panô cửa ngõ", "Mít tinh"),
        titles("planId=" + planId + "&from=2025-06-05&to=2025-06-05"));
    assertEquals(List.of("Phát động chiến dịch"), titles("planId=" + planId + "&from=2025-09-01"));

    JsonObject secondPage = get("api/activities?planId=" + planId + "&size=2&page=1");
    assertEquals(3, secondPage.getInt("total"));
    assertEquals(1, secondPage.getJsonArray("items").size());
  }

  private List<String> titles(String query) {
    return items("api/activities?" + query).getValuesAs(JsonObject.class).stream()
        .map(a -> a.getString("title"))
        .toList();
  }

  @Test
  void refusesAnEndBeforeTheStartAndUnknownReferences() {
    expectProblem(
        400,
        admin("api/activities")
            .request()
            .post(
                json(
                    activity(
                        "Sai giờ",
                        "RALLY",
                        district,
                        "2025-06-05T11:00:00+07:00",
                        "2025-06-05T07:00:00+07:00"))),
        "endsAt");
    expectProblem(
        400,
        admin("api/activities")
            .request()
            .post(
                json(
                    activity(
                            "Sai cơ quan",
                            "RALLY",
                            district,
                            "2025-06-05T07:00:00+07:00",
                            "2025-06-05T11:00:00+07:00")
                        .add("leadId", 987654321))),
        "leadId");
    expectProblem(
        400,
        admin("api/activities")
            .request()
            .post(
                json(
                    activity(
                        "Sai loại",
                        "PICNIC",
                        district,
                        "2025-06-05T07:00:00+07:00",
                        "2025-06-05T11:00:00+07:00"))),
        "type");
    expectProblem(
        400,
        admin("api/activities")
            .request()
            .post(
                json(
                    activity(
                        "T".repeat(301),
                        "RALLY",
                        district,
                        "2025-06-05T07:00:00+07:00",
                        "2025-06-05T11:00:00+07:00"))),
        "title");
    long elsewhere = createProvince(unique("dong-nai"));
    long foreignCommittee = createAgency(unique("ubnd-dong-nai"), elsewhere);
    long foreignDistrict = createDistrict(unique("bien-hoa"), elsewhere);
    expectProblem(
        400,
        admin("api/activities")
            .request()
            .post(
                json(
                    activity(
                            "Cơ quan tỉnh khác",
                            "RALLY",
                            district,
                            "2025-06-05T07:00:00+07:00",
                            "2025-06-05T11:00:00+07:00")
                        .add("leadId", foreignCommittee))),
        "leadId");
    expectProblem(
        400,
        admin("api/activities")
            .request()
            .post(
                json(
                    activity(
                        "Địa bàn tỉnh khác",
                        "RALLY",
                        foreignDistrict,
                        "2025-06-05T07:00:00+07:00",
                        "2025-06-05T11:00:00+07:00"))),
        "unitId");
    expectProblem(400, anonymous("api/activities?from=2025-02-30").request().get(), "from");
    expectProblem(404, anonymous("api/activities/987654321").request().get(), null);
    assertEquals(0, titles("planId=" + planId).size(), "nothing was stored");
  }

  @Test
  void aCoordinatorChangesOnlyWhatTheirAgencyLeads() {
    JsonObject own =
        create(
            activity(
                "Hoạt động của sở",
                "SEMINAR",
                district,
                "2025-03-01T08:00:00+07:00",
                "2025-03-01T11:00:00+07:00"));
    long otherLead = createAgency(unique("so-khac"), province);
    JsonObject others =
        create(
            activity(
                    "Hoạt động của cơ quan khác",
                    "SEMINAR",
                    district,
                    "2025-03-02T08:00:00+07:00",
                    "2025-03-02T11:00:00+07:00")
                .add("leadId", otherLead));
    String user = unique("dieu-phoi");
    createStaff(user, "coordinator", lead);

    var allowed =
        as(user, STAFF_PASSWORD, "api/activities/" + own.getJsonNumber("id"))
            .request()
            .put(
                json(
                    activity(
                            "Hoạt động của sở (đã sửa)",
                            "SEMINAR",
                            district,
                            "2025-03-01T08:00:00+07:00",
                            "2025-03-01T11:00:00+07:00")
                        .add("version", own.getJsonNumber("version"))));
    assertEquals("Hoạt động của sở (đã sửa)", expect(200, allowed).getString("title"));

    var refused =
        as(user, STAFF_PASSWORD, "api/activities/" + others.getJsonNumber("id"))
            .request()
            .put(
                json(
                    activity(
                            "Chiếm quyền",
                            "SEMINAR",
                            district,
                            "2025-03-02T08:00:00+07:00",
                            "2025-03-02T11:00:00+07:00")
                        .add("leadId", otherLead)
                        .add("version", others.getJsonNumber("version"))));
    expectProblem(403, refused, null);
    assertEquals(
        "Hoạt động của cơ quan khác",
        get("api/activities/" + others.getJsonNumber("id")).getString("title"));

    var handedAway =
        as(user, STAFF_PASSWORD, "api/activities")
            .request()
            .post(
                json(
                    activity(
                            "Tạo cho cơ quan khác",
                            "SEMINAR",
                            district,
                            "2025-03-03T08:00:00+07:00",
                            "2025-03-03T11:00:00+07:00")
                        .add("leadId", otherLead)));
    expectProblem(403, handedAway, null);
  }
}
