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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Stored recordings of one Asterisk: list, the audio itself (for an {@code <audio>} element or a download,
 * audited since it is call content), delete. Admins only: a recording here is reached by name, whatever queue its call
 * was in; supervisors play their queues' calls from the reports' call detail, whose route checks the call's queues.
 */
@Path("/api/console/servers/{server}/system/recordings")
@RolesAllowed(Role.ADMIN_NAME)
public class RecordingResource {

    private final ConsoleAri ari;
    private final RecordingFiles files;

    RecordingResource(ConsoleAri ari, RecordingFiles files) {
        this.ari = ari;
        this.files = files;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<StoredRecording> list(@PathParam("server") String server) {
        return ari.read(server, "recordings", c -> c.recordings().listStored());
    }

    /** The audio ({@link RecordingFiles}); {@code ?download=true} asks the browser to save the file. */
    @GET
    @Path("/{name}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("server") String server, @PathParam("name") String name,
            @QueryParam("download") boolean download) {
        return files.serve(server, name, download);
    }

    @DELETE
    @Path("/{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public ActionResult delete(@PathParam("server") String server, @PathParam("name") String name) {
        return ari.run(ConsoleAction.of("recording.delete", server, name), "Recording " + name + " deleted",
                c -> c.recordings().deleteStored(name));
    }
}
