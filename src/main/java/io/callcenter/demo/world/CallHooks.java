package io.callcenter.demo.world;

/** Callbacks from the world to the traffic model, called under the world lock. */
public interface CallHooks {

    CallHooks NONE = new CallHooks() {
    };

    /** An inbound caller was answered by the app. */
    default void answered(String channelId) {
    }

    /** An inbound caller is now in a mixing bridge with another party: the conversation starts. */
    default void connected(String channelId) {
    }
}
