package vn.loaxanh.imports.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.loaxanh.imports.entity.ImportJob;
import vn.loaxanh.platform.errors.NotFound;
import vn.loaxanh.platform.security.Caller;

/**
 * Imports started from the page run in the background so that the officer sees how far a large file
 * has come. The job and its progress are rows, written each in a transaction of its own, so any
 * instance can show them; the import itself stays one transaction, all or nothing.
 */
@ApplicationScoped
public class ImportJobs {
  private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext EntityManager em;
  @Inject ContentImport imports;
  @Inject ImportJobs self;
  @Inject Clock clock;
  @Resource ManagedExecutorService executor;

  /** Queues the import and starts it once the job is stored. */
  public long start(String file, String text, Caller by, Long agency, Set<String> taken) {
    long id = self.create(file, text, by.name(), agency, taken);
    executor.submit(() -> self.run(id));
    return id;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long create(String file, String text, String by, Long agency, Set<String> taken) {
    ImportJob job =
        new ImportJob(file, text, String.join("\n", taken), by, agency, Instant.now(clock));
    em.persist(job);
    em.flush();
    return job.id();
  }

  /** The job as its requester, or an editor, may see it. */
  @Transactional
  public ImportJob get(long id, Caller caller) {
    ImportJob job = em.find(ImportJob.class, id);
    if (job == null || !(caller.isEditor() || job.requestedBy().equals(caller.name()))) {
      throw new NotFound("import", id);
    }
    return job;
  }

  /** What a finished job did. */
  public ContentImport.Outcome outcomeOf(ImportJob job) {
    return JSON.fromJson(job.outcome(), ContentImport.Outcome.class);
  }

  /** Runs the import in this thread; its end, good or bad, is written on the job. */
  public void run(long id) {
    ImportJob job = self.load(id);
    Set<String> taken =
        job.taken() == null || job.taken().isBlank()
            ? Set.of()
            : Arrays.stream(job.taken().split("\n")).collect(Collectors.toSet());
    try {
      ContentImport.Outcome outcome =
          imports.importFile(
              job.fileName(),
              job.content(),
              job.requestedBy(),
              job.agencyId(),
              taken,
              (done, total) -> self.progress(id, done, total));
      self.succeed(id, JSON.toJson(outcome));
    } catch (BrokenContent broken) {
      self.fail(id, broken.line(), broken.reason());
    } catch (RuntimeException failure) {
      LOG.log(Level.WARNING, "Import " + id + " failed", failure);
      self.fail(
          id,
          0,
          "lỗi khi nhập, không nhập gì; hãy thử lại / the import failed and stored nothing; try"
              + " again");
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ImportJob load(long id) {
    ImportJob job = em.find(ImportJob.class, id);
    job.progress(0, 0);
    return job;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void progress(long id, int done, int total) {
    em.find(ImportJob.class, id).progress(done, total);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void succeed(long id, String outcome) {
    em.find(ImportJob.class, id).succeed(outcome, Instant.now(clock));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void fail(long id, int line, String reason) {
    em.find(ImportJob.class, id).fail(line, reason, Instant.now(clock));
  }
}
