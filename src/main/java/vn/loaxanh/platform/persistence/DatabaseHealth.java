package vn.loaxanh.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers, so a load balancer sends no requests before then. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {
  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection()) {
      return HealthCheckResponse.named("database")
          .status(connection.isValid(2))
          .withData("product", connection.getMetaData().getDatabaseProductName())
          .build();
    } catch (SQLException unreachable) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("error", String.valueOf(unreachable.getMessage()))
          .build();
    }
  }
}
