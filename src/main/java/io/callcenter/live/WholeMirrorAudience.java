package io.callcenter.live;

import io.quarkus.arc.DefaultBean;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/** Until accounts define per-user visibility, every connection sees the whole mirror. */
@DefaultBean
@ApplicationScoped
public class WholeMirrorAudience implements LiveAudience {

    @Override
    public Visibility of(SecurityIdentity identity) {
        return Visibility.EVERYTHING;
    }
}
