package io.callcenter.mirror;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/mirror}: the current live mirror of every server. */
@Path("/api/mirror")
@Produces(MediaType.APPLICATION_JSON)
public class MirrorResource {

    private final LiveMirror mirror;

    MirrorResource(LiveMirror mirror) {
        this.mirror = mirror;
    }

    @GET
    public List<ServerMirrorView> mirror() {
        return mirror.snapshot();
    }
}
