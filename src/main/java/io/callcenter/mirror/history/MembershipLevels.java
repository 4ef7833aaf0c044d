package io.callcenter.mirror.history;

import io.callcenter.mirror.history.LifecycleBatch.MembershipKind;
import io.callcenter.mirror.history.LifecycleBatch.MembershipOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Orders membership steps into groups that can each run as one statement: entering (an insert) or ending a stay
 * (leave, channel or bridge destroyed: one update applying its steps in order). A step goes to a later level than
 * every earlier step of the other statement that may touch the same {@code bridge_membership} row (same Asterisk,
 * same bridge or any bridge, same channel or any channel), and to no earlier level than such a step of its own
 * statement, which then precedes it within the group (the group's statement keeps their order); steps on different
 * rows commute.
 */
final class MembershipLevels {

    private MembershipLevels() {
    }

    static List<List<MembershipOp>> groups(List<MembershipOp> ops) {
        int[] level = new int[ops.size()];
        TreeMap<Integer, List<List<MembershipOp>>> byLevel = new TreeMap<>();
        for (int i = 0; i < ops.size(); i++) {
            MembershipOp op = ops.get(i);
            int l = 0;
            for (int j = 0; j < i; j++) {
                MembershipOp earlier = ops.get(j);
                if (mayTouchSameRow(earlier, op)) {
                    l = Math.max(l, level[j] + (isEnter(earlier) == isEnter(op) ? 0 : 1));
                }
            }
            level[i] = l;
            List<List<MembershipOp>> kinds = byLevel.computeIfAbsent(l, k -> emptyKinds());
            kinds.get(isEnter(op) ? 0 : 1).add(op);
        }
        List<List<MembershipOp>> groups = new ArrayList<>();
        byLevel.values().forEach(kinds -> kinds.stream().filter(g -> !g.isEmpty()).forEach(groups::add));
        return groups;
    }

    private static List<List<MembershipOp>> emptyKinds() {
        List<List<MembershipOp>> kinds = new ArrayList<>();
        kinds.add(new ArrayList<>());
        kinds.add(new ArrayList<>());
        return kinds;
    }

    private static boolean isEnter(MembershipOp op) {
        return op.kind() == MembershipKind.ENTER;
    }

    /** A null bridge or channel id means "every" (closing a channel or a bridge touches all its stays). */
    static boolean mayTouchSameRow(MembershipOp a, MembershipOp b) {
        return a.asteriskId().equals(b.asteriskId())
                && (a.bridgeId() == null || b.bridgeId() == null || Objects.equals(a.bridgeId(), b.bridgeId()))
                && (a.channelId() == null || b.channelId() == null || Objects.equals(a.channelId(), b.channelId()));
    }
}
