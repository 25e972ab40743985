package vn.loaxanh.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes sure somebody can log in on a fresh database. */
@Singleton
@Startup
@DependsOn("Migrations")
public class FirstAdmin {
  @Inject StaffAccounts accounts;

  @Inject
  @ConfigProperty(name = "loaxanh.admin.user", defaultValue = "admin")
  String username;

  @Inject
  @ConfigProperty(name = "loaxanh.admin.password")
  Optional<String> password;

  @PostConstruct
  void ensure() {
    accounts.ensureFirstAdmin(username, password);
  }
}
