package io.callcenter.mirror.history;

import io.callcenter.mirror.history.LifecycleBatch.MembershipKind;
import io.callcenter.mirror.history.LifecycleBatch.MembershipOp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private static final char SEP = '\0';

    private MembershipLevels() {
    }

    /**
     * Levels in one pass: instead of comparing each step with every earlier one (quadratic: ~a quarter of the history
     * writer thread's samples in a JFR profile of the ingest benchmark, 2,000-event batches), the highest level so far
     * is kept per kind of statement and per set of steps a later step may conflict with (same bridge and channel, same
     * channel, same bridge, no channel, no bridge, ...), so each step looks up the few sets {@link #mayTouchSameRow}
     * makes it depend on.
     */
    static List<List<MembershipOp>> groups(List<MembershipOp> ops) {
        Map<String, int[]> highest = new HashMap<>();
        TreeMap<Integer, List<List<MembershipOp>>> byLevel = new TreeMap<>();
        for (MembershipOp op : ops) {
            int kind = isEnter(op) ? 0 : 1;
            int l = 0;
            for (String set : dependsOn(op)) {
                int[] h = highest.get(set);
                if (h != null) {
                    l = Math.max(l, Math.max(h[kind], h[1 - kind] + 1));
                }
            }
            for (String set : belongsTo(op)) {
                int[] h = highest.computeIfAbsent(set, k -> new int[] {-1, -1});
                h[kind] = Math.max(h[kind], l);
            }
            List<List<MembershipOp>> kinds = byLevel.computeIfAbsent(l, k -> emptyKinds());
            kinds.get(kind).add(op);
        }
        List<List<MembershipOp>> groups = new ArrayList<>();
        byLevel.values().forEach(kinds -> kinds.stream().filter(g -> !g.isEmpty()).forEach(groups::add));
        return groups;
    }

    /** The sets whose earlier steps may touch a row this step touches (see {@link #mayTouchSameRow}). */
    private static List<String> dependsOn(MembershipOp op) {
        String a = op.asteriskId() + SEP;
        String b = op.bridgeId();
        String c = op.channelId();
        if (b != null && c != null) {
            return List.of(a + "P" + SEP + b + SEP + c, a + "Cb" + SEP + c, a + "Bc" + SEP + b, a + "N");
        } else if (c != null) {
            return List.of(a + "C" + SEP + c, a + "c");
        } else if (b != null) {
            return List.of(a + "B" + SEP + b, a + "b");
        }
        return List.of(a + "A");
    }

    /** The sets this step is one of: pair, channel, bridge, channel without bridge, and so on; "A" is all. */
    private static List<String> belongsTo(MembershipOp op) {
        String a = op.asteriskId() + SEP;
        String b = op.bridgeId();
        String c = op.channelId();
        List<String> sets = new ArrayList<>(5);
        sets.add(a + "A");
        if (b != null && c != null) {
            sets.add(a + "P" + SEP + b + SEP + c);
        }
        if (c != null) {
            sets.add(a + "C" + SEP + c);
            if (b == null) {
                sets.add(a + "Cb" + SEP + c); // channel c, no bridge: a closed channel
            }
        } else {
            sets.add(a + "c"); // no channel
        }
        if (b != null) {
            sets.add(a + "B" + SEP + b);
            if (c == null) {
                sets.add(a + "Bc" + SEP + b); // bridge b, no channel: a closed bridge
            }
        } else {
            sets.add(a + "b"); // no bridge
        }
        if (b == null && c == null) {
            sets.add(a + "N");
        }
        return sets;
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
