package io.callcenter.demo.world;

/** Where an app's events go: one events websocket. */
public interface EventSink {

    /** One event frame (JSON text). */
    void send(String json);

    /** Another websocket took the app over: tell this one (ApplicationReplaced) and close it. */
    void replaced(String applicationReplacedJson);
}
