package io.callcenter.security.web;

import io.callcenter.security.audit.AuditFilter;
import io.callcenter.security.audit.AuditPage;
import io.callcenter.security.audit.AuditQuery;
import io.callcenter.security.user.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Admin screen to browse the audit log with filters and pagination. */
@Path("/admin/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminAuditPage {

    /** The filter as typed, echoed back into the form and the paging links. */
    public record Criteria(String actor, String action, String target, String from, String to) {

        public String query() {
            return "actor=" + enc(actor) + "&action=" + enc(action) + "&target=" + enc(target)
                    + "&from=" + enc(from) + "&to=" + enc(to);
        }

        private static String enc(String value) {
            return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(AuditPage result, Criteria criteria);
    }

    @Inject
    AuditQuery query;

    @GET
    public TemplateInstance browse(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("target") String target, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page) {
        AuditFilter filter = new AuditFilter(blankToNull(actor), blankToNull(action), blankToNull(target),
                AdminAuditResource.instant("from", from), AdminAuditResource.instant("to", to));
        return Templates.audit(query.search(filter, page, 50), new Criteria(actor, action, target, from, to));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
