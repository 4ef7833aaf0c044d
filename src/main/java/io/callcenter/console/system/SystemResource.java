package io.callcenter.console.system;

import io.callcenter.ari.model.AsteriskInfo;
import io.callcenter.ari.model.Mailbox;
import io.callcenter.ari.model.ModuleInfo;
import io.callcenter.ari.model.Sound;
import io.callcenter.ari.model.Variable;
import io.callcenter.console.ActionResult;
import io.callcenter.console.ConsoleAction;
import io.callcenter.console.ConsoleAri;
import io.callcenter.security.problem.StrictJson;
import io.callcenter.security.user.Role;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The system panel of one Asterisk: info, modules, global variables, sounds, mailboxes. Supervisors read;
 * only admins change a global variable (it affects every call of that Asterisk).
 */
@Path("/api/console/servers/{server}/system")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class SystemResource {

    /** The new value of a global variable (empty string clears it). */
    public record VariableValue(@NotNull String value) {
    }

    private final ConsoleAri ari;

    SystemResource(ConsoleAri ari) {
        this.ari = ari;
    }

    @GET
    @Path("/info")
    public AsteriskInfo info(@PathParam("server") String server) {
        return ari.read(server, "info", c -> c.asterisk().getInfo(null));
    }

    @GET
    @Path("/modules")
    public List<ModuleInfo> modules(@PathParam("server") String server) {
        return ari.read(server, "modules", c -> c.asterisk().listModules());
    }

    @GET
    @Path("/variables/{name}")
    public Variable variable(@PathParam("server") String server, @PathParam("name") String name) {
        return ari.read(server, "variable", c -> c.asterisk().getGlobalVar(name));
    }

    @PUT
    @Path("/variables/{name}")
    @RolesAllowed(Role.ADMIN_NAME)
    public ActionResult setVariable(@PathParam("server") String server, @PathParam("name") String name,
            @Valid @NotNull VariableValue body) {
        return ari.run(ConsoleAction.of("variable.set", server, name, "value", body.value()),
                "Global variable " + name + " set", c -> c.asterisk().setGlobalVar(name, body.value()));
    }

    @GET
    @Path("/sounds")
    public List<Sound> sounds(@PathParam("server") String server) {
        return ari.read(server, "sounds", c -> c.sounds().list(null, null));
    }

    @GET
    @Path("/mailboxes")
    public List<Mailbox> mailboxes(@PathParam("server") String server) {
        return ari.read(server, "mailboxes", c -> c.mailboxes().list());
    }
}
