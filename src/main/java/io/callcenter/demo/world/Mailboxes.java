package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * External MWI mailboxes (Asterisk's res_mwi_external behind /ari/mailboxes): name → old and new message counts.
 * The first agents start with a few messages so the console has something to show.
 */
public final class Mailboxes {

    private final World w;
    private final Map<String, int[]> boxes = new TreeMap<>();

    Mailboxes(World w) {
        this.w = w;
        for (int i = 1; i <= Math.min(3, w.settings.agents()); i++) {
            boxes.put((1000 + i) + "@default", new int[] {i - 1, 2 * i - 1});
        }
    }

    public ArrayNode list() {
        synchronized (w) {
            ArrayNode a = w.ev.object().arrayNode();
            boxes.forEach((name, counts) -> a.add(json(name, counts)));
            return a;
        }
    }

    public ObjectNode get(String name) {
        synchronized (w) {
            return json(name, find(name));
        }
    }

    /** PUT: both counts are required; creates the mailbox when it does not exist. */
    public void update(String name, Integer oldMessages, Integer newMessages) {
        if (oldMessages == null) {
            throw AriFault.missing("oldMessages");
        }
        if (newMessages == null) {
            throw AriFault.missing("newMessages");
        }
        synchronized (w) {
            boxes.put(name, new int[] {oldMessages, newMessages});
        }
    }

    public void delete(String name) {
        synchronized (w) {
            find(name);
            boxes.remove(name);
        }
    }

    private int[] find(String name) {
        int[] counts = boxes.get(name);
        if (counts == null) {
            throw new AriFault(404, "Mailbox does not exist");
        }
        return counts;
    }

    private ObjectNode json(String name, int[] counts) {
        return w.ev.object().put("name", name).put("old_messages", counts[0]).put("new_messages", counts[1]);
    }
}
