package vn.loaxanh.imports.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Set;

/**
 * What an import would do, without doing it: the same import, in a transaction of its own that is
 * always rolled back. The officer sees what would be created, updated and left as it is, and each
 * conflict with staff's changes, before confirming.
 */
@ApplicationScoped
public class ImportPreviews {
  @Inject ContentImport imports;
  @Resource TransactionSynchronizationRegistry transaction;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ContentImport.Outcome preview(
      String file, String text, String importedBy, Long coordinatedAgency, Set<String> taken) {
    try {
      return imports.importFile(file, text, importedBy, coordinatedAgency, taken);
    } finally {
      transaction.setRollbackOnly();
    }
  }
}
