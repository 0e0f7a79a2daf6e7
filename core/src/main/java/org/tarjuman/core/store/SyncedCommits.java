package org.tarjuman.core.store;

import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;

/**
 * Commits that are on disk when they return, for the H2 file of a workspace.
 *
 * <p>H2 keeps a committed transaction in memory and writes it to the file up to half a second later
 * (its {@code WRITE_DELAY}); a console killed or a machine losing power in that half second loses a
 * write the console had already reported done ("Imported 10000 TM units", and the next console sees
 * none). After each commit this handler runs {@code CHECKPOINT SYNC}, which writes what is pending
 * and has the file system flush the file, so a command reports only what is stored. A server
 * database (PostgreSQL, an H2 server) makes its commits durable itself and does not get it.
 */
final class SyncedCommits extends DelegatingTransactionHandler {

  SyncedCommits(TransactionHandler delegate) {
    super(delegate);
  }

  @Override
  public void commit(Handle handle) {
    super.commit(handle);
    handle.execute("CHECKPOINT SYNC");
  }

  @Override
  public TransactionHandler specialize(Handle handle) throws SQLException {
    return new SyncedCommits(getDelegate().specialize(handle));
  }
}
