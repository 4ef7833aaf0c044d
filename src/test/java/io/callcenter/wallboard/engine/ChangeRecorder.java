package io.callcenter.wallboard.engine;

import io.callcenter.wallboard.figures.WallboardChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects the wallboard's change events in tests. */
@ApplicationScoped
public class ChangeRecorder {

    private final List<WallboardChanged> events = new CopyOnWriteArrayList<>();

    void on(@ObservesAsync WallboardChanged e) {
        events.add(e);
    }

    public List<WallboardChanged> events() {
        return List.copyOf(events);
    }
}
