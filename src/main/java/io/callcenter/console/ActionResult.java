package io.callcenter.console;

/** The answer of every console action that creates nothing: what was done, to what, in words. */
public record ActionResult(boolean ok, String action, String target, String message) {

    static ActionResult done(ConsoleAction action, String message) {
        return new ActionResult(true, action.name(), action.target(), message);
    }
}
