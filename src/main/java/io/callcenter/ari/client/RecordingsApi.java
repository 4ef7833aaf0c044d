package io.callcenter.ari.client;

import io.callcenter.ari.model.LiveRecording;
import io.callcenter.ari.model.StoredRecording;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** ARI {@code /recordings} resource: every operation of {@code recordings.json}. Generated from the ARI spec; reached through {@link AriRestClient}. */
public interface RecordingsApi {

    /** List recordings that are complete. */
    @GET
    @Path("/recordings/stored")
    List<StoredRecording> listStored();

    /** Get a stored recording's details. */
    @GET
    @Path("/recordings/stored/{recordingName}")
    StoredRecording getStored(@PathParam("recordingName") String recordingName);

    /** Delete a stored recording. */
    @DELETE
    @Path("/recordings/stored/{recordingName}")
    void deleteStored(@PathParam("recordingName") String recordingName);

    /** Get the file associated with the stored recording. */
    @GET
    @Path("/recordings/stored/{recordingName}/file")
    Response getStoredFile(@PathParam("recordingName") String recordingName);

    /** Copy a stored recording. */
    @POST
    @Path("/recordings/stored/{recordingName}/copy")
    StoredRecording copyStored(@PathParam("recordingName") String recordingName, @QueryParam("destinationRecordingName") String destinationRecordingName);

    /** List live recordings. */
    @GET
    @Path("/recordings/live/{recordingName}")
    LiveRecording getLive(@PathParam("recordingName") String recordingName);

    /** Stop a live recording and discard it. */
    @DELETE
    @Path("/recordings/live/{recordingName}")
    void cancel(@PathParam("recordingName") String recordingName);

    /** Stop a live recording and store it. */
    @POST
    @Path("/recordings/live/{recordingName}/stop")
    void stop(@PathParam("recordingName") String recordingName);

    /** Pause a live recording. */
    @POST
    @Path("/recordings/live/{recordingName}/pause")
    void pause(@PathParam("recordingName") String recordingName);

    /** Unpause a live recording. */
    @DELETE
    @Path("/recordings/live/{recordingName}/pause")
    void unpause(@PathParam("recordingName") String recordingName);

    /** Mute a live recording. */
    @POST
    @Path("/recordings/live/{recordingName}/mute")
    void mute(@PathParam("recordingName") String recordingName);

    /** Unmute a live recording. */
    @DELETE
    @Path("/recordings/live/{recordingName}/mute")
    void unmute(@PathParam("recordingName") String recordingName);
}
