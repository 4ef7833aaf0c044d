package io.callcenter.wallboard.config;

import io.callcenter.security.access.AccessPolicy;
import io.callcenter.security.problem.ProblemException;
import java.util.Collection;

/**
 * Who may see and edit a wallboard: admins all of them, supervisors those whose queues they all supervise (a board
 * mixing in a queue they do not supervise would show them its figures); agents none.
 */
public final class WallboardAccess {

    private WallboardAccess() {
    }

    public static boolean allows(AccessPolicy user, Collection<String> queues) {
        return user.isAdmin() || user.isSupervisor() && queues.stream().allMatch(user::canSuperviseQueue);
    }

    /** Throws a 403 problem naming the first queue this user does not supervise. */
    public static void require(AccessPolicy user, Collection<String> queues) {
        if (!allows(user, queues)) {
            String foreign = queues.stream().filter(q -> !user.canSuperviseQueue(q)).findFirst().orElse("?");
            throw ProblemException.forbidden("You do not supervise queue '" + foreign + "' of this wallboard");
        }
    }
}
