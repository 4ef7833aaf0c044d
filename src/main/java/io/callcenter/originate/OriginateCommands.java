package io.callcenter.originate;

import io.callcenter.ari.client.AriException;
import io.callcenter.ari.client.AriApi;
import io.callcenter.ari.connection.AriConnections;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.time.Instant;
import java.util.Optional;

/** The ARI requests of an originate: the originate itself, and the continue into the dialplan once it is Up. */
@ApplicationScoped
class OriginateCommands {

    /** First of the Stasis arguments of our originated channels: other features leave such channels alone. */
    static final String APP_ARG = "originate";

    private final AriConnections connections;
    private final Originations originations;

    OriginateCommands(AriConnections connections, Originations originations) {
        this.connections = connections;
        this.originations = originations;
    }

    /**
     * {@code POST /channels/{channelId}} into our Stasis app (blocking: the caller is a worker thread). The
     * originate is already followed, so events arriving before this answer are not lost.
     */
    void originate(Origination o) {
        Origination.Plan p = o.plan;
        Optional<AriApi> client = connections.client(p.server());
        if (client.isEmpty()) {
            refused(o, null, "Asterisk server '" + p.server() + "' is not connected");
            return;
        }
        try {
            client.get().channels().originateWithId(p.channelId(), p.endpoint(), null, null, null, null, p.app(),
                    APP_ARG + "," + p.id(), p.callerId(), p.timeout(), null, null, null, null);
        } catch (AriException e) {
            refused(o, e.status(), e.ariMessage());
        } catch (ProcessingException e) {
            refused(o, null, unreachable(p.server(), e));
        }
    }

    /** Continues the answered channel into the dialplan, on a worker thread (never on the dispatch thread). */
    void continueLater(Origination o) {
        Infrastructure.getDefaultWorkerPool().execute(() -> continueNow(o));
    }

    private void continueNow(Origination o) {
        Origination.Plan p = o.plan;
        Optional<AriApi> client = connections.client(p.server());
        if (client.isEmpty()) {
            o.failedWhileUp("Asterisk server '" + p.server() + "' went away before the continue");
            return;
        }
        try {
            client.get().channels().continueInDialplan(p.channelId(), p.context(), p.extension(), p.priority(), null);
        } catch (AriException.NotFound hungUpMeanwhile) {
            // the far end hung up right after answering: its ChannelDestroyed (cause included) ends the record
        } catch (AriException e) {
            o.failedWhileUp("Continue refused by ARI: " + e.ariMessage());
            hangUp(client.get(), p.channelId());
        } catch (ProcessingException e) {
            o.failedWhileUp(unreachable(p.server(), e));
        }
    }

    /** Left in Stasis, the channel would stay up forever: hang it up; its ChannelDestroyed then ends the record. */
    private static void hangUp(AriApi client, String channelId) {
        try {
            client.channels().hangup(channelId, null, "normal");
        } catch (AriException.NotFound alreadyGone) {
            // it ended by itself meanwhile: its ChannelDestroyed ends the record just the same
        }
    }

    private void refused(Origination o, Integer status, String why) {
        o.refused(status, why, Instant.now());
        originations.changed(o);
    }

    private static String unreachable(String server, ProcessingException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "Asterisk server '" + server + "' unreachable: " + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
    }
}
