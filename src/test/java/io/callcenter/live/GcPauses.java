package io.callcenter.live;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/** This JVM's stop-the-world GC pauses while a window is open (JDK only: the load process uses it too). */
final class GcPauses implements NotificationListener {

    private final BooleanSupplier inWindow;
    private final List<String> long10 = new ArrayList<>();
    private long count;
    private long millis;
    private long max;

    GcPauses(BooleanSupplier inWindow) {
        this.inWindow = inWindow;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(this, null, null);
        }
    }

    @Override
    public synchronized void handleNotification(Notification n, Object handback) {
        if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)
                || !inWindow.getAsBoolean()) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        if (info.getGcName().contains("Concurrent")) {
            return; // a concurrent cycle does not stop the application
        }
        long ms = info.getGcInfo().getDuration();
        count++;
        millis += ms;
        max = Math.max(max, ms);
        if (ms >= 10 && long10.size() < 20) {
            long10.add(info.getGcName().replace(' ', '_') + ":" + ms);
        }
    }

    /** {@code count total-ms max-ms [pauses of 10 ms or more]}. */
    synchronized String summary() {
        return count + " pauses, " + millis + " ms in all, max " + max + " ms; >= 10 ms: " + long10;
    }

    void stop() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(this);
            } catch (ListenerNotFoundException e) {
                // never registered there: nothing to remove
            }
        }
    }
}
