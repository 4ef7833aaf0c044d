package io.callcenter.security.user;

import io.callcenter.security.problem.ProblemException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Validates the endpoints and queue names users are linked to. */
public final class Links {

    // TECH/resource as ARI names endpoints, e.g. PJSIP/1001
    private static final Pattern ENDPOINT = Pattern.compile("[A-Za-z0-9]{1,20}/[A-Za-z0-9_.@:+-]{1,79}");
    private static final Pattern QUEUE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

    private Links() {
    }

    /** The endpoint, null for blank (= unlinked), or a 400 problem. */
    public static String endpoint(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            return null;
        }
        String trimmed = endpoint.trim();
        if (!ENDPOINT.matcher(trimmed).matches()) {
            throw ProblemException.badRequest("invalid-endpoint", "Invalid endpoint",
                    "An endpoint looks like TECH/resource, e.g. PJSIP/1001; got '" + endpoint + "'");
        }
        return trimmed;
    }

    /** The queue names, de-duplicated and sorted, or a 400 problem. */
    public static Set<String> queues(Collection<String> queues) {
        Set<String> result = new TreeSet<>();
        for (String queue : queues == null ? Set.<String>of() : queues) {
            String trimmed = queue == null ? "" : queue.trim();
            if (!QUEUE.matcher(trimmed).matches()) {
                throw ProblemException.badRequest("invalid-queue", "Invalid queue name",
                        "A queue name has 1-100 letters, digits, '.', '_' or '-'; got '" + queue + "'");
            }
            result.add(trimmed);
        }
        return result;
    }
}
