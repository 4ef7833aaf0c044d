package io.callcenter.security.web;

import io.callcenter.security.access.CurrentUser;
import io.callcenter.security.user.UserService;
import io.callcenter.security.user.UserView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Landing page after login: who you are, what you may open. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(UserView user, String csrf, boolean admin, boolean console, boolean desk);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    UserService users;

    @GET
    public TemplateInstance home() {
        // the console's live feed is for supervisors and admins (LiveSocket): others get no dead link
        return Templates.home(users.get(currentUser.username()), currentUser.csrfToken(),
                currentUser.access().isAdmin(), currentUser.access().isAdmin() || currentUser.access().isSupervisor(),
                currentUser.access().isAgent());
    }
}
