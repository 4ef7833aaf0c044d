package io.callcenter.ari.events;

/** An asynchronous ARI event delivered to a Stasis application. */
public interface AriEvent extends AriMessage {

    /** The Stasis application that received the event. */
    String application();

    /** Asterisk's time of the event, e.g. {@code 2026-11-26T18:37:46.886+0000}; see {@link AriTime}. */
    String timestamp();
}
