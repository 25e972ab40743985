// Load test of public contest registration: many schools sending entries with a file at once.
//
// Sets up a province, districts, an agency, a plan with a contest activity, schools and two
// calls for entries through the API, then sends every registration (multipart: the entry as
// JSON and one PNG) from a fixed number of worker threads and prints what was acknowledged,
// the failures, entries per second and the latency percentiles. About one submission in 20 is
// sent a second time with the same Idempotency-Key, as a client that lost the first answer
// would; that retry must answer 200 with the first receipt. The acknowledged receipts go to a
// TSV file (receipt, SHA-256 of the file sent) so that contests.sh can check the database and
// the attachment folder against what the clients were told.
//
//   java deploy/benchmark/ContestLoad.java BASE_URL ADMIN_PASSWORD [ENTRIES [THREADS [OUT]]]
//   java deploy/benchmark/ContestLoad.java http://127.0.0.1:8091 bench-secret 2000 64 a.tsv
//
// Only the JDK is needed. Exits 1 when a submission was not acknowledged or a retry was not
// answered with its first receipt. WARM_UP (environment) sets the number of warm-up entries.
// With APP_PID (environment) set to the server's process id, it also prints the CPU time the
// server used while measured, per entry (and its own); DB_PID does the same for the database
// server. On a machine shared with other work those figures hold when entries/s do not.

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

public class ContestLoad {
  /** Entries each school sends to the measured contest. */
  static final int PER_SCHOOL = 8;

  /** The contests' limit per school and category: above PER_SCHOOL, so no 409 is expected. */
  static final int SCHOOL_LIMIT = 10;

  static final int DISTRICTS = 5;

  /** Registrations sent before measuring, to a contest of their own: the JVM starts cold. */
  static final int WARM_UP = Integer.parseInt(System.getenv().getOrDefault("WARM_UP", "200"));

  /** Every RETRY_EVERY-th submission is sent again after its answer: 5 %. */
  static final int RETRY_EVERY = 20;

  static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
  static final Pattern RECEIPT = Pattern.compile("\"receipt\"\\s*:\\s*\"([^\"]+)\"");
  static final Pattern REPLAYED = Pattern.compile("\"replayed\"\\s*:\\s*(true|false)");

  /** A registration ready to send: built before timing so that only the exchange is measured. */
  record Submission(String key, String boundary, byte[] body, String sha256) {}

  /** One answer; status -1 when no HTTP answer came (connection refused, timeout...). */
  record Outcome(int status, long nanos, String receipt, boolean replayed, String detail) {}

  /** What a run of submissions gave: first tries and deliberate retries, indexed alike. */
  record Run(List<Submission> sent, Outcome[] first, Outcome[] retry, long wallNanos) {}

  final HttpClient http;
  final String base;
  final String authorization;

  /** Keeps codes, slugs and keys apart from those of an earlier run against the same database. */
  final String runId = Long.toString(System.currentTimeMillis(), 36);

  ContestLoad(String base, String password) {
    this.base = base;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    // HTTP/1.1 as browsers and school programs use it; the client keeps one connection per busy
    // worker thread open (its pool has no limit unless jdk.httpclient.connectionPoolSize says so).
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    String base = (args.length > 0 ? args[0] : "http://127.0.0.1:8091").replaceAll("/+$", "");
    String password = args.length > 1 ? args[1] : "bench-secret";
    int total = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 64;
    Path out =
        args.length > 4
            ? Path.of(args[4])
            : Path.of(System.getenv().getOrDefault("WORK", "."), "acked.tsv");
    System.exit(new ContestLoad(base, password).benchmark(total, threads, out) ? 0 : 1);
  }

