package io.callcenter.ari.client;

/** An error answer from ARI, carrying the HTTP status and ARI's own message ({@code message} or {@code error}). */
public class AriException extends RuntimeException {

    private final int status;
    private final String ariMessage;

    public AriException(int status, String ariMessage) {
        super("ARI " + status + ": " + ariMessage);
        this.status = status;
        this.ariMessage = ariMessage;
    }

    /** The HTTP status ARI answered with. */
    public int status() {
        return status;
    }

    /** ARI's explanation, e.g. "Channel not found" or "Allocation failed". */
    public String ariMessage() {
        return ariMessage;
    }

    /** The typed exception for a status: one subclass per status ARI documents or was seen to send. */
    public static AriException of(int status, String message) {
        return switch (status) {
            case 400 -> new BadRequest(message);
            case 401 -> new Unauthorized(message);
            case 403 -> new Forbidden(message);
            case 404 -> new NotFound(message);
            case 405 -> new MethodNotAllowed(message);
            case 409 -> new Conflict(message);
            case 412 -> new PreconditionFailed(message);
            case 422 -> new Unprocessable(message);
            case 500 -> new ServerError(message);
            case 503 -> new NotBooted(message);
            default -> new AriException(status, message);
        };
    }

    /** 400: invalid or missing parameters. */
    public static final class BadRequest extends AriException {
        public BadRequest(String m) { super(400, m); }
    }

    /** 401: wrong ARI user or password. */
    public static final class Unauthorized extends AriException {
        public Unauthorized(String m) { super(401, m); }
    }

    /** 403: the ARI user may not do this (read-only user). */
    public static final class Forbidden extends AriException {
        public Forbidden(String m) { super(403, m); }
    }

    /** 404: no such channel, bridge, endpoint, application, recording, playback or path. */
    public static final class NotFound extends AriException {
        public NotFound(String m) { super(404, m); }
    }

    /** 405: the path exists but not with this method. */
    public static final class MethodNotAllowed extends AriException {
        public MethodNotAllowed(String m) { super(405, m); }
    }

    /** 409: conflicting state (duplicate id, channel not in Stasis, uncontrolled device). */
    public static final class Conflict extends AriException {
        public Conflict(String m) { super(409, m); }
    }

    /** 412: the object is in the wrong state (e.g. answer on a channel that is still Down). */
    public static final class PreconditionFailed extends AriException {
        public PreconditionFailed(String m) { super(412, m); }
    }

    /** 422: the request names something that cannot take part (e.g. channel running dialplan). */
    public static final class Unprocessable extends AriException {
        public Unprocessable(String m) { super(422, m); }
    }

    /** 500: Asterisk failed, e.g. "Allocation failed" when an endpoint has no contact. */
    public static final class ServerError extends AriException {
        public ServerError(String m) { super(500, m); }
    }

    /** 503: Asterisk is not fully booted yet, or a module is unavailable. */
    public static final class NotBooted extends AriException {
        public NotBooted(String m) { super(503, m); }
    }
}
