package io.callcenter.console.signal;

import io.callcenter.ari.client.AriBodies;
import io.callcenter.console.ActionResult;
import io.callcenter.console.ConsoleAction;
import io.callcenter.console.ConsoleAri;
import io.callcenter.security.problem.ProblemException;
import io.callcenter.security.problem.StrictJson;
import io.callcenter.security.user.Role;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Sets a {@code Stasis:} device state and sends user events to our app. Admins and supervisors. */
@Path("/api/console/servers/{server}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class SignalResource {

    private final ConsoleAri ari;

    SignalResource(ConsoleAri ari) {
        this.ari = ari;
    }

    /** {@code name} is the part after {@code Stasis:}; ARI controls only that family of devices. */
    @PUT
    @Path("/deviceStates/{name}")
    public ActionResult deviceState(@PathParam("server") String server,
            @PathParam("name") @Pattern(regexp = "[^:/]+", message = "must be the device name after Stasis:") String name,
            @Valid @NotNull SignalRequests.DeviceState body) {
        String device = "Stasis:" + name;
        return ari.run(ConsoleAction.of("deviceState", server, device, "state", body.state()),
                "Device state " + device + " set to " + body.state(), c -> c.deviceStates().update(device, body.state()));
    }

    @POST
    @Path("/userEvents/{eventName}")
    public ActionResult userEvent(@PathParam("server") String server,
            @PathParam("eventName") @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "must be letters, digits, _ . -")
            String eventName, @Valid SignalRequests.UserEvent body) {
        SignalRequests.UserEvent event = body == null ? new SignalRequests.UserEvent(null, null) : body;
        if (event.variables() != null && event.variables().containsValue(null)) {
            throw ProblemException.badRequest("validation", "Invalid request", "variables: values must be strings, not null");
        }
        String app = ari.app(server);
        return ari.run(ConsoleAction.of("userEvent", server, eventName, "source", event.source(), "variables", event.variables()),
                "User event " + eventName + " sent to " + app,
                c -> c.events().userEvent(eventName, app, event.source(), AriBodies.variables(event.variables())));
    }
}
