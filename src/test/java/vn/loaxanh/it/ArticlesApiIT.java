package vn.loaxanh.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Articles over HTTP: writing, the workflow, revisions, media, and what readers then see. */
class ArticlesApiIT extends ApiTest {

  static JsonObjectBuilder article(String title, String markdown) {
    return Json.createObjectBuilder()
        .add("kind", "NEWS")
        .add("title", title)
        .add("summary", "Tóm tắt: " + title)
        .add("markdown", markdown)
        .add("tags", Json.createArrayBuilder().add("Rác thải nhựa").add("Môi trường"))
        .add("themes", Json.createArrayBuilder().add("Chấm dứt ô nhiễm nhựa"));
  }

  JsonObject create(JsonObjectBuilder body) {
    return expect(201, admin("api/articles").request().post(json(body)));
  }

  JsonObject step(JsonObject article, String status) {
    return expect(
        200,
        admin("api/articles/" + article.getInt("id") + "/status")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("status", status)
                        .add("version", article.getJsonNumber("version").longValue()))));
  }

  JsonObject publish(JsonObject article) {
    return step(step(step(article, "IN_REVIEW"), "APPROVED"), "PUBLISHED");
  }

  static byte[] png(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    var g = image.createGraphics();
    g.setColor(new Color(20, 83, 45));
    g.fillRect(0, 0, width, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  @Test
  void scriptInAnArticleIsNeverMarkupAndTheSlugComesFromTheTitle() {
    String word = unique("x");
    JsonObject created =
        create(
            article(
                "Ngày Môi trường <script>alert(1)</script> " + word,
                "Đoạn **đậm**.\n\n<script>alert(2)</script>\n\n[x](javascript:alert(3))"));
    assertTrue(created.getString("slug").startsWith("ngay-moi-truong-script-alert-1-script"));
    String html = created.getString("html");
    assertTrue(html.contains("<strong>đậm</strong>"));
    assertFalse(html.contains("<script") || html.contains("javascript:"), html);
    assertEquals("DRAFT", created.getString("status"));

    publish(created);
    String page = anonymous("tin/" + created.getString("slug")).request().get(String.class);
    assertFalse(page.contains("<script>alert"), "the title is escaped on the page");
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));

    Response taken =
        admin("api/articles")
            .request()
            .post(json(article("Khác", "x").add("slug", created.getString("slug"))));
    expectProblem(409, taken, null);
  }

  @Test
  void theWorkflowKeepsPublishingForEditors() {
    JsonObject draft = create(article("Quy trình " + unique("x"), "Nội dung"));
    expectProblem(
        400,
        admin("api/articles/" + draft.getInt("id") + "/status")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("status", "PUBLISHED")
                        .add("version", draft.getJsonNumber("version").longValue()))),
        "status");
    String coordinator = unique("ctv");
    createStaff(
        coordinator, "coordinator", createAgency(unique("so"), createProvince(unique("t"))));
    JsonObject inReview =
        expect(
            200,
            as(coordinator, STAFF_PASSWORD, "api/articles/" + draft.getInt("id") + "/status")
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("status", "IN_REVIEW")
                            .add("version", draft.getJsonNumber("version").longValue()))));
    expectProblem(
        403,
        as(coordinator, STAFF_PASSWORD, "api/articles/" + draft.getInt("id") + "/status")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("status", "APPROVED")
                        .add("version", inReview.getJsonNumber("version").longValue()))),
        null);
    assertEquals("APPROVED", step(inReview, "APPROVED").getString("status"));
    expectProblem(401, anonymous("api/articles").request().get(), null);
  }

  @Test
  void articlesSavedAtTheSameTimeAreAllSaved() throws Exception {
    // MySQL's gap locks once made simultaneous saves of the word index deadlock.
    String word = unique("cung");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      var saves = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
      for (int i = 0; i < 12; i++) {
        String title = "Cùng lúc " + i + " " + word;
        saves.add(
            pool.submit(
                () ->
                    admin("api/articles")
                        .request()
                        .post(json(article(title, "Môi trường xanh sạch đẹp " + title)))
                        .getStatus()));
      }
      for (var save : saves) {
        assertEquals(201, save.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void everySaveKeepsARevisionToCompareAndRestore() {
    JsonObject v1 = create(article("Bản đầu " + unique("x"), "Dòng một\nDòng hai"));
    String path = "api/articles/" + v1.getInt("id");
    JsonObject v2 =
        expect(
            200,
            admin(path)
                .request()
                .put(
                    json(
                        article("Bản sửa", "Dòng một\nDòng hai đã sửa")
                            .add("version", v1.getJsonNumber("version").longValue()))));
    assertEquals(2, admin(path + "/revisions").request().get(jakarta.json.JsonArray.class).size());
    String diff = admin(path + "/diff?from=1&to=2").request().get(String.class);
    assertTrue(diff.contains("-Dòng hai") && diff.contains("+Dòng hai đã sửa"), diff);
    JsonObject restored =
        expect(
            200,
            admin(path + "/revisions/1/restore")
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("version", v2.getJsonNumber("version").longValue()))));
    assertEquals(v1.getString("title"), restored.getString("title"));
    assertEquals(3, admin(path + "/revisions").request().get(jakarta.json.JsonArray.class).size());
    expectProblem(
        409,
        admin(path)
            .request()
            .put(json(article("Cũ", "x").add("version", v1.getJsonNumber("version").longValue()))),
        null);
  }

  @Test
  void readersSeeAPublishedArticleEverywhereUntilItIsUnpublished() throws IOException {
    String word = unique("rac");
    JsonObject cover =
        expect(
            201,
            admin("api/media/images?title=M%C3%ADt%20tinh&alt=Ng%C6%B0%E1%BB%9Di%20d%C3%A2n")
                .request()
                .post(Entity.entity(png(1600, 900), "image/png")));
    assertEquals(1600, cover.getInt("width"));
    JsonObject draft =
        create(
            article("Hưởng ứng Ngày Môi trường thế giới " + word, "Toàn dân chung tay.")
                .add("coverId", cover.getInt("id")));
    String slug = draft.getString("slug");
    assertEquals(
        404, anonymous("tin/" + slug).request().get().getStatus(), "a draft is not public");

    JsonObject published = publish(draft);
    Response page = anonymous("tin/" + slug).request().get();
    String html = page.readEntity(String.class);
    assertEquals(200, page.getStatus());
    assertTrue(html.contains("<meta property=\"og:title\" content=\"Hưởng ứng Ngày Môi trường"));
    assertTrue(html.contains("og:image\" content=\"http"), "a shared link shows the cover");
    assertTrue(html.contains("twitter:card\" content=\"summary_large_image"));
    assertTrue(html.contains("rel=\"canonical\""));
    String etag = page.getHeaderString("ETag");
    assertEquals(
        304, anonymous("tin/" + slug).request().header("If-None-Match", etag).get().getStatus());

    assertTrue(anonymous("").request().get(String.class).contains(word), "on the home page");
    assertTrue(anonymous("rss.xml").request().get(String.class).contains(word));
    assertTrue(anonymous("atom.xml").request().get(String.class).contains(word));
    assertTrue(anonymous("sitemap.xml").request().get(String.class).contains("/tin/" + slug));
    assertTrue(
        anonymous("tim-kiem?q=huong%20ung%20ngay%20moi%20truong%20" + word)
            .request()
            .get(String.class)
            .contains("/tin/" + slug),
        "found without diacritics");
    assertTrue(
        anonymous("api/published/search?q=" + word).request().get(String.class).contains(slug));
    String typing = word.substring(word.indexOf('-') + 1, word.length() - 2);
    assertTrue(
        anonymous("api/published/search?q=rac%20" + typing)
            .request()
            .get(String.class)
            .contains(slug),
        "an unfinished last word finds the longer words it begins");
    assertFalse(
        anonymous("api/published/search?q=rac%20" + typing + "zz")
            .request()
            .get(String.class)
            .contains(slug));
    assertTrue(anonymous("the/rac-thai-nhua").request().get(String.class).contains(word));

    String image =
        html.substring(html.indexOf("/media/"), html.indexOf("\"", html.indexOf("/media/")));
    Response file = anonymous(image.substring(1)).request().get();
    assertEquals(200, file.getStatus());
    assertEquals("image/jpeg", file.getMediaType().toString());
    assertTrue(file.getHeaderString("Cache-Control").contains("immutable"));

    step(published, "UNPUBLISHED");
    assertEquals(404, anonymous("tin/" + slug).request().get().getStatus());
    assertFalse(anonymous("").request().get(String.class).contains(word), "gone from home at once");
    assertFalse(anonymous("rss.xml").request().get(String.class).contains(word));
    assertFalse(
        anonymous("tim-kiem?q=" + word).request().get(String.class).contains("/tin/" + slug));
  }

  @Test
  void aChangeToAPublishedArticleWaitsForReviewBeforeReadersSeeIt() {
    String title = "Ngày hội tái chế " + unique("");
    JsonObject live = publish(create(article(title, "Bản đã đăng.")));
    String slug = live.getString("slug");

    JsonObject proposed =
        expect(
            200,
            admin("api/articles/" + live.getInt("id"))
                .request()
                .put(
                    json(
                        article(title, "Bản sửa chờ duyệt.")
                            .add("version", live.getJsonNumber("version").longValue()))));
    assertEquals("PUBLISHED", proposed.getString("status"));
    assertEquals("Bản đã đăng.", proposed.getString("markdown"), "the live text is unchanged");
    int pending = proposed.getInt("pendingRevision");
    String page = anonymous("tin/" + slug).request().get(String.class);
    assertTrue(page.contains("Bản đã đăng.") && !page.contains("Bản sửa chờ duyệt."));

    // A coordinator cannot accept it; an editor can, and readers then see it.
    String coordinator = unique("ctv");
    createStaff(
        coordinator, "coordinator", createAgency(unique("so"), createProvince(unique("t"))));
    JsonObject review =
        Json.createObjectBuilder()
            .add("accept", true)
            .add("version", proposed.getJsonNumber("version").longValue())
            .build();
    assertEquals(
        403,
        as(coordinator, STAFF_PASSWORD, "api/articles/" + live.getInt("id") + "/pending")
            .request()
            .post(Entity.entity(review, MediaType.APPLICATION_JSON_TYPE))
            .getStatus());
    JsonObject accepted =
        expect(
            200,
            admin("api/articles/" + live.getInt("id") + "/pending")
                .request()
                .post(Entity.entity(review, MediaType.APPLICATION_JSON_TYPE)));
    assertEquals("Bản sửa chờ duyệt.", accepted.getString("markdown"));
    assertTrue(accepted.isNull("pendingRevision"));
    await("the page cache to follow")
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                anonymous("tin/" + slug)
                    .request()
                    .get(String.class)
                    .contains("Bản sửa chờ duyệt."));
    String revisions =
        admin("api/articles/" + live.getInt("id") + "/revisions").request().get(String.class);
    assertTrue(revisions.contains("accepted by admin"), revisions);
    assertTrue(pending > 1);

    // A proposal does not outlive publication: unpublished, nothing waits any more.
    JsonObject again =
        expect(
            200,
            admin("api/articles/" + live.getInt("id"))
                .request()
                .put(
                    json(
                        article(title, "Một bản sửa khác.")
                            .add("version", accepted.getJsonNumber("version").longValue()))));
    assertEquals(pending + 1, again.getInt("pendingRevision"));
    JsonObject unpublished = step(again, "UNPUBLISHED");
    assertTrue(unpublished.isNull("pendingRevision"), unpublished.toString());
    accepted = unpublished;

    // Nothing waits any more: deciding again is a conflict.
    expectProblem(
        409,
        admin("api/articles/" + live.getInt("id") + "/pending")
            .request()
            .post(
                json(
                    Json.createObjectBuilder()
                        .add("accept", false)
                        .add("version", accepted.getJsonNumber("version").longValue()))),
        null);
  }

  @Test
  void aScheduledArticleAppearsOnTimeAndLeavesOnTime() throws InterruptedException {
    String word = unique("hen");
    JsonObject approved =
        step(step(create(article("Hẹn giờ " + word, "x")), "IN_REVIEW"), "APPROVED");
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7));
    JsonObject scheduled =
        expect(
            200,
            admin("api/articles/" + approved.getInt("id") + "/status")
                .request()
                .post(
                    json(
                        Json.createObjectBuilder()
                            .add("status", "PUBLISHED")
                            .add("publishAt", now.plusSeconds(3).toString())
                            .add("unpublishAt", now.plusSeconds(6).toString())
                            .add("version", approved.getJsonNumber("version").longValue()))));
    assertTrue(scheduled.getBoolean("scheduled"));
    String slug = scheduled.getString("slug");
    assertEquals(404, anonymous("tin/" + slug).request().get().getStatus());
    assertFalse(anonymous("").request().get(String.class).contains(word));
    await("the article to appear at its publication time")
        .atMost(Duration.ofSeconds(15))
        .until(() -> anonymous("tin/" + slug).request().get().getStatus() == 200);
    assertFalse(
        OffsetDateTime.now(ZoneOffset.ofHours(7))
            .isBefore(now.plusSeconds(3).truncatedTo(ChronoUnit.SECONDS)),
        "not before its time (MariaDB keeps whole seconds)");
    assertTrue(anonymous("").request().get(String.class).contains(word), "the cached home too");
    await("the article to go at its end of publication")
        .atMost(Duration.ofSeconds(15))
        .until(() -> anonymous("tin/" + slug).request().get().getStatus() == 404);
    assertFalse(
        OffsetDateTime.now(ZoneOffset.ofHours(7))
            .isBefore(now.plusSeconds(6).truncatedTo(ChronoUnit.SECONDS)),
        "not before its time (MariaDB keeps whole seconds)");
    assertFalse(anonymous("").request().get(String.class).contains(word));
  }

  @Test
  void badUploadsAndSearchesGetClearAnswers() throws IOException {
    expectProblem(
        415,
        admin("api/media/images?title=gia")
            .request()
            .post(Entity.entity("đây không phải ảnh".getBytes(), "image/jpeg")),
        null);
    expectProblem(
        413,
        admin("api/media/images?title=lon")
            .request()
            .post(Entity.entity(new byte[2 * 1024 * 1024 + 10], "image/png")),
        null);
    Response tooLong = anonymous("tim-kiem?q=" + "a".repeat(10_000)).request().get();
    assertEquals(400, tooLong.getStatus());
    assertTrue(tooLong.readEntity(String.class).contains("quá dài"));
    assertEquals(
        200,
        anonymous("tim-kiem?q=%27%20OR%201%3D1%20--%20%25_").request().get().getStatus(),
        "SQL metacharacters are only text");
    Response unknown = anonymous("tin/khong-co-bai-nay").request().get();
    assertEquals(404, unknown.getStatus());
    assertTrue(unknown.readEntity(String.class).contains("<html"));
  }
}
