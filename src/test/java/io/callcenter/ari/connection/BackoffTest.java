package io.callcenter.ari.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reconnect delays double from the initial delay up to the cap, and start over after a success. */
class BackoffTest {

    @Test
    void doublesUpToTheCapAndResets() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
        assertEquals(List.of(1000L, 2000L, 4000L, 8000L, 16000L, 30000L, 30000L),
                Stream.generate(backoff::next).limit(7).toList());
        backoff.reset();
        assertEquals(1000L, backoff.next());
    }
}
