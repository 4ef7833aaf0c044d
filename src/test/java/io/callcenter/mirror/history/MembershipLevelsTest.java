package io.callcenter.mirror.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callcenter.mirror.history.LifecycleBatch.MembershipKind;
import io.callcenter.mirror.history.LifecycleBatch.MembershipOp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Membership steps of many calls collapse into two groups while steps on the same row keep their order. */
class MembershipLevelsTest {

    @Test
    void independentCallsShareGroupsAndEachCallKeepsItsOrder() {
        List<MembershipOp> ops = new ArrayList<>();
        for (int call = 0; call < 3; call++) {
            ops.addAll(call("c" + call, "q" + call, "b" + call));
        }
        List<List<MembershipOp>> groups = MembershipLevels.groups(ops);

        assertEquals(List.of("ENTER", "LEAVE"), groups.stream().map(g -> g.get(0).kind().name()).toList(),
                "all entries, then every leave and close in event order");
        assertEquals(ops.stream().filter(o -> o.kind() == MembershipKind.ENTER).toList(), groups.get(0));
        assertEquals(ops.stream().filter(o -> o.kind() != MembershipKind.ENTER).toList(), groups.get(1));
    }

    @Test
    void aStepOfTheSameKindOnTheSameRowStaysInOrderInsideItsGroup() {
        MembershipOp enter = op(MembershipKind.ENTER, "b", "c", 1);
        MembershipOp leave = op(MembershipKind.LEAVE, "b", "c", 2);
        MembershipOp enterAgain = op(MembershipKind.ENTER, "b", "c", 3);
        MembershipOp leaveAgain = op(MembershipKind.LEAVE, "b", "c", 4);
        assertEquals(List.of(List.of(enter), List.of(leave), List.of(enterAgain), List.of(leaveAgain)),
                MembershipLevels.groups(List.of(enter, leave, enterAgain, leaveAgain)));
        MembershipOp otherServer = new MembershipOp(MembershipKind.ENTER, "ast-2", "b", "c", Instant.EPOCH, null);
        assertEquals(List.of(List.of(enter, otherServer), List.of(leave)),
                MembershipLevels.groups(List.of(enter, leave, otherServer)));
    }

    /** The one-pass levels equal those of comparing every step with every earlier one (the definition). */
    @Test
    void groupsAreThoseOfThePairwiseDefinition() {
        java.util.Random random = new java.util.Random(42);
        MembershipKind[] kinds = MembershipKind.values();
        for (int round = 0; round < 500; round++) {
            List<MembershipOp> ops = new ArrayList<>();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                MembershipKind kind = kinds[random.nextInt(kinds.length)];
                String bridge = kind == MembershipKind.CLOSE_CHANNEL || random.nextInt(20) == 0 ? null
                        : "b" + random.nextInt(4);
                String channel = kind == MembershipKind.CLOSE_BRIDGE || random.nextInt(20) == 0 ? null
                        : "c" + random.nextInt(5);
                ops.add(new MembershipOp(kind, "ast-" + random.nextInt(2), bridge, channel, Instant.ofEpochMilli(i),
                        null));
            }
            assertEquals(pairwise(ops), MembershipLevels.groups(ops), "round " + round + ": " + ops);
        }
    }

    /** The levels by their definition, comparing each step with every earlier one. */
    private static List<List<MembershipOp>> pairwise(List<MembershipOp> ops) {
        int[] level = new int[ops.size()];
        java.util.TreeMap<Integer, List<List<MembershipOp>>> byLevel = new java.util.TreeMap<>();
        for (int i = 0; i < ops.size(); i++) {
            MembershipOp op = ops.get(i);
            boolean enter = op.kind() == MembershipKind.ENTER;
            int l = 0;
            for (int j = 0; j < i; j++) {
                MembershipOp earlier = ops.get(j);
                if (MembershipLevels.mayTouchSameRow(earlier, op)) {
                    l = Math.max(l, level[j] + ((earlier.kind() == MembershipKind.ENTER) == enter ? 0 : 1));
                }
            }
            level[i] = l;
            List<List<MembershipOp>> kinds = byLevel.computeIfAbsent(l, k -> List.of(new ArrayList<>(),
                    new ArrayList<>()));
            kinds.get(enter ? 0 : 1).add(op);
        }
        List<List<MembershipOp>> groups = new ArrayList<>();
        byLevel.values().forEach(kinds -> kinds.stream().filter(g -> !g.isEmpty()).forEach(groups::add));
        return groups;
    }

    /** Queue, bridge with an agent, hang-up, bridges destroyed: the steps one call gives, in event order. */
    private static List<MembershipOp> call(String c, String queue, String bridge) {
        return List.of(op(MembershipKind.ENTER, queue, c, 1), op(MembershipKind.LEAVE, queue, c, 2),
                op(MembershipKind.ENTER, bridge, c, 3), op(MembershipKind.LEAVE, bridge, c, 4),
                op(MembershipKind.CLOSE_CHANNEL, null, c, 5), op(MembershipKind.CLOSE_BRIDGE, bridge, null, 6),
                op(MembershipKind.CLOSE_BRIDGE, queue, null, 7));
    }

    private static MembershipOp op(MembershipKind kind, String bridge, String channel, long t) {
        return new MembershipOp(kind, "ast", bridge, channel, Instant.ofEpochMilli(t), null);
    }
}
