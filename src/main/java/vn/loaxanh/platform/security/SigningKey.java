package vn.loaxanh.platform.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import vn.loaxanh.platform.persistence.Database;

/**
 * Signs short texts (login cookies, form tokens) with HMAC-SHA256. The key lives in the database
 * rather than in memory so that every instance behind the load balancer accepts what another one
 * signed, and a restart does not log staff out.
 */
@ApplicationScoped
public class SigningKey {
  private static final String NAME = "signing";

  @Resource(lookup = Database.JNDI_NAME)
  DataSource database;

  private volatile SecretKeySpec key;

  public String sign(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key());
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", impossible);
    }
  }

  /** Compares in constant time, so the answer's timing tells nothing about the signature. */
  public boolean verifies(String text, String signature) {
    return signature != null
        && MessageDigest.isEqual(
            sign(text).getBytes(StandardCharsets.UTF_8),
            signature.getBytes(StandardCharsets.UTF_8));
  }

  private SecretKeySpec key() {
    SecretKeySpec known = key;
    if (known == null) {
      synchronized (this) {
        if (key == null) {
          key = new SecretKeySpec(HexFormat.of().parseHex(loadOrCreate()), "HmacSHA256");
        }
        known = key;
      }
    }
    return known;
  }

  private String loadOrCreate() {
    try (Connection connection = database.getConnection()) {
      String stored = stored(connection);
      if (stored != null) {
        return stored;
      }
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into site_secret (name, secret, created_at) values (?, ?, ?)")) {
        insert.setString(1, NAME);
        insert.setString(2, HexFormat.of().formatHex(fresh));
        insert.setTimestamp(3, Timestamp.from(Instant.now()));
        insert.executeUpdate();
      } catch (SQLException anotherInstanceWasFirst) {
        // Two instances starting together: the loser reads the winner's key below.
      }
      return stored(connection);
    } catch (SQLException unreachable) {
      throw new IllegalStateException("cannot read the signing key", unreachable);
    }
  }

  private static String stored(Connection connection) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("select secret from site_secret where name = ?")) {
      select.setString(1, NAME);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }
}
