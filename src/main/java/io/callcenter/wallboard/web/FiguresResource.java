package io.callcenter.wallboard.web;

import io.callcenter.security.access.CurrentUser;
import io.callcenter.security.user.Role;
import io.callcenter.wallboard.config.Layout;
import io.callcenter.wallboard.config.WallboardService;
import io.callcenter.wallboard.push.BoardFigures;
import io.callcenter.wallboard.push.FiguresView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/**
 * A wallboard's figures now, or at {@code at} (time travel; the client plays back at x speed by asking for
 * successive instants).
 */
@Path("/api/wallboards/{id}/figures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class FiguresResource {

    @Inject
    WallboardService wallboards;
    @Inject
    BoardFigures figures;
    @Inject
    CurrentUser user;

    @GET
    public FiguresView figures(@PathParam("id") long id, @QueryParam("at") String at) {
        Instant instant = TimeTravel.parse(at);
        Layout layout = wallboards.get(id, user.access()).layout();
        return instant == null ? figures.live(layout)
                : figures.at(layout, instant, wallboards.thresholdsAt(id, instant));
    }
}
