package io.callcenter.demo.server;

import static io.callcenter.demo.server.Routes.q;

import io.callcenter.demo.world.Recordings;
import io.callcenter.demo.world.Sounds;
import io.callcenter.demo.world.World;
import io.vertx.core.http.HttpMethod;

/** /ari/playbacks, /ari/recordings (live and stored), /ari/sounds. */
final class MediaRoutes {

    private MediaRoutes() {
    }

    static void register(Routes r, World world) {
        r.add(HttpMethod.GET, "/playbacks/:playbackId", ctx -> Reply.ok(world.media().get(ctx.pathParam("playbackId"))));
        r.add(HttpMethod.DELETE, "/playbacks/:playbackId", ctx -> {
            world.media().stop(ctx.pathParam("playbackId"));
            return Reply.NO_CONTENT;
        });
        r.add(HttpMethod.POST, "/playbacks/:playbackId/control", ctx -> {
            world.media().control(ctx.pathParam("playbackId"), q(ctx, "operation"));
            return Reply.NO_CONTENT;
        });
        Recordings rec = world.media().recordings();
        r.add(HttpMethod.GET, "/recordings/stored", ctx -> Reply.ok(rec.stored()));
        r.add(HttpMethod.GET, "/recordings/stored/:name", ctx -> Reply.ok(rec.stored(ctx.pathParam("name"))));
        r.add(HttpMethod.DELETE, "/recordings/stored/:name", ctx -> {
            rec.deleteStored(ctx.pathParam("name"));
            return Reply.NO_CONTENT;
        });
        r.add(HttpMethod.GET, "/recordings/stored/:name/file", ctx -> {
            Recordings.StoredFile file = rec.file(ctx.pathParam("name"));
            return Reply.file(file.contentType(), file.bytes());
        });
        r.add(HttpMethod.POST, "/recordings/stored/:name/copy", ctx -> Reply.ok(
                rec.copy(ctx.pathParam("name"), q(ctx, "destinationRecordingName"))));
        r.add(HttpMethod.GET, "/recordings/live/:name", ctx -> Reply.ok(rec.live(ctx.pathParam("name"))));
        live(r, rec, HttpMethod.DELETE, "", "cancel");
        live(r, rec, HttpMethod.POST, "/stop", "stop");
        live(r, rec, HttpMethod.POST, "/pause", "pause");
        live(r, rec, HttpMethod.DELETE, "/pause", "unpause");
        live(r, rec, HttpMethod.POST, "/mute", "mute");
        live(r, rec, HttpMethod.DELETE, "/mute", "unmute");
        r.add(HttpMethod.GET, "/sounds", ctx -> Reply.ok(world.sounds()));
        r.add(HttpMethod.GET, "/sounds/:soundId", ctx -> Reply.ok(world.sound(ctx.pathParam("soundId"))));
    }

    private static void live(Routes r, Recordings rec, HttpMethod method, String suffix, String operation) {
        r.add(method, "/recordings/live/:name" + suffix, ctx -> {
            rec.control(ctx.pathParam("name"), operation);
            return Reply.NO_CONTENT;
        });
    }
}
