package io.callcenter.demo.world;

/** An error answer exactly as Asterisk gives it: status plus a one-field JSON body ({@code message}, or {@code error} for 500 allocation failures). */
public final class AriFault extends RuntimeException {

    private final int status;
    private final String key;

    public AriFault(int status, String message) {
        this(status, "message", message);
    }

    private AriFault(int status, String key, String message) {
        super(message, null, false, false);
        this.status = status;
        this.key = key;
    }

    public static AriFault notFound(String what) {
        return new AriFault(404, what + " not found");
    }

    public static AriFault badRequest(String message) {
        return new AriFault(400, message);
    }

    public static AriFault missing(String param) {
        return new AriFault(400, "Missing parameter " + param);
    }

    /** Originate to an endpoint without a contact: Asterisk's undocumented 500 with key {@code error} (trace finding 6). */
    public static AriFault allocationFailed() {
        return new AriFault(500, "error", "Allocation failed");
    }

    public static AriFault notInStasis() {
        return new AriFault(409, "Channel not in Stasis application");
    }

    public static AriFault invalidState() {
        return new AriFault(412, "Channel in invalid state");
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }
}
