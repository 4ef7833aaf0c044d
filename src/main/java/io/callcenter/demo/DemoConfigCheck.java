package io.callcenter.demo;

/** Rejects demo settings that cannot work, naming the key, before anything starts. */
final class DemoConfigCheck {

    private DemoConfigCheck() {
    }

    static void validate(DemoConfig c) {
        require(c.agents() >= 1 && c.agents() <= 8999, "callcenter.demo.agents", "must be between 1 and 8999");
        require(c.port() >= 0 && c.port() <= 65535, "callcenter.demo.port", "must be a TCP port or 0");
        require(c.callsPerHour() >= 0, "callcenter.demo.calls-per-hour", "must not be negative");
        require(c.answerDelayMinMs() >= 0 && c.answerDelayMaxMs() >= c.answerDelayMinMs(), "callcenter.demo.answer-delay-max-ms",
                "must be at least answer-delay-min-ms (both >= 0)");
        for (String[] rate : new String[][] {{"unregistered-rate", "" + c.unregisteredRate()}, {"no-answer-rate", "" + c.noAnswerRate()},
            {"busy-rate", "" + c.busyRate()}, {"dtmf-rate", "" + c.dtmfRate()}}) {
            double v = Double.parseDouble(rate[1]);
            require(v >= 0 && v <= 1, "callcenter.demo." + rate[0], "must be between 0 and 1");
        }
        require(c.noAnswerRate() + c.busyRate() <= 1, "callcenter.demo.busy-rate", "plus no-answer-rate must not exceed 1");
        require(c.talkSeconds() > 0 && c.patienceSeconds() > 0, "callcenter.demo.talk-seconds",
                "and patience-seconds must be positive");
        require(c.dids().stream().allMatch(d -> d.matches("[0-9A-Za-z*#+]+")), "callcenter.demo.dids", "must be dialable extensions");
        c.dailyCurve().ifPresent(curve -> require(curve.size() == 24 && curve.stream().allMatch(f -> f >= 0),
                "callcenter.demo.daily-curve", "must list 24 non-negative hourly factors"));
        require(c.app().matches("[A-Za-z0-9_.-]+"), "callcenter.demo.app", "must be a Stasis application name");
    }

    private static void require(boolean ok, String key, String what) {
        if (!ok) {
            throw new IllegalArgumentException(key + " " + what);
        }
    }
}
