package io.callcenter.supervise.live;

import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.live.LiveAudience;
import io.callcenter.live.Visibility;
import io.callcenter.mirror.LiveMirror;
import io.callcenter.security.access.AccessPolicies;
import io.callcenter.security.access.AccessPolicy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What each account sees on {@code /api/live}: admins everything; supervisors the whole mirror (no channel carries
 * a queue yet, as in the console) but ACD state only of their queues; agents their own calls and phone, every
 * agent's state (transfer targets), and the queues, waiting callers and broadcasts of the queues they are in.
 * Called on a worker thread (it reads the account).
 */
@ApplicationScoped
public class AccountAudience implements LiveAudience {

    private final AccessPolicies policies;
    private final AcdDirectory directory;
    private final LiveMirror mirror;

    AccountAudience(AccessPolicies policies, AcdDirectory directory, LiveMirror mirror) {
        this.policies = policies;
        this.directory = directory;
        this.mirror = mirror;
    }

    @Override
    public Visibility of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Visibility.EVERYTHING; // no authentication extension: nothing to restrict by
        }
        AccessPolicy access = QuarkusTransaction.requiringNew().call(() -> policies.of(identity));
        if (access.isAdmin()) {
            return Visibility.EVERYTHING;
        }
        return new AccountVisibility(access, directory, mirror);
    }
}
