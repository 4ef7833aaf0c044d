package io.callcenter.console;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The demo PBX owned by the app, without generated traffic: every call in these tests is made by the test, so
 * nothing else rings, hangs up or takes an agent. Agent phones take a minute to answer, so a dialled PJSIP
 * channel stays Ringing for the test; Local/s@echo calls are the answered ones.
 */
public class ConsoleDemo implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(Map.entry("callcenter.demo.enabled", "true"),
                Map.entry("callcenter.demo.password", "console-test-pw"),
                Map.entry("callcenter.demo.calls-per-hour", "0"),
                Map.entry("callcenter.demo.registration-changes-per-hour", "0"),
                Map.entry("callcenter.demo.unregistered-rate", "0"),
                Map.entry("callcenter.demo.agents", "4"),
                Map.entry("callcenter.demo.answer-delay-min-ms", "60000"),
                Map.entry("callcenter.demo.answer-delay-max-ms", "60000"),
                Map.entry("callcenter.demo.no-answer-rate", "0"),
                Map.entry("callcenter.demo.busy-rate", "0"),
                Map.entry("callcenter.demo.seed", "11"));
    }
}
