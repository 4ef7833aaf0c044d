package io.callcenter.acd;

import io.callcenter.acd.agent.Agent;
import io.callcenter.acd.agent.AgentBook;
import io.callcenter.acd.agent.AgentMachine;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.agent.AgentView;
import io.callcenter.acd.admin.AgentDto;
import io.callcenter.acd.admin.AgentService;
import io.callcenter.acd.admin.QueueDto;
import io.callcenter.acd.admin.QueueMemberService;
import io.callcenter.acd.admin.QueueService;
import io.callcenter.acd.admin.ScheduleDto;
import io.callcenter.acd.admin.ScheduleService;
import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.security.TestUsers;
import io.callcenter.security.user.UserService;
import io.callcenter.acd.record.RecordWriter;
import io.callcenter.mirror.Db;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** Drives the ACD runtime from tests: configure agents, log them in, read their state and the call records. */
@ApplicationScoped
public class AcdDriver {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    AcdDirectory directory;
    @Inject
    QueueService queues;
    @Inject
    AgentService acdAgents;
    @Inject
    ScheduleService schedules;
    @Inject
    QueueMemberService members;
    @Inject
    UserService users;
    @Inject
    TestUsers testUsers;
    @Inject
    AcdActor actor;
    @Inject
    AgentBook book;
    @Inject
    AgentMachine machine;
    @Inject
    RecordWriter writer;
    @Inject
    DataSource ds;

    /** Creates (or replaces) the queue through the admin service; the directory reloads on commit. */
    public void queue(QueueBuilder q) {
        QueueDto dto = q.dto();
        if (directory.queue(dto.name()).isPresent()) {
            queues.replace(dto.name(), dto);
        } else {
            queues.create(dto);
        }
    }

    /** Creates business hours through the admin service: open all day every day, closed on these holidays. */
    public String hours(String name, List<java.time.LocalDate> holidays) {
        Map<String, List<ScheduleDto.IntervalDto>> week = new java.util.LinkedHashMap<>();
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            week.put(day.name(), List.of(new ScheduleDto.IntervalDto("00:00", "24:00")));
        }
        schedules.create(new ScheduleDto(name, "UTC", week,
                holidays.stream().map(java.time.LocalDate::toString).toList()));
        return name;
    }

    /** Puts the queue's members in this order (as the admin API does). */
    public void order(String queue, String... usernames) {
        members.reorder(queue, List.of(usernames));
    }

    /** A unique name (tests share the database and the runtime). */
    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet();
    }

    /** Configures an agent on PJSIP/ext, member of the queue with penalty 0, and logs it in (READY). */
    public String agent(String ext, String queue) {
        return agent(ext, queue, 0, Map.of());
    }

    public String agent(String ext, String queue, int penalty, Map<String, Integer> skills) {
        String endpoint = "PJSIP/" + ext;
        // every demo PBX has phones 1001..: the previous test's owner of this phone gives it up
        users.list().stream().filter(u -> endpoint.equalsIgnoreCase(u.endpoint()))
                .forEach(u -> users.setEndpoint(u.username(), null));
        String username = testUsers.create("agt" + ext, Set.of("agent"), endpoint, Set.of(queue));
        acdAgents.setMemberships(username, List.of(new AgentDto.MembershipDto(queue, penalty)));
        if (!skills.isEmpty()) {
            acdAgents.setSkills(username, skills);
        }
        login(username, endpoint, queue);
        return username;
    }

    public void login(String username, String endpoint, String queue) {
        on(() -> machine.login(book.agent(username, endpoint), Set.of(queue)));
    }

    public void pause(String username) {
        on(() -> machine.pause(agent(username), "break"));
    }

    public void ready(String username) {
        on(() -> machine.ready(agent(username)));
    }

    public void endWrapUp(String username) {
        on(() -> machine.endWrapUp(agent(username)));
    }

    public void logout(String username) {
        on(() -> machine.logout(agent(username), "test over"));
    }

    public AgentView view(String username) {
        return actor.call(() -> agent(username).view(), Duration.ofSeconds(5));
    }

    public AgentState state(String username) {
        return view(username).state();
    }

    private Agent agent(String username) {
        return book.find(username).orElseThrow();
    }

    private void on(Runnable r) {
        actor.call(() -> {
            r.run();
            return null;
        }, Duration.ofSeconds(5));
    }

    /** The call's record once every queued write reached the database. */
    public Map<String, Object> call(String asteriskId, String callId) {
        List<Map<String, Object>> rows = rows("select * from acd_call where asterisk_id = ? and call_id = ?",
                asteriskId, callId);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    public List<Map<String, Object>> steps(String asteriskId, String callId) {
        return rows("select * from acd_call_step where asterisk_id = ? and call_id = ? order by id", asteriskId,
                callId);
    }

    public List<Map<String, Object>> rows(String sql, Object... params) {
        return Db.rows(ds, sql, params);
    }

    public boolean written() {
        return writer.pending() == 0;
    }
}
