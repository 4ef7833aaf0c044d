package io.callcenter.live;

/**
 * What one load client saw (a line {@code R deltas removals gaps unmatched openCalls closeCode worstMs} of the load
 * process, then untimed); worstMs is its worst latency in the measured window, untimed the deltas that could not be
 * told from an identical later state it already applied (not timed).
 */
record FanoutClientSummary(long deltas, long removals, long gaps, int unmatched, long openCalls, Short closeCode,
        long worstMs, long untimed) {

    static FanoutClientSummary parse(String[] f) {
        return new FanoutClientSummary(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                Integer.parseInt(f[4]), Long.parseLong(f[5]), f[6].equals("-") ? null : Short.valueOf(f[6]),
                Long.parseLong(f[7]), Long.parseLong(f[8]));
    }
}
