package io.callcenter.demo.server;

import static io.callcenter.demo.server.Routes.q;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callcenter.ari.events.AriEventParser;
import io.callcenter.ari.events.AriTime;
import io.callcenter.demo.world.AriFault;
import io.callcenter.demo.world.World;
import io.vertx.core.http.HttpMethod;
import java.time.Instant;

/** /ari/asterisk, /ari/endpoints, /ari/deviceStates, /ari/applications, /ari/events/user, /ari/mailboxes. */
final class SystemRoutes {

    private static final String[][] MODULES = {
        {"res_ari.so", "Asterisk RESTful Interface"}, {"res_ari_channels.so", "RESTful API module - Channel resources"},
        {"res_ari_bridges.so", "RESTful API module - Bridge resources"}, {"res_ari_events.so", "RESTful API module - WebSocket resource"},
        {"res_stasis.so", "Stasis application support"}, {"res_pjsip.so", "Basic SIP resource"},
        {"app_stasis.so", "Stasis dialplan application"}, {"res_musiconhold.so", "Music On Hold Resource"}};

    private SystemRoutes() {
    }

    static void register(Routes r, World world, Instant started) {
        ObjectNode info = info(world, started);
        r.add(HttpMethod.GET, "/asterisk/info", ctx -> Reply.ok(info));
        r.add(HttpMethod.GET, "/asterisk/ping", ctx -> Reply.ok(AriEventParser.mapper().createObjectNode().put("ping", "pong")
                .put("timestamp", AriTime.format(Instant.now())).put("asterisk_id", world.settings().asteriskId())));
        r.add(HttpMethod.GET, "/asterisk/modules", ctx -> Reply.ok(modules(null)));
        r.add(HttpMethod.GET, "/asterisk/modules/:moduleName", ctx -> Reply.ok(modules(ctx.pathParam("moduleName"))));
        // modules cannot be (un)loaded in a simulator: answer as Asterisk does when that fails
        r.add(HttpMethod.POST, "/asterisk/modules/:moduleName", ctx -> {
            throw new AriFault(409, "Module could not be loaded");
        });
        r.add(HttpMethod.DELETE, "/asterisk/modules/:moduleName", ctx -> {
            modules(ctx.pathParam("moduleName"));
            throw new AriFault(409, "Module could not be unloaded");
        });
        r.add(HttpMethod.PUT, "/asterisk/modules/:moduleName", ctx -> {
            modules(ctx.pathParam("moduleName"));
            return Reply.NO_CONTENT;
        });
        r.add(HttpMethod.GET, "/asterisk/variable", ctx -> Reply.ok(world.registry().global(q(ctx, "variable"))));
        r.add(HttpMethod.POST, "/asterisk/variable", ctx -> {
            world.registry().setGlobal(q(ctx, "variable"), q(ctx, "value"));
            return Reply.NO_CONTENT;
        });
        r.add(HttpMethod.GET, "/endpoints", ctx -> Reply.ok(world.registry().endpoints(null)));
        r.absent(HttpMethod.PUT, "/endpoints/sendMessage");
        r.absent(HttpMethod.POST, "/endpoints/refer");
        r.add(HttpMethod.GET, "/endpoints/:tech", ctx -> Reply.ok(world.registry().endpoints(ctx.pathParam("tech"))));
        r.add(HttpMethod.GET, "/endpoints/:tech/:resource", ctx -> Reply.ok(
                world.registry().endpoint(ctx.pathParam("tech"), ctx.pathParam("resource"))));
        r.add(HttpMethod.GET, "/deviceStates", ctx -> Reply.ok(world.deviceStates().list()));
        r.add(HttpMethod.GET, "/deviceStates/:deviceName", ctx -> Reply.ok(world.deviceStates().get(ctx.pathParam("deviceName"))));
        r.add(HttpMethod.PUT, "/deviceStates/:deviceName", ctx -> {
            world.deviceStates().put(ctx.pathParam("deviceName"), q(ctx, "deviceState"));
            return Reply.NO_CONTENT;
        });
        r.add(HttpMethod.DELETE, "/deviceStates/:deviceName", ctx -> {
            world.deviceStates().delete(ctx.pathParam("deviceName"));
            return Reply.NO_CONTENT;
        });
        r.add(HttpMethod.GET, "/applications", ctx -> Reply.ok(world.registry().applications()));
        r.add(HttpMethod.GET, "/applications/:app", ctx -> Reply.ok(world.registry().application(ctx.pathParam("app"))));
        r.add(HttpMethod.POST, "/applications/:app/subscription", ctx -> Reply.ok(
                world.registry().subscription(ctx.pathParam("app"), q(ctx, "eventSource"), true)));
        r.add(HttpMethod.DELETE, "/applications/:app/subscription", ctx -> Reply.ok(
                world.registry().subscription(ctx.pathParam("app"), q(ctx, "eventSource"), false)));
        r.add(HttpMethod.PUT, "/applications/:app/eventFilter", ctx -> Reply.ok(world.registry().application(ctx.pathParam("app"))));
        r.add(HttpMethod.POST, "/events/user/:eventName", ctx -> {
            world.registry().userEvent(ctx.pathParam("eventName"), q(ctx, "application"), q(ctx, "source"), Routes.variables(ctx));
            return Reply.NO_CONTENT;
        });
        r.absent(HttpMethod.POST, "/events/claim");
        mailboxes(r, world);
    }

    private static void mailboxes(Routes r, World world) {
        r.add(HttpMethod.GET, "/mailboxes", ctx -> Reply.ok(world.mailboxes().list()));
        r.add(HttpMethod.GET, "/mailboxes/:name", ctx -> Reply.ok(world.mailboxes().get(ctx.pathParam("name"))));
        r.add(HttpMethod.PUT, "/mailboxes/:name", ctx -> {
            world.mailboxes().update(ctx.pathParam("name"), Routes.qi(ctx, "oldMessages"), Routes.qi(ctx, "newMessages"));
            return Reply.NO_CONTENT;
        });
        r.add(HttpMethod.DELETE, "/mailboxes/:name", ctx -> {
            world.mailboxes().delete(ctx.pathParam("name"));
            return Reply.NO_CONTENT;
        });
    }

    private static ObjectNode info(World world, Instant started) {
        ObjectNode n = AriEventParser.mapper().createObjectNode();
        n.putObject("build").put("os", "Linux").put("kernel", System.getProperty("os.version")).put("machine", "x86_64")
                .put("options", "OPTIONAL_API").put("date", "2026-11-26 17:47:20 UTC").put("user", "demo");
        n.putObject("system").put("version", "22.10.1").put("entity_id", world.settings().asteriskId());
        ObjectNode config = n.putObject("config").put("name", "").put("default_language", "en");
        config.putObject("setid").put("user", "").put("group", "");
        n.putObject("status").put("startup_time", AriTime.format(started)).put("last_reload_time", AriTime.format(started));
        return n;
    }

    private static com.fasterxml.jackson.databind.JsonNode modules(String name) {
        ArrayNode a = AriEventParser.mapper().createArrayNode();
        for (String[] m : MODULES) {
            ObjectNode o = AriEventParser.mapper().createObjectNode().put("name", m[0]).put("description", m[1])
                    .put("use_count", 0).put("status", "Running").put("support_level", "core");
            if (m[0].equals(name)) {
                return o;
            }
            a.add(o);
        }
        if (name != null) {
            throw new AriFault(404, "Module not found in running modules");
        }
        return a;
    }
}
