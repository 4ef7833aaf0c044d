package io.callcenter.wallboard.web;

import io.callcenter.wallboard.config.KioskGrant;
import io.callcenter.wallboard.config.WallboardService;
import io.callcenter.wallboard.config.Layout;
import io.callcenter.wallboard.push.BoardFigures;
import io.callcenter.wallboard.push.BoardView;
import io.callcenter.wallboard.push.FiguresView;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The read-only side of a kiosk link, open without login (HTTP permissions let {@code /api/kiosk/*} through): the
 * token in {@value KioskTokens#HEADER} opens its one wallboard and nothing else.
 */
@Path("/api/kiosk")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class KioskResource {

    @Inject
    KioskTokens tokens;
    @Inject
    WallboardService wallboards;

    @Inject
    BoardFigures figures;

    @GET
    @Path("/wallboard")
    public BoardView wallboard(@HeaderParam(KioskTokens.HEADER) String token) {
        KioskGrant grant = tokens.require(token);
        return wallboards.find(grant.wallboardId()).map(BoardView::of).orElseThrow(KioskTokens::refused);
    }

    /** The kiosk's wallboard figures now, or at {@code at} (a kiosk may replay its own wallboard too). */
    @GET
    @Path("/figures")
    public FiguresView figures(@HeaderParam(KioskTokens.HEADER) String token, @QueryParam("at") String at) {
        Instant instant = TimeTravel.parse(at);
        KioskGrant grant = tokens.require(token);
        Layout layout = wallboards.find(grant.wallboardId()).orElseThrow(KioskTokens::refused).layout();
        return instant == null ? figures.live(layout)
                : figures.at(layout, instant, wallboards.thresholdsAt(grant.wallboardId(), instant));
    }
}
