package io.callcenter.acd.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Persists one transition: a login opens an agent session (closing a stale open one, e.g. left by a crash), every
 * transition adds a state row to the open session, a logout closes it.
 */
@ApplicationScoped
public class AgentStateStore {

    @Inject
    EntityManager em;

    @Transactional
    public void record(AgentTransition t) {
        OffsetDateTime at = t.at().atOffset(ZoneOffset.UTC);
        if (t.from() == AgentState.LOGGED_OUT && t.to() != AgentState.LOGGED_OUT) {
            closeOpen(t.username(), at);
            em.createNativeQuery("insert into acd_agent_session (username, endpoint, login_at) values (?1, ?2, ?3)")
                    .setParameter(1, t.username()).setParameter(2, t.endpoint()).setParameter(3, at).executeUpdate();
        }
        // the open session (none e.g. for a transition replayed after its logout was lost) is looked up in SQL
        em.createNativeQuery("insert into acd_agent_state (session_id, username, at, from_state, to_state, reason,"
                        + " call_id, queue) values ((select id from acd_agent_session where username = ?1"
                        + " and logout_at is null), ?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, t.username()).setParameter(2, at)
                .setParameter(3, t.from().name()).setParameter(4, t.to().name())
                .setParameter(5, t.reason().orElse(null)).setParameter(6, t.callId().orElse(null))
                .setParameter(7, t.queue().orElse(null)).executeUpdate();
        if (t.to() == AgentState.LOGGED_OUT) {
            closeOpen(t.username(), at);
        }
    }

    private void closeOpen(String username, OffsetDateTime at) {
        em.createNativeQuery("update acd_agent_session set logout_at = ?2 where username = ?1 and logout_at is null")
                .setParameter(1, username).setParameter(2, at).executeUpdate();
    }
}
