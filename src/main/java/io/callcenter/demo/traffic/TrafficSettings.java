package io.callcenter.demo.traffic;

import java.util.List;

/**
 * The demo traffic: callers and agent phones.
 *
 * @param app              Stasis app inbound calls enter
 * @param callsPerHour     mean arrival rate (Poisson)
 * @param dailyCurve       24 hourly factors on the rate (empty = flat)
 * @param dids             DIDs callers dial, picked at random
 * @param answerDelayMinMs phone answer delay, lower bound
 * @param answerDelayMaxMs phone answer delay, upper bound
 * @param noAnswerRate     share of INVITEs a phone lets ring
 * @param busyRate         share of INVITEs a phone rejects busy
 * @param talkSeconds      mean talk time once connected (exponential)
 * @param patienceSeconds  mean caller patience before abandoning (exponential)
 * @param dtmfRate         share of answered callers who press a key
 * @param registrationChangesPerHour agent phones (un)registering per hour
 */
public record TrafficSettings(String app, double callsPerHour, List<Double> dailyCurve, List<String> dids, long answerDelayMinMs,
        long answerDelayMaxMs, double noAnswerRate, double busyRate, double talkSeconds, double patienceSeconds, double dtmfRate,
        double registrationChangesPerHour) {
}
