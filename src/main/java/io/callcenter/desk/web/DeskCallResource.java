package io.callcenter.desk.web;

import io.callcenter.acd.call.DeskConsults;
import io.callcenter.acd.call.DeskControl;
import io.callcenter.acd.call.DeskTransfers;
import io.callcenter.desk.config.DeskConfig;
import io.callcenter.desk.config.NumberDialing;
import io.callcenter.live.wire.DeskCallView;
import io.callcenter.security.problem.StrictJson;
import io.callcenter.security.user.Role;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * The call controls behind the desk's buttons, each on the agent's own current call {@code callId} (the caller's
 * channel id): answers the agent's call afterwards (204 when it has none any more); controls without a body need
 * no Content-Type. See frontend/DESK_API.md.
 */
@Path("/api/desk/calls/{callId}")
@Produces(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class DeskCallResource {

    @Inject
    DeskAgent me;
    @Inject
    DeskCommands commands;
    @Inject
    DeskControl control;
    @Inject
    DeskTransfers transfers;
    @Inject
    DeskConsults consults;
    @Inject
    DeskConfig config;
    @Inject
    NumberDialing numbers;
    @Inject
    DeskDispositions dispositions;

    @POST
    @Path("/hangup")
    public DeskCallView hangup(@PathParam("callId") String callId) {
        String user = me.username();
        return commands.run("hangup", callId, Map.of(), () -> control.hangup(user, callId));
    }

    @POST
    @Path("/hold")
    public DeskCallView hold(@PathParam("callId") String callId) {
        String user = me.username();
        return commands.run("hold", callId, Map.of(), () -> control.hold(user, callId));
    }

    @POST
    @Path("/unhold")
    public DeskCallView unhold(@PathParam("callId") String callId) {
        String user = me.username();
        return commands.run("unhold", callId, Map.of(), () -> control.unhold(user, callId));
    }

    @POST
    @Path("/mute")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeskCallView mute(@PathParam("callId") String callId, @Valid DeskRequests.Mute body) {
        return mute(callId, body, true);
    }

    @POST
    @Path("/unmute")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeskCallView unmute(@PathParam("callId") String callId, @Valid DeskRequests.Mute body) {
        return mute(callId, body, false);
    }

    @POST
    @Path("/dtmf")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeskCallView dtmf(@PathParam("callId") String callId, @Valid @NotNull DeskRequests.Dtmf body) {
        String user = me.username();
        return commands.run("dtmf", callId, Map.of("digits", body.digits()),
                () -> control.dtmf(user, callId, body.digits()));
    }

    @POST
    @Path("/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeskCallView transfer(@PathParam("callId") String callId, @Valid @NotNull DeskRequests.Transfer body) {
        String user = me.username();
        String target = body.target();
        Map<String, Object> details = Map.of("to", body.to(), "target", target);
        return switch (body.to()) {
            case "agent" -> commands.run("transfer", callId, details, () -> transfers.toAgent(user, callId, target));
            case "queue" -> commands.run("transfer", callId, details, () -> transfers.toQueue(user, callId, target,
                    body.keepEnqueueTime() == null || body.keepEnqueueTime()));
            default -> {
                String endpoint = numbers.endpoint(target);
                yield commands.run("transfer", callId, details, () -> transfers.toNumber(user, callId, target,
                        endpoint));
            }
        };
    }

    @POST
    @Path("/consult")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeskCallView consult(@PathParam("callId") String callId, @Valid @NotNull DeskRequests.Consult body) {
        String user = me.username();
        String target = body.target();
        boolean agent = "agent".equals(body.to());
        String endpoint = agent ? me.endpointOf(target) : numbers.endpoint(target);
        return commands.run("consult", callId, Map.of("to", body.to(), "target", target),
                () -> consults.consult(user, callId, body.to(), target, agent ? target : null, endpoint));
    }

    @POST
    @Path("/consult/complete")
    public DeskCallView complete(@PathParam("callId") String callId) {
        String user = me.username();
        return commands.run("consult-complete", callId, Map.of(), () -> consults.complete(user, callId));
    }

    @POST
    @Path("/consult/cancel")
    public DeskCallView cancel(@PathParam("callId") String callId) {
        String user = me.username();
        return commands.run("consult-cancel", callId, Map.of(), () -> consults.cancel(user, callId));
    }

    @POST
    @Path("/conference")
    public DeskCallView conference(@PathParam("callId") String callId) {
        String user = me.username();
        return commands.run("conference", callId, Map.of(), () -> consults.conference(user, callId));
    }

    @POST
    @Path("/recording/start")
    public DeskCallView startRecording(@PathParam("callId") String callId) {
        String user = me.username();
        return commands.run("record-start", callId, Map.of(),
                () -> control.startRecording(user, callId, config.recordingFormat()));
    }

    @POST
    @Path("/recording/stop")
    public DeskCallView stopRecording(@PathParam("callId") String callId) {
        String user = me.username();
        return commands.run("record-stop", callId, Map.of(), () -> control.stopRecording(user, callId));
    }

    @POST
    @Path("/disposition")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeskCallView disposition(@PathParam("callId") String callId, @Valid @NotNull DeskRequests.Disposition body) {
        return dispositions.set(callId, body.code());
    }

    private DeskCallView mute(String callId, DeskRequests.Mute body, boolean on) {
        String user = me.username();
        String direction = body == null || body.direction() == null ? "in" : body.direction();
        return commands.run(on ? "mute" : "unmute", callId, Map.of("direction", direction),
                () -> control.mute(user, callId, direction, on));
    }
}
