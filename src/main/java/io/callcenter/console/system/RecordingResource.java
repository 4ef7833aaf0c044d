package io.callcenter.console.system;

import io.callcenter.ari.model.StoredRecording;
import io.callcenter.console.ActionResult;
import io.callcenter.console.ConsoleAction;
import io.callcenter.console.ConsoleAri;
import io.callcenter.security.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;

/**
 * Stored recordings of one Asterisk: list, the audio itself (for an {@code <audio>} element or a download,
 * audited since it is call content), delete (admins only). Supervisors list and listen.
 */
@Path("/api/console/servers/{server}/system/recordings")
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class RecordingResource {

    private final ConsoleAri ari;

    RecordingResource(ConsoleAri ari) {
        this.ari = ari;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<StoredRecording> list(@PathParam("server") String server) {
        return ari.read(server, "recordings", c -> c.recordings().listStored());
    }

    /** ARI's bytes with ARI's content type (e.g. audio/wav); {@code ?download=true} asks the browser to save the file. */
    @GET
    @Path("/{name}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("server") String server, @PathParam("name") String name,
            @jakarta.ws.rs.QueryParam("download") boolean download) {
        Response ariAnswer = ari.perform(ConsoleAction.of(download ? "recording.download" : "recording.play", server, name),
                c -> c.recordings().getStoredFile(name));
        String type = ariAnswer.getHeaderString(HttpHeaders.CONTENT_TYPE);
        String extension = type != null && type.contains("/") ? type.substring(type.indexOf('/') + 1) : "bin";
        return Response.ok(ariAnswer.readEntity(InputStream.class))
                .type(type == null ? MediaType.APPLICATION_OCTET_STREAM : type)
                .header("Content-Disposition", (download ? "attachment" : "inline") + "; filename=\""
                        + name.replaceAll("[^A-Za-z0-9_.-]", "_") + "." + extension + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @DELETE
    @Path("/{name}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public ActionResult delete(@PathParam("server") String server, @PathParam("name") String name) {
        return ari.run(ConsoleAction.of("recording.delete", server, name), "Recording " + name + " deleted",
                c -> c.recordings().deleteStored(name));
    }
}
