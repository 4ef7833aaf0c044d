package io.callcenter.acd.admin;

import io.callcenter.acd.config.Target;
import io.callcenter.acd.config.store.QueueEntity;
import io.callcenter.demo.DemoConfig;
import io.callcenter.security.user.Role;
import io.callcenter.security.user.UserAccount;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * With {@code callcenter.demo.seed-users}, defines the demo ACD once: queues "sales" and "support" taking the demo
 * PBX's DIDs (the first DID to sales, the second to support, further ones alternating), office business hours (not assigned: the demo runs around the clock), the
 * demo agents' memberships (agent1001-1005 sales, agent1006-1010 support, one backup agent each way with penalty 1)
 * and a few skills; sales overflows to support after 5 minutes. Runs after the demo users exist; never changes anything an admin created.
 */
@ApplicationScoped
public class DemoAcdSeed {

    /** After FirstStartAccounts (default priority) seeded the demo users. */
    static final int PRIORITY = jakarta.interceptor.Interceptor.Priority.APPLICATION + 600;

    private static final Logger LOG = Logger.getLogger(DemoAcdSeed.class);

    @Inject
    DemoConfig demo;

    @Inject
    QueueService queues;

    @Inject
    ScheduleService schedules;

    @Inject
    AgentService agents;

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event) {
        if (demo.seedUsers()) {
            seed();
        }
    }

    @Transactional
    public void seed() {
        QueueEntity.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(4242020)").getSingleResult();
        if (QueueEntity.findById("sales") != null || QueueEntity.findById("support") != null) {
            return;
        }
        List<String> dids = demo.dids();
        List<String> sales = new java.util.ArrayList<>();
        List<String> support = new java.util.ArrayList<>();
        for (int i = 0; i < dids.size(); i++) {
            if (QueueEntity.byDid(dids.get(i)).isEmpty()) {
                (i % 2 == 0 ? sales : support).add(dids.get(i));
            }
        }
        if (schedulesMissing()) {
            schedules.create(new ScheduleDto("office", "Europe/Berlin", Map.of(
                    "MONDAY", office(), "TUESDAY", office(), "WEDNESDAY", office(), "THURSDAY", office(),
                    "FRIDAY", office()), List.of()));
        }
        queues.create(queue("support", support, "RING_ALL", Map.of("english", 1), Target.goodbye()));
        queues.create(queue("sales", sales, "LONGEST_IDLE", Map.of(), new Target(Target.Kind.QUEUE, "support")));
        for (int n = 1001; n <= 1010; n++) {
            String username = "agent" + n;
            if (isAgent(username)) {
                agents.setSkills(username, n % 2 == 0 ? Map.of("english", 5, "german", 3) : Map.of("english", 4));
            }
        }
        if (isAgent("agent1005")) {
            agents.setMembership("agent1005", "support", 1);
        }
        if (isAgent("agent1006")) {
            agents.setMembership("agent1006", "sales", 1);
        }
        LOG.infof("Demo mode: seeded ACD queues sales %s and support %s with the demo agents", sales, support);
    }

    private static boolean isAgent(String username) {
        return UserAccount.findByUsername(username).filter(u -> u.hasRole(Role.AGENT)).isPresent();
    }

    private static boolean schedulesMissing() {
        return io.callcenter.acd.config.store.ScheduleEntity.findById("office") == null;
    }

    private static List<ScheduleDto.IntervalDto> office() {
        return List.of(new ScheduleDto.IntervalDto("08:00", "18:00"));
    }

    private static QueueDto queue(String name, List<String> dids, String strategy, Map<String, Integer> skills,
            Target overflow) {
        return new QueueDto(name, dids, Map.of(), strategy, 15, 5, 10, 300, 50,
                new QueueDto.TargetDto(overflow.kind().name(), overflow.value()), true, false, "default", 30, 20, "ANSWERED",
                5, skills, 30, "CALLER_PRIORITY", 3, null, null, null);
    }
}
