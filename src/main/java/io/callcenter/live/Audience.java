package io.callcenter.live;

/**
 * The connections that see the same thing ({@link Visibility} {@code equals}): they share one frame per flush.
 * Found once per connection by {@code equals}; each flush then finds frames by identity.
 */
final class Audience {

    final Visibility visibility;
    /** Connections in it; changed only inside the audience map's atomic compute. */
    int members;

    Audience(Visibility visibility) {
        this.visibility = visibility;
    }
}
