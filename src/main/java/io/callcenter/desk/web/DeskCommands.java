package io.callcenter.desk.web;

import io.callcenter.acd.AcdActor;
import io.callcenter.acd.AcdConfig;
import io.callcenter.acd.call.DeskOwnership;
import io.callcenter.ari.client.AriException;
import io.callcenter.console.AriRefusal;
import io.callcenter.console.ConsoleAction;
import io.callcenter.desk.config.DeskConfig;
import io.callcenter.desk.history.DeskHistory;
import io.callcenter.live.wire.DeskCallView;
import io.callcenter.security.audit.AuditService;
import io.callcenter.security.problem.Problem;
import io.callcenter.security.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs one desk control: on the ACD actor (which checks the call is the agent's own and changes its state), then
 * waits for Asterisk to accept the commands; ARI's refusal comes back in words (as in the console), every attempt is
 * audited with its outcome. Not transactional: no database transaction is held across ARI calls.
 */
@RequestScoped
public class DeskCommands {

    @Inject
    DeskAgent me;
    @Inject
    DeskService reads;
    @Inject
    AcdActor actor;
    @Inject
    AcdConfig acdConfig;
    @Inject
    DeskConfig config;
    @Inject
    DeskHistory history;
    @Inject
    AuditService audit;

    /** Runs the command for the agent's call {@code callId}; answers the agent's call afterwards (null: none). */
    public DeskCallView run(String action, String callId, Map<String, ?> details,
            Supplier<CompletableFuture<Void>> command) {
        String user = me.username();
        DeskCallView before = reads.current(user);
        String server = before != null && before.callId().equals(callId) ? before.server() : "-";
        String target = server + "/" + callId;
        try {
            CompletableFuture<Void> done = actor.call(command, acdConfig.commandTimeout());
            done.get(config.ariTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ProblemException e) {
            ProblemException answer = e.problem().status() == 403 && history.answeredBy(user, callId).isPresent()
                    ? DeskOwnership.ended() : e;
            record(action, target, details, "refused: " + answer.problem().detail());
            throw answer;
        } catch (ExecutionException e) {
            AriException ari = e.getCause() instanceof AriException a ? a
                    : new AriException(500, String.valueOf(e.getCause()));
            record(action, target, details, "ARI " + ari.status() + ": " + ari.ariMessage());
            throw AriRefusal.of(ari, ConsoleAction.of(action, server, callId));
        } catch (TimeoutException e) {
            record(action, target, details, "ARI timeout");
            throw new ProblemException(Problem.of("ari-unreachable", "Asterisk unreachable", 502, "Asterisk "
                    + server + " did not confirm " + action + " within " + config.ariTimeout().toSeconds() + " s"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        record(action, target, details, "ok");
        return reads.current(user);
    }

    /** A command that changes state only (no ARI answer to wait for). */
    public DeskCallView run(String action, String callId, Map<String, ?> details, Runnable command) {
        return run(action, callId, details, () -> {
            command.run();
            return CompletableFuture.completedFuture(null);
        });
    }

    void record(String action, String target, Map<String, ?> details, String outcome) {
        Map<String, Object> all = new LinkedHashMap<>();
        details.forEach((k, v) -> {
            if (v != null) {
                all.put(k, v);
            }
        });
        all.put("outcome", outcome);
        audit.record("desk." + action, target, all);
    }
}
