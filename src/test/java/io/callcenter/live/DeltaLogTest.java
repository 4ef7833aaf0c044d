package io.callcenter.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.live.wire.Delta;
import io.callcenter.mirror.DeviceStateView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The log every event loop reads from its own cursor: nothing lost, nothing twice, each appender's order kept. */
class DeltaLogTest {

    private static PendingDelta state(int appender, int n) {
        return new PendingDelta(new Delta.DeviceStateUpsert("a", new DeviceStateView("a", appender + ":" + n,
                "INUSE")), null);
    }

    @Test
    void aReaderGetsWhatWasAppendedAfterItStartedInOrder() {
        DeltaLog log = new DeltaLog();
        log.append(state(0, 0));
        DeltaLog.Node cursor = log.last();
        log.append(state(0, 1));
        log.append(state(0, 2));
        List<PendingDelta> read = new ArrayList<>();
        cursor = DeltaLog.readAfter(cursor, read);
        assertEquals(List.of("0:1", "0:2"), names(read));
        read.clear();
        assertTrue(DeltaLog.readAfter(cursor, read) == cursor && read.isEmpty(), "nothing new: cursor stays");
        log.append(state(0, 3));
        DeltaLog.readAfter(cursor, read);
        assertEquals(List.of("0:3"), names(read));
    }

    @Test
    void twoReadersEachGetEveryDeltaOfConcurrentAppendersOnce() throws Exception {
        DeltaLog log = new DeltaLog();
        int appenders = 4;
        int each = 50_000;
        DeltaLog.Node[] cursors = {log.last(), log.last()};
        List<List<PendingDelta>> reads = List.of(new ArrayList<>(), new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int a = 0; a < appenders; a++) {
            int id = a;
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int n = 0; n < each; n++) {
                    log.append(state(id, n));
                }
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        // the readers read while the appenders append (each reader on this thread, as a loop reads on its own)
        while (threads.stream().anyMatch(Thread::isAlive)) {
            for (int r = 0; r < 2; r++) {
                cursors[r] = DeltaLog.readAfter(cursors[r], reads.get(r));
            }
        }
        for (Thread t : threads) {
            t.join();
        }
        for (int r = 0; r < 2; r++) {
            DeltaLog.readAfter(cursors[r], reads.get(r));
            List<PendingDelta> got = reads.get(r);
            assertEquals(appenders * each, got.size(), "every delta exactly once");
            int[] next = new int[appenders];
            for (String name : names(got)) {
                String[] parts = name.split(":");
                int a = Integer.parseInt(parts[0]);
                assertEquals(next[a]++, Integer.parseInt(parts[1]), "appender " + a + "'s order");
            }
        }
    }

    private static List<String> names(List<PendingDelta> deltas) {
        return deltas.stream().map(d -> ((Delta.DeviceStateUpsert) d.delta()).deviceState().name()).toList();
    }
}
