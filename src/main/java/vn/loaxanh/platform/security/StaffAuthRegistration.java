package vn.loaxanh.platform.security;

import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Installs {@link StaffAuthModule} for this application when it starts, and removes it at stop. */
@WebListener
public class StaffAuthRegistration implements ServletContextListener {
  @Inject StaffLogin login;

  private String registration;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    registration =
        AuthConfigFactory.getFactory()
            .registerServerAuthModule(new StaffAuthModule(login), event.getServletContext());
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (registration != null) {
      AuthConfigFactory.getFactory().removeRegistration(registration);
    }
  }
}
