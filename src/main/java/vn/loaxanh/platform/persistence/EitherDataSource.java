package vn.loaxanh.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source for either supported database, chosen by the JDBC URL: H2 (bundled with Payara) for
 * the embedded default, MySQL Connector/J (packaged in the application) for MySQL and MariaDB. The
 * server's connection pool sits in front of it.
 */
public class EitherDataSource implements DataSource {
  private String url;
  private String user;
  private String password;
  private int loginTimeout;

  public void setUrl(String url) {
    this.url = url;
  }

  public void setURL(String url) {
    this.url = url;
  }

  public String getUrl() {
    return url;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getUser() {
    return user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(user, password);
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    Properties info = new Properties();
    if (username != null) {
      info.setProperty("user", username);
    }
    if (pass != null) {
      info.setProperty("password", pass);
    }
    if (url != null && url.startsWith("jdbc:mysql:")) {
      // Connector/J then answers the pool's and EclipseLink's questions about autocommit and
      // isolation from what it last set, instead of asking the server each time: that was
      // five "SELECT @@session.tx_isolation" round trips in every contest registration. Only
      // the driver changes those settings here, so its own record is right. The URL may
      // still say otherwise.
      info.setProperty("useLocalSessionState", "true");
    }
    Connection connection = driverFor(url).connect(url, info);
    if (connection == null) {
      throw new SQLException("No driver accepts the database URL " + url);
    }
    return connection;
  }

  static Driver driverFor(String url) throws SQLException {
    if (url == null || url.isBlank()) {
      throw new SQLException("No database URL configured (loaxanh.db.url)");
    }
    if (url.startsWith("jdbc:h2:")) {
      return new org.h2.Driver();
    }
    if (url.startsWith("jdbc:mysql:")) {
      return new com.mysql.cj.jdbc.Driver();
    }
    throw new SQLException(
        "Unsupported database URL " + url + ": use jdbc:mysql://… or leave it unset for H2");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // The pool logs for us; drivers write nothing here.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("Not a wrapper of " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
