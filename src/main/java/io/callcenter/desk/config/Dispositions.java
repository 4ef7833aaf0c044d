package io.callcenter.desk.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The configured disposition codes, checked at start-up: a bad entry stops the start naming the key. */
@Startup
@ApplicationScoped
public class Dispositions {

    private static final Pattern CODE = Pattern.compile("[a-z0-9_-]{1,40}");

    /** One disposition code and its label. */
    public record Disposition(String code, String label) {
    }

    private final List<Disposition> all;

    Dispositions(DeskConfig config) {
        List<Disposition> list = new ArrayList<>();
        for (String entry : config.dispositions()) {
            int colon = entry.indexOf(':');
            String code = (colon < 0 ? entry : entry.substring(0, colon)).trim();
            String label = colon < 0 ? code : entry.substring(colon + 1).trim();
            if (!CODE.matcher(code).matches() || label.isEmpty()) {
                throw new IllegalArgumentException("callcenter.desk.dispositions: '" + entry
                        + "' is not code:Label with a code of [a-z0-9_-]{1,40}");
            }
            if (list.stream().anyMatch(d -> d.code().equals(code))) {
                throw new IllegalArgumentException("callcenter.desk.dispositions: code '" + code + "' is listed twice");
            }
            list.add(new Disposition(code, label));
        }
        this.all = List.copyOf(list);
    }

    public List<Disposition> all() {
        return all;
    }

    public Optional<Disposition> find(String code) {
        return all.stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
