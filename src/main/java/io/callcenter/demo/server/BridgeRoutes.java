package io.callcenter.demo.server;

import static io.callcenter.demo.server.Routes.q;
import static io.callcenter.demo.server.Routes.qi;

import io.callcenter.demo.world.Bridges;
import io.callcenter.demo.world.World;
import io.vertx.core.http.HttpMethod;

/** /ari/bridges: both bridge types, membership, MoH, play and record. */
final class BridgeRoutes {

    private BridgeRoutes() {
    }

    static void register(Routes r, World world) {
        Bridges b = world.bridges();
        r.add(HttpMethod.GET, "/bridges", ctx -> Reply.ok(b.list()));
        r.add(HttpMethod.POST, "/bridges", ctx -> Reply.ok(b.create(q(ctx, "type"), q(ctx, "bridgeId"), q(ctx, "name"))));
        r.add(HttpMethod.GET, "/bridges/:bridgeId", ctx -> Reply.ok(b.get(ctx.pathParam("bridgeId"))));
        r.add(HttpMethod.POST, "/bridges/:bridgeId", ctx -> Reply.ok(b.create(q(ctx, "type"), ctx.pathParam("bridgeId"), q(ctx, "name"))));
        r.add(HttpMethod.DELETE, "/bridges/:bridgeId", ctx -> {
            b.destroy(ctx.pathParam("bridgeId"));
            return Reply.NO_CONTENT;
        });
        r.add(HttpMethod.POST, "/bridges/:bridgeId/addChannel", ctx -> {
            b.add(ctx.pathParam("bridgeId"), Routes.list(ctx, "channel"));
            return Reply.NO_CONTENT;
        });
        r.add(HttpMethod.POST, "/bridges/:bridgeId/removeChannel", ctx -> {
            b.remove(ctx.pathParam("bridgeId"), Routes.list(ctx, "channel"));
            return Reply.NO_CONTENT;
        });
        r.add(HttpMethod.POST, "/bridges/:bridgeId/moh", ctx -> {
            b.moh(ctx.pathParam("bridgeId"), q(ctx, "mohClass"));
            return Reply.NO_CONTENT;
        });
        r.add(HttpMethod.DELETE, "/bridges/:bridgeId/moh", ctx -> {
            b.stopMoh(ctx.pathParam("bridgeId"));
            return Reply.NO_CONTENT;
        });
        r.add(HttpMethod.POST, "/bridges/:bridgeId/play", ctx -> Reply.created(
                b.play(ctx.pathParam("bridgeId"), q(ctx, "media"), q(ctx, "lang"), q(ctx, "playbackId"))));
        r.add(HttpMethod.POST, "/bridges/:bridgeId/play/:playbackId", ctx -> Reply.created(
                b.play(ctx.pathParam("bridgeId"), q(ctx, "media"), q(ctx, "lang"), ctx.pathParam("playbackId"))));
        r.add(HttpMethod.POST, "/bridges/:bridgeId/record", ctx -> Reply.created(b.record(ctx.pathParam("bridgeId"),
                q(ctx, "name"), q(ctx, "format"), qi(ctx, "maxDurationSeconds") == null ? 0 : qi(ctx, "maxDurationSeconds"),
                q(ctx, "ifExists"))));
        for (String absent : new String[] {"variable", "variables"}) {
            r.absent(HttpMethod.GET, "/bridges/:bridgeId/" + absent);
            r.absent(HttpMethod.POST, "/bridges/:bridgeId/" + absent);
        }
        r.absent(HttpMethod.POST, "/bridges/:bridgeId/videoSource/:channelId");
        r.absent(HttpMethod.DELETE, "/bridges/:bridgeId/videoSource");
    }
}
