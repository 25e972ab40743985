package vn.loaxanh.imports.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.loaxanh.imports.entity.ContentImportRecord;

/**
 * Fills an empty database with the seed plans, so a fresh run shows a living register. A province
 * that starts clean sets {@code LOAXANH_SEED_IMPORT=false}. A database that has ever had an import,
 * or has plans, is left alone.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SeedOnFirstStart {
  private static final Logger LOG = Logger.getLogger(SeedOnFirstStart.class.getName());

  @Inject
  @ConfigProperty(name = "loaxanh.seed.import", defaultValue = "true")
  boolean enabled;

  @PersistenceContext EntityManager em;
  @Inject SeedContent seeds;
  @Inject ContentImport imports;

  @PostConstruct
  void seed() {
    if (!enabled || !databaseIsEmpty()) {
      return;
    }
    for (String name : seeds.names()) {
      try {
        var outcome = imports.importFile(name, seeds.read(name).orElseThrow(), "seed");
        LOG.info("Imported " + name + ": " + outcome.created() + " records");
      } catch (BrokenContent broken) {
        // A broken seed file must not stop the server; the rest of the register is still useful.
        LOG.log(Level.SEVERE, "Seed file not imported: " + broken.getMessage());
      } catch (RuntimeException failed) {
        // Another instance seeding the same empty database at the same moment wins the race.
        LOG.log(Level.WARNING, "Seed file " + name + " not imported", failed);
      }
    }
  }

  private boolean databaseIsEmpty() {
    long imported = em.createNamedQuery(ContentImportRecord.COUNT, Long.class).getSingleResult();
    long plans = em.createQuery("select count(p) from Plan p", Long.class).getSingleResult();
    return imported == 0 && plans == 0;
  }
}
