package io.callcenter.mirror;

/**
 * Observes the live mirror. Implement it as a CDI bean; see the package documentation for the guarantees.
 */
public interface MirrorListener {

    /** One change, already applied to the mirror; called on the server's dispatch thread, in order. */
    void onChange(MirrorChange change);
}
