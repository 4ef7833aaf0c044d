package io.callcenter.supervise.monitor;

import io.callcenter.acd.config.AgentConfig;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.console.AriRefusal;
import io.callcenter.security.audit.AuditService;
import io.callcenter.security.problem.ProblemException;
import io.callcenter.supervise.SuperviseAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Listen / whisper / barge commands: who may monitor whom (the agent and the call's queue in the supervisor's
 * scope), which phone rings, one session per supervisor; every attempt audited with its outcome.
 */
@RequestScoped
public class MonitorService {

    private static final Pattern ENDPOINT = Pattern.compile("[A-Za-z0-9_-]+/[^\\s,]+");

    @Inject
    SuperviseAccess access;
    @Inject
    Monitors monitors;
    @Inject
    MonitorFlow flow;
    @Inject
    CallLocator calls;
    @Inject
    AriConnections connections;
    @Inject
    AuditService audit;

    public List<MonitorView> list() {
        return monitors.all().stream().filter(m -> access.isAdmin() || m.supervisor().equals(access.username()))
                .toList();
    }

    public MonitorView start(String agent, String modeName, String endpointGiven) {
        MonitorMode mode = MonitorMode.parse(modeName);
        AgentConfig ac = access.requireAgent(agent);
        String endpoint = endpoint(endpointGiven);
        MonitorSession.Target target = calls.locate(ac.username());
        access.requireQueue(calls.state(ac.username()).queue());
        String app = connections.status().stream().filter(s -> s.server().equals(target.server())).findFirst()
                .map(AriConnections.ServerStatus::app).orElseThrow();
        MonitorSession s = new MonitorSession(Monitors.newId(), access.username(), ac.username(), target, app,
                endpoint, mode);
        String ext = ac.endpoint() == null ? "" : ac.endpoint().substring(ac.endpoint().indexOf('/') + 1);
        return audited("supervise." + mode.wire(), s, () -> monitors.call(() -> {
            if (monitors.ofSupervisor(s.supervisor).isPresent()) {
                throw ProblemException.conflict("already-monitoring", "Already monitoring",
                        "You are already monitoring an agent: stop that first or switch its mode");
            }
            return flow.start(s, "\"" + mode.wire() + " " + ac.username() + "\" <" + ext + ">");
        }));
    }

    public MonitorView switchMode(String id, String modeName) {
        MonitorMode mode = MonitorMode.parse(modeName);
        MonitorSession s = own(id);
        return audited("supervise.mode", s, () -> monitors.call(() -> {
            try {
                return flow.switchMode(s, mode);
            } catch (RuntimeException e) {
                throw monitors.failed(s, e);
            }
        }));
    }

    public MonitorView stop(String id) {
        MonitorSession s = own(id);
        return audited("supervise.stop", s, () -> monitors.call(() -> flow.stop(s)));
    }

    private MonitorSession own(String id) {
        MonitorSession s = monitors.get(id).orElseThrow(() -> ProblemException.notFound("unknown-monitor",
                "No listen / whisper / barge session '" + id + "' is running"));
        if (!access.isAdmin() && !s.supervisor.equals(access.username())) {
            throw ProblemException.forbidden("Session '" + id + "' is another supervisor's");
        }
        return s;
    }

    private String endpoint(String given) {
        String endpoint = given == null || given.isBlank() ? access.endpoint() : given.trim();
        if (endpoint == null || endpoint.isBlank()) {
            throw ProblemException.conflict("no-endpoint", "No phone", "Your account has no phone (endpoint): "
                    + "ask an admin to set one, or give field 'endpoint', e.g. PJSIP/2001");
        }
        if (!ENDPOINT.matcher(endpoint).matches()) {
            throw ProblemException.badRequest("monitor-endpoint", "Invalid endpoint",
                    "Field 'endpoint' must look like TECH/resource (e.g. PJSIP/2001), not '" + endpoint + "'");
        }
        return endpoint;
    }

    private MonitorView audited(String action, MonitorSession s, java.util.function.Supplier<MonitorView> work) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("session", s.id);
        details.put("call", s.callId);
        details.put("endpoint", s.endpoint);
        try {
            MonitorView v = work.get();
            details.put("mode", v.mode());
            details.put("outcome", "ok");
            audit.record(action, s.agent, details);
            return v;
        } catch (AriRefusal e) {
            details.put("outcome", "ARI: " + e.problem().detail());
            audit.record(action, s.agent, details);
            throw e;
        } catch (ProblemException e) {
            details.put("outcome", e.getMessage());
            audit.record(action, s.agent, details);
            throw e;
        }
    }
}
