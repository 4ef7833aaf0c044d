package io.callcenter.mirror.history;

/** Rejects impossible history settings at startup with a message naming the key. */
final class ConfigCheck {

    private ConfigCheck() {
    }

    static void validate(HistoryConfig c) {
        check(c.bufferCapacity() >= 1, "buffer-capacity", "at least 1", c.bufferCapacity());
        check(c.batchSize() >= 1, "batch-size", "at least 1", c.batchSize());
        check(c.logConnections() >= 1 && c.logConnections() <= 8, "log-connections", "between 1 and 8",
                c.logConnections());
        check(c.highWaterMark() > 0 && c.highWaterMark() <= 1, "high-water-mark", "in (0, 1]", c.highWaterMark());
        check(c.partitionsAhead() >= 0, "partitions-ahead", "0 or more", c.partitionsAhead());
        check(!c.retryInitial().isNegative() && !c.retryInitial().isZero(), "retry-initial", "positive",
                c.retryInitial());
        check(c.retryMax().compareTo(c.retryInitial()) >= 0, "retry-max", "at least retry-initial", c.retryMax());
    }

    private static void check(boolean ok, String key, String rule, Object value) {
        if (!ok) {
            throw new IllegalArgumentException("callcenter.history." + key + " must be " + rule + ", was " + value);
        }
    }
}
