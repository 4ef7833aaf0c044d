package io.callcenter.originate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/originate}; only {@code endpoint} is required.
 *
 * @param server    configured ARI server name; absent = the only (or first by name) connected server
 * @param endpoint  what to call, {@code Technology/Resource}, e.g. {@code PJSIP/1001}
 * @param callerId  caller id shown to the called phone, {@code "Name" <number>} or a number
 * @param context   dialplan context the answered channel continues in
 * @param extension dialplan extension in that context
 * @param priority  dialplan priority, from 1
 * @param timeout   seconds the endpoint may ring before the originate fails (no answer)
 */
public record OriginateRequest(
        @Size(max = 64) String server,
        @NotBlank @Size(max = 200)
        @Pattern(regexp = "[A-Za-z0-9_-]+/[^\\s,&]+", message = "must be Technology/Resource, e.g. PJSIP/1001")
        String endpoint,
        @Size(max = 80) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        String callerId,
        @Size(max = 80) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "must be a dialplan context name")
        String context,
        @Size(max = 80) @Pattern(regexp = "[A-Za-z0-9_.+*#-]+", message = "must be a dialplan extension")
        String extension,
        @Min(1) @Max(99999) Integer priority,
        @Min(1) @Max(600) Integer timeout) {
}