  boolean benchmark(int total, int threads, Path out) throws Exception {
    int schoolCount = Math.max((total + PER_SCHOOL - 1) / PER_SCHOOL, WARM_UP / PER_SCHOOL);
    System.out.printf(
        "setting up: %d schools in %d districts, %d entries, %d threads%n",
        schoolCount, DISTRICTS, total, threads);
    long activity = contestActivity();
    List<Long> schools = schools(activityDistricts(), schoolCount);
    long warmUpContest = contest(activity, "khoi-dong", "Cuộc thi khởi động");
    long measuredContest = contest(activity, "do", "Cuộc thi vẽ tranh Sơn La xanh");
    // contests.sh reads the measured contest's id from this line.
    System.out.println("measured contest: id " + measuredContest);

    System.out.printf("building %d + %d multipart bodies%n", WARM_UP, total);
    List<Submission> warmUp = submissions("w", WARM_UP, schools);
    List<Submission> measured = submissions("m", total, schools);

    Run warm = send(warmUpContest, warmUp, threads);
    System.out.printf(
        "warm-up: %d of %d acknowledged in %.1f s%n",
        acknowledged(warm), warmUp.size(), warm.wallNanos() / 1e9);
    failures(warm)
        .forEach((status, count) -> System.out.printf("  status %s: %d%n", status, count));

    CpuTimes before = CpuTimes.now();
    Run run = send(measuredContest, measured, threads);
    CpuTimes after = CpuTimes.now();
    boolean clean = report(run);
    after.printSince(before, run);
    writeAcknowledged(run, out);
    System.out.println("acknowledged receipts written to " + out);
    return clean;
  }

  // ---- Setup through the API, as staff would do it ----

  long province;

  long contestActivity() {
    province =
        created(
            "/api/units",
            """
            {"code": "bench-%s", "name": "Tỉnh thử tải %s", "level": "PROVINCE"}\
            """
                .formatted(runId, runId));
    long agency =
        created(
            "/api/agencies",
            """
            {"code": "bench-%s-sgddt", "name": "Sở Giáo dục và Đào tạo", "kind": "DEPARTMENT",
             "unitId": %d}\
            """
                .formatted(runId, province));
    long plan =
        created(
            "/api/plans",
            """
            {"code": "bench-%s-kh", "issuer": "Ủy ban nhân dân tỉnh", "unitId": %d, "year": 2025,
             "title": "Kế hoạch tuyên truyền bảo vệ môi trường năm 2025"}\
            """
                .formatted(runId, province));
    return created(
        "/api/activities",
        """
        {"planId": %d, "type": "CONTEST", "title": "Cuộc thi vẽ tranh", "leadId": %d,
         "startsAt": "2025-09-01T00:00:00+07:00", "endsAt": "2025-11-30T00:00:00+07:00",
         "allDay": true}\
        """
            .formatted(plan, agency));
  }

  List<Long> activityDistricts() {
    List<Long> districts = new ArrayList<>();
    for (int d = 1; d <= DISTRICTS; d++) {
      districts.add(
          created(
              "/api/districts",
              """
              {"code": "bench-%s/huyen-%d", "name": "Huyện thử tải %d", "parentId": %d}\
              """
                  .formatted(runId, d, d, province)));
    }
    return districts;
  }

