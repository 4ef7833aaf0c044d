package io.callcenter.originate;

import io.callcenter.security.access.CurrentUser;
import io.callcenter.security.problem.ProblemException;
import io.callcenter.security.problem.StrictJson;
import io.callcenter.security.user.Role;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code POST /api/originate} and {@code GET /api/originate/{id}[?waitSeconds=N]} (contract in frontend/CONSOLE_API.md).
 * Admins and supervisors, on any endpoint: an originate concerns no queue, so there is nothing narrower to check;
 * every originate is audited ({@code originate}, target {@code <server>/<endpoint>}).
 */
@Path("/api/originate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class OriginateResource {

    private final OriginateService service;
    private final CurrentUser user;
    private final OriginateConfig config;

    OriginateResource(OriginateService service, CurrentUser user, OriginateConfig config) {
        this.service = service;
        this.user = user;
        this.config = config;
    }

    /** 202 with the record (already {@code error} when ARI refused) and its Location. */
    @POST
    public Response originate(@Valid @NotNull OriginateRequest body) {
        OriginateRecord started = service.start(body, user.username());
        return Response.accepted(started).location(URI.create("/api/originate/" + started.id())).build();
    }

    /**
     * The record; with {@code waitSeconds} it answers as soon as the call is over, or after that many seconds with
     * its state then. Waiting holds no thread: the answer is a Uni completed by the call's end or by a timer.
     */
    @GET
    @Path("/{id}")
    @Blocking
    public Uni<OriginateRecord> get(@PathParam("id") String id, @QueryParam("waitSeconds") String waitSeconds) {
        int wait = waitSeconds(waitSeconds);
        UUID uuid = parse(id);
        Optional<Origination> live = service.followed(uuid);
        if (live.isEmpty() || wait == 0 || live.get().isFinal()) {
            return Uni.createFrom().item(service.find(uuid).orElseThrow(() -> notFound(id)));
        }
        Origination o = live.get();
        // a copy, so that the timer's cancellation never cancels the originate's own future
        return Uni.createFrom().completionStage(o.finished().copy())
                .ifNoItem().after(Duration.ofSeconds(wait)).recoverWithItem(o::view)
                .emitOn(Infrastructure.getDefaultWorkerPool());
    }

    private int waitSeconds(String raw) {
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= 0 && n <= config.maxWaitSeconds()) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // answered below like an out-of-range number
        }
        throw ProblemException.badRequest("validation", "Invalid request",
                "waitSeconds: must be a whole number from 0 to " + config.maxWaitSeconds());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw notFound(id);
        }
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("originate-not-found", "No originate with id '" + id + "'");
    }
}
