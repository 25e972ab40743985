package vn.loaxanh.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Stateless;
import java.sql.Connection;

/**
 * The one data source. Its address comes from MicroProfile Config: the defaults in {@code
 * microprofile-config.properties} give an embedded H2 file in the data folder, and {@code
 * LOAXANH_DB_URL}, {@code LOAXANH_DB_USER}, {@code LOAXANH_DB_PASSWORD} point it at MySQL. {@link
 * EitherDataSource} picks the driver from the URL, because the annotation's class name cannot
 * depend on configuration.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "vn.loaxanh.platform.persistence.EitherDataSource",
    url = "${MPCONFIG=loaxanh.db.url}",
    user = "${MPCONFIG=loaxanh.db.user}",
    password = "${MPCONFIG=loaxanh.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    // Read committed, as H2 has by default: MySQL's repeatable read takes gap locks that made
    // concurrent saves of the search word index deadlock each other.
    isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
    // Validate pooled connections with JDBC's isValid(), so one a MySQL server closed after
    // its idle timeout is replaced instead of failing a request.
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation"
    })
@Stateless
public class Database {
  public static final String JNDI_NAME = "java:app/jdbc/loaxanh";
}
