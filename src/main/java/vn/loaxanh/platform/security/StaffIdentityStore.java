package vn.loaxanh.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Set;

/** Checks staff logins against the stored hashes. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {
  @PersistenceContext EntityManager em;
  @Inject Pbkdf2PasswordHash hashes;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", credential.getCaller())
        .getResultStream()
        .findFirst()
        .filter(StaffAccount::isActive)
        .filter(
            account -> hashes.verify(credential.getPassword().getValue(), account.passwordHash()))
        .map(account -> new CredentialValidationResult(account.username(), Set.of(account.role())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
