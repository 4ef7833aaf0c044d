package io.callcenter.ari.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Asterisk servers configured under {@code callcenter.ari.servers}, validated once at startup. */
@ApplicationScoped
public class AriServers {

    private final List<AriServer> configured;

    AriServers(AriConfig config) {
        this.configured = resolve(config.servers());
    }

    /** Servers with a URL, in name order; empty means "no Asterisk configured" (the demo PBX may step in). */
    public List<AriServer> configured() {
        return configured;
    }

    static List<AriServer> resolve(Map<String, AriConfig.Server> servers) {
        List<AriServer> result = new ArrayList<>();
        servers.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String url = e.getValue().url().map(String::strip).orElse("");
            if (url.isEmpty()) {
                return;
            }
            String key = "callcenter.ari.servers." + e.getKey();
            URI uri = parse(key + ".url", url);
            String app = e.getValue().app().strip();
            if (app.isEmpty() || !app.matches("[A-Za-z0-9_.-]+")) {
                throw new IllegalArgumentException(key + ".app must be a Stasis application name (letters, digits, _ . -), got '" + app + "'");
            }
            result.add(new AriServer(e.getKey(), uri, e.getValue().username(),
                    e.getValue().password().orElse(""), app, e.getValue().subscribeAll()));
        });
        return List.copyOf(result);
    }

    private static URI parse(String key, String url) {
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException(key + " must be an http(s) URL such as http://pbx:8088, got '" + url + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(key + " is not a valid URL: '" + url + "'", e);
        }
    }
}
