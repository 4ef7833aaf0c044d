package io.callcenter.acd.admin.web;

import io.callcenter.acd.admin.ScheduleDto;
import io.callcenter.acd.admin.ScheduleService;
import io.callcenter.security.access.CurrentUser;
import io.callcenter.security.problem.ProblemException;
import io.callcenter.security.user.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Creates and edits business hours; the week is written one day per line, e.g. "MONDAY 09:00-12:00 13:00-17:00". */
@Path("/admin/acd/hours")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed(Role.ADMIN_NAME)
public class AcdHoursPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance hours(ScheduleDto h, String week, String holidays, String csrf, String message,
                String error);
    }

    @Inject
    ScheduleService schedules;

    @Inject
    CurrentUser currentUser;

    @GET
    public TemplateInstance blank() {
        return page(new ScheduleDto(null, "UTC", Map.of(), List.of()), null, null);
    }

    @GET
    @Path("/{name}")
    public TemplateInstance edit(@PathParam("name") String name) {
        return page(schedules.get(name), null, null);
    }

    @POST
    public Response create(@FormParam("name") String name, @FormParam("zone") String zone,
            @FormParam("week") String week, @FormParam("holidays") String holidays) {
        ScheduleDto wanted = new ScheduleDto(name, zone, week(week), FormText.list(holidays));
        return act(wanted, "Business hours created.", () -> schedules.create(wanted));
    }

    @POST
    @Path("/{name}")
    public Response save(@PathParam("name") String name, @FormParam("zone") String zone,
            @FormParam("week") String week, @FormParam("holidays") String holidays) {
        ScheduleDto wanted = new ScheduleDto(name, zone, week(week), FormText.list(holidays));
        return act(wanted, "Business hours saved.", () -> schedules.replace(name, wanted));
    }

    private Response act(ScheduleDto wanted, String message, Supplier<ScheduleDto> action) {
        try {
            return Response.ok(page(action.get(), message, null)).build();
        } catch (ProblemException refused) {
            return Response.status(refused.problem().status()).entity(page(wanted, null, refused.problem().detail()))
                    .build();
        }
    }

    private TemplateInstance page(ScheduleDto h, String message, String error) {
        StringBuilder week = new StringBuilder();
        h.week().forEach((day, intervals) -> {
            week.append(day);
            intervals.forEach(i -> week.append(' ').append(i.from()).append('-').append(i.to()));
            week.append('\n');
        });
        return Templates.hours(h, week.toString(), FormText.join(h.holidays()), currentUser.csrfToken(), message,
                error);
    }

    /** "MONDAY 09:00-17:00" lines → day → intervals; a malformed interval keeps its text for the service to name. */
    static Map<String, List<ScheduleDto.IntervalDto>> week(String text) {
        Map<String, List<ScheduleDto.IntervalDto>> week = new LinkedHashMap<>();
        for (String line : text == null ? new String[0] : text.split("\\R")) {
            List<String> words = FormText.list(line);
            if (words.isEmpty()) {
                continue;
            }
            List<ScheduleDto.IntervalDto> intervals = week.computeIfAbsent(words.get(0), d -> new ArrayList<>());
            for (String interval : words.subList(1, words.size())) {
                int dash = interval.indexOf('-');
                intervals.add(dash < 0 ? new ScheduleDto.IntervalDto(interval, null)
                        : new ScheduleDto.IntervalDto(interval.substring(0, dash), interval.substring(dash + 1)));
            }
        }
        return week;
    }
}
