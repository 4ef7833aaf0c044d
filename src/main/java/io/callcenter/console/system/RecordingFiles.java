package io.callcenter.console.system;

import io.callcenter.console.ConsoleAction;
import io.callcenter.console.ConsoleAri;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * A stored recording's audio as an HTTP answer: ARI's bytes with ARI's content type (e.g. audio/wav), audited as
 * {@code console.recording.play} / {@code .download} since it is call content. Callers check who may hear it first.
 */
@ApplicationScoped
public class RecordingFiles {

    private final ConsoleAri ari;

    RecordingFiles(ConsoleAri ari) {
        this.ari = ari;
    }

    /** {@code download} asks the browser to save the file instead of playing it inline. */
    public Response serve(String server, String name, boolean download) {
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
}
