package io.callcenter.desk.web;

import io.callcenter.acd.AcdActor;
import io.callcenter.acd.AcdConfig;
import io.callcenter.acd.call.DeskDisposition;
import io.callcenter.acd.call.DeskOwnership;
import io.callcenter.acd.record.CallRecords;
import io.callcenter.desk.config.Dispositions;
import io.callcenter.desk.history.DeskHistory;
import io.callcenter.live.wire.DeskCallView;
import io.callcenter.security.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Sets a disposition code on the agent's current call, its wrap-up call, or any call of its history; audited. */
@RequestScoped
public class DeskDispositions {

    @Inject
    DeskAgent me;
    @Inject
    Dispositions dispositions;
    @Inject
    AcdActor actor;
    @Inject
    AcdConfig acdConfig;
    @Inject
    DeskDisposition desk;
    @Inject
    DeskHistory history;
    @Inject
    CallRecords records;
    @Inject
    DeskCommands commands;
    @Inject
    DeskService reads;

    public DeskCallView set(String callId, String code) {
        String user = me.username();
        if (dispositions.find(code).isEmpty()) {
            throw ProblemException.badRequest("desk-disposition", "Unknown disposition", "Field 'code': '" + code
                    + "' is not a configured disposition code");
        }
        boolean current = actor.call(() -> desk.set(user, callId, code), acdConfig.commandTimeout());
        if (!current) {
            Optional<String> asteriskId = history.answeredBy(user, callId);
            if (asteriskId.isEmpty()) {
                commands.record("disposition", "-/" + callId, Map.of("code", code), "refused: not your call");
                throw DeskOwnership.notYours(callId);
            }
            records.disposition(asteriskId.get(), callId, code);
            records.step(asteriskId.get(), callId, Instant.now(), "disposition", null, user, null, code, null);
        }
        commands.record("disposition", "-/" + callId, Map.of("code", code), "ok");
        return reads.current(user);
    }
}
