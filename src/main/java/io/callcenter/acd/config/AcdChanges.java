package io.callcenter.acd.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Called by every writer of ACD configuration inside its transaction: once that transaction commits, the directory
 * is reloaded (once per transaction, however many changes it made); a rollback changes nothing.
 */
@ApplicationScoped
public class AcdChanges {

    private static final Object KEY = new Object();

    @Inject
    TransactionSynchronizationRegistry registry;

    @Inject
    LiveAcdDirectory directory;

    public void changed() {
        if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            directory.reload();
            return;
        }
        if (registry.getResource(KEY) == null) {
            registry.putResource(KEY, Boolean.TRUE);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the commit: the reload must read committed data
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        directory.reload();
                    }
                }
            });
        }
    }
}
