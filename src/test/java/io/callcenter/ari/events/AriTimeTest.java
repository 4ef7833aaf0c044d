package io.callcenter.ari.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written fast paths of {@link AriTime} give exactly what the general formatter gives. */
class AriTimeTest {

    private static final DateTimeFormatter ARI = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @Test
    void parsesAsteriskShapeLikeTheFormatter() {
        for (String t : new String[] {"2026-11-26T18:37:46.463+0000", "2026-11-26T18:37:46.463-0530",
            "2024-02-29T23:59:59.999+1400", "1999-12-31T00:00:00.000+0100", "2026-01-01T00:00:00.001-1200"}) {
            assertEquals(OffsetDateTime.parse(t, ARI).toInstant(), AriTime.parse(t), t);
        }
    }

    @Test
    void otherShapesGoToTheFormatterAndBadOnesGiveNull() {
        assertEquals(Instant.parse("2026-11-26T18:37:46.463Z"), AriTime.parse("2026-11-26T18:37:46.463Z"));
        assertEquals(OffsetDateTime.parse("2026-02-31T10:00:00.000+0000", ARI).toInstant(),
                AriTime.parse("2026-02-31T10:00:00.000+0000"), "the formatter's own resolving of day 31");
        assertNull(AriTime.parse("2026-11-26T25:37:46.463+0000"));
        assertNull(AriTime.parse("2026-11-26 18:37:46.463+0000"));
        assertNull(AriTime.parse("not a time"));
        assertNull(AriTime.parse(" "));
        assertNull(AriTime.parse(null));
    }

    @Test
    void formatsLikeTheFormatter() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L),
                    random.nextInt(1_000_000_000));
            assertEquals(ARI.format(t.atOffset(ZoneOffset.UTC)), AriTime.format(t), t.toString());
            assertEquals(t.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), AriTime.parse(AriTime.format(t)));
        }
    }
}
