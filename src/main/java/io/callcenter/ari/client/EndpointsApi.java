package io.callcenter.ari.client;

import io.callcenter.ari.model.Endpoint;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;

/** ARI {@code /endpoints} resource: every operation of {@code endpoints.json}. Generated from the ARI spec; reached through {@link AriRestClient}. */
public interface EndpointsApi {

    /** List all endpoints. */
    @GET
    @Path("/endpoints")
    List<Endpoint> list();

    /** Send a message to some technology URI or endpoint. The body is the JSON object {"variables": {...}}. */
    @PUT
    @Path("/endpoints/sendMessage")
    void sendMessage(@QueryParam("to") String to, @QueryParam("from") String from, @QueryParam("body") String body, Map<String, Object> variables);

    /** Refer an endpoint or technology URI to some technology URI or endpoint. The body is the JSON object {"variables": {...}}. */
    @POST
    @Path("/endpoints/refer")
    void refer(@QueryParam("to") String to, @QueryParam("from") String from, @QueryParam("refer_to") String referTo, @QueryParam("to_self") Boolean toSelf, Map<String, Object> variables);

    /** List available endoints for a given endpoint technology. */
    @GET
    @Path("/endpoints/{tech}")
    List<Endpoint> listByTech(@PathParam("tech") String tech);

    /** Details for an endpoint. */
    @GET
    @Path("/endpoints/{tech}/{resource}")
    Endpoint get(@PathParam("tech") String tech, @PathParam("resource") String resource);

    /** Send a message to some endpoint in a technology. The body is the JSON object {"variables": {...}}. */
    @PUT
    @Path("/endpoints/{tech}/{resource}/sendMessage")
    void sendMessageToEndpoint(@PathParam("tech") String tech, @PathParam("resource") String resource, @QueryParam("from") String from, @QueryParam("body") String body, Map<String, Object> variables);

    /** Refer an endpoint or technology URI to some technology URI or endpoint. The body is the JSON object {"variables": {...}}. */
    @POST
    @Path("/endpoints/{tech}/{resource}/refer")
    void referToEndpoint(@PathParam("tech") String tech, @PathParam("resource") String resource, @QueryParam("from") String from, @QueryParam("refer_to") String referTo, @QueryParam("to_self") Boolean toSelf, Map<String, Object> variables);
}
