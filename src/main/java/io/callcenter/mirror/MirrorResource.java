package io.callcenter.mirror;

import io.callcenter.security.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/mirror}: the current live mirror of every server, for supervisors and admins (it shows every call). */
@Path("/api/mirror")
@Produces(MediaType.APPLICATION_JSON)
public class MirrorResource {

    private final LiveMirror mirror;

    MirrorResource(LiveMirror mirror) {
        this.mirror = mirror;
    }

    @GET
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public List<ServerMirrorView> mirror() {
        return mirror.snapshot();
    }
}
