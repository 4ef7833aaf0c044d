package io.callcenter.demo.server;

import static io.callcenter.demo.server.Routes.q;
import static io.callcenter.demo.server.Routes.qi;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcenter.demo.world.ChannelControl;
import io.callcenter.demo.world.Channels;
import io.callcenter.demo.world.OriginateRequest;
import io.callcenter.demo.world.World;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** /ari/channels: originate, create, dial, answer, hangup and every in-call operation. */
final class ChannelRoutes {

    private ChannelRoutes() {
    }

    static void register(Routes r, World world) {
        Channels ch = world.channels();
        ChannelControl c = ch.control();
        r.add(HttpMethod.GET, "/channels", ctx -> Reply.ok(ch.list()));
        r.add(HttpMethod.POST, "/channels", ctx -> Reply.ok(ch.originate(originate(ctx, q(ctx, "channelId")))));
        r.add(HttpMethod.POST, "/channels/create", ctx -> Reply.ok(ch.create(originate(ctx, q(ctx, "channelId")))));
        r.absent(HttpMethod.POST, "/channels/externalMedia");
        r.add(HttpMethod.GET, "/channels/:channelId", ctx -> Reply.ok(ch.get(id(ctx))));
        r.add(HttpMethod.POST, "/channels/:channelId", ctx -> Reply.ok(ch.originate(originate(ctx, id(ctx)))));
        r.add(HttpMethod.DELETE, "/channels/:channelId", ctx -> {
            ch.hangup(id(ctx), q(ctx, "reason") != null ? q(ctx, "reason") : q(ctx, "reason_code"));
            return Reply.NO_CONTENT;
        });
        r.add(HttpMethod.POST, "/channels/:channelId/answer", ctx -> {
            ch.answer(id(ctx));
            return Reply.NO_CONTENT;
        });
        r.add(HttpMethod.POST, "/channels/:channelId/dial", ctx -> {
            ch.dial(id(ctx), qi(ctx, "timeout"));
            return Reply.NO_CONTENT;
        });
        r.add(HttpMethod.POST, "/channels/:channelId/ring", ctx -> {
            ch.ring(id(ctx));
            return Reply.NO_CONTENT;
        });
        simple(r, c, HttpMethod.DELETE, "ring", "ringStop");
        simple(r, c, HttpMethod.POST, "mute", "mute");
        simple(r, c, HttpMethod.DELETE, "mute", "unmute");
        simple(r, c, HttpMethod.POST, "hold", "hold");
        simple(r, c, HttpMethod.DELETE, "hold", "unhold");
        simple(r, c, HttpMethod.POST, "moh", "moh");
        simple(r, c, HttpMethod.DELETE, "moh", "stopMoh");
        simple(r, c, HttpMethod.POST, "silence", "silence");
        simple(r, c, HttpMethod.DELETE, "silence", "stopSilence");
        r.add(HttpMethod.POST, "/channels/:channelId/dtmf", ctx -> {
            c.simple(id(ctx), "dtmf", q(ctx, "dtmf"));
            return Reply.NO_CONTENT;
        });
        r.add(HttpMethod.POST, "/channels/:channelId/play", ctx -> Reply.created(
                c.play(id(ctx), q(ctx, "media"), q(ctx, "lang"), q(ctx, "playbackId"))));
        r.add(HttpMethod.POST, "/channels/:channelId/play/:playbackId", ctx -> Reply.created(
                c.play(id(ctx), q(ctx, "media"), q(ctx, "lang"), ctx.pathParam("playbackId"))));
        r.add(HttpMethod.POST, "/channels/:channelId/record", ctx -> Reply.created(c.record(id(ctx), q(ctx, "name"),
                q(ctx, "format"), qi(ctx, "maxDurationSeconds") == null ? 0 : qi(ctx, "maxDurationSeconds"), q(ctx, "ifExists"))));
        r.add(HttpMethod.GET, "/channels/:channelId/variable", ctx -> Reply.ok(c.getVar(id(ctx), q(ctx, "variable"))));
        r.add(HttpMethod.POST, "/channels/:channelId/variable", ctx -> {
            c.setVar(id(ctx), q(ctx, "variable"), q(ctx, "value"));
            return Reply.NO_CONTENT;
        });
        r.add(HttpMethod.POST, "/channels/:channelId/snoop", ctx -> Reply.ok(world.snoops().snoop(id(ctx),
                q(ctx, "spy"), q(ctx, "whisper"), q(ctx, "app"), Routes.list(ctx, "appArgs"), q(ctx, "snoopId"))));
        r.add(HttpMethod.POST, "/channels/:channelId/snoop/:snoopId", ctx -> Reply.ok(world.snoops().snoop(id(ctx),
                q(ctx, "spy"), q(ctx, "whisper"), q(ctx, "app"), Routes.list(ctx, "appArgs"),
                ctx.pathParam("snoopId"))));
        r.add(HttpMethod.POST, "/channels/:channelId/continue", ctx -> {
            c.continueInDialplan(id(ctx), q(ctx, "context"), qi(ctx, "priority"));
            return Reply.NO_CONTENT;
        });
        r.add(HttpMethod.POST, "/channels/:channelId/move", ctx -> {
            c.move(id(ctx), q(ctx, "app"), Routes.list(ctx, "appArgs"));
            return Reply.NO_CONTENT;
        });
        r.add(HttpMethod.POST, "/channels/:channelId/redirect", ctx -> {
            c.redirect(id(ctx), q(ctx, "endpoint"));
            return Reply.NO_CONTENT;
        });
        for (String absent : List.of("progress", "transfer_progress", "variables")) {
            r.absent(HttpMethod.POST, "/channels/:channelId/" + absent);
        }
        r.absent(HttpMethod.GET, "/channels/:channelId/variables");
        r.absent(HttpMethod.GET, "/channels/:channelId/rtp_statistics");
    }

    private static void simple(Routes r, ChannelControl c, HttpMethod method, String path, String operation) {
        r.add(method, "/channels/:channelId/" + path, ctx -> {
            c.simple(id(ctx), operation, null);
            return Reply.NO_CONTENT;
        });
    }

    private static String id(RoutingContext ctx) {
        return ctx.pathParam("channelId");
    }

    private static OriginateRequest originate(RoutingContext ctx, String channelId) {
        Map<String, String> vars = new LinkedHashMap<>();
        JsonNode v = Routes.variables(ctx);
        if (v != null) {
            v.fields().forEachRemaining(f -> vars.put(f.getKey(), f.getValue().asText()));
        }
        return new OriginateRequest(q(ctx, "endpoint"), q(ctx, "app"), q(ctx, "appArgs"), channelId, q(ctx, "otherChannelId"),
                q(ctx, "callerId"), qi(ctx, "timeout"), q(ctx, "context"), q(ctx, "extension"), qi(ctx, "priority"), vars);
    }
}
