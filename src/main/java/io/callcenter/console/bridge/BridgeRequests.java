package io.callcenter.console.bridge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** JSON bodies of the bridge actions. */
public final class BridgeRequests {

    private BridgeRequests() {
    }

    /** A new bridge; type defaults to mixing. */
    public record Create(@Pattern(regexp = "mixing|holding", message = "must be one of mixing|holding") String type,
            String name) {

        String typeOrMixing() {
            return type == null ? "mixing" : type;
        }
    }

    /** The channel to add. */
    public record AddChannel(@NotBlank String channelId) {
    }

    /** Music on hold class; absent means default. */
    public record Moh(@Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be a music on hold class name") String mohClass) {
    }

    /** A bridge recording; format defaults to wav. */
    public record Record(@NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "must be letters, digits, _ . -") String name,
            @Pattern(regexp = "[a-z0-9]+", message = "must be a recording format such as wav") String format) {

        String formatOrWav() {
            return format == null ? "wav" : format;
        }
    }
}
