package io.callcenter.ari.client;

import io.callcenter.ari.model.Sound;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** ARI {@code /sounds} resource: every operation of {@code sounds.json}. Generated from the ARI spec; reached through {@link AriRestClient}. */
public interface SoundsApi {

    /** List all sounds. */
    @GET
    @Path("/sounds")
    List<Sound> list(@QueryParam("lang") String lang, @QueryParam("format") String format);

    /** Get a sound's details. */
    @GET
    @Path("/sounds/{soundId}")
    Sound get(@PathParam("soundId") String soundId);
}
