package io.callcenter.ari.client;

import io.callcenter.ari.model.DeviceState;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** ARI {@code /deviceStates} resource: every operation of {@code deviceStates.json}. Generated from the ARI spec; reached through {@link AriRestClient}. */
public interface DeviceStatesApi {

    /** List all ARI controlled device states. */
    @GET
    @Path("/deviceStates")
    List<DeviceState> list();

    /** Retrieve the current state of a device. */
    @GET
    @Path("/deviceStates/{deviceName}")
    DeviceState get(@PathParam("deviceName") String deviceName);

    /** Change the state of a device controlled by ARI. (Note - implicitly creates the device state). */
    @PUT
    @Path("/deviceStates/{deviceName}")
    void update(@PathParam("deviceName") String deviceName, @QueryParam("deviceState") String deviceState);

    /** Destroy a device-state controlled by ARI. */
    @DELETE
    @Path("/deviceStates/{deviceName}")
    void delete(@PathParam("deviceName") String deviceName);
}