  List<Long> schools(List<Long> districts, int count) {
    List<Long> schools = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      schools.add(
          created(
              "/api/schools",
              """
              {"name": "Trường THCS Thử tải số %d", "level": "LOWER_SECONDARY", "districtId": %d}\
              """
                  .formatted(s + 1, districts.get(s % districts.size()))));
    }
    return schools;
  }

  long contest(long activity, String slug, String title) {
    // Open since an hour ago: the server's clock and ours may differ by a few seconds.
    OffsetDateTime now = OffsetDateTime.now(VIETNAM).truncatedTo(ChronoUnit.SECONDS);
    return created(
        "/api/contests",
        """
        {"activityId": %d, "slug": "bench-%s-%s", "title": "%s",
         "rules": "Mỗi trường gửi tối đa %d bài.", "opensAt": "%s", "closesAt": "%s",
         "entriesPerSchool": %d, "levels": ["PRIMARY", "LOWER_SECONDARY"],
         "categories": [{"code": "ve-tranh", "name": "Vẽ tranh", "fileTypes": ["image/*"],
                         "maxFileBytes": 1048576, "maxFiles": 2}],
         "criteria": [{"name": "Nội dung", "weight": 60, "maxScore": 10},
                      {"name": "Sáng tạo", "weight": 40, "maxScore": 10}]}\
        """
            .formatted(
                activity,
                runId,
                slug,
                title,
                SCHOOL_LIMIT,
                now.minusHours(1),
                now.plusDays(1),
                SCHOOL_LIMIT));
  }

  /** POSTs as admin and answers the new resource's id, the last segment of its Location. */
  long created(String path, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException failed) {
      throw new IllegalStateException("POST " + path + " failed: " + failed, failed);
    }
    String location = response.headers().firstValue("Location").orElse("");
    if (response.statusCode() != 201 || location.isEmpty()) {
      throw new IllegalStateException(
          "POST " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  // ---- The registrations ----

  /** Entries spread round-robin over the schools, so neighbours in the queue rarely share one. */
  List<Submission> submissions(String tag, int count, List<Long> schools) {
    List<Submission> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      byte[] png = png(Long.parseLong(runId, 36) * 31 + tag.hashCode() * 1_000_003L + i);
      String entry =
          """
          {"category": "ve-tranh", "schoolId": %d, "teacherName": "Nguyễn Thị Hoa",
           "teacherEmail": "gv%d@truong.edu.vn", "teacherPhone": "0912 345 678",
           "title": "Sơn La xanh, tranh số %d",
           "description": "Tranh màu nước về rừng và suối quê em.",
           "participants": [{"name": "Lò Thị Mai", "grade": "8A"},
                            {"name": "Cầm Văn Tú", "grade": "8B"}],
           "consent": true}\
          """
              .formatted(schools.get(i % schools.size()), i, i + 1);
      String boundary = "loaxanh-" + runId + "-" + tag + i;
      list.add(
          new Submission(
              "bench-" + runId + "-" + tag + "-" + i,
              boundary,
              multipart(boundary, entry, "tranh-" + tag + i + ".png", png),
              HexFormat.of().formatHex(sha256(png))));
    }
    return list;
  }

  /** A 40×40 PNG of coloured noise: a real image, a few KB, different for every seed. */
  static byte[] png(long seed) {
    Random random = new Random(seed);
    BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return bytes.toByteArray();
  }

  /** The entry as JSON in part "entry" and the image in part "files", lines ended by CRLF. */
  static byte[] multipart(String boundary, String entryJson, String fileName, byte[] file) {
    String head =
        """
        --%1$s\r
        Content-Disposition: form-data; name="entry"\r
        Content-Type: application/json; charset=UTF-8\r
        \r
        %2$s\r
        --%1$s\r
        Content-Disposition: form-data; name="files"; filename="%3$s"\r
        Content-Type: image/png\r
        \r
        """
            .formatted(boundary, entryJson, fileName);
    ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 1024);
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  /**
   * Sends every submission from {@code threads} workers, each taking the next one as soon as its
   * previous exchange is over; the retries are sent by the same worker right after the answer.
   */
  Run send(long contest, List<Submission> submissions, int threads) throws InterruptedException {
    URI endpoint = URI.create(base + "/api/contests/" + contest + "/entries");
    Outcome[] first = new Outcome[submissions.size()];
    Outcome[] retry = new Outcome[submissions.size()];
    AtomicInteger next = new AtomicInteger();
    Runnable worker =
        () -> {
          for (int i = next.getAndIncrement(); i < first.length; i = next.getAndIncrement()) {
            Submission submission = submissions.get(i);
            first[i] = exchange(endpoint, submission);
            if (i % RETRY_EVERY == RETRY_EVERY / 2 && first[i].status() == 201) {
              retry[i] = exchange(endpoint, submission);
            }
          }
        };
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(new Thread(worker, "worker-" + t));
    }
    long start = System.nanoTime();
    workers.forEach(Thread::start);
    for (Thread t : workers) {
      t.join();
    }
    return new Run(submissions, first, retry, System.nanoTime() - start);
  }

  Outcome exchange(URI endpoint, Submission submission) {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "multipart/form-data; boundary=" + submission.boundary())
            .header("Idempotency-Key", submission.key())
            .timeout(Duration.ofSeconds(120))
            .POST(HttpRequest.BodyPublishers.ofByteArray(submission.body()))
            .build();
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long nanos = System.nanoTime() - start;
      String body = response.body();
      Matcher receipt = RECEIPT.matcher(body);
      Matcher replayed = REPLAYED.matcher(body);
      return new Outcome(
          response.statusCode(),
          nanos,
          receipt.find() ? receipt.group(1) : null,
          replayed.find() && replayed.group(1).equals("true"),
          body.length() > 300 ? body.substring(0, 300) : body);
    } catch (IOException failed) {
      return new Outcome(-1, System.nanoTime() - start, null, false, failed.toString());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return new Outcome(-1, System.nanoTime() - start, null, false, "interrupted");
    }
  }

  // ---- Figures ----

  static boolean isAcknowledged(Outcome o) {
    return o.status() == 201 && o.receipt() != null && !o.replayed();
  }

  static long acknowledged(Run run) {
    return Arrays.stream(run.first()).filter(ContestLoad::isAcknowledged).count();
  }

  /** First tries that were not acknowledged, by status ("-1" when no answer came). */
  static Map<String, Integer> failures(Run run) {
    Map<String, Integer> byStatus = new TreeMap<>();
    for (Outcome o : run.first()) {
      if (!isAcknowledged(o)) {
        byStatus.merge(String.valueOf(o.status()), 1, Integer::sum);
      }
    }
    return byStatus;
  }

  boolean report(Run run) {
    long acked = acknowledged(run);
    int retries = 0;
    int sameReceipt = 0;
    List<Long> retryNanos = new ArrayList<>();
    List<String> wrongRetries = new ArrayList<>();
    for (int i = 0; i < run.first().length; i++) {
      Outcome again = run.retry()[i];
      if (again == null) {
        continue;
      }
      retries++;
      retryNanos.add(again.nanos());
      if (again.status() == 200
          && again.replayed()
          && Objects.equals(run.first()[i].receipt(), again.receipt())) {
        sameReceipt++;
      } else if (wrongRetries.size() < 5) {
        wrongRetries.add(again.status() + " " + again.detail());
      }
    }
    Map<String, Integer> failures = failures(run);
    double seconds = run.wallNanos() / 1e9;
    long[] latencies =
        Arrays.stream(run.first()).filter(o -> o.status() > 0).mapToLong(Outcome::nanos).toArray();

    System.out.println();
    System.out.printf("submissions: %d, retries sent: %d%n", run.first().length, retries);
    System.out.printf("acknowledged (201): %d%n", acked);
    System.out.printf(
        "retries answered 200 with the same receipt: %d of %d%n", sameReceipt, retries);
    System.out.println("failures: " + (failures.isEmpty() ? "none" : failures));
    printSamples(run);
    wrongRetries.forEach(w -> System.out.println("  wrong retry answer: " + w));
    System.out.printf("wall time: %.2f s%n", seconds);
    System.out.printf("entries/s: %.1f (acknowledged entries only)%n", acked / seconds);
    System.out.printf(
        "requests/s: %.1f (first tries and retries)%n", (run.first().length + retries) / seconds);
    System.out.println("latency of first tries: " + percentiles(latencies));
    System.out.println(
        "latency of retries:     "
            + percentiles(retryNanos.stream().mapToLong(Long::longValue).toArray()));
    return failures.isEmpty() && sameReceipt == retries;
  }

  /** The first answer of each failing status, so a failed run says why. */
  static void printSamples(Run run) {
    Map<Integer, String> samples = new TreeMap<>();
    for (Outcome o : run.first()) {
      if (!isAcknowledged(o)) {
        samples.putIfAbsent(o.status(), o.detail());
      }
    }
    samples.forEach((status, detail) -> System.out.println("  e.g. " + status + ": " + detail));
  }

  static String percentiles(long[] nanos) {
    if (nanos.length == 0) {
      return "(none)";
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(
        "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
        rank(sorted, 0.50),
        rank(sorted, 0.90),
        rank(sorted, 0.99),
        sorted[sorted.length - 1] / 1e6);
  }

  /** Nearest-rank percentile in milliseconds. */
  static double rank(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  static void writeAcknowledged(Run run, Path out) throws IOException {
    StringBuilder tsv = new StringBuilder();
    for (int i = 0; i < run.first().length; i++) {
      if (isAcknowledged(run.first()[i])) {
        tsv.append(run.first()[i].receipt()).append('\t').append(run.sent().get(i).sha256());
        tsv.append('\n');
      }
    }
    Files.writeString(out, tsv);
  }

  /**
   * The CPU time of the server and of this client, and the whole machine's busy and total time,
   * from /proc in clock ticks (USER_HZ, 100 a second on Linux); empty where /proc or APP_PID is
   * missing.
   */
  record CpuTimes(
      Optional<Long> server,
      Optional<Long> database,
      Optional<Long> client,
      Optional<long[]> machine) {
    static CpuTimes now() {
      return new CpuTimes(
          processTicks(System.getenv("APP_PID")),
          processTicks(System.getenv("DB_PID")),
          processTicks("self"),
          machineTicks());
    }

    static Optional<Long> processTicks(String pid) {
      if (pid == null || pid.isBlank()) {
        return Optional.empty();
      }
      try {
        String stat = Files.readString(Path.of("/proc", pid.strip(), "stat"));
        // The fields after the command name, which is in parentheses and may hold spaces:
        // utime and stime are the 14th and 15th fields of the whole line.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Optional.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
      } catch (IOException | RuntimeException unreadable) {
        return Optional.empty();
      }
    }

    /** Busy and total ticks of all cores, from the first line of /proc/stat. */
    static Optional<long[]> machineTicks() {
      try {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < cpu.length; i++) {
          total += Long.parseLong(cpu[i]);
        }
        long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]); // idle and iowait
        return Optional.of(new long[] {total - idle, total});
      } catch (IOException | RuntimeException unreadable) {
        return Optional.empty();
      }
    }

    void printSince(CpuTimes before, Run run) {
      double seconds = run.wallNanos() / 1e9;
      long acked = acknowledged(run);
      if (server.isPresent() && before.server().isPresent()) {
        double cpu = (server.get() - before.server().get()) / 100.0;
        System.out.printf(
            "server CPU while measured: %.1f s in %.1f s (%.2f cores), %.1f ms per entry%n",
            cpu, seconds, cpu / seconds, acked == 0 ? 0 : cpu * 1000 / acked);
      }
      if (database.isPresent() && before.database().isPresent()) {
        double cpu = (database.get() - before.database().get()) / 100.0;
        System.out.printf(
            "database CPU while measured: %.1f s, %.1f ms per entry%n",
            cpu, acked == 0 ? 0 : cpu * 1000 / acked);
      }
      if (client.isPresent() && before.client().isPresent()) {
        double cpu = (client.get() - before.client().get()) / 100.0;
        System.out.printf(
            "this client's CPU while measured: %.1f s, %.1f ms per entry%n",
            cpu, acked == 0 ? 0 : cpu * 1000 / acked);
      }
      if (machine.isPresent() && before.machine().isPresent()) {
        long busy = machine.get()[0] - before.machine().get()[0];
        long total = machine.get()[1] - before.machine().get()[1];
        System.out.printf(
            "machine busy while measured: %.0f %% of %d cores (server, database, this client"
                + " and anything else running)%n",
            total == 0 ? 0 : 100.0 * busy / total, Runtime.getRuntime().availableProcessors());
      }
    }
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
