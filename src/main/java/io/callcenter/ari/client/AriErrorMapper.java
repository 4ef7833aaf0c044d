package io.callcenter.ari.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcenter.ari.events.AriEventParser;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns every non-2xx ARI answer into a typed {@link AriException} with ARI's message. */
public class AriErrorMapper implements ResponseExceptionMapper<AriException> {

    @Override
    public AriException toThrowable(Response response) {
        return AriException.of(response.getStatus(), messageOf(response));
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    /** ARI uses {@code message} except for a few errors that use {@code error} (e.g. "Allocation failed"). */
    static String messageOf(Response response) {
        String body;
        try {
            response.bufferEntity();
            body = response.readEntity(String.class);
        } catch (RuntimeException e) {
            return statusText(response);
        }
        if (body == null || body.isBlank()) {
            return statusText(response);
        }
        try {
            JsonNode json = AriEventParser.mapper().readTree(body);
            for (String key : new String[] {"message", "error"}) {
                if (json.path(key).isTextual()) {
                    return json.get(key).asText();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            // ARI's 404 for an unknown path is plain text in some versions; the text is the message
        }
        return body.length() > 300 ? body.substring(0, 300) : body.strip();
    }

    private static String statusText(Response response) {
        return response.getStatusInfo().getReasonPhrase();
    }
}
