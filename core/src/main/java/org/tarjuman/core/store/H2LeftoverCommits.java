package org.tarjuman.core.store;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.db.Store;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;
import org.tarjuman.core.StorageException;

/**
 * Finishes the transactions that H2 2.5.252 finds committed when it opens a file after a crash, and
 * then leaves unfinished.
 *
 * <p>H2 commits a transaction in two steps: it marks the transaction's undo log committed, then
 * rewrites each row the transaction changed as committed. A large commit (a TM import of 10,000
 * units takes a few hundred milliseconds) is written to the file in between, so a process killed
 * then leaves a file whose transaction is marked committed and half rewritten. When H2 opens such a
 * file it must finish the rewrite. H2 2.4.240 does ({@code Transaction.commit()} calls {@code
 * TransactionStore.commit(t, true)}); 2.5.252 calls it only for transactions that were still
 * active, so a transaction found committed stays open forever: the rows it had not rewritten stay
 * invisible while rows and index entries it had rewritten are visible. That is half a write,
 * and queries fail with "Row not found in primary index" (seen in {@code CrashIT}; reproduced by
 * {@code H2LeftoverCommitsTest}).
 *
 * <p>This class does what H2 2.4.240 did, through H2's own methods: right after the workspace opens
 * the file, every transaction that H2's recovery registered as committed and did not finish (its
 * owner is no session) is committed with {@code TransactionStore.commit(t, true)} and ended, and
 * the store is written. The methods are not public, so they are called by reflection; if a later H2
 * renames them while such a transaction is there, the workspace refuses to open rather than show
 * half a write. Only the process that opens the file (the embedded database) can do this: a console
 * that joins another one's {@code AUTO_SERVER}, or an H2 server, reaches the database through a
 * remote session, and the process that opened it has done it.
 */
final class H2LeftoverCommits {

  private H2LeftoverCommits() {}

  /**
   * Finishes the committed transactions H2's recovery left open in the embedded database that
   * {@code connection} reaches; returns how many it finished (0 for a remote session).
   *
   * @throws StorageException when such a transaction is there and cannot be finished
   */
  static int finish(Connection connection, String where) {
    TransactionStore transactions = transactionStore(connection);
    if (transactions == null) {
      return 0;
    }
    List<Transaction> leftovers =
        transactions.getOpenTransactions().stream()
            .filter(t -> t.getStatus() == Transaction.STATUS_COMMITTED && ownerId(t) == 0)
            .toList();
    if (leftovers.isEmpty()) {
      return 0;
    }
    try {
      Method commit =
          TransactionStore.class.getDeclaredMethod("commit", Transaction.class, boolean.class);
      Method end =
          TransactionStore.class.getDeclaredMethod(
              "endTransaction", Transaction.class, boolean.class);
      commit.setAccessible(true);
      end.setAccessible(true);
      for (Transaction t : leftovers) {
        commit.invoke(transactions, t, true);
        end.invoke(transactions, t, true);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      Throwable cause = e instanceof InvocationTargetException i ? i.getCause() : e;
      throw new StorageException(
          "the "
              + where
              + " holds a write that was interrupted while it was being committed, and this H2"
              + " version cannot finish it ("
              + cause
              + "); open it with the Tarjuman version that wrote it",
          cause);
    }
    store(connection).getMvStore().commit();
    return leftovers.size();
  }

  private static TransactionStore transactionStore(Connection connection) {
    Store store = store(connection);
    return store == null ? null : store.getTransactionStore();
  }

  private static Store store(Connection connection) {
    try {
      Session session = connection.unwrap(JdbcConnection.class).getSession();
      return session instanceof SessionLocal local ? local.getDatabase().getStore() : null;
    } catch (SQLException e) {
      return null;
    }
  }

  /** The session that owns {@code t}; 0 for the transactions H2 registers when it opens a file. */
  private static int ownerId(Transaction t) {
    try {
      Field owner = Transaction.class.getDeclaredField("ownerId");
      owner.setAccessible(true);
      return owner.getInt(t);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Without the owner, a transaction of a session in the middle of its commit could not be told
      // from a leftover one; leave it to H2.
      return -1;
    }
  }
}
