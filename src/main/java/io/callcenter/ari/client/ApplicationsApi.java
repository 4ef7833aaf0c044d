package io.callcenter.ari.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcenter.ari.model.Application;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;

/** ARI {@code /applications} resource: every operation of {@code applications.json}. Generated from the ARI spec; reached through {@link AriRestClient}. */
public interface ApplicationsApi {

    /** List all applications. */
    @GET
    @Path("/applications")
    List<Application> list();

    /** Get details of an application. */
    @GET
    @Path("/applications/{applicationName}")
    Application get(@PathParam("applicationName") String applicationName);

    /** Subscribe an application to a event source. Multi-valued parameters (eventSource) take one comma-separated string: ARI honours only the last repeated parameter. */
    @POST
    @Path("/applications/{applicationName}/subscription")
    Application subscribe(@PathParam("applicationName") String applicationName, @QueryParam("eventSource") String eventSource);

    /** Unsubscribe an application from an event source. Multi-valued parameters (eventSource) take one comma-separated string: ARI honours only the last repeated parameter. */
    @DELETE
    @Path("/applications/{applicationName}/subscription")
    Application unsubscribe(@PathParam("applicationName") String applicationName, @QueryParam("eventSource") String eventSource);

    /** Filter application events types. */
    @PUT
    @Path("/applications/{applicationName}/eventFilter")
    Application filter(@PathParam("applicationName") String applicationName, JsonNode filter);
}
