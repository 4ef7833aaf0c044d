package io.callcenter.ari.config;

import java.net.URI;

/** One resolved Asterisk server: its name in config, base URL, credentials and Stasis app. */
public record AriServer(String name, URI baseUrl, String username, String password, String app, boolean subscribeAll) {

    /** The events websocket URI for this server's app (credentials go in a header, not the URL). */
    public URI eventsUri() {
        String ws = baseUrl.getScheme().equals("https") ? "wss" : "ws";
        String path = baseUrl.getPath() == null ? "" : baseUrl.getPath().replaceAll("/$", "");
        return URI.create(ws + "://" + baseUrl.getAuthority() + path + "/ari/events?app=" + app
                + "&subscribeAll=" + subscribeAll);
    }

    /** Never print the password. */
    @Override
    public String toString() {
        return "AriServer[" + name + " " + baseUrl + " app=" + app + "]";
    }
}
