package org.tarjuman.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class ReusingDataSourceTest {

  private final JdbcDataSource h2 = new JdbcDataSource();

  ReusingDataSourceTest() {
    h2.setURL("jdbc:h2:mem:reuse" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
  }

  @Test
  void handsTheSameConnectionOutAgainResetAndWithoutWhatWasNotCommitted() throws SQLException {
    try (ReusingDataSource reusing = new ReusingDataSource(h2)) {
      Connection real;
      try (Connection first = reusing.getConnection();
          Statement s = first.createStatement()) {
        s.execute("CREATE TABLE t (id INTEGER)");
        real = first.unwrap(Connection.class);
        first.setAutoCommit(false);
        first.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
        s.execute("INSERT INTO t VALUES (1)");
      }

      try (Connection second = reusing.getConnection();
          Statement s = second.createStatement();
          ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
        assertThat(second.unwrap(Connection.class)).isSameAs(real);
        assertThat(second.getAutoCommit()).isTrue();
        assertThat(second.getTransactionIsolation())
            .isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }
    }
  }

  @Test
  void aClosedHandleCannotBeUsedAndClosingTheSourceClosesIdleConnections() throws SQLException {
    ReusingDataSource reusing = new ReusingDataSource(h2);
    Connection handle = reusing.getConnection();
    Connection real = handle.unwrap(Connection.class);
    handle.close();

    assertThat(handle.isClosed()).isTrue();
    assertThat(real.isClosed()).isFalse();
    reusing.close();
    assertThat(real.isClosed()).isTrue();
  }
}
