package io.callcenter.wallboard.web;

import io.callcenter.wallboard.config.KioskGrant;
import io.callcenter.wallboard.config.WallboardService;
import jakarta.annotation.security.PermitAll;
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

    @GET
    @Path("/wallboard")
    public KioskBoard wallboard(@HeaderParam(KioskTokens.HEADER) String token) {
        KioskGrant grant = tokens.require(token);
        return wallboards.find(grant.wallboardId()).map(KioskBoard::of).orElseThrow(KioskTokens::refused);
    }
}
