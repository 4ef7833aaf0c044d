package io.callcenter.desk.config;

import io.callcenter.security.problem.ProblemException;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Which numbers agents may dial (transfer, consult) and the endpoint each becomes; checked at start-up. */
@Startup
@ApplicationScoped
public class NumberDialing {

    private final Pattern allowed;
    private final String endpoint;

    NumberDialing(DeskConfig config) {
        try {
            this.allowed = Pattern.compile(config.numberPattern());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("callcenter.desk.number-pattern is not a regular expression: "
                    + e.getDescription());
        }
        this.endpoint = config.numberEndpoint();
        if (!endpoint.contains("{number}") || endpoint.indexOf('/') <= 0) {
            throw new IllegalArgumentException("callcenter.desk.number-endpoint must look like Tech/...{number}..., not '"
                    + endpoint + "'");
        }
    }

    /** The endpoint that dials this number; 400 when agents may not dial it. */
    public String endpoint(String number) {
        if (number == null || !allowed.matcher(number).matches()) {
            throw ProblemException.badRequest("desk-transfer", "Invalid number", "Field 'target': '" + number
                    + "' is not a number you may dial (pattern " + allowed.pattern() + ")");
        }
        return endpoint.replace("{number}", number);
    }
}
