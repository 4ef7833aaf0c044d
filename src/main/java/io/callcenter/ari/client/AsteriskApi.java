package io.callcenter.ari.client;

import io.callcenter.ari.model.AsteriskInfo;
import io.callcenter.ari.model.AsteriskPing;
import io.callcenter.ari.model.ConfigTuple;
import io.callcenter.ari.model.LogChannel;
import io.callcenter.ari.model.ModuleInfo;
import io.callcenter.ari.model.Variable;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;

/** ARI {@code /asterisk} resource: every operation of {@code asterisk.json}. Generated from the ARI spec; reached through {@link AriRestClient}. */
public interface AsteriskApi {

    /** Retrieve a dynamic configuration object. */
    @GET
    @Path("/asterisk/config/dynamic/{configClass}/{objectType}/{id}")
    List<ConfigTuple> getObject(@PathParam("configClass") String configClass, @PathParam("objectType") String objectType, @PathParam("id") String id);

    /** Create or update a dynamic configuration object. The body is the JSON object {"fields": {...}}. */
    @PUT
    @Path("/asterisk/config/dynamic/{configClass}/{objectType}/{id}")
    List<ConfigTuple> updateObject(@PathParam("configClass") String configClass, @PathParam("objectType") String objectType, @PathParam("id") String id, Map<String, Object> fields);

    /** Delete a dynamic configuration object. */
    @DELETE
    @Path("/asterisk/config/dynamic/{configClass}/{objectType}/{id}")
    void deleteObject(@PathParam("configClass") String configClass, @PathParam("objectType") String objectType, @PathParam("id") String id);

    /** Gets Asterisk system information. Multi-valued parameters (only) take one comma-separated string: ARI honours only the last repeated parameter. */
    @GET
    @Path("/asterisk/info")
    AsteriskInfo getInfo(@QueryParam("only") String only);

    /** Response pong message. */
    @GET
    @Path("/asterisk/ping")
    AsteriskPing ping();

    /** List Asterisk modules. */
    @GET
    @Path("/asterisk/modules")
    List<ModuleInfo> listModules();

    /** Get Asterisk module information. */
    @GET
    @Path("/asterisk/modules/{moduleName}")
    ModuleInfo getModule(@PathParam("moduleName") String moduleName);

    /** Load an Asterisk module. */
    @POST
    @Path("/asterisk/modules/{moduleName}")
    void loadModule(@PathParam("moduleName") String moduleName);

    /** Unload an Asterisk module. */
    @DELETE
    @Path("/asterisk/modules/{moduleName}")
    void unloadModule(@PathParam("moduleName") String moduleName);

    /** Reload an Asterisk module. */
    @PUT
    @Path("/asterisk/modules/{moduleName}")
    void reloadModule(@PathParam("moduleName") String moduleName);

    /** Gets Asterisk log channel information. */
    @GET
    @Path("/asterisk/logging")
    List<LogChannel> listLogChannels();

    /** Adds a log channel. */
    @POST
    @Path("/asterisk/logging/{logChannelName}")
    void addLog(@PathParam("logChannelName") String logChannelName, @QueryParam("configuration") String configuration);

    /** Deletes a log channel. */
    @DELETE
    @Path("/asterisk/logging/{logChannelName}")
    void deleteLog(@PathParam("logChannelName") String logChannelName);

    /** Rotates a log channel. */
    @PUT
    @Path("/asterisk/logging/{logChannelName}/rotate")
    void rotateLog(@PathParam("logChannelName") String logChannelName);

    /** Get the value of a global variable. */
    @GET
    @Path("/asterisk/variable")
    Variable getGlobalVar(@QueryParam("variable") String variable);

    /** Set the value of a global variable. */
    @POST
    @Path("/asterisk/variable")
    void setGlobalVar(@QueryParam("variable") String variable, @QueryParam("value") String value);
}
